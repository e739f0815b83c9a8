package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplingTest {

  @Test
  void shouldInvertTheStandardNormalToFullPrecision() {
    assertEquals(0.0, Sampling.inverseStandardNormal(0.5));
    assertEquals(1.959963984540054, Sampling.inverseStandardNormal(0.975), 1e-15);
    assertEquals(-Distribution.Normal.Z95, Sampling.inverseStandardNormal(0.05), 1e-15);
    assertEquals(-2.3263478740408408, Sampling.inverseStandardNormal(0.01), 1e-15);
    assertEquals(-6.361340902404056, Sampling.inverseStandardNormal(1e-10), 1e-13);
    assertEquals(
        8.209536151601387, Sampling.inverseStandardNormal(1 - 1.1102230246251565e-16), 1e-12);
    assertEquals(-37.0470962993612, Sampling.inverseStandardNormal(1e-300), 1e-12);
    assertEquals(Double.NEGATIVE_INFINITY, Sampling.inverseStandardNormal(0));
  }

  @Test
  void shouldGiveEachDistributionsQuantiles() {
    assertEquals(12.5, Sampling.quantile(new Distribution.Uniform(10, 20), 0.25));
    // Triangular 0..10 with mode 10: F(x) = x^2 / 100, so the median is sqrt(50).
    assertEquals(
        Math.sqrt(50), Sampling.quantile(new Distribution.Triangular(0, 10, 10), 0.5), 1e-12);
    assertEquals(
        10 - Math.sqrt(50), Sampling.quantile(new Distribution.Triangular(0, 0, 10), 0.5), 1e-12);
    assertEquals(
        27.5 + 2 * Distribution.Normal.Z95,
        Sampling.quantile(new Distribution.Normal(27.5, 2), 0.95),
        1e-12);
    Distribution.LogNormal ln = new Distribution.LogNormal(0.3, 3);
    assertEquals(0.3, Sampling.quantile(ln, 0.05), 1e-12);
    assertEquals(3, Sampling.quantile(ln, 0.95), 1e-12);
    assertEquals(Math.sqrt(0.9), Sampling.quantile(ln, 0.5), 1e-12);
    assertEquals(7, Sampling.quantile(new Distribution.LogNormal(7, 7), 0.9));
    assertEquals(4, Sampling.quantile(new Distribution.Normal(4, 0), 0.01));
  }

  @Test
  void shouldDrawStrictlyInsideTheUnitInterval() {
    SplittableRandom rng = new SplittableRandom(3);
    double min = 1;
    double max = 0;
    for (int i = 0; i < 100_000; i++) {
      double u = Sampling.uniformOpen(rng);
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    assertTrue(min > 0 && min < 1e-3, "min " + min);
    assertTrue(max < 1 && max > 1 - 1e-3, "max " + max);
  }
}
