package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentilesTest {

  @Test
  void shouldTakeTheNearestRankOfOneToHundred() {
    double[] xs = new double[100];
    for (int i = 0; i < 100; i++) {
      xs[99 - i] = i + 1;
    }
    assertArrayEquals(new double[] {50.5, 5, 25, 50, 75, 95}, Percentiles.summarize(xs));
  }

  @Test
  void shouldRoundTheRankUp() {
    // 10 samples: p5 -> rank ceil(0.5) = 1, p25 -> ceil(2.5) = 3, p95 -> ceil(9.5) = 10.
    double[] xs = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    assertArrayEquals(new double[] {5.5, 1, 3, 5, 8, 10}, Percentiles.summarize(xs));
    assertEquals(0, Percentiles.nearestRankIndex(5, 1));
    assertEquals(99_999, Percentiles.nearestRankIndex(100, 100_000));
    assertEquals(4_999, Percentiles.nearestRankIndex(5, 100_000));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRankIndex(0, 10));
  }

  @Test
  void shouldIgnoreNaNAndSortInfinityLast() {
    double[] xs = {Double.NaN, 3, 1, Double.POSITIVE_INFINITY, 2, Double.NaN};
    double inf = Double.POSITIVE_INFINITY;
    assertArrayEquals(new double[] {inf, 1, 1, 2, 3, inf}, Percentiles.summarize(xs));
  }

  @Test
  void shouldGiveNaNForNoSamplesLeftAndForMixedInfinities() {
    double[] allNaN = Percentiles.summarize(new double[] {Double.NaN, Double.NaN});
    for (double v : allNaN) {
      assertEquals(Double.NaN, v);
    }
    double[] mixed =
        Percentiles.summarize(new double[] {Double.NEGATIVE_INFINITY, 0, Double.POSITIVE_INFINITY});
    assertEquals(Double.NaN, mixed[0]);
    assertEquals(Double.NEGATIVE_INFINITY, mixed[1]);
    assertEquals(Double.POSITIVE_INFINITY, mixed[5]);
  }

  @Test
  void shouldGiveTheValueItselfForAConstantSeries() {
    double v = 0.1 + 0.2;
    double[] xs = new double[20_000];
    Arrays.fill(xs, v);
    for (double s : Percentiles.summarize(xs)) {
      assertEquals(v, s);
    }
  }

  @Test
  void shouldNotChangeTheCallersArray() {
    double[] xs = {3, Double.NaN, 1, 2};
    Percentiles.summarize(xs);
    assertArrayEquals(new double[] {3, Double.NaN, 1, 2}, xs);
  }

  /**
   * Shapes that stress the histogram: smooth, heavy-tailed, plateaus, few distinct values,
   * infinities.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "uniform",
        "heavyTail",
        "plateau",
        "fewValues",
        "withInfinity",
        "tiny",
        "hugeSpread"
      })
  void shouldAgreeWithSortingOnLargeSamples(String shape) {
    SplittableRandom rng = new SplittableRandom(shape.hashCode());
    for (int n : new int[] {1, 7, 100, 8_191, 100_000}) {
      double[] xs = new double[n];
      for (int i = 0; i < n; i++) {
        double u = rng.nextDouble();
        xs[i] =
            switch (shape) {
              case "uniform" -> u;
              case "heavyTail" -> 1 / (u * u * u + 1e-12);
              case "plateau" -> Math.min(40, 100 * u);
              case "fewValues" -> Math.floor(u * 4);
              case "withInfinity" -> u < 0.3 ? Double.POSITIVE_INFINITY : u < 0.35 ? Double.NaN : u;
              case "tiny" -> 1e-300 * u;
              default -> u < 0.5 ? -1e300 * u : 1e300 * u;
            };
      }
      assertArrayEquals(bySorting(xs), Percentiles.summarize(xs), shape + " n=" + n);
    }
  }

  private static double[] bySorting(double[] xs) {
    double[] s = Arrays.stream(xs).filter(x -> !Double.isNaN(x)).sorted().toArray();
    double[] out = new double[6];
    if (s.length == 0) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    out[0] = Percentiles.summarize(xs)[0];
    int[] ps = {5, 25, 50, 75, 95};
    for (int i = 0; i < ps.length; i++) {
      int rank = (int) Math.ceil(ps[i] * (double) s.length / 100);
      out[i + 1] = s[Math.max(0, rank - 1)];
    }
    return out;
  }

  @Test
  void shouldComputeTheMeanOfFiniteSamples() {
    double[] xs = {1e9 + 1, 1e9 + 2, 1e9 + 3, Double.NaN};
    assertEquals(1e9 + 2, Percentiles.summarize(xs)[0]);
  }
}
