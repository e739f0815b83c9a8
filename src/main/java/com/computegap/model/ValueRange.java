package com.computegap.model;

/**
 * The valid values of a numeric field (MODEL.md section 1), with open or closed ends. An unbounded
 * end is an infinite bound; every valid value is also finite.
 */
public record ValueRange(double min, boolean minInclusive, double max, boolean maxInclusive) {

  /** {@code min..max}, both ends included. */
  public static ValueRange closed(double min, double max) {
    return new ValueRange(min, true, max, true);
  }

  /** {@code >= min}. */
  public static ValueRange atLeast(double min) {
    return new ValueRange(min, true, Double.POSITIVE_INFINITY, false);
  }

  /** {@code > min}. */
  public static ValueRange above(double min) {
    return new ValueRange(min, false, Double.POSITIVE_INFINITY, false);
  }

  /** {@code > -100 and <= 1000}: every growth or change rate in percent per year. */
  public static ValueRange growthRate() {
    return new ValueRange(-100, false, 1000, true);
  }

  public boolean contains(double v) {
    if (!Double.isFinite(v)) {
      return false;
    }
    boolean aboveMin = minInclusive ? v >= min : v > min;
    boolean belowMax = maxInclusive ? v <= max : v < max;
    return aboveMin && belowMax;
  }

  /**
   * The nearest valid value: the bound for a closed end, the next double inside for an open one.
   */
  public double clamp(double v) {
    if (Double.isNaN(v)) {
      return lowestValid();
    }
    if (!(minInclusive ? v >= min : v > min)) {
      return lowestValid();
    }
    if (!(maxInclusive ? v <= max : v < max)) {
      return maxInclusive ? max : Math.min(Math.nextDown(max), Double.MAX_VALUE);
    }
    return v;
  }

  /** The smallest valid value. */
  public double lowestValid() {
    return minInclusive ? min : Math.nextUp(min);
  }

  /** Whether both ends are closed and finite, so that "a..b" describes the range. */
  public boolean isClosed() {
    return minInclusive && maxInclusive && Double.isFinite(min) && Double.isFinite(max);
  }

  /** A short description for messages: {@code 0..100}, {@code >= 0}, {@code > -100 and <= 1000}. */
  public String describe() {
    if (isClosed()) {
      return format(min) + ".." + format(max);
    }
    String lower = (minInclusive ? ">= " : "> ") + format(min);
    if (Double.isInfinite(max)) {
      return lower;
    }
    return lower + " and " + (maxInclusive ? "<= " : "< ") + format(max);
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
