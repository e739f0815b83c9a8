package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streamed search against sorting, on series built to land wanted ranks in every bin of the
 * first histogram: the point masses 0 and +∞ (bins of their own), negatives, values between 0 and
 * the pilot's smallest, values above the pilot's largest, and series whose pilot holds nothing but
 * 0 and +∞.
 */
class StreamedPercentilesTest {

  private static final int RUNS = 20_000;
  private static final int PILOT = 4_096;
  private static final int TILE = 64;

  @ParameterizedTest
  @ValueSource(ints = {64, StreamedPercentiles.DEFAULT_COLLECT_CAP})
  void shouldFindTheSortedOrderStatisticsWhateverTheBinsTheyFallIn(int collectCap) {
    Random random = new Random(collectCap);
    List<double[]> series = new ArrayList<>();
    // pilot in [1, 2]; later 40 % zeros, negatives, (0, 1), above 2 and +∞
    series.add(
        pilotThen(
            random,
            () -> 1 + random.nextDouble(),
            () -> pick(random, 0.4, 0.0, 0.1, -random.nextDouble(), random.nextDouble()) + 0.0,
            () -> random.nextBoolean() ? Double.POSITIVE_INFINITY : 2 + random.nextDouble()));
    // 0 in every run, then +∞ in every run, then NaN, −∞ and 7
    series.add(constant(0.0));
    series.add(constant(Double.POSITIVE_INFINITY));
    series.add(
        pilotThen(
            random,
            () -> pick(random, 0.5, Double.NaN, 0.25, Double.NEGATIVE_INFINITY, 7.0),
            () -> pick(random, 0.3, Double.NaN, 0.3, Double.NEGATIVE_INFINITY, 7.0),
            () -> Double.NaN));
    // the pilot holds only 0 and +∞; later runs spread over many octaves and both signs
    series.add(
        pilotThen(
            random,
            () -> pick(random, 0.5, 0.0, 0.5, Double.POSITIVE_INFINITY, 0.0),
            () -> Math.scalb(random.nextDouble() - 0.3, random.nextInt(200) - 100),
            () -> 0.0));
    // a heavy tail and a plateau at 100
    series.add(
        pilotThen(
            random,
            () -> Math.min(100, Math.exp(3 * random.nextGaussian())),
            () -> Math.min(100, Math.exp(3 * random.nextGaussian())),
            () -> 100.0));

    for (int workers : new int[] {1, 2}) {
      int[] laterPasses = new int[1];
      double[] stats = streamed(series, workers, collectCap, laterPasses);
      if (collectCap == StreamedPercentiles.DEFAULT_COLLECT_CAP) {
        // the point masses settled by the first pass, every other window gathered by the next
        assertEquals(1, laterPasses[0], "later passes");
      } else {
        assertTrue(laterPasses[0] > 1, "small windows take more passes: " + laterPasses[0]);
      }
      for (int j = 0; j < series.size(); j++) {
        double[] sorted = Arrays.stream(series.get(j)).filter(x -> !Double.isNaN(x)).toArray();
        Arrays.sort(sorted);
        for (Statistic p : Statistic.percentiles()) {
          // nearest rank: the smallest value with at least p % of the values at or below it
          double expected =
              sorted.length == 0
                  ? Double.NaN
                  : sorted[Math.max(0, (int) Math.ceil(p.percent() * sorted.length / 100.0) - 1)];
          assertEquals(
              Double.doubleToLongBits(expected),
              Double.doubleToLongBits(stats[j * Percentiles.SLOTS + p.ordinal()]),
              "series " + j + ", " + p + ", " + workers + " workers, cap " + collectCap);
        }
      }
    }
  }

  @Test
  void shouldSettleRanksOnZeroAndInfinityInTheFirstPass() {
    Random random = new Random(7);
    List<double[]> series =
        List.of(
            constant(0.0),
            constant(Double.POSITIVE_INFINITY),
            pilotThen(
                random,
                () -> pick(random, 0.3, 0.0, 0.6, Double.POSITIVE_INFINITY, Double.NaN),
                () -> pick(random, 0.7, 0.0, 0.2, Double.POSITIVE_INFINITY, Double.NaN),
                () -> Double.POSITIVE_INFINITY));
    int[] laterPasses = new int[1];
    double[] stats = streamed(series, 2, StreamedPercentiles.DEFAULT_COLLECT_CAP, laterPasses);
    assertEquals(0, laterPasses[0], "later passes");
    // the mixed series: after the pilot 63 % zeros and 28 % +inf, so in all about 62 % of the
    // non-NaN values are 0: p5..p50 are 0, p75 and p95 +inf
    for (Statistic p : Statistic.percentiles()) {
      assertEquals(0.0, stats[p.ordinal()], p.toString());
      assertEquals(Double.POSITIVE_INFINITY, stats[Percentiles.SLOTS + p.ordinal()], p.toString());
      assertEquals(
          p.percent() <= 50 ? 0.0 : Double.POSITIVE_INFINITY,
          stats[2 * Percentiles.SLOTS + p.ordinal()],
          "mixed " + p);
    }
  }

  /** Values from {@code pilot} in the pilot's runs, from {@code later} or {@code tail} after. */
  private static double[] pilotThen(
      Random random, DoubleSupplier pilot, DoubleSupplier later, DoubleSupplier tail) {
    double[] values = new double[RUNS];
    for (int r = 0; r < RUNS; r++) {
      values[r] =
          r < PILOT
              ? pilot.getAsDouble()
              : random.nextDouble() < 0.1 ? tail.getAsDouble() : later.getAsDouble();
    }
    return values;
  }

  private static double[] constant(double value) {
    double[] values = new double[RUNS];
    Arrays.fill(values, value);
    return values;
  }

  /** {@code a} with probability {@code pa}, else {@code b} with probability {@code pb}, else c. */
  private static double pick(Random random, double pa, double a, double pb, double b, double c) {
    double u = random.nextDouble();
    return u < pa ? a : u < pa + pb ? b : c;
  }

  /** Runs the search with tiles handed out round-robin over {@code workers} worker slots. */
  private static double[] streamed(
      List<double[]> series, int workers, int collectCap, int[] laterPasses) {
    int count = series.size();
    int[] source = new int[count];
    for (int j = 0; j < count; j++) {
      source[j] = j;
    }
    double[] stats = new double[count * Percentiles.SLOTS];
    new StreamedPercentiles(RUNS, count, source, workers, stats, collectCap)
        .find(
            new StreamedPercentiles.Passes() {
              @Override
              public void pilot(StreamedPercentiles.Tiles sink) {
                hand(series, PILOT, workers, sink);
              }

              @Override
              public void firstPass(StreamedPercentiles.Tiles sink) {
                hand(series, RUNS, workers, sink);
              }

              @Override
              public void laterPass(StreamedPercentiles.Tiles sink) {
                laterPasses[0]++;
                hand(series, RUNS, workers, sink);
              }
            });
    return stats;
  }

  private static void hand(
      List<double[]> series, int runs, int workers, StreamedPercentiles.Tiles sink) {
    int count = series.size();
    double[] tile = new double[TILE * count];
    for (int start = 0, t = 0; start < runs; start += TILE, t++) {
      int n = Math.min(TILE, runs - start);
      for (int r = 0; r < n; r++) {
        for (int j = 0; j < count; j++) {
          tile[r * count + j] = series.get(j)[start + r];
        }
      }
      sink.accept(t % workers, tile, n);
    }
  }
}
