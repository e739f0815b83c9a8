package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.CancelFlag;
import com.computegap.model.Claim;
import com.computegap.model.ClaimAnalysis;
import com.computegap.model.ClaimOp;
import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloRuns;
import com.computegap.model.Scenario;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claims panel's view model: edits are undoable steps, the probabilities follow the finished
 * Monte Carlo run (same runs and seed) and equal a count over the runs, an analysis superseded by a
 * newer run is never shown, and "P(this ≤ value)" of a KPI card fills in its column and year. The
 * background and JavaFX threads are simulated by queues the test drains.
 */
class ClaimsViewModelTest {

  /** The compute gap in 2027 at least 1.5: holds in a good part of the essay's runs. */
  private static final Claim SHARE =
      new Claim("Gap stays wide", Column.COMPUTE_GAP_RATIO, 2027, ClaimOp.GE, 1.5);

  private ExplorerViewModel doc;
  private final List<Runnable> mcWorker = new ArrayList<>();
  private final List<Runnable> background = new ArrayList<>();
  private final ConcurrentLinkedQueue<Runnable> fx = new ConcurrentLinkedQueue<>();
  private UncertaintyViewModel mc;
  private ClaimsViewModel claims;
  private final AtomicInteger analyses = new AtomicInteger();

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
    claims =
        new ClaimsViewModel(
            doc,
            mc,
            (s, runs, seed, cancel) -> {
              analyses.incrementAndGet();
              return ClaimAnalysis.analyse(s, runs, seed, cancel);
            },
            background::add,
            fx::add);
  }

  @AfterEach
  void tearDown() {
    mc.close();
    claims.close();
  }

  private void drainFx() {
    Runnable r;
    while ((r = fx.poll()) != null) {
      r.run();
    }
  }

  /** Runs the pending Monte Carlo run and then the claims analysis it asked for. */
  private void runAll() {
    while (!mcWorker.isEmpty() || !background.isEmpty() || !fx.isEmpty()) {
      while (!mcWorker.isEmpty()) {
        mcWorker.remove(0).run();
      }
      drainFx();
      while (!background.isEmpty()) {
        background.remove(0).run();
      }
      drainFx();
    }
  }

  /** Independent of ClaimAnalysis: counts the runs in which the claim holds. */
  private static int count(Scenario s, Claim c, int runs, long seed) {
    int[] n = new int[1];
    int y = c.year() - s.startYear();
    MonteCarloRuns.forEach(
        s,
        runs,
        seed,
        new CancelFlag(),
        (run, in, row) -> {
          double v = MonteCarloRuns.value(row, c.column(), y);
          if (!Double.isNaN(v) && v >= c.value()) {
            n[0]++;
          }
        });
    return n[0];
  }

  @Test
  void shouldRestoreThePreviousClaimsWhenAnAddIsUndone() {
    List<Claim> before = doc.scenario().claims();
    claims.add(SHARE);
    assertEquals(List.of(SHARE), doc.scenario().claims().subList(before.size(), before.size() + 1));
    assertTrue(doc.isDirty(), "adding a claim marks the document changed");
    assertEquals(before.size() + 1, claims.rows().size());

    doc.undo();
    assertEquals(before, doc.scenario().claims());
    assertEquals(before.size(), claims.rows().size());
    doc.redo();
    assertEquals(SHARE, doc.scenario().claims().get(before.size()));
  }

  @Test
  void shouldReplaceAndRemoveAClaimAsOneUndoStepEach() {
    claims.add(SHARE);
    int i = doc.scenario().claims().size() - 1;
    Claim edited = new Claim("Higher", SHARE.column(), 2028, ClaimOp.GT, 5);
    claims.replace(i, edited);
    assertEquals(edited, doc.scenario().claims().get(i));
    claims.remove(i);
    assertEquals(i, doc.scenario().claims().size());
    doc.undo();
    assertEquals(edited, doc.scenario().claims().get(i));
    doc.undo();
    assertEquals(SHARE, doc.scenario().claims().get(i));
  }

  @Test
  void shouldShowTheProbabilityCountedOverTheSameRunsAndSeed() {
    // given a claim at a round threshold just above the scenario's own value (so it fails as set
    // and holds in part of the runs)
    Scenario s = doc.scenario();
    double asSet = GapModel.compute(s).rows().get(2027 - s.startYear()).computeGapRatio();
    double threshold = Math.ceil(asSet * 10 + 1e-9) / 10;
    Claim claim = new Claim("Gap widens", Column.COMPUTE_GAP_RATIO, 2027, ClaimOp.GE, threshold);
    claims.add(claim);
    mc.activeProperty().set(true);
    runAll();

    int row = doc.scenario().claims().size() - 1;
    ClaimsViewModel.Row r = claims.rows().get(row);
    assertNotNull(r.outcome(), "analysed after the run");
    int expected = count(doc.scenario(), claim, 1_000, UncertaintyViewModel.DEFAULT_SEED);
    assertTrue(expected > 0 && expected < 1_000, "neither sure nor impossible: " + expected);
    assertEquals(expected, r.outcome().holdsCount());
    assertEquals(1_000, r.outcome().runs());
    String pct =
        new BigDecimal(expected).movePointLeft(1).stripTrailingZeros().toPlainString() + " %";
    assertTrue(r.probability().startsWith(pct + " ("), r.probability() + " starts with " + pct);
    assertEquals(asSet >= threshold ? "\u2713" : "\u2717", r.holds());
    assertEquals("Over 1,000 runs, seed 1", claims.statusProperty().get());

    claims.selectedProperty().set(row);
    assertEquals(doc.scenario().uncertainty().size(), claims.drivers().size());
  }

  @Test
  void shouldShowAClaimOutsideTheHorizonAsUnansweredWithTheReason() {
    // the essay's horizon ends in 2028
    claims.add(new Claim("Later", Column.COMPUTE_GAP_RATIO, 2031, ClaimOp.GE, 1));
    mc.activeProperty().set(true);
    runAll();

    ClaimsViewModel.Row r = claims.rows().get(doc.scenario().claims().size() - 1);
    assertNotNull(r.outcome(), "analysed after the run");
    assertEquals("\u2013", r.probability());
    assertEquals("\u2013", r.holds());
    assertTrue(r.tooltip().startsWith("2031 lies outside the horizon"), r.tooltip());
  }

  @Test
  void shouldShowAPendingRowForAClaimAddedSinceTheLastAnalysis() {
    mc.activeProperty().set(true);
    runAll();
    claims.add(SHARE); // the new run is queued, not yet run
    ClaimsViewModel.Row r = claims.rows().get(claims.rows().size() - 1);
    assertNull(r.outcome());
    assertEquals("\u2026", r.probability());
  }

  @Test
  void shouldDropTheAnalysisOfARunThatANewerRunSuperseded() {
    claims.add(SHARE);
    mc.activeProperty().set(true);
    mcWorker.remove(0).run();
    drainFx(); // the first run finished: its analysis is queued
    assertEquals(1, background.size());
    Runnable older = background.remove(0);

    doc.parameter("depin.tokenPriceMultiplier").commitText("3");
    mcWorker.remove(0).run();
    drainFx(); // the second run finished: it cancels the first analysis
    older.run(); // cancelled: delivers nothing
    drainFx();
    int row = doc.scenario().claims().size() - 1;
    assertNull(claims.rows().get(row).outcome(), "nothing from the superseded analysis");
    runAll();
    int expected = count(doc.scenario(), SHARE, 1_000, UncertaintyViewModel.DEFAULT_SEED);
    assertEquals(expected, claims.rows().get(row).outcome().holdsCount());
    assertEquals(3, doc.scenario().depin().tokenPriceMultiplier());
  }

  @Test
  void shouldPrefillTheKpiColumnYearAndValue() {
    Scenario s = doc.scenario();
    double last = GapModel.compute(s).rows().get(s.years() - 1).computeGapRatio();
    ClaimEditorViewModel e = claims.editorFor(KpiKind.FINAL_COMPUTE_GAP);
    assertNotNull(e);
    Claim c = e.claim();
    assertEquals(Column.COMPUTE_GAP_RATIO, c.column());
    assertEquals(s.endYear(), c.year());
    assertEquals(ClaimOp.LE, c.op());
    assertEquals(last, c.value(), Math.abs(last) * 0.005, "three significant figures");
    assertNull(claims.editorFor(KpiKind.CUMULATIVE_SPEND_GAP), "not one output in one year");

    assertTrue(e.save());
    assertEquals(c, doc.scenario().claims().get(doc.scenario().claims().size() - 1));
  }

  @Test
  void shouldPrefillAChartPointsColumnYearAndValueAndUndoItsClaimInOneStep() {
    // given a point on a chart: DePIN AI capex in the scenario's third year
    Scenario s = doc.scenario();
    int year = s.startYear() + 2;
    double value = GapModel.compute(s).rows().get(2).depinAiCapexUsdB();
    int before = s.claims().size();

    // when its claim is opened and saved
    ClaimEditorViewModel e = claims.editorFor(Column.DEPIN_AI_CAPEX_USD_B, year);
    assertNotNull(e);
    Claim c = e.claim();
    assertTrue(e.save());

    // then it is "that column in that year <= its value", to three significant figures
    assertEquals(Column.DEPIN_AI_CAPEX_USD_B, c.column());
    assertEquals(year, c.year());
    assertEquals(ClaimOp.LE, c.op());
    assertEquals(value, c.value(), Math.abs(value) * 0.005);
    assertEquals(before + 1, doc.scenario().claims().size());
    doc.undo();
    assertEquals(before, doc.scenario().claims().size(), "one undo step");
    assertNull(
        claims.editorFor(Column.DEPIN_AI_CAPEX_USD_B, s.endYear() + 1),
        "a year the scenario does not have (a chart still showing the previous one)");
  }

  @Test
  void shouldRefuseAValueThatIsNotANumberAndUseTheStatementForABlankLabel() {
    ClaimEditorViewModel e = claims.newEditor();
    e.columnProperty().set(Column.DEPIN_SHARE_OF_AI_CAPEX_PCT);
    e.yearProperty().set(2028);
    e.opProperty().set(ClaimOp.GE);
    e.valueProperty().set("ten");
    assertFalse(e.validProperty().get());
    assertFalse(e.errorProperty().get().isEmpty());
    int before = doc.scenario().claims().size();
    assertFalse(e.save());
    assertEquals(before, doc.scenario().claims().size());

    e.valueProperty().set("10");
    e.labelProperty().set("  ");
    assertTrue(e.save());
    Claim saved = doc.scenario().claims().get(before);
    assertEquals("DePIN share of AI capex 2028 \u2265 10 %", saved.label());
    assertEquals(10, saved.value());
  }
}
