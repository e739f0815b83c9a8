package com.computegap.model;

/**
 * The Wilson score interval of a binomial proportion: the 95 % interval of a claim's probability
 * estimated from {@code successes} of {@code trials} runs. Better than the normal approximation
 * near 0 and 1, where claims often are; never leaves {@code [0, 1]}.
 *
 * @param estimate {@code successes / trials}
 * @param low lower end
 * @param high upper end
 */
public record WilsonInterval(double estimate, double low, double high) {

  /** {@code z} of a two-sided 95 % interval. */
  public static final double Z95 = 1.959963984540054;

  /** The 95 % interval; {@code trials} must be positive and {@code 0 <= successes <= trials}. */
  public static WilsonInterval of95(long successes, long trials) {
    return of(successes, trials, Z95);
  }

  /** The interval for a given {@code z}. */
  public static WilsonInterval of(long successes, long trials, double z) {
    if (trials <= 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(successes + " of " + trials);
    }
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // At 0 or all successes the end is exactly 0 (or 1) in real arithmetic; rounding can miss it.
    double low = successes == 0 ? 0 : Math.max(0, centre - half);
    double high = successes == trials ? 1 : Math.min(1, centre + half);
    return new WilsonInterval(p, low, high);
  }
}
