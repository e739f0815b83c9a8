package com.computegap.scenario;

import com.computegap.model.Distribution;
import com.computegap.model.ValueRange;

/**
 * What makes a distribution usable for a field; shared by the file validator and the range editor.
 */
public final class DistributionRules {

  private DistributionRules() {}

  /**
   * Why {@code d} cannot be used for a field with valid range {@code range}, or {@code null} when
   * it can. Uniform and triangular bounds must lie in the valid range; normal and lognormal draws
   * that leave it are clamped, so only their own parameters are checked.
   */
  public static String problem(Distribution d, ValueRange range) {
    if (d instanceof Distribution.Uniform u) {
      if (u.low() > u.high()) {
        return "low (" + u.low() + ") must not be above high (" + u.high() + ")";
      }
      return bounds(range, u.low(), u.high());
    }
    if (d instanceof Distribution.Triangular t) {
      if (!(t.low() <= t.mode() && t.mode() <= t.high())) {
        return "expected low <= mode <= high, got " + t.low() + ", " + t.mode() + ", " + t.high();
      }
      return bounds(range, t.low(), t.high());
    }
    if (d instanceof Distribution.Normal n) {
      return n.sd() < 0 ? "sd (" + n.sd() + ") must be >= 0" : null;
    }
    Distribution.LogNormal l = (Distribution.LogNormal) d;
    if (!(l.p5() > 0 && l.p95() > 0)) {
      return "p5 and p95 must both be > 0";
    }
    return l.p5() > l.p95() ? "p5 (" + l.p5() + ") must not be above p95 (" + l.p95() + ")" : null;
  }

  private static String bounds(ValueRange range, double low, double high) {
    if (!range.contains(low) || !range.contains(high)) {
      return "low and high must lie in the parameter's valid range " + range.describe();
    }
    return null;
  }
}
