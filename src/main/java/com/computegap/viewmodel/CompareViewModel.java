package com.computegap.viewmodel;

import com.computegap.chart.DifferenceBars;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioDifference;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.DocumentNames;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Side-by-side comparison of two scenarios, A and B. Either the current state is pinned as A and
 * the live document is B (drag a slider, see the variant against the pinned baseline), or the live
 * document is A and a second file is B. Charts draw A solid and B dashed; the table lists every
 * parameter that differs and every KPI with both values and the change; a waterfall splits the
 * difference of one chosen KPI into each changed parameter's Shapley contribution ({@link
 * CompareDifference}), on a background thread when that takes many model runs.
 */
public final class CompareViewModel {

  /** Where A and B come from. */
  public enum Mode {
    OFF,
    PINNED_A_LIVE_B,
    LIVE_A_FILE_B
  }

  private final ExplorerViewModel document;
  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper aName = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper bName = new ReadOnlyStringWrapper("");
  private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<KpiKind> kpi =
      new SimpleObjectProperty<>(KpiKind.CUMULATIVE_SPEND_GAP);
  private final ReadOnlyObjectWrapper<ScenarioDifference.Result> split =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<DifferenceBars> difference = new ReadOnlyObjectWrapper<>();
  private final AtomicLong generation = new AtomicLong();
  private final Executor fx;
  private Executor worker;
  private Mode mode = Mode.OFF;

  /** The fixed side's name, formatted anew in the current language each time it is shown. */
  private Supplier<String> fixedName = () -> "";

  private Scenario fixed;
  private ModelResult fixedResult;

  /** Splits of many model runs go to an own background thread, results to the JavaFX thread. */
  public CompareViewModel(ExplorerViewModel document) {
    this(document, null, Platform::runLater);
  }

  /**
   * With the threads given (tests pass {@code Runnable::run} for both).
   *
   * @param worker runs the large splits; {@code null}: an own daemon thread, made on first use
   * @param fx runs the result's publication on the JavaFX thread
   */
  public CompareViewModel(ExplorerViewModel document, Executor worker, Executor fx) {
    this.document = document;
    this.worker = worker;
    this.fx = fx;
    document.resultProperty().addListener((obs, was, now) -> refresh());
    kpi.addListener(
        (obs, was, now) -> {
          if (now == null) {
            kpi.set(was);
          } else {
            updateDifference();
          }
        });
  }

  /** Splits of at most this many model runs are made on the calling thread. */
  static final long INLINE_RUNS = 256;

  /** Pins the current state as A; from now on the live document is B. */
  public void pinCurrentAsA() {
    fixed = document.scenario();
    fixedResult = document.result();
    mode = Mode.PINNED_A_LIVE_B;
    String name = fixed.name();
    fixedName = () -> Messages.format("compare.pinned", name);
    refresh();
  }

  /** Opens a second file as B; the live document is A. On failure nothing changes. */
  public void openB(Path file) throws DocumentException {
    Scenario s = document.read(file);
    fixed = s;
    fixedResult = GapModel.compute(s);
    mode = Mode.LIVE_A_FILE_B;
    String name = file.getFileName().toString();
    fixedName = () -> Messages.format("compare.file", name);
    refresh();
  }

  /** Uses a given scenario as B (a bundled one, chosen from a menu). */
  public void compareWith(Scenario b, String label) {
    compareWith(b, () -> label);
  }

  /** Uses a given scenario as B, named in the current language by {@code label}. */
  private void compareWith(Scenario b, Supplier<String> label) {
    fixed = b;
    fixedResult = GapModel.compute(b);
    mode = Mode.LIVE_A_FILE_B;
    fixedName = label;
    refresh();
  }

  /**
   * Uses a bundled scenario as B, by its file name (from {@link
   * ExplorerViewModel#bundledScenarios}).
   */
  public void compareWithBundled(String fileName) {
    String key = DocumentNames.bundledLabelKey(fileName);
    compareWith(
        BundledScenarios.load(fileName), () -> Messages.format("compare.file", Messages.get(key)));
  }

  /** Ends the comparison. */
  public void clear() {
    mode = Mode.OFF;
    fixed = null;
    fixedResult = null;
    rows.clear();
    generation.incrementAndGet();
    split.set(null);
    difference.set(null);
    active.set(false);
  }

  /** The KPI whose difference the waterfall splits; never {@code null}. */
  public ObjectProperty<KpiKind> kpiProperty() {
    return kpi;
  }

  /** The split of the chosen KPI, or {@code null} while off, computing or impossible. */
  public ReadOnlyObjectProperty<ScenarioDifference.Result> splitProperty() {
    return split.getReadOnlyProperty();
  }

  /** The waterfall's bars, or {@code null} while off. */
  public ReadOnlyObjectProperty<DifferenceBars> differenceProperty() {
    return difference.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  public Mode mode() {
    return mode;
  }

  public ReadOnlyStringProperty aNameProperty() {
    return aName.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty bNameProperty() {
    return bName.getReadOnlyProperty();
  }

  /** Every differing parameter, then every KPI. */
  public ObservableList<ComparisonRow> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  /** A's scenario and result: the solid series. */
  public Scenario scenarioA() {
    return mode == Mode.PINNED_A_LIVE_B ? fixed : document.scenario();
  }

  public ModelResult resultA() {
    return mode == Mode.PINNED_A_LIVE_B ? fixedResult : document.result();
  }

  /** B's scenario and result: the dashed series; {@code null} when the comparison is off. */
  public Scenario scenarioB() {
    return mode == Mode.OFF ? null : mode == Mode.PINNED_A_LIVE_B ? document.scenario() : fixed;
  }

  public ModelResult resultB() {
    return mode == Mode.OFF ? null : mode == Mode.PINNED_A_LIVE_B ? document.result() : fixedResult;
  }

  /**
   * Re-reads every text in the current language: both sides' names, the table and the waterfall's
   * labels (the split already computed is kept, so a language switch runs no model).
   */
  public void relocalize() {
    if (mode == Mode.OFF) {
      return;
    }
    ScenarioDifference.Result r = split.get();
    if (r == null) { // none yet, or one still running on the worker: ask again in this language
      refresh();
      return;
    }
    refreshNamesAndRows();
    publish(r, scenarioA(), scenarioB(), kpi.get());
  }

  private void refresh() {
    if (mode == Mode.OFF) {
      return;
    }
    refreshNamesAndRows();
    updateDifference();
    active.set(true);
  }

  /** Both sides' names, in the current language, and the table, from the scenarios compared. */
  private void refreshNamesAndRows() {
    if (mode == Mode.PINNED_A_LIVE_B) {
      aName.set(fixedName.get());
      bName.set(Messages.format("compare.liveB", document.scenario().name()));
    } else {
      aName.set(Messages.format("compare.liveA", document.scenario().name()));
      bName.set(fixedName.get());
    }
    rows.setAll(ComparisonTable.of(scenarioA(), resultA(), scenarioB(), resultB()));
  }

  private void updateDifference() {
    if (mode == Mode.OFF) {
      return;
    }
    long g = generation.incrementAndGet();
    Scenario a = scenarioA();
    Scenario b = scenarioB();
    KpiKind k = kpi.get();
    int players = ScenarioDifference.players(a, b).size();
    if (CompareDifference.cost(players) <= INLINE_RUNS) {
      publish(CompareDifference.split(a, b, k), a, b, k);
      return;
    }
    split.set(null);
    difference.set(
        new DifferenceBars(
            "",
            "",
            java.util.List.of("", "", ""),
            java.util.List.of(),
            "",
            Messages.format("compare.why.computing", CompareDifference.cost(players))));
    if (worker == null) {
      worker =
          Executors.newSingleThreadExecutor(
              BackgroundThreads.daemons("compare-split", Thread.NORM_PRIORITY));
    }
    worker.execute(
        () -> {
          if (generation.get() != g) {
            return; // a newer request is queued
          }
          ScenarioDifference.Result r = CompareDifference.split(a, b, k);
          fx.execute(
              () -> {
                if (generation.get() == g) {
                  publish(r, a, b, k);
                }
              });
        });
  }

  private void publish(ScenarioDifference.Result r, Scenario a, Scenario b, KpiKind k) {
    split.set(r);
    difference.set(CompareDifference.bars(a, b, k, r));
  }
}
