package com.computegap.viewmodel;

import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.DocumentNames;
import com.computegap.text.Messages;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Side-by-side comparison of two scenarios, A and B. Either the current state is pinned as A and
 * the live document is B (drag a slider, see the variant against the pinned baseline), or the live
 * document is A and a second file is B. Charts draw A solid and B dashed; the table lists every
 * parameter that differs and every KPI with both values and the change.
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
  private Mode mode = Mode.OFF;
  private Scenario fixed;
  private ModelResult fixedResult;

  public CompareViewModel(ExplorerViewModel document) {
    this.document = document;
    document.resultProperty().addListener((obs, was, now) -> refresh());
  }

  /** Pins the current state as A; from now on the live document is B. */
  public void pinCurrentAsA() {
    fixed = document.scenario();
    fixedResult = document.result();
    mode = Mode.PINNED_A_LIVE_B;
    aName.set(Messages.format("compare.pinned", fixed.name()));
    refresh();
  }

  /** Opens a second file as B; the live document is A. On failure nothing changes. */
  public void openB(Path file) throws DocumentException {
    Scenario s = document.read(file);
    fixed = s;
    fixedResult = GapModel.compute(s);
    mode = Mode.LIVE_A_FILE_B;
    bName.set(Messages.format("compare.file", file.getFileName().toString()));
    refresh();
  }

  /** Uses a given scenario as B (a bundled one, chosen from a menu). */
  public void compareWith(Scenario b, String label) {
    fixed = b;
    fixedResult = GapModel.compute(b);
    mode = Mode.LIVE_A_FILE_B;
    bName.set(label);
    refresh();
  }

  /**
   * Uses a bundled scenario as B, by its file name (from {@link
   * ExplorerViewModel#bundledScenarios}).
   */
  public void compareWithBundled(String fileName) {
    compareWith(
        BundledScenarios.load(fileName),
        Messages.format("compare.file", Messages.get(DocumentNames.bundledLabelKey(fileName))));
  }

  /** Ends the comparison. */
  public void clear() {
    mode = Mode.OFF;
    fixed = null;
    fixedResult = null;
    rows.clear();
    active.set(false);
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

  private void refresh() {
    if (mode == Mode.OFF) {
      return;
    }
    if (mode == Mode.PINNED_A_LIVE_B) {
      bName.set(Messages.format("compare.liveB", document.scenario().name()));
    } else {
      aName.set(Messages.format("compare.liveA", document.scenario().name()));
    }
    rows.setAll(ComparisonTable.of(scenarioA(), resultA(), scenarioB(), resultB()));
    active.set(true);
  }
}
