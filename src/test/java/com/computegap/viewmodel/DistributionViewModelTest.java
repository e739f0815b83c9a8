package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.chart.DistributionChart;
import com.computegap.chart.DistributionData;
import com.computegap.model.CancelFlag;
import com.computegap.model.Claim;
import com.computegap.model.ClaimOp;
import com.computegap.model.Column;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloRuns;
import com.computegap.model.OutputDistribution;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The distribution view: bins and cumulative curve from the runs, the scenario value and only the
 * matching claims marked, and computed only while shown, for the runs and seed of the fans.
 */
class DistributionViewModelTest {

  private final List<Runnable> mcWorker = new ArrayList<>();
  private final List<Runnable> background = new ArrayList<>();
  private final ConcurrentLinkedQueue<Runnable> fx = new ConcurrentLinkedQueue<>();
  private ExplorerViewModel doc;
  private UncertaintyViewModel mc;
  private DistributionViewModel dist;

  @BeforeEach
  void setUp() {
    Messages.setLocale(Locale.US);
    doc = ViewModels.immediate();
    mc =
        new UncertaintyViewModel(
            doc,
            (s, o, p, c) -> MonteCarlo.run(s, new MonteCarlo.Options(o.runs(), o.seed(), 1), p, c),
            (task, delay) -> mcWorker.add(task),
            fx::add,
            0);
    mc.runsProperty().set(1_000);
    dist = new DistributionViewModel(mc, OutputDistribution::of, background::add, fx::add);
  }

  @AfterEach
  void tearDown() {
    mc.close();
    dist.close();
  }

  private void runAll() {
    while (!mcWorker.isEmpty() || !background.isEmpty() || !fx.isEmpty()) {
      while (!mcWorker.isEmpty()) {
        mcWorker.remove(0).run();
      }
      Runnable r;
      while ((r = fx.poll()) != null) {
        r.run();
      }
      while (!background.isEmpty()) {
        background.remove(0).run();
      }
    }
  }

  @Test
  void shouldBinTheRunsAndMarkTheScenarioAndOnlyTheMatchingClaims() {
    // 100 finite values 1..100, two infinite runs and one undefined: 103 runs
    double[] values = new double[103];
    for (int i = 0; i < 100; i++) {
      values[i] = i + 1;
    }
    values[100] = Double.POSITIVE_INFINITY;
    values[101] = Double.POSITIVE_INFINITY;
    values[102] = Double.NaN;
    OutputDistribution d = OutputDistribution.of(values);
    List<Claim> claims =
        List.of(
            new Claim("Wide", Column.COMPUTE_GAP_RATIO, 2028, ClaimOp.GE, 50),
            new Claim("Other year", Column.COMPUTE_GAP_RATIO, 2027, ClaimOp.GE, 60),
            new Claim("Other output", Column.SPEND_GAP_RATIO, 2028, ClaimOp.GE, 70));
    DistributionData data =
        DistributionViewModel.build(d, Column.COMPUTE_GAP_RATIO, 2028, 20, claims);

    assertEquals(2, data.markers().size());
    assertEquals(20, data.markers().get(0).value());
    assertEquals(DistributionData.Kind.SCENARIO, data.markers().get(0).kind());
    assertEquals(50, data.markers().get(1).value());
    assertTrue(
        data.markers().get(1).label().startsWith("Wide: \u2265 50"), data.markers().get(1).label());

    // nearest-rank p0.5 of 100 values is the 1st (1), p99.5 the 100th (100): all drawn
    assertEquals(1, data.binLow()[0]);
    assertEquals(100, data.binHigh()[DistributionViewModel.BINS - 1]);
    double sum = 0;
    for (double s : data.binShare()) {
      sum += s;
    }
    assertEquals(100.0 * 100 / 103, sum, 1e-9, "the finite runs' share of all runs");
    // the cumulative curve ends at the finite share (the infinite runs are above every x)
    double[] cy = data.cumulativeShare();
    assertEquals(100.0 * 100 / 103, cy[cy.length - 1], 1e-9);
    assertEquals(100.0 * 1 / 103, cy[0], 1e-9, "one value at or below the lowest edge");
    assertTrue(data.note().contains("1.9 % of runs are \u221E"), data.note());
    assertTrue(data.note().contains("1 % undefined"), data.note());

    // the chart draws the bins and the two lines
    DistributionChart chart = new DistributionChart();
    chart.update(data);
    assertEquals(DistributionViewModel.BINS, chart.bins().getItemCount(0));
    assertEquals(2, chart.markers().size());
    assertEquals(50, chart.markers().get(1).getValue());
  }

  @Test
  void shouldComputeOnlyWhileShownWithTheRunsAndSeedOfTheFans() {
    mc.activeProperty().set(true);
    runAll();
    assertTrue(background.isEmpty(), "hidden: nothing computed");
    dist.activeProperty().set(true);
    runAll();
    DistributionData data = dist.dataProperty().get();
    int year = doc.scenario().endYear();
    assertEquals(year, dist.yearProperty().get());
    // an independent count: the runs of the same seed with a compute gap at or below the median
    double[] v = new double[1_000];
    MonteCarloRuns.forEach(
        doc.scenario(),
        1_000,
        UncertaintyViewModel.DEFAULT_SEED,
        new CancelFlag(),
        (run, in, row) ->
            v[run] =
                MonteCarloRuns.value(
                    row, Column.COMPUTE_GAP_RATIO, year - doc.scenario().startYear()));
    double x = data.cumulativeX()[DistributionViewModel.BINS / 2];
    int atOrBelow = 0;
    for (double value : v) {
      if (value <= x) {
        atOrBelow++;
      }
    }
    assertEquals(
        100.0 * atOrBelow / 1_000, data.cumulativeShare()[DistributionViewModel.BINS / 2], 1e-9);
    assertTrue(data.title().contains("1,000 runs"), data.title());

    dist.columnProperty().set(Column.HYPERSCALER_AI_CAPEX_USD_B);
    runAll();
    assertTrue(dist.dataProperty().get().title().startsWith("Hyperscaler AI capex"));
    assertArrayEquals(
        new double[] {dist.dataProperty().get().markers().get(0).value()},
        new double[] {
          Column.HYPERSCALER_AI_CAPEX_USD_B.of(
              mc.outcome().deterministic().rows().get(year - doc.scenario().startYear()))
        });
  }
}
