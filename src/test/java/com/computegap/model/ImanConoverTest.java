package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ImanConoverTest {

  private static final int RUNS = 100_000;
  private static final double[][] TARGET = {
    {1, 0.7, -0.4, 0.2},
    {0.7, 1, -0.3, 0},
    {-0.4, -0.3, 1, 0.5},
    {0.2, 0, 0.5, 1}
  };

  @Test
  void shouldReachEveryTargetRankCorrelationWithinTwoHundredths() {
    double[][] columns = draws(RUNS, 7);

    ImanConover.reorder(columns, CorrelationMatrix.of(TARGET), 42);

    for (int i = 0; i < TARGET.length; i++) {
      for (int j = 0; j < i; j++) {
        double rho = spearman(columns[i], columns[j]);
        assertEquals(TARGET[i][j], rho, 0.02, "pair " + i + "," + j);
      }
    }
  }

  @Test
  void shouldKeepEveryMarginalExactly() {
    double[][] columns = draws(RUNS, 8);
    double[][] before = new double[columns.length][];
    for (int i = 0; i < columns.length; i++) {
      before[i] = columns[i].clone();
      Arrays.sort(before[i]);
    }

    ImanConover.reorder(columns, CorrelationMatrix.of(TARGET), 1);

    for (int i = 0; i < columns.length; i++) {
      double[] after = columns[i].clone();
      Arrays.sort(after);
      assertArrayEquals(before[i], after);
    }
  }

  @Test
  void shouldGiveTheSameOrderForTheSameSeed() {
    double[][] a = draws(5_000, 3);
    double[][] b = draws(5_000, 3);

    ImanConover.reorder(a, CorrelationMatrix.of(TARGET), 99);
    ImanConover.reorder(b, CorrelationMatrix.of(TARGET), 99);

    assertArrayEquals(a, b);
  }

  @Test
  void shouldRefuseATargetThatIsNotPositiveDefinite() {
    double[][] bad = {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}};

    assertThrows(
        IllegalArgumentException.class,
        () -> ImanConover.reorder(draws(100, 1), CorrelationMatrix.of(bad), 1));
  }

  /**
   * Four independent columns with different marginals: uniform, lognormal, triangular, a skewed
   * power.
   */
  private static double[][] draws(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] c = new double[4][n];
    for (int r = 0; r < n; r++) {
      c[0][r] = 10 + 40 * rng.nextDouble();
      c[1][r] = Math.exp(rng.nextGaussian());
      double u = rng.nextDouble();
      c[2][r] = u < 0.5 ? Math.sqrt(u / 2) : 1 - Math.sqrt((1 - u) / 2);
      c[3][r] = Math.pow(rng.nextDouble(), 3);
    }
    return c;
  }

  /**
   * Spearman's rho from ranks (no ties in continuous draws), computed independently of the code.
   */
  private static double spearman(double[] x, double[] y) {
    double[] rx = ranks(x);
    double[] ry = ranks(y);
    int n = x.length;
    double mean = (n - 1) / 2.0;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (rx[i] - mean) * (ry[i] - mean);
      sxx += (rx[i] - mean) * (rx[i] - mean);
      syy += (ry[i] - mean) * (ry[i] - mean);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  private static double[] ranks(double[] v) {
    Integer[] idx = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
    double[] r = new double[v.length];
    for (int rank = 0; rank < v.length; rank++) {
      r[idx[rank]] = rank;
    }
    return r;
  }
}
