package com.computegap.model;

/** The division rules of MODEL.md section 2, in one place. */
public final class Ratios {

  private Ratios() {}

  /**
   * {@code x / y}, with {@code x / 0} giving {@code Infinity} when x &gt; 0 and {@code NaN} when x
   * = 0. Java's own division would give {@code NaN} for 0/0 too, but {@code -Infinity} for negative
   * x and signed zeros would leak through; model quantities are never negative, so this only pins
   * the rule down.
   */
  public static double divide(double x, double y) {
    if (y == 0.0) {
      return x > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }
    return x / y;
  }

  /**
   * {@code 100 * part / (part + other)}, and 0 when both are 0. The fraction is taken first so that
   * rounding can never push the share above 100.
   */
  public static double sharePct(double part, double other) {
    double total = part + other;
    return total == 0.0 ? 0.0 : 100.0 * (part / total);
  }
}
