package com.computegap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reported figure the model is held against (MODEL.md section 7, {@code actuals[]}); not used in
 * the model itself. Immutable.
 *
 * @param series the output column the figure belongs to, never {@link Column#YEAR}
 * @param company a hyperscaler of the scenario, or {@code null} for the column as a whole; only
 *     with {@link Column#HYPERSCALER_CAPEX_USD_B} and {@link Column#HYPERSCALER_AI_CAPEX_USD_B}
 * @param year the year the figure is for, 2000..2100
 * @param value the reported value in the column's unit, finite and {@code >= 0}
 * @param source where the figure comes from, 1..1000 characters, never {@code null}
 * @param asOf the date of the report (for guidance: when it was given), or {@code null}
 */
public record Actual(
    Column series, String company, int year, double value, String source, LocalDate asOf) {

  /** The most actuals a scenario may hold. */
  public static final int MAX_ENTRIES = 500;

  /** The longest source text, in characters. */
  public static final int MAX_SOURCE_LENGTH = 1000;

  public Actual {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(source, "source");
    if (series == Column.YEAR) {
      throw new IllegalArgumentException("an actual's series cannot be the year column");
    }
    if (company != null && !allowsCompany(series)) {
      throw new IllegalArgumentException(series.key() + " has no per-company values");
    }
  }

  /** Whether a figure of this series may name a company. */
  public static boolean allowsCompany(Column series) {
    return series == Column.HYPERSCALER_CAPEX_USD_B || series == Column.HYPERSCALER_AI_CAPEX_USD_B;
  }
}
