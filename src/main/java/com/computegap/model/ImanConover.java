package com.computegap.model;

import java.util.SplittableRandom;

/**
 * Induces rank (Spearman) correlations between columns of independent draws by reordering each
 * column (Iman and Conover 1982), so every column keeps exactly the values it had: the marginal
 * distributions are untouched, only which run gets which value changes.
 *
 * <p>Method: a score matrix of van der Waerden scores {@code Φ⁻¹(i/(n+1))}, each column randomly
 * permuted, is transformed to have the Pearson correlation {@code 2 sin(π ρ / 6)} (the normal
 * copula's Pearson correlation for Spearman {@code ρ}) by {@code S (F⁻¹)ᵀ Pᵀ}, where {@code F} is
 * the Cholesky factor of the scores' own correlation and {@code P} that of the target. Each column
 * of draws is then arranged in the rank order of the transformed scores.
 *
 * <p>Deterministic: the permutations come from one {@link SplittableRandom} of the given seed, and
 * every sum runs in a fixed order, so the result depends only on the draws, the target and the
 * seed.
 */
public final class ImanConover {

  private ImanConover() {}

  /**
   * Reorders {@code columns[j]} in place (each of the same length {@code n >= 2}) so that their
   * rank correlations approach {@code target}.
   *
   * @param columns independent draws, one array per parameter
   * @param target the Spearman correlations, positive definite, size {@code columns.length}
   * @param seed the seed of the score permutations
   */
  public static void reorder(double[][] columns, CorrelationMatrix target, long seed) {
    int k = columns.length;
    if (target.size() != k) {
      throw new IllegalArgumentException(
          "target is " + target.size() + "x" + target.size() + " for " + k + " columns");
    }
    if (k < 2) {
      return;
    }
    int n = columns[0].length;
    if (n < 2) {
      return;
    }
    double[][] pearson = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        pearson[i][j] = i == j ? 1 : 2 * Math.sin(Math.PI * target.get(i, j) / 6);
      }
    }
    double[][] p = CorrelationMatrix.cholesky(pearson);
    if (p == null) {
      throw new IllegalArgumentException("the target correlations are not positive definite");
    }
    double[][] scores = scores(k, n, new SplittableRandom(seed));
    double[][] f = CorrelationMatrix.cholesky(correlation(scores));
    if (f == null) {
      return; // degenerate scores (n tiny): leave the draws as they are
    }
    // M = P F^-1, applied row by row: t_r = M s_r.
    double[][] fInverse = lowerInverse(f);
    double[][] m = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double s = 0;
        for (int q = j; q <= i; q++) {
          s += p[i][q] * fInverse[q][j];
        }
        m[i][j] = s;
      }
    }
    // each column is reordered on its own: in parallel, with the same bits on any thread count
    java.util.stream.IntStream.range(0, k)
        .parallel()
        .forEach(i -> arrange(columns[i], scores, m[i], i));
  }

  /**
   * Arranges {@code column} in the rank order of the transformed scores {@code t_r = sum_{j<=i} m_j
   * s_j[r]}: the run with the smallest score gets the smallest value, ties in run order.
   */
  private static void arrange(double[] column, double[][] scores, double[] m, int i) {
    int n = column.length;
    long[] keys = new long[n];
    for (int r = 0; r < n; r++) {
      double t = 0;
      for (int j = 0; j <= i; j++) {
        t += m[j] * scores[j][r];
      }
      keys[r] = sortKey((float) t, r);
    }
    // the keys are in run order, so a stable sort of their high halves is the full keys' order
    RadixSort.sortHigh32(keys);
    double[] sorted = RadixSort.sorted(column);
    for (int rank = 0; rank < n; rank++) {
      column[(int) keys[rank]] = sorted[rank];
    }
  }

  /** Van der Waerden scores, each column a random permutation. */
  private static double[][] scores(int k, int n, SplittableRandom rng) {
    double[] base = new double[n];
    for (int i = 0; i < n; i++) {
      base[i] = Sampling.inverseStandardNormal((i + 1.0) / (n + 1.0));
    }
    double[][] s = new double[k][];
    for (int j = 0; j < k; j++) {
      double[] col = base.clone();
      for (int i = n - 1; i > 0; i--) {
        int swap = rng.nextInt(i + 1);
        double tmp = col[i];
        col[i] = col[swap];
        col[swap] = tmp;
      }
      s[j] = col;
    }
    return s;
  }

  /** Pearson correlation of the columns; every column has mean 0 by construction of the scores. */
  private static double[][] correlation(double[][] s) {
    int k = s.length;
    int n = s[0].length;
    double[][] c = new double[k][k];
    double[] norm = new double[k];
    for (int i = 0; i < k; i++) {
      double sum = 0;
      for (int r = 0; r < n; r++) {
        sum += s[i][r] * s[i][r];
      }
      norm[i] = Math.sqrt(sum);
    }
    for (int i = 0; i < k; i++) {
      c[i][i] = 1;
      for (int j = 0; j < i; j++) {
        double sum = 0;
        for (int r = 0; r < n; r++) {
          sum += s[i][r] * s[j][r];
        }
        c[i][j] = sum / (norm[i] * norm[j]);
        c[j][i] = c[i][j];
      }
    }
    return c;
  }

  /** The inverse of a lower-triangular matrix with a positive diagonal. */
  private static double[][] lowerInverse(double[][] l) {
    int k = l.length;
    double[][] inv = new double[k][k];
    for (int j = 0; j < k; j++) {
      inv[j][j] = 1 / l[j][j];
      for (int i = j + 1; i < k; i++) {
        double s = 0;
        for (int q = j; q < i; q++) {
          s += l[i][q] * inv[q][j];
        }
        inv[i][j] = -s / l[i][i];
      }
    }
    return inv;
  }

  /**
   * A long whose signed order is the order of {@code value} (a float, which is precise enough to
   * rank the scores) and then of {@code index}; the low 32 bits are the index.
   */
  private static long sortKey(float value, int index) {
    int bits = Float.floatToRawIntBits(value == 0 ? 0f : value);
    int ordered = bits ^ ((bits >> 31) & Integer.MAX_VALUE);
    return ((long) ordered << 32) | (index & 0xFFFFFFFFL);
  }
}
