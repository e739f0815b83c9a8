package com.computegap.model;

import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/**
 * Splits the difference {@code v(all) - v(none)} of a value between two scenarios into one
 * contribution per changed parameter: Shapley values, the average of each parameter's marginal
 * contribution over every order in which the changes can be made. The contributions add up to the
 * difference exactly (up to rounding) whatever the interactions.
 *
 * <p>The value function takes a subset of the {@code k} changed parameters as a bit mask (bit
 * {@code i} set: parameter {@code i} at its B value, else at its A value). Up to {@value
 * #EXACT_LIMIT} parameters the split is exact ({@code 2^k} evaluations); beyond, it is estimated
 * from sampled orders and each contribution carries a standard error.
 */
public final class ShapleySplit {

  /** Largest {@code k} split exactly. */
  public static final int EXACT_LIMIT = 14;

  /**
   * The split.
   *
   * @param contributions one per parameter, in parameter order
   * @param standardErrors one per parameter: 0 for an exact split, else the sampling error
   * @param firstOrder each parameter changed alone: {@code v({i}) - v(none)}
   * @param total {@code v(all) - v(none)}
   * @param exact whether every subset was evaluated
   */
  public record Result(
      double[] contributions,
      double[] standardErrors,
      double[] firstOrder,
      double total,
      boolean exact) {

    /**
     * The part of the difference that comes from interactions: {@code total - sum(firstOrder)}.
     * Large against {@code total} means the changes act together, not one by one.
     */
    public double interaction() {
      double s = 0;
      for (double f : firstOrder) {
        s += f;
      }
      return total - s;
    }

    /** Whether interactions exceed {@code share} (for example 0.1) of the absolute difference. */
    public boolean interactionsLarge(double share) {
      double i = Math.abs(interaction());
      return i > share * Math.abs(total) && i > 1e-12;
    }
  }

  private ShapleySplit() {}

  /** Exact for {@code k <= EXACT_LIMIT}, else {@link #sampled} with {@code permutations} orders. */
  public static Result split(int k, IntToDoubleFunction value, int permutations, long seed) {
    return k <= EXACT_LIMIT ? exact(k, value) : sampled(k, value, permutations, seed);
  }

  /** Every subset: {@code phi_i = sum_S |S|!(k-|S|-1)!/k! (v(S+i) - v(S))}. */
  public static Result exact(int k, IntToDoubleFunction value) {
    if (k < 0 || k > EXACT_LIMIT) {
      throw new IllegalArgumentException(
          "exact split takes 0.." + EXACT_LIMIT + " parameters, got " + k);
    }
    int subsets = 1 << k;
    double[] v = new double[subsets];
    for (int mask = 0; mask < subsets; mask++) {
      v[mask] = value.applyAsDouble(mask);
    }
    double[] weight = new double[k];
    for (int size = 0; size < k; size++) {
      // size! (k - size - 1)! / k!  =  1 / (k * C(k-1, size))
      weight[size] = 1.0 / (k * binomial(k - 1, size));
    }
    double[] phi = new double[k];
    for (int i = 0; i < k; i++) {
      int bit = 1 << i;
      double s = 0;
      for (int mask = 0; mask < subsets; mask++) {
        if ((mask & bit) == 0) {
          s += weight[Integer.bitCount(mask)] * (v[mask | bit] - v[mask]);
        }
      }
      phi[i] = s;
    }
    double[] first = new double[k];
    for (int i = 0; i < k; i++) {
      first[i] = v[1 << i] - v[0];
    }
    return new Result(phi, new double[k], first, v[subsets - 1] - v[0], true);
  }

  /**
   * Monte Carlo over orders: each sampled order adds every parameter's marginal contribution once.
   */
  public static Result sampled(int k, IntToDoubleFunction value, int permutations, long seed) {
    if (k > 31) {
      throw new IllegalArgumentException("at most 31 parameters, got " + k);
    }
    if (permutations < 2) {
      throw new IllegalArgumentException("at least 2 permutations, got " + permutations);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    double[] sum = new double[k];
    double[] sumSq = new double[k];
    int[] order = new int[k];
    double none = value.applyAsDouble(0);
    for (int p = 0; p < permutations; p++) {
      for (int i = 0; i < k; i++) {
        order[i] = i;
      }
      for (int i = k - 1; i > 0; i--) {
        int j = rng.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      int mask = 0;
      double before = none;
      for (int i : order) {
        mask |= 1 << i;
        double after = value.applyAsDouble(mask);
        double d = after - before;
        sum[i] += d;
        sumSq[i] += d * d;
        before = after;
      }
    }
    double total = value.applyAsDouble((int) ((1L << k) - 1)) - none;
    double[] phi = new double[k];
    double[] se = new double[k];
    for (int i = 0; i < k; i++) {
      phi[i] = sum[i] / permutations;
      double var = Math.max(0, (sumSq[i] - permutations * phi[i] * phi[i]) / (permutations - 1));
      se[i] = Math.sqrt(var / permutations);
    }
    double[] first = new double[k];
    for (int i = 0; i < k; i++) {
      first[i] = value.applyAsDouble(1 << i) - none;
    }
    return new Result(phi, se, first, total, false);
  }

  private static double binomial(int n, int r) {
    double c = 1;
    for (int i = 1; i <= r; i++) {
      c = c * (n - r + i) / i;
    }
    return c;
  }
}
