package com.computegap.model;

import java.util.Arrays;

/**
 * The distribution of one output in one year over the Monte Carlo runs, for a histogram and a
 * cumulative curve: the finite values sorted, with the infinite and undefined runs counted apart
 * (they have no place on an axis, and the chart says how many there are).
 *
 * @param sorted the finite values, ascending
 * @param positiveInfinite runs with +Infinity
 * @param negativeInfinite runs with -Infinity
 * @param undefined runs with NaN (0/0)
 */
public record OutputDistribution(
    double[] sorted, int positiveInfinite, int negativeInfinite, int undefined) {

  /** All runs. */
  public int runs() {
    return sorted.length + positiveInfinite + negativeInfinite + undefined;
  }

  /** The distribution of {@code values} (not changed). */
  public static OutputDistribution of(double[] values) {
    double[] finite = new double[values.length];
    int n = 0;
    int pos = 0;
    int neg = 0;
    int nan = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        nan++;
      } else if (v == Double.POSITIVE_INFINITY) {
        pos++;
      } else if (v == Double.NEGATIVE_INFINITY) {
        neg++;
      } else {
        finite[n++] = v + 0.0;
      }
    }
    double[] sorted = Arrays.copyOf(finite, n);
    Arrays.sort(sorted);
    return new OutputDistribution(sorted, pos, neg, nan);
  }

  /**
   * Counts of finite values in {@code bins} equal-width bins from the smallest to the largest
   * finite value (the last bin closed); all in one bin when every value is the same; empty when
   * none is finite.
   */
  public int[] histogram(int bins) {
    if (sorted.length == 0) {
      return new int[0];
    }
    int[] counts = new int[bins];
    double lo = sorted[0];
    double hi = sorted[sorted.length - 1];
    for (double v : sorted) {
      int b = hi > lo ? (int) Math.min(bins - 1, Math.floor((v - lo) / (hi - lo) * bins)) : 0;
      counts[b]++;
    }
    return counts;
  }

  /**
   * The share of all runs (infinite and undefined ones included) with a value at most {@code x}.
   */
  public double cumulative(double x) {
    int below = upperBound(x);
    double count =
        below + negativeInfinite + (x == Double.POSITIVE_INFINITY ? positiveInfinite : 0);
    return count / runs();
  }

  /** Number of finite values {@code <= x}. */
  private int upperBound(double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The distribution of {@code column} in {@code year} over {@code runs} runs of {@code scenario}
   * from {@code seed}.
   */
  public static OutputDistribution of(
      Scenario scenario, Column column, int year, int runs, long seed, CancelFlag cancel) {
    int y = year - scenario.startYear();
    if (y < 0 || y >= scenario.years()) {
      throw new IllegalArgumentException(year + " is outside the horizon");
    }
    double[] values = new double[runs];
    MonteCarloRuns.forEach(
        scenario,
        runs,
        seed,
        cancel,
        (run, in, row) -> values[run] = MonteCarloRuns.value(row, column, y));
    return of(values);
  }
}
