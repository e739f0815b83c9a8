package com.computegap.model;

import java.util.Objects;

/**
 * A rank (Spearman) correlation between two uncertain parameters (schema version 2): over the Monte
 * Carlo runs, {@code a} and {@code b} rise and fall together ({@code rho > 0}) or against each
 * other.
 *
 * @param a a parameter path of the scenario's {@code uncertainty} list; never {@code null}
 * @param b another one; never {@code null}
 * @param rho the target rank correlation, -0.95..0.95
 */
public record Correlation(String a, String b, double rho) {

  /** The largest absolute correlation a file may ask for. */
  public static final double MAX_ABS_RHO = 0.95;

  public Correlation {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }
}
