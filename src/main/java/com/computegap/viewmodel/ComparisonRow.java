package com.computegap.viewmodel;

/**
 * One line of the comparison table: a parameter or KPI with its values in A and B.
 *
 * @param kind whether the line is an input parameter or a KPI
 * @param key the parameter path or KPI id, for tests and exports
 * @param label what the user reads
 * @param a value in A, {@code NaN} when A lacks it
 * @param b value in B, {@code NaN} when B lacks it
 * @param aText A formatted
 * @param bText B formatted
 * @param change B against A: a difference for parameters, a percentage for KPIs
 */
public record ComparisonRow(
    Kind kind,
    String key,
    String label,
    double a,
    double b,
    String aText,
    String bText,
    String change) {

  /** Parameter or KPI. */
  public enum Kind {
    PARAMETER,
    KPI
  }
}
