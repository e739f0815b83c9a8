package com.computegap.model;

import java.util.SplittableRandom;

/**
 * How the Monte Carlo engine turns random bits into parameter values: every distribution is drawn
 * by inverting its cumulative distribution at one uniform number in (0, 1), so each uncertain
 * parameter consumes exactly one {@code nextLong()} per run whatever its kind.
 *
 * <p>Transcendental functions come from {@link StrictMath}, so a seed gives the same draws on every
 * platform and JVM, not only on this one.
 */
public final class Sampling {

  private static final double TWO_POW_MINUS_53 = 0x1.0p-53;

  private Sampling() {}

  /** A uniform number strictly inside (0, 1): the 53-bit grid shifted by half a step. */
  public static double uniformOpen(SplittableRandom rng) {
    return ((rng.nextLong() >>> 11) + 0.5) * TWO_POW_MINUS_53;
  }

  /**
   * The value of {@code d} at cumulative probability {@code u}, {@code 0 < u < 1}, before any
   * clamping to a field's valid range. Degenerate spreads ({@code low == high}, {@code sd == 0},
   * {@code p5 == p95}) give their single value.
   */
  public static double quantile(Distribution d, double u) {
    if (d instanceof Distribution.Uniform x) {
      return x.low() + (x.high() - x.low()) * u;
    }
    if (d instanceof Distribution.Triangular x) {
      return triangular(x.low(), x.mode(), x.high(), u);
    }
    if (d instanceof Distribution.Normal x) {
      return x.sd() == 0 ? x.mean() : x.mean() + x.sd() * inverseStandardNormal(u);
    }
    Distribution.LogNormal x = (Distribution.LogNormal) d;
    if (x.p5() == x.p95()) {
      return x.p5();
    }
    return StrictMath.exp(x.mu() + x.sigma() * inverseStandardNormal(u));
  }

  private static double triangular(double low, double mode, double high, double u) {
    double width = high - low;
    if (width == 0) {
      return low;
    }
    double split = (mode - low) / width;
    return u < split
        ? low + Math.sqrt(u * width * (mode - low))
        : high - Math.sqrt((1 - u) * width * (high - mode));
  }

  /**
   * The standard normal quantile, Wichura's algorithm AS 241 (PPND16), accurate to about 1e-16
   * relative. {@code u = 0} gives {@code -Infinity}, {@code u = 1} gives {@code Infinity}.
   */
  public static double inverseStandardNormal(double u) {
    if (!(u > 0 && u < 1)) {
      if (u == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      return u == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
    }
    double q = u - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q
          * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853)
                                                  * r
                                              + 45921.953931549871457)
                                          * r
                                      + 13731.693765509461125)
                                  * r
                              + 1971.5909503065514427)
                          * r
                      + 133.14166789178437745)
                  * r
              + 3.387132872796366608)
          / (((((((r * 5226.495278852854561 + 28729.085735721942674) * r + 39307.89580009271061) * r
                                              + 21213.794301586595867)
                                          * r
                                      + 5394.1960214247511077)
                                  * r
                              + 687.1870074920579083)
                          * r
                      + 42.313330701600911252)
                  * r
              + 1.0);
    }
    double r = q < 0 ? u : 1 - u;
    r = Math.sqrt(-StrictMath.log(r));
    double z;
    if (r <= 5.0) {
      r -= 1.6;
      z =
          (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r
                                                          + 0.24178072517745061177)
                                                      * r
                                                  + 1.27045825245236838258)
                                              * r
                                          + 3.64784832476320460504)
                                      * r
                                  + 5.7694972214606914055)
                              * r
                          + 4.6303378461565452959)
                      * r
                  + 1.42343711074968357734)
              / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r
                                                          + 0.0151986665636164571966)
                                                      * r
                                                  + 0.14810397642748007459)
                                              * r
                                          + 0.68976733498510000455)
                                      * r
                                  + 1.6763848301838038494)
                              * r
                          + 2.05319162663775882187)
                      * r
                  + 1.0);
    } else {
      r -= 5.0;
      z =
          (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r
                                                          + 0.0012426609473880784386)
                                                      * r
                                                  + 0.026532189526576123093)
                                              * r
                                          + 0.29656057182850489123)
                                      * r
                                  + 1.7848265399172913358)
                              * r
                          + 5.4637849111641143699)
                      * r
                  + 6.6579046435011037772)
              / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r
                                                          + 1.8463183175100546818e-5)
                                                      * r
                                                  + 7.868691311456132591e-4)
                                              * r
                                          + 0.0148753612908506148525)
                                      * r
                                  + 0.13692988092273580531)
                              * r
                          + 0.59983220655588793769)
                      * r
                  + 1.0);
    }
    return q < 0 ? -z : z;
  }
}
