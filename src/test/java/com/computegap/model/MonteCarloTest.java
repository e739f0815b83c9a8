package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.scenario.BundledScenarios;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

  private static final Scenario ESSAY = BundledScenarios.load(BundledScenarios.ESSAY);
  private static final int Y0 = ESSAY.startYear();
  private static final int RUNS = 100_000;

  private static Scenario essayWith(UncertainParameter... uncertain) {
    return ESSAY.withUncertainty(List.of(uncertain));
  }

  private static UncertainParameter u(String path, Distribution d) {
    return new UncertainParameter(path, d);
  }

  private static MonteCarloResult run(Scenario s, int runs) {
    return MonteCarlo.run(s, MonteCarlo.Options.of(runs, 42));
  }

  @Test
  void shouldGiveUniformPercentilesOnALinearOutput() {
    // Buyers bring D ~ U(0, 20) B, below the 26.7 B of sell pressure: the buyerDemandUsdB column is
    // D.
    MonteCarloResult r =
        run(essayWith(u("depin.buyerDemandUsdB", new Distribution.Uniform(0, 20))), RUNS);
    Column c = Column.BUYER_DEMAND_USD_B;
    assertEquals(10, r.get(c, Y0, Statistic.MEAN), 0.1);
    assertEquals(1, r.get(c, Y0, Statistic.P5), 0.15);
    assertEquals(5, r.get(c, Y0, Statistic.P25), 0.15);
    assertEquals(10, r.get(c, Y0, Statistic.P50), 0.15);
    assertEquals(15, r.get(c, Y0, Statistic.P75), 0.15);
    assertEquals(19, r.get(c, Y0, Statistic.P95), 0.15);
    // Cash realised is min(26.7, D) = D: the same samples, so the same percentiles.
    assertEquals(
        r.get(c, Y0, Statistic.P25), r.get(Column.DEPIN_CASH_REALIZED_USD_B, Y0, Statistic.P25));
  }

  @Test
  void shouldReportExactlyTheNearestRankOfTheDocumentedDraws() {
    // Rebuild the draws from the documented streams: block b uses SplittableRandom(blockSeed(seed,
    // b)).
    int runs = 10_000;
    long seed = 7;
    Distribution d = new Distribution.Uniform(0, 20);
    MonteCarloResult r =
        MonteCarlo.run(essayWith(u("depin.buyerDemandUsdB", d)), MonteCarlo.Options.of(runs, seed));
    double[] draws = new double[runs];
    for (int block = 0; block * MonteCarlo.BLOCK_RUNS < runs; block++) {
      SplittableRandom rng = new SplittableRandom(MonteCarlo.blockSeed(seed, block));
      for (int i = block * MonteCarlo.BLOCK_RUNS;
          i < Math.min(runs, (block + 1) * MonteCarlo.BLOCK_RUNS);
          i++) {
        draws[i] = Sampling.quantile(d, Sampling.uniformOpen(rng));
      }
    }
    double[] sorted = draws.clone();
    Arrays.sort(sorted);
    for (Statistic s : Statistic.percentiles()) {
      int rank = (int) Math.ceil(s.percent() * runs / 100.0);
      assertEquals(sorted[rank - 1], r.get(Column.BUYER_DEMAND_USD_B, Y0, s), s.key());
    }
  }

  @Test
  void shouldClampNormalDrawsToTheValidRange() {
    // sellSharePct ~ N(95, 10) on 0..100: 31 % of draws clamp to 100, so p75 and p95 are exactly
    // the
    // value at 100 and never above it; the mean is that of the clamped normal, 93.02 %.
    MonteCarloResult r =
        run(essayWith(u("depin.sellSharePct", new Distribution.Normal(95, 10))), RUNS);
    Column c = Column.DEPIN_SELL_PRESSURE_USD_B;
    double atTop =
        c.of(GapModel.compute(ESSAY.withDepin(ESSAY.depin().withSellSharePct(100))).first());
    assertEquals(atTop, r.get(c, Y0, Statistic.P75));
    assertEquals(atTop, r.get(c, Y0, Statistic.P95));
    double gross = 80.0 / 3;
    assertEquals(gross * 0.93022, r.get(c, Y0, Statistic.MEAN), 0.03);

    MonteCarloResult low =
        run(essayWith(u("depin.sellSharePct", new Distribution.Normal(5, 10))), RUNS);
    assertEquals(0.0, low.get(c, Y0, Statistic.P5));
    assertEquals(0.0, low.get(c, Y0, Statistic.P25));
    assertTrue(low.get(c, Y0, Statistic.P50) > 0);
  }

  @Test
  void shouldReproduceLognormalP5AndP95() {
    MonteCarloResult r =
        run(essayWith(u("depin.buyerDemandUsdB", new Distribution.LogNormal(10, 80))), RUNS);
    Column c = Column.BUYER_DEMAND_USD_B;
    assertEquals(10, r.get(c, Y0, Statistic.P5), 10 * 0.02);
    assertEquals(Math.sqrt(800), r.get(c, Y0, Statistic.P50), Math.sqrt(800) * 0.02);
    assertEquals(80, r.get(c, Y0, Statistic.P95), 80 * 0.02);
  }

  @Test
  void shouldApplyOneDrawToEveryCompanyForAStarPath() {
    // One growth g ~ U(0, 40) for all four: 2025 capex is 170.5 * (1 + g/100), p5 173.9 and p95
    // 235.3.
    // Independent draws per company would average out to a p5 near 188.
    MonteCarloResult r =
        run(essayWith(u("hyperscalers[*].growthPct", new Distribution.Uniform(0, 40))), RUNS);
    assertEquals(170.5 * 1.02, r.get(Column.HYPERSCALER_CAPEX_USD_B, Y0 + 1, Statistic.P5), 0.6);
    assertEquals(170.5 * 1.38, r.get(Column.HYPERSCALER_CAPEX_USD_B, Y0 + 1, Statistic.P95), 0.6);
  }

  @Test
  void shouldRoundWholeNumberFields() {
    // emissionYears ~ U(1, 5) rounds to 1..5: the t0 gross incentive is 80 / E for a whole E.
    MonteCarloResult r =
        run(essayWith(u("depin.emissionYears", new Distribution.Uniform(1, 5))), 20_000);
    List<Double> allowed = List.of(80.0, 40.0, 80.0 / 3, 20.0, 16.0);
    for (Statistic s : Statistic.percentiles()) {
      double v = r.get(Column.DEPIN_GROSS_INCENTIVE_USD_B, Y0, s);
      assertTrue(allowed.contains(v), s.key() + " = " + v);
    }
  }

  @Test
  void shouldSortInfinityLastAndMakeTheMeanInfinite() {
    // sellSharePct ~ N(-10, 50) clamps to 0 in 58 % of runs: no DePIN capex, an infinite spend gap.
    MonteCarloResult r =
        run(essayWith(u("depin.sellSharePct", new Distribution.Normal(-10, 50))), RUNS);
    Column c = Column.SPEND_GAP_RATIO;
    assertEquals(Double.POSITIVE_INFINITY, r.get(c, Y0, Statistic.MEAN));
    assertEquals(Double.POSITIVE_INFINITY, r.get(c, Y0, Statistic.P50));
    assertEquals(Double.POSITIVE_INFINITY, r.get(c, Y0, Statistic.P95));
    assertTrue(Double.isFinite(r.get(c, Y0, Statistic.P25)));
    assertEquals(0.579, r.infiniteCount(c, Y0) / (double) RUNS, 0.01);
    assertEquals(0, r.nanCount(c, Y0));
  }

  @Test
  void shouldGiveBitIdenticalResultsSequentialParallelStoredAndStreamed() {
    Scenario s = ESSAY.withYears(7);
    int runs = 30_000;
    MonteCarlo.Options options = MonteCarlo.Options.of(runs, 123);
    MonteCarloResult sequential = MonteCarlo.run(s, options.withThreads(1));
    MonteCarloResult parallel = MonteCarlo.run(s, options.withThreads(4));
    MonteCarloResult stored = runWith(s, options.withThreads(3), MonteCarlo.Strategy.STORE);
    MonteCarloResult streamed = runWith(s, options.withThreads(2), MonteCarlo.Strategy.STREAM);
    MonteCarloResult streamedAlone = runWith(s, options.withThreads(1), MonteCarlo.Strategy.STREAM);
    for (MonteCarloResult other : List.of(parallel, stored, streamed, streamedAlone)) {
      assertArrayEquals(allBits(sequential, s), allBits(other, s));
    }
    MonteCarloResult otherSeed = MonteCarlo.run(s, MonteCarlo.Options.of(runs, 124));
    assertFalse(Arrays.equals(allBits(sequential, s), allBits(otherSeed, s)));
  }

  /**
   * Shapes that stress the streamed search: plateaus, infinities, NaN, whole numbers, tiny run
   * counts.
   */
  @Test
  void shouldStreamExactlyWhatStoringGives() {
    Scenario noHyperscalers = ParameterPath.parse("hyperscalers[*].capexUsdB").with(ESSAY, 0);
    List<Scenario> cases =
        List.of(
            BundledScenarios.load(BundledScenarios.TAIWAN_DISRUPTION),
            BundledScenarios.load(BundledScenarios.HYPERSCALER_LOCKOUT),
            essayWith(
                u("depin.sellSharePct", new Distribution.Normal(-10, 50)),
                u("depin.emissionYears", new Distribution.Uniform(1, 6))),
            noHyperscalers.withUncertainty(
                List.of(
                    u("depin.newIncentiveCapUsdB", new Distribution.Normal(0, 40)),
                    u("depin.frontierEfficiencyPct", new Distribution.Normal(0, 20)))));
    for (Scenario s : cases) {
      for (int runs : new int[] {1, 3, 100, MonteCarlo.BLOCK_RUNS + 1, 25_000}) {
        MonteCarlo.Options options = MonteCarlo.Options.of(runs, runs);
        long[] stored = allBits(runWith(s, options, MonteCarlo.Strategy.STORE), s);
        assertArrayEquals(
            stored,
            allBits(runWith(s, options, MonteCarlo.Strategy.STREAM), s),
            s.name() + ", " + runs + " runs");
        // small windows: histogrammed again and again before they are gathered
        assertArrayEquals(
            stored,
            allBits(runWith(s, options, MonteCarlo.Strategy.STREAM_SMALL_WINDOWS), s),
            s.name() + ", " + runs + " runs, small windows");
      }
    }
  }

  private static MonteCarloResult runWith(
      Scenario s, MonteCarlo.Options options, MonteCarlo.Strategy strategy) {
    return MonteCarlo.run(s, options, MonteCarlo.Progress.none(), new CancelFlag(), strategy);
  }

  private static long[] allBits(MonteCarloResult r, Scenario s) {
    List<Long> bits = new ArrayList<>();
    for (Column c : Column.outputs()) {
      for (int y = s.startYear(); y <= s.endYear(); y++) {
        for (Statistic st : Statistic.all()) {
          bits.add(Double.doubleToLongBits(r.get(c, y, st)));
        }
        bits.add((long) r.nanCount(c, y));
        bits.add((long) r.infiniteCount(c, y));
      }
    }
    return bits.stream().mapToLong(Long::longValue).toArray();
  }

  @Test
  void shouldGiveTheDeterministicValueWithoutUncertainty() {
    Scenario s =
        BundledScenarios.load(BundledScenarios.TAIWAN_DISRUPTION).withUncertainty(List.of());
    ModelResult model = GapModel.compute(s);
    MonteCarloResult r = run(s, 1000);
    for (YearRow row : model.rows()) {
      for (Column c : Column.outputs()) {
        for (Statistic st : Statistic.all()) {
          assertEquals(c.of(row), r.get(c, row.year(), st), c.key() + " " + row.year() + " " + st);
        }
      }
    }
  }

  @Test
  void shouldHandleRunCountsThatAreNotAMultipleOfTheBlock() {
    MonteCarloResult one = run(ESSAY, 1);
    MonteCarloResult odd = run(ESSAY, MonteCarlo.BLOCK_RUNS + 3);
    assertEquals(1, one.runs());
    double p5 = one.get(Column.DEPIN_AI_CAPEX_USD_B, Y0, Statistic.P5);
    assertEquals(p5, one.get(Column.DEPIN_AI_CAPEX_USD_B, Y0, Statistic.P95));
    assertTrue(
        odd.get(Column.DEPIN_AI_CAPEX_USD_B, Y0, Statistic.P5)
            < odd.get(Column.DEPIN_AI_CAPEX_USD_B, Y0, Statistic.P95));
  }

  @Test
  void shouldRejectParametersThatCannotVary() {
    Scenario horizon = essayWith(u("years", new Distribution.Uniform(3, 6)));
    assertThrows(IllegalArgumentException.class, () -> run(horizon, 10));
    Scenario noShock = essayWith(u("chips.shock.supplyCutPct", new Distribution.Uniform(0, 50)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> run(noShock, 10));
    assertTrue(e.getMessage().contains("absent"), e.getMessage());
  }

  @Test
  void shouldReportProgressUpToTheTotal() {
    List<long[]> updates = new ArrayList<>();
    MonteCarlo.run(
        ESSAY,
        MonteCarlo.Options.of(20_000, 1),
        (done, total) -> updates.add(new long[] {done, total}),
        new CancelFlag());
    assertTrue(updates.size() > 5);
    for (int i = 1; i < updates.size(); i++) {
      assertTrue(updates.get(i)[0] >= updates.get(i - 1)[0]);
    }
    long[] last = updates.get(updates.size() - 1);
    assertEquals(last[1], last[0]);
  }

  @Test
  void shouldThrowAtOnceWhenCancelledBeforeStarting() {
    CancelFlag cancel = new CancelFlag();
    cancel.cancel();
    AtomicLong done = new AtomicLong();
    assertThrows(
        CancellationException.class,
        () ->
            MonteCarlo.run(
                ESSAY, MonteCarlo.Options.of(100_000, 1), (d, t) -> done.set(d), cancel));
    assertEquals(0, done.get());
  }

  @Test
  void shouldStopPromptlyWhenCancelledDuringARun() {
    // 2 million runs over 30 years would take a minute or more; cancelled after the first block.
    // "Promptly" is counted in work, not in wall time: once the flag is set, each worker may
    // finish the block it is in, and none starts another. (The time it takes is measured by
    // MonteCarloHarness in the benchmarks.)
    Scenario big = ESSAY.withYears(30);
    int threads = 2;
    CancelFlag cancel = new CancelFlag();
    AtomicLong lastDone = new AtomicLong();
    AtomicLong doneAtCancel = new AtomicLong(-1);
    AtomicLong total = new AtomicLong();
    MonteCarlo.Progress progress =
        (d, t) -> {
          lastDone.set(d);
          total.set(t);
          if (d > 0 && !cancel.isCancelled()) {
            doneAtCancel.set(d);
            cancel.cancel();
          }
        };
    assertThrows(
        CancellationException.class,
        () ->
            MonteCarlo.run(
                big, MonteCarlo.Options.of(2_000_000, 1).withThreads(threads), progress, cancel));
    assertTrue(doneAtCancel.get() > 0, "the run was cancelled from its progress report");
    assertTrue(
        lastDone.get() - doneAtCancel.get() <= (long) threads * MonteCarlo.BLOCK_RUNS,
        "after the cancel " + (lastDone.get() - doneAtCancel.get()) + " more runs were done");
    assertTrue(
        lastDone.get() < total.get() / 100,
        "stopped after " + lastDone.get() + " of " + total.get());
  }

  @Test
  void shouldStopWhenCancelledFromAnotherThread() throws Exception {
    // The first progress report waits until another thread has set the flag, so the order of
    // events is fixed whatever the machine's load; the bound is then in blocks of work.
    Scenario big = ESSAY.withYears(30);
    int threads = 2;
    CancelFlag cancel = new CancelFlag();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    AtomicLong lastDone = new AtomicLong();
    AtomicLong doneAtCancel = new AtomicLong(-1);
    AtomicLong total = new AtomicLong();
    MonteCarlo.Progress progress =
        (d, t) -> {
          lastDone.set(d);
          total.set(t);
          if (doneAtCancel.compareAndSet(-1, d)) {
            started.countDown();
            try {
              assertTrue(cancelled.await(30, TimeUnit.SECONDS), "the other thread cancelled");
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    Thread canceller =
        new Thread(
            () -> {
              try {
                if (started.await(30, TimeUnit.SECONDS)) {
                  cancel.cancel();
                }
              } catch (InterruptedException e) {
                return;
              } finally {
                cancelled.countDown();
              }
            });
    canceller.start();
    assertThrows(
        CancellationException.class,
        () ->
            MonteCarlo.run(
                big, MonteCarlo.Options.of(2_000_000, 1).withThreads(threads), progress, cancel));
    canceller.join();
    assertTrue(cancel.isCancelled());
    assertTrue(
        lastDone.get() - doneAtCancel.get() <= (long) threads * MonteCarlo.BLOCK_RUNS,
        "after the cancel " + (lastDone.get() - doneAtCancel.get()) + " more runs were done");
    assertTrue(
        lastDone.get() < total.get() / 100,
        "stopped after " + lastDone.get() + " of " + total.get());
  }

  @Test
  void shouldTreatAnInterruptAsCancellationAndKeepTheFlag() {
    Thread.currentThread().interrupt();
    try {
      assertThrows(CancellationException.class, () -> run(ESSAY, 50_000));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void shouldRejectYearsOutsideTheHorizonAndTheYearColumn() {
    MonteCarloResult r = run(ESSAY, 100);
    assertThrows(
        IllegalArgumentException.class, () -> r.get(Column.SUPPLY_K, Y0 - 1, Statistic.MEAN));
    assertThrows(IllegalArgumentException.class, () -> r.get(Column.YEAR, Y0, Statistic.MEAN));
    assertEquals(ESSAY.years(), r.series(Column.SUPPLY_K, Statistic.P50).length);
    assertNotEquals(0, r.series(Column.SUPPLY_K, Statistic.P50)[1]);
  }
}
