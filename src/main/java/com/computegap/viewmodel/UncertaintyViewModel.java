package com.computegap.viewmodel;

import com.computegap.chart.FanData;
import com.computegap.model.CancelFlag;
import com.computegap.model.Column;
import com.computegap.model.Correlation;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.Statistic;
import com.computegap.model.UncertainParameter;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * "How sure are you?": the Monte Carlo run behind the fan charts, kept up to date with the
 * document.
 *
 * <h2>When it runs</h2>
 *
 * Only while the uncertainty view shows ({@link #activeProperty()}): a change of the scenario (a
 * slider, a range, undo) or of the run count or seed asks for a new run. Requests are debounced by
 * {@value #DEBOUNCE_MILLIS} ms and coalesced: a newer request cancels the older run through its
 * {@link CancelFlag}, and only the newest request's result is ever shown; a result that arrives for
 * an older request is dropped. {@link #cancel()} stops the run and leaves the previous result on
 * screen.
 *
 * <h2>Threads</h2>
 *
 * The run happens on one background thread (plus the engine's helpers, one core left for the
 * window). The JavaFX thread only receives the finished {@link Outcome} and at most one progress
 * update at a time: nothing it does grows with the number of runs. Properties change on the JavaFX
 * thread only.
 */
public final class UncertaintyViewModel implements AutoCloseable {

  /**
   * The run counts offered: 1,000 (instant), 10,000 (the default, well under a second), 100,000.
   */
  public static final List<Integer> RUN_CHOICES = List.of(1_000, 10_000, 100_000);

  public static final int DEFAULT_RUNS = 10_000;

  /** The seed of the command line's {@code montecarlo}, so the numbers can be reproduced there. */
  public static final long DEFAULT_SEED = 1L;

  /** A request waits this long for a newer one before its run starts. */
  public static final long DEBOUNCE_MILLIS = 120;

  /** The outputs drawn as fans. */
  public static final List<Column> FAN_COLUMNS =
      List.of(Column.SPEND_GAP_RATIO, Column.COMPUTE_GAP_RATIO, Column.DEPIN_EFFECTIVE_K);

  /** Runs the Monte Carlo engine; tests substitute one they can hold back. */
  @FunctionalInterface
  public interface Engine {
    MonteCarloResult run(
        Scenario s, MonteCarlo.Options options, MonteCarlo.Progress progress, CancelFlag cancel);
  }

  /** Runs a task on the background thread after a delay. */
  @FunctionalInterface
  public interface Worker {
    void submit(Runnable task, long delayMillis);
  }

  /**
   * A finished run.
   *
   * @param scenario the scenario run, as the document had it (including ranges that were ignored)
   * @param result the percentiles
   * @param deterministic the model with every input at its scenario value
   * @param elapsedNanos time from the start of the run to its result, on the background thread
   * @param ignored ranges left out because they no longer address anything (a removed mega project)
   */
  public record Outcome(
      Scenario scenario,
      MonteCarloResult result,
      ModelResult deterministic,
      long elapsedNanos,
      List<String> ignored) {}

  /** One request: the inputs, its number, and the flag that stops it. */
  private record Request(
      long generation,
      Scenario scenario,
      int runs,
      long seed,
      CancelFlag flag,
      long requestedNanos) {}

  private final ExplorerViewModel document;
  private final Engine engine;
  private final Worker worker;
  private final Executor fx;
  private final long debounceMillis;
  private final ScheduledExecutorService ownExecutor;
  private final int threads;

  private final IntegerProperty runs = new SimpleIntegerProperty(DEFAULT_RUNS);
  private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(DEFAULT_SEED);
  private final BooleanProperty active = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper statusDetail = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
  private final ReadOnlyLongWrapper latencyNanos = new ReadOnlyLongWrapper(0);

  /** The newest request's number; any other request's result is dropped. Read on the worker too. */
  private final AtomicLong latest = new AtomicLong();

  private final AtomicBoolean progressQueued = new AtomicBoolean();
  private final AtomicLong progressBits = new AtomicLong();
  private Request current;
  private boolean stale = true;
  private String lastError = "";

  /** The app's: the real engine on a background thread, results on the JavaFX thread. */
  public UncertaintyViewModel(ExplorerViewModel document) {
    this(document, MonteCarlo::run, null, Platform::runLater, DEBOUNCE_MILLIS);
  }

  /**
   * For tests: a given engine, worker and "JavaFX thread".
   *
   * @param worker the background thread, or {@code null} for a single daemon thread of its own
   */
  public UncertaintyViewModel(
      ExplorerViewModel document, Engine engine, Worker worker, Executor fx, long debounceMillis) {
    this.document = document;
    this.engine = engine;
    this.fx = fx;
    this.debounceMillis = debounceMillis;
    this.threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    if (worker == null) {
      ScheduledThreadPoolExecutor executor =
          new ScheduledThreadPoolExecutor(
              1,
              BackgroundThreads.daemons("monte-carlo-ui", BackgroundThreads.BELOW_UI),
              BackgroundThreads.DROP_AFTER_CLOSE);
      executor.setRemoveOnCancelPolicy(true);
      this.ownExecutor = executor;
      this.worker = (task, delay) -> executor.schedule(task, delay, TimeUnit.MILLISECONDS);
    } else {
      this.ownExecutor = null;
      this.worker = worker;
    }
    document.scenarioProperty().addListener((obs, was, now) -> changed(debounceMillis));
    runs.addListener((obs, was, now) -> changed(0));
    active.addListener(
        (obs, was, now) -> {
          if (now && stale) {
            request(0);
          }
        });
    refreshHint();
  }

  // ---- state ---------------------------------------------------------------------------------

  /** Runs per refresh, one of {@link #RUN_CHOICES}; changing it starts a new run. */
  public IntegerProperty runsProperty() {
    return runs;
  }

  /** The seed of the runs; equal seeds give identical results. */
  public ReadOnlyLongProperty seedProperty() {
    return seed.getReadOnlyProperty();
  }

  /** Whether the uncertainty view shows; runs only happen while it does. */
  public BooleanProperty activeProperty() {
    return active;
  }

  /** The newest finished run, or {@code null} before the first. */
  public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  public Outcome outcome() {
    return outcome.get();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Share of the current run done, 0..1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** Run count, seed and parameters of the result shown, or what is happening now. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The status with what only an analyst wants (the run time): the status line's tooltip. */
  public ReadOnlyStringProperty statusDetailProperty() {
    return statusDetail.getReadOnlyProperty();
  }

  /**
   * A note for the partner: no ranges yet, ranges ignored, or why the run failed; empty otherwise.
   */
  public ReadOnlyStringProperty hintProperty() {
    return hint.getReadOnlyProperty();
  }

  /**
   * From the request (after the debounce) to the result on the JavaFX thread, for the last result.
   */
  public ReadOnlyLongProperty latencyNanosProperty() {
    return latencyNanos.getReadOnlyProperty();
  }

  /** The fan of {@code column} from the result shown, or {@code null} before the first result. */
  public FanData fan(Column column) {
    Outcome o = outcome.get();
    return o == null ? null : fan(o, column);
  }

  // ---- commands ------------------------------------------------------------------------------

  /**
   * Runs now with the current scenario, run count and seed (a newer request replaces a running
   * one).
   */
  public void run() {
    request(0);
  }

  /** Draws a new seed and runs again: shows how much of the spread is sampling noise. */
  public void newSeed() {
    long next;
    SplittableRandom random = new SplittableRandom();
    do {
      next = random.nextInt(1, 100_000);
    } while (next == seed.get());
    seed.set(next);
    changed(0);
  }

  /** Stops the run in progress; the previous result stays on screen. */
  public void cancel() {
    Request r = current;
    if (r == null || !running.get()) {
      return;
    }
    r.flag().cancel();
    latest.incrementAndGet(); // whatever the cancelled run still delivers is dropped
    current = null;
    running.set(false);
    progress.set(0);
    stale = true;
    showStatus(Messages.get("unc.status.cancelled"));
  }

  /** Re-reads the status and hint texts in the current language. */
  public void relocalize() {
    Outcome o = outcome.get();
    if (running.get() && current != null) {
      showStatus(Messages.format("unc.status.running", Formats.value(current.runs(), 0)));
    } else if (o != null) {
      showStatus(doneText(o, false), doneText(o, true));
    }
    refreshHint();
  }

  @Override
  public void close() {
    Request r = current;
    if (r != null) {
      r.flag().cancel();
    }
    if (ownExecutor != null) {
      ownExecutor.shutdownNow();
    }
  }

  // ---- requests (JavaFX thread) --------------------------------------------------------------

  private void changed(long delay) {
    stale = true;
    if (active.get()) {
      request(delay);
    }
  }

  private void request(long delay) {
    Request previous = current;
    if (previous != null) {
      previous.flag().cancel();
    }
    Request r =
        new Request(
            latest.incrementAndGet(),
            document.scenario(),
            runs.get(),
            seed.get(),
            new CancelFlag(),
            System.nanoTime());
    current = r;
    stale = false;
    running.set(true);
    progress.set(0);
    showStatus(Messages.format("unc.status.running", Formats.value(r.runs(), 0)));
    worker.submit(() -> execute(r), delay);
  }

  // ---- the run (background thread) -----------------------------------------------------------

  private void execute(Request r) {
    if (r.generation() != latest.get() || r.flag().isCancelled()) {
      return; // superseded while it waited
    }
    long start = System.nanoTime();
    try {
      List<String> ignored = new ArrayList<>();
      Scenario runnable = withoutDanglingRanges(r.scenario(), ignored);
      MonteCarloResult result =
          engine.run(
              runnable,
              new MonteCarlo.Options(r.runs(), r.seed(), threads),
              (done, total) -> progress(r, done, total),
              r.flag());
      ModelResult deterministic = GapModel.compute(r.scenario());
      Outcome o =
          new Outcome(
              r.scenario(), result, deterministic, System.nanoTime() - start, List.copyOf(ignored));
      fx.execute(() -> finished(r, o));
    } catch (CancellationException e) {
      // a newer request or the cancel button: nothing to show
    } catch (RuntimeException e) {
      fx.execute(() -> failed(r, e));
    }
  }

  /** Hands at most one progress update at a time to the JavaFX thread. */
  private void progress(Request r, long done, long total) {
    progressBits.set(Double.doubleToRawLongBits(total <= 0 ? 0 : (double) done / total));
    if (progressQueued.compareAndSet(false, true)) {
      fx.execute(
          () -> {
            progressQueued.set(false);
            if (r.generation() == latest.get()) {
              progress.set(Double.longBitsToDouble(progressBits.get()));
            }
          });
    }
  }

  /**
   * The scenario with ranges that no longer address anything left out (a range on a mega project
   * that was removed, or on the shock after it was switched off), so the rest still runs.
   */
  static Scenario withoutDanglingRanges(Scenario s, List<String> ignored) {
    List<UncertainParameter> kept = new ArrayList<>();
    for (UncertainParameter u : s.uncertainty()) {
      ParameterPath p = RangeTargets.parse(u);
      if (p == null
          || p.field() == NumericField.START_YEAR
          || p.field() == NumericField.YEARS
          || p.unresolvedReason(s) != null) {
        ignored.add(u.param());
      } else {
        kept.add(u);
      }
    }
    if (ignored.isEmpty()) {
      return s;
    }
    // a correlation with a range left out would no longer resolve: leave it out too
    List<Correlation> correlations = new ArrayList<>();
    for (Correlation c : s.correlations()) {
      if (!ignored.contains(c.a()) && !ignored.contains(c.b())) {
        correlations.add(c);
      }
    }
    return s.withUncertainty(kept).withCorrelations(correlations);
  }

  // ---- results (JavaFX thread) ---------------------------------------------------------------

  private void finished(Request r, Outcome o) {
    if (r.generation() != latest.get()) {
      return; // a newer request is on its way: never show an older result
    }
    current = null;
    lastError = "";
    running.set(false);
    progress.set(1);
    latencyNanos.set(System.nanoTime() - r.requestedNanos());
    outcome.set(o);
    showStatus(doneText(o, false), doneText(o, true));
    refreshHint();
  }

  private void failed(Request r, RuntimeException e) {
    if (r.generation() != latest.get()) {
      return;
    }
    current = null;
    running.set(false);
    progress.set(0);
    lastError = Objects.toString(e.getMessage(), e.getClass().getSimpleName());
    showStatus(Messages.get("unc.status.failed"));
    refreshHint();
  }

  private void showStatus(String text) {
    showStatus(text, text);
  }

  private void showStatus(String text, String detail) {
    status.set(text);
    statusDetail.set(detail);
  }

  /** Runs, seed and parameters; with {@code detail} also the run time (for the tooltip only). */
  private String doneText(Outcome o, boolean detail) {
    return Messages.format(
        detail ? "unc.status.doneDetail" : "unc.status.done",
        Formats.value(o.result().runs(), 0),
        Long.toString(o.result().seed()),
        Formats.value(o.elapsedNanos() / 1e6, 0),
        o.result().parameters().size());
  }

  private void refreshHint() {
    Outcome o = outcome.get();
    Scenario s = o != null ? o.scenario() : document.scenario();
    if (!lastError.isEmpty()) {
      hint.set(Messages.format("unc.hint.failed", lastError));
    } else if (s.uncertainty().isEmpty()) {
      hint.set(Messages.get("unc.hint.noRanges"));
    } else if (o != null && !o.ignored().isEmpty()) {
      hint.set(Messages.format("unc.hint.ignored", String.join(", ", o.ignored())));
    } else {
      hint.set("");
    }
  }

  // ---- fan data ------------------------------------------------------------------------------

  /** The fan of one output from a finished run, with its texts. */
  public static FanData fan(Outcome o, Column column) {
    MonteCarloResult r = o.result();
    double[] p5 = r.series(column, Statistic.P5);
    double[] p25 = r.series(column, Statistic.P25);
    double[] p50 = r.series(column, Statistic.P50);
    double[] p75 = r.series(column, Statistic.P75);
    double[] p95 = r.series(column, Statistic.P95);
    double[] scenario = new double[r.years()];
    for (int i = 0; i < scenario.length; i++) {
      scenario[i] = column.of(o.deterministic().rows().get(i));
    }
    String name = AnalysisTexts.column(column);
    List<String> tooltips = new ArrayList<>();
    List<Integer> allInfinite = new ArrayList<>();
    List<String> infinite = new ArrayList<>();
    List<String> undefined = new ArrayList<>();
    List<Integer> zero = new ArrayList<>();
    for (int i = 0; i < scenario.length; i++) {
      int year = r.startYear() + i;
      String text =
          Messages.format(
              "unc.fan.tooltip",
              Formats.year(year),
              name,
              AnalysisTexts.output(column, p50[i]),
              AnalysisTexts.output(column, p25[i]),
              AnalysisTexts.output(column, p75[i]),
              AnalysisTexts.output(column, p5[i]),
              AnalysisTexts.output(column, p95[i]),
              AnalysisTexts.output(column, scenario[i]));
      int inf = r.infiniteCount(column, year);
      int nan = r.nanCount(column, year);
      if (inf > 0) {
        String share = Formats.value(100.0 * inf / r.runs(), 1);
        text += "\n" + Messages.format("unc.fan.tooltip.infinite", share);
        if (inf == r.runs()) {
          allInfinite.add(year);
        } else {
          infinite.add(Messages.format("unc.fan.yearShare", Formats.year(year), share));
        }
      }
      if (nan > 0) {
        String share = Formats.value(100.0 * nan / r.runs(), 1);
        text += "\n" + Messages.format("unc.fan.tooltip.undefined", share);
        undefined.add(Messages.format("unc.fan.yearShare", Formats.year(year), share));
      }
      if (p5[i] <= 0 && inf < r.runs()) {
        zero.add(year);
      }
      tooltips.add(text);
    }
    List<String> notes = new ArrayList<>();
    if (!allInfinite.isEmpty()) {
      notes.add(Messages.format("unc.fan.note.allInfinite", AnalysisTexts.yearRuns(allInfinite)));
    }
    if (!infinite.isEmpty()) {
      notes.add(Messages.format("unc.fan.note.infinite", String.join(", ", infinite)));
    }
    if (!undefined.isEmpty()) {
      notes.add(Messages.format("unc.fan.note.undefined", String.join(", ", undefined)));
    }
    if (!zero.isEmpty()) {
      notes.add(Messages.format("unc.fan.note.zero", AnalysisTexts.yearRuns(zero)));
    }
    String title;
    String axis;
    switch (column) {
      case SPEND_GAP_RATIO -> {
        title = Messages.get("unc.fan.spendGap.title");
        axis = Messages.get("unc.fan.ratio.axis");
      }
      case COMPUTE_GAP_RATIO -> {
        title = Messages.get("unc.fan.computeGap.title");
        axis = Messages.get("unc.fan.ratio.axis");
      }
      case DEPIN_EFFECTIVE_K -> {
        title = Messages.get("unc.fan.installed.title");
        axis = Messages.get("unc.fan.installed.axis");
      }
      default -> {
        title = name;
        axis = AnalysisTexts.unit(column.unit());
      }
    }
    List<String> legend =
        List.of(
            Messages.get("unc.fan.legend.outer"),
            Messages.get("unc.fan.legend.inner"),
            Messages.get("unc.fan.legend.median"),
            Messages.get("unc.fan.legend.scenario"));
    return new FanData(
        column,
        title,
        axis,
        legend,
        r.startYear(),
        p5,
        p25,
        p50,
        p75,
        p95,
        scenario,
        tooltips,
        String.join("  ·  ", notes));
  }
}
