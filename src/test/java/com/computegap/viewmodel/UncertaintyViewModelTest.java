package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.chart.FanData;
import com.computegap.model.CancelFlag;
import com.computegap.model.Column;
import com.computegap.model.Correlation;
import com.computegap.model.Distribution;
import com.computegap.model.GapModel;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.Statistic;
import com.computegap.model.UncertainParameter;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Monte Carlo behind the fans: runs only while shown, a newer request cancels the older one and
 * only the newest result is ever shown, cancel keeps the previous result, and the fans hold exactly
 * the engine's numbers. The background thread and the JavaFX thread are simulated: tasks run when
 * the test says so, and "JavaFX thread" work queues until the test drains it.
 */
class UncertaintyViewModelTest {

  private ExplorerViewModel doc;
  private final List<Runnable> worker = new ArrayList<>();
  private final ConcurrentLinkedQueue<Runnable> fx = new ConcurrentLinkedQueue<>();
  private UncertaintyViewModel mc;

  @BeforeEach
  void setUp() {
    Messages.setLocale(Locale.US);
    doc = ViewModels.immediate();
  }

  @AfterEach
  void tearDown() {
    if (mc != null) {
      mc.close();
    }
  }

  private UncertaintyViewModel create(UncertaintyViewModel.Engine engine) {
    mc = new UncertaintyViewModel(doc, engine, (task, delay) -> worker.add(task), fx::add, 0);
    return mc;
  }

  private void drainFx() {
    Runnable r;
    while ((r = fx.poll()) != null) {
      r.run();
    }
  }

  private Runnable takeTask() {
    assertFalse(worker.isEmpty(), "a run was requested");
    return worker.remove(0);
  }

  private static MonteCarloResult engineRun(
      Scenario s, MonteCarlo.Options o, MonteCarlo.Progress p, CancelFlag c) {
    return MonteCarlo.run(s, o, p, c);
  }

  @Test
  void shouldNotRunWhileTheViewIsHidden() {
    create(UncertaintyViewModelTest::engineRun);
    doc.parameter("chips.supplyK").commitText("3500");
    assertTrue(worker.isEmpty(), "hidden: no run");

    mc.activeProperty().set(true);
    assertEquals(1, worker.size(), "shown: one run for the pending change");
    assertTrue(mc.runningProperty().get());
  }

  @Test
  void shouldNeverShowTheOlderResultWhenANewerRequestCancelsIt() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    List<CancelFlag> flags = new ArrayList<>();
    MonteCarloResult[] stale = new MonteCarloResult[1];
    create(
        (s, o, p, c) -> {
          synchronized (flags) {
            flags.add(c);
          }
          if (calls.incrementAndGet() == 1) {
            firstStarted.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!c.isCancelled() && System.nanoTime() < until) {
              Thread.onSpinWait();
            }
            // finished just as it was cancelled: hands back a result all the same
            stale[0] = MonteCarlo.run(s, new MonteCarlo.Options(500, o.seed(), 1));
            return stale[0];
          }
          return MonteCarlo.run(s, o, p, c);
        });
    mc.activeProperty().set(true);
    Thread first = new Thread(takeTask());
    first.start();
    assertTrue(firstStarted.await(5, TimeUnit.SECONDS));

    doc.parameter("chips.supplyK").commitText("3500"); // a newer request
    Scenario newest = doc.scenario();
    first.join(10_000);
    assertTrue(flags.get(0).isCancelled(), "the newer request cancels the older run");
    takeTask().run();
    drainFx();

    UncertaintyViewModel.Outcome shown = mc.outcome();
    assertNotNull(shown);
    assertNotNull(stale[0], "the older run did deliver a result");
    assertFalse(shown.result() == stale[0], "the older result is never shown");
    assertSame(newest, shown.scenario());
    assertEquals(3500, shown.deterministic().first().supplyK());
    assertFalse(mc.runningProperty().get());
    assertEquals(1.0, mc.progressProperty().get());
  }

  @Test
  void shouldSkipARequestThatANewerOneReplacedBeforeItStarted() {
    AtomicInteger calls = new AtomicInteger();
    create(
        (s, o, p, c) -> {
          calls.incrementAndGet();
          return MonteCarlo.run(s, o, p, c);
        });
    mc.activeProperty().set(true);
    doc.parameter("chips.supplyK").commitText("3500");
    doc.parameter("chips.supplyK").commitText("3600");
    assertEquals(3, worker.size());
    while (!worker.isEmpty()) {
      takeTask().run();
    }
    drainFx();
    assertEquals(1, calls.get(), "only the newest request runs");
    assertEquals(3600, mc.outcome().deterministic().first().supplyK());
  }

  @Test
  void shouldKeepThePreviousResultWhenCancelled() throws Exception {
    CountDownLatch secondStarted = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    create(
        (s, o, p, c) -> {
          if (calls.incrementAndGet() == 2) {
            secondStarted.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!c.isCancelled() && System.nanoTime() < until) {
              Thread.onSpinWait();
            }
            throw new CancellationException("cancelled");
          }
          return MonteCarlo.run(s, o, p, c);
        });
    mc.activeProperty().set(true);
    takeTask().run();
    drainFx();
    UncertaintyViewModel.Outcome before = mc.outcome();
    assertNotNull(before);

    doc.parameter("chips.supplyK").commitText("3500");
    Thread second = new Thread(takeTask());
    second.start();
    assertTrue(secondStarted.await(5, TimeUnit.SECONDS));
    mc.cancel();
    second.join(10_000);
    drainFx();

    assertSame(before, mc.outcome(), "the previous result stays");
    assertFalse(mc.runningProperty().get());
    assertEquals(
        "Cancelled: the result shown is from before the last change", mc.statusProperty().get());

    mc.run();
    takeTask().run();
    drainFx();
    assertEquals(
        3500, mc.outcome().deterministic().first().supplyK(), "Run Again picks the change up");
  }

  @Test
  void shouldHoldTheEnginesNumbersInTheFansWithTheSameSeed() {
    create(UncertaintyViewModelTest::engineRun);
    mc.activeProperty().set(true);
    takeTask().run();
    drainFx();

    Scenario s = doc.scenario();
    MonteCarloResult expected =
        MonteCarlo.run(
            s,
            MonteCarlo.Options.of(
                UncertaintyViewModel.DEFAULT_RUNS, UncertaintyViewModel.DEFAULT_SEED));
    assertTrue(expected.parameters().size() > 1, "the plural form below");
    assertEquals(
        expected.parameters().size() + " uncertain parameters",
        mc.statusProperty().get(),
        "what a presenter sees: no developer timing, and not the runs and seed the tool bar shows");
    assertTrue(
        mc.statusDetailProperty()
            .get()
            .matches(
                "10,000 runs \u00B7 seed 1 \u00B7 \\d+ uncertain parameters \u00B7 computed in"
                    + " [\\d,]+ ms"),
        mc.statusDetailProperty().get());
    for (Column c : UncertaintyViewModel.FAN_COLUMNS) {
      FanData fan = mc.fan(c);
      assertArrayEquals(expected.series(c, Statistic.P5), fan.p5(), c.key());
      assertArrayEquals(expected.series(c, Statistic.P25), fan.p25(), c.key());
      assertArrayEquals(expected.series(c, Statistic.P50), fan.p50(), c.key());
      assertArrayEquals(expected.series(c, Statistic.P75), fan.p75(), c.key());
      assertArrayEquals(expected.series(c, Statistic.P95), fan.p95(), c.key());
      double[] scenario = GapModel.compute(s).rows().stream().mapToDouble(c::of).toArray();
      assertArrayEquals(scenario, fan.scenario(), c.key());
      assertEquals(s.years(), fan.tooltips().size());
    }
  }

  @Test
  void shouldRunAgainWithTheChosenRunCountAndANewSeed() {
    create(UncertaintyViewModelTest::engineRun);
    mc.activeProperty().set(true);
    takeTask().run();
    drainFx();
    mc.runsProperty().set(1_000);
    takeTask().run();
    drainFx();
    assertEquals(1_000, mc.outcome().result().runs());

    long seed = mc.seedProperty().get();
    mc.newSeed();
    assertFalse(seed == mc.seedProperty().get());
    takeTask().run();
    drainFx();
    assertEquals(mc.seedProperty().get(), mc.outcome().result().seed());
  }

  @Test
  void shouldHandTheJavaFxThreadAtMostOneProgressUpdateAtATime() {
    create(
        (s, o, p, c) -> {
          for (int i = 1; i <= 1000; i++) {
            p.update(i, 1000);
          }
          return MonteCarlo.run(s, new MonteCarlo.Options(100, o.seed(), 1));
        });
    mc.activeProperty().set(true);
    takeTask().run();
    assertEquals(2, fx.size(), "one progress update and the result, not a thousand updates");
    drainFx();
    assertNotNull(mc.outcome());
  }

  @Test
  void shouldLeaveOutRangesThatNoLongerApplyAndSaySo() {
    Scenario s = doc.scenario();
    List<UncertainParameter> ranges = new ArrayList<>(s.uncertainty());
    ranges.add(
        new UncertainParameter("chips.shock.supplyCutPct", new Distribution.Uniform(10, 60)));
    doc.change(s.withUncertainty(ranges), "test");
    create(UncertaintyViewModelTest::engineRun);
    mc.activeProperty().set(true);
    takeTask().run();
    drainFx();

    assertEquals(List.of("chips.shock.supplyCutPct"), mc.outcome().ignored());
    assertTrue(
        mc.hintProperty().get().contains("chips.shock.supplyCutPct"), mc.hintProperty().get());
    assertEquals(s.uncertainty().size(), mc.outcome().result().parameters().size());
  }

  @Test
  void shouldLeaveOutTheCorrelationsOfARangeLeftOutSoTheRestStillRuns() {
    Scenario s = doc.scenario();
    List<UncertainParameter> ranges = new ArrayList<>(s.uncertainty());
    ranges.add(
        new UncertainParameter("chips.shock.supplyCutPct", new Distribution.Uniform(10, 60)));
    Correlation kept = new Correlation("depin.tokenPriceMultiplier", "depin.buyerDemandUsdB", 0.6);
    Correlation dangling =
        new Correlation("depin.tokenPriceMultiplier", "chips.shock.supplyCutPct", 0.5);
    doc.change(s.withUncertainty(ranges).withCorrelations(List.of(kept, dangling)), "test");
    create(UncertaintyViewModelTest::engineRun);
    mc.activeProperty().set(true);
    takeTask().run();
    drainFx();

    assertNotNull(mc.outcome(), mc.hintProperty().get());
    assertEquals(
        List.of(kept),
        UncertaintyViewModel.withoutDanglingRanges(doc.scenario(), new ArrayList<>())
            .correlations());
    assertEquals(s.uncertainty().size(), mc.outcome().result().parameters().size());
  }

  @Test
  void shouldSayThatThereAreNoRangesYet() {
    doc.change(doc.scenario().withUncertainty(List.of()), "test");
    create(UncertaintyViewModelTest::engineRun);
    mc.activeProperty().set(true);
    takeTask().run();
    drainFx();
    assertTrue(
        mc.hintProperty().get().startsWith("No uncertainty ranges yet"), mc.hintProperty().get());
    FanData fan = mc.fan(Column.SPEND_GAP_RATIO);
    assertArrayEquals(fan.scenario(), fan.p5(), "without ranges every run is the scenario");
    assertArrayEquals(fan.scenario(), fan.p95());
  }

  @Test
  void shouldNoteYearsWhereEveryRunIsInfinite() {
    create(UncertaintyViewModelTest::engineRun);
    mc.activeProperty().set(true);
    takeTask().run();
    drainFx();
    // the essay emits for three years: from 2027 DePIN spends nothing and the spend gap is infinite
    assertEquals("\u221E in every run in 2027\u20132028", mc.fan(Column.SPEND_GAP_RATIO).note());
    assertNull(
        new UncertaintyViewModel(
                doc, UncertaintyViewModelTest::engineRun, (t, d) -> {}, Runnable::run, 0)
            .fan(Column.SPEND_GAP_RATIO),
        "no fan before the first run");
  }

  @Test
  void shouldRunAgainAfterTheDocumentChangesARangeWithUndo() {
    create(UncertaintyViewModelTest::engineRun);
    mc.activeProperty().set(true);
    takeTask().run();
    drainFx();
    RangeEditorViewModel editor =
        new RangesViewModel(doc).editor(ParameterPath.parse("chips.supplyK"));
    assertTrue(editor.save());
    takeTask().run();
    drainFx();
    assertEquals(9, mc.outcome().result().parameters().size());
    doc.undo();
    takeTask().run();
    drainFx();
    assertEquals(8, mc.outcome().result().parameters().size());
  }
}
