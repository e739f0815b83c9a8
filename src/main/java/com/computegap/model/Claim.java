package com.computegap.model;

import java.util.Objects;

/**
 * A claim people argue about, such as "DePIN reaches 10 % of hyperscaler AI capex by 2030": {@code
 * column} in {@code year} compared by {@code op} with {@code value}. Schema version 2.
 *
 * @param label what the claim says, 1..200 characters; never {@code null}
 * @param column the output column; never {@code null} and never {@link Column#YEAR}
 * @param year the year, 2000..2100 (a year outside the horizon makes the claim unanswerable)
 * @param op the comparison; never {@code null}
 * @param value the threshold, finite
 */
public record Claim(String label, Column column, int year, ClaimOp op, double value) {

  public Claim {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(op, "op");
  }

  /** Whether the claim holds for the model's value {@code x} (false for NaN). */
  public boolean holds(double x) {
    return op.holds(x, value);
  }
}
