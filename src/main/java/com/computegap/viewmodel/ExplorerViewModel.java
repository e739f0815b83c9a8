package com.computegap.viewmodel;

import com.computegap.model.GapModel;
import com.computegap.model.MegaProject;
import com.computegap.model.ModelResult;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterGroup;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioEdits;
import com.computegap.model.ScenarioParameters;
import com.computegap.model.SupplyShock;
import com.computegap.model.UncertainParameter;
import com.computegap.scenario.BundledScenarios;
import com.computegap.scenario.ScenarioException;
import com.computegap.scenario.ScenarioFiles;
import com.computegap.scenario.ScenarioReader;
import com.computegap.text.DocumentNames;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import com.computegap.text.ParameterNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open document and everything the window shows of it: the scenario as loaded and as edited,
 * the model result, the slider rows, the KPI cards, the file, undo history and the unsaved-changes
 * state. State changes only through the named commands here; views bind to the read-only
 * properties.
 *
 * <p>Recomputation is coalesced: a change marks the result stale and calls the {@code requestFrame}
 * hook given to the constructor; the window calls {@link #flushRecompute()} once per frame (a pulse
 * listener), so a burst of slider events costs one recompute. Tests pass a hook that flushes at
 * once.
 */
public final class ExplorerViewModel implements ParameterViewModel.Owner {

  private final Runnable requestFrame;
  private final RecentFiles recentFiles;
  private final UndoHistory<Scenario> history = new UndoHistory<>();
  private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Scenario> original = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Scenario> saved = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ModelResult> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper structureVersion = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyBooleanWrapper shockEnabled = new ReadOnlyBooleanWrapper(false);
  private final IntegerProperty waterfallYear = new SimpleIntegerProperty();
  private final ObservableList<ParameterViewModel> parameters = FXCollections.observableArrayList();
  private final Map<String, ParameterViewModel> parametersByPath = new LinkedHashMap<>();
  private final List<KpiViewModel> kpis = new ArrayList<>();
  private final BooleanBinding dirty;
  private ModelResult originalResult;
  private String bundledName;
  private SupplyShock lastShock;
  private List<UncertainParameter> lastShockRanges = List.of();
  private boolean stale;
  private long lastRecomputeNanos;

  /**
   * @param requestFrame called when the result went stale; the window asks for a pulse, tests flush
   * @param recentFiles the Open Recent list
   */
  public ExplorerViewModel(Runnable requestFrame, RecentFiles recentFiles) {
    this.requestFrame = requestFrame;
    this.recentFiles = recentFiles;
    for (KpiKind k : KpiKind.values()) {
      kpis.add(new KpiViewModel(k));
    }
    dirty =
        Bindings.createBooleanBinding(
            () -> !Objects.equals(scenario.get(), saved.get()), scenario, saved);
    dirty.addListener((obs, was, now) -> refreshTitle());
    file.addListener((obs, was, now) -> refreshTitle());
    openBundled(BundledScenarios.ESSAY);
  }

  // ---- state -------------------------------------------------------------------------------

  public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
    return scenario.getReadOnlyProperty();
  }

  public Scenario scenario() {
    return scenario.get();
  }

  /**
   * The scenario as it was loaded or last opened: the reference for change marks and KPI deltas.
   */
  public ReadOnlyObjectProperty<Scenario> originalProperty() {
    return original.getReadOnlyProperty();
  }

  /** The current model result; updated once per frame after changes. */
  public ReadOnlyObjectProperty<ModelResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ModelResult result() {
    return result.get();
  }

  /** The model result of the scenario as loaded. */
  public ModelResult originalResult() {
    return originalResult;
  }

  /** The document's file, or {@code null} when it was never saved (a bundled or new scenario). */
  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  /** Whether the document differs from what was last saved or opened. */
  public BooleanBinding dirtyProperty() {
    return dirty;
  }

  public boolean isDirty() {
    return dirty.get();
  }

  /** The window title: document name, an unsaved-changes mark, the app name. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** The slider rows, rebuilt when the scenario's set of parameters changes. */
  public ObservableList<ParameterViewModel> parameters() {
    return FXCollections.unmodifiableObservableList(parameters);
  }

  /** The row for a concrete path, or {@code null}. */
  public ParameterViewModel parameter(String path) {
    return parametersByPath.get(path);
  }

  /** Increases whenever the rows are rebuilt (companies, mega projects or the shock changed). */
  public ReadOnlyIntegerProperty structureVersionProperty() {
    return structureVersion.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty shockEnabledProperty() {
    return shockEnabled.getReadOnlyProperty();
  }

  public List<KpiViewModel> kpis() {
    return List.copyOf(kpis);
  }

  public KpiViewModel kpi(KpiKind kind) {
    return kpis.get(kind.ordinal());
  }

  /** The year the waterfall chart explains; kept inside the horizon. */
  public IntegerProperty waterfallYearProperty() {
    return waterfallYear;
  }

  public UndoHistory<Scenario> history() {
    return history;
  }

  public RecentFiles recentFiles() {
    return recentFiles;
  }

  /** Nanoseconds the last model recompute took, for the status bar. */
  public long lastRecomputeNanos() {
    return lastRecomputeNanos;
  }

  /** The bundled file the document started from, or {@code null}. */
  public String bundledName() {
    return bundledName;
  }

  // ---- document commands -------------------------------------------------------------------

  /** Opens a bundled scenario as a new, unsaved document. */
  public void openBundled(String fileName) {
    bundledName = fileName;
    replaceDocument(BundledScenarios.load(fileName), null);
  }

  /** A new document: the essay baseline, untitled. */
  public void newDocument() {
    openBundled(BundledScenarios.ESSAY);
  }

  /**
   * Opens a scenario file. On failure the open document is left exactly as it was.
   *
   * @throws DocumentException naming the file, place and reason
   */
  public void open(Path path) throws DocumentException {
    adopt(read(path), path);
  }

  /**
   * Reads and validates a scenario file without touching the open document, so the window can
   * refuse a bad file before asking about unsaved changes.
   */
  public Scenario read(Path path) throws DocumentException {
    Path name = path.getFileName();
    try {
      return ScenarioReader.read(path, name == null ? path.toString() : name.toString(), List.of());
    } catch (ScenarioException e) {
      throw new DocumentException(e);
    }
  }

  /**
   * Restores a crashed session's unsaved changes: the document becomes the file they belonged to
   * (when it can still be read) with the changes applied on top as one undoable step, so the title
   * shows them as unsaved and Save writes them where they were going.
   */
  public void recover(AutosaveStore.Recovery r) {
    Path doc = r.documentFile();
    Scenario base = null;
    if (doc != null) {
      try {
        base = read(doc);
      } catch (DocumentException e) {
        doc = null; // the file is gone or damaged: recover as a new, unsaved document
      }
    }
    if (base != null) {
      adopt(base, doc);
    } else {
      bundledName = null;
      replaceDocument(r.scenario(), null);
      saved.set(null);
    }
    change(r.scenario(), Messages.get("undo.recovered"));
  }

  /** Makes a scenario read from {@code path} the open document. */
  public void adopt(Scenario loaded, Path path) {
    bundledName = null;
    replaceDocument(loaded, path);
    recentFiles.add(path);
  }

  /**
   * Saves to the document's file.
   *
   * @throws IllegalStateException when the document has no file (use {@link #saveAs})
   */
  public void save() throws DocumentException {
    Path target = file.get();
    if (target == null) {
      throw new IllegalStateException("no file: use Save As");
    }
    saveAs(target);
  }

  /** Saves to {@code path} (extension added when missing) and makes it the document's file. */
  public void saveAs(Path path) throws DocumentException {
    Scenario current = scenario.get();
    Path target = write(current, path);
    file.set(target);
    saved.set(current);
    recentFiles.add(target);
  }

  /**
   * Writes the {@link #sharingCopy} to {@code path} (extension added when missing); the document
   * keeps its own file and unsaved state.
   *
   * @return the file written
   */
  public Path saveSharingCopy(Path path) throws DocumentException {
    return write(sharingCopy(), path);
  }

  private static Path write(Scenario s, Path path) throws DocumentException {
    Path target = DocumentNames.withExtension(path);
    try {
      ScenarioFiles.save(s, target, target.getFileName().toString());
    } catch (ScenarioException e) {
      throw new DocumentException(e);
    }
    return target;
  }

  /** The bundled scenarios in menu order: file names for {@link #openBundled}. */
  public static List<String> bundledScenarios() {
    return BundledScenarios.ALL;
  }

  private void replaceDocument(Scenario s, Path path) {
    history.clear();
    original.set(s);
    originalResult = GapModel.compute(s);
    saved.set(s);
    file.set(path);
    lastShock = s.chips().shock();
    lastShockRanges = List.of();
    waterfallYear.set(s.startYear());
    apply(s);
    flushRecompute();
    refreshTitle();
  }

  /**
   * The document as a copy to mail: the scenario with its sources, and a note in the description of
   * every parameter changed from the scenario it started from (the bundled one, or the file as
   * opened), with the old and new values.
   */
  public Scenario sharingCopy() {
    Scenario current = scenario.get();
    Scenario base = original.get();
    String origin =
        bundledName != null
            ? base.name()
            : file.get() != null ? file.get().getFileName().toString() : base.name();
    List<ComparisonRow> changes =
        ComparisonTable.of(base, originalResult, current, GapModel.compute(current)).stream()
            .filter(r -> r.kind() == ComparisonRow.Kind.PARAMETER)
            .toList();
    StringBuilder note =
        new StringBuilder(
            changes.isEmpty()
                ? Messages.format("share.unchanged", origin)
                : Messages.format("share.changed", origin, changes.size()));
    for (ComparisonRow r : changes) {
      note.append('\n')
          .append(Messages.format("share.line", r.label(), r.aText(), r.bText(), r.key()));
    }
    String description =
        current.description().isBlank() ? note.toString() : current.description() + "\n\n" + note;
    return current.withDescription(description);
  }

  // ---- editing commands --------------------------------------------------------------------

  /**
   * Sets one parameter, clamped to its valid range; one undo step per gesture (see {@link
   * UndoHistory}).
   */
  @Override
  public void setParameter(ParameterPath path, double value, Object mergeKey) {
    Scenario before = scenario.get();
    if (path.unresolvedReason(before) != null || Double.isNaN(value)) {
      return;
    }
    Scenario after = path.with(before, path.field().validRange().clamp(value));
    history.record(before, after, ParameterNames.undoStep(path), mergeKey);
    apply(after);
  }

  @Override
  public void beginGesture(Object key) {
    history.beginGesture(key);
  }

  @Override
  public void endGesture() {
    history.endGesture();
  }

  public void undo() {
    Scenario s = history.undo();
    if (s != null) {
      apply(s);
    }
  }

  public void redo() {
    Scenario s = history.redo();
    if (s != null) {
      apply(s);
    }
  }

  /** Back to the scenario as loaded, as one undo step. */
  public void resetAll() {
    change(original.get(), Messages.get("undo.resetAll"));
  }

  /** Every parameter of one group back to its loaded value, as one undo step. */
  public void resetGroup(ParameterGroup group) {
    Scenario s = scenario.get();
    for (ParameterViewModel p : parameters) {
      if (p.field().group() == group && !Double.isNaN(p.originalValue())) {
        s = p.path().with(s, p.originalValue());
      }
    }
    change(s, Messages.format("undo.resetGroup", Messages.get(group.titleKey())));
  }

  /** Switches the supply shock on (with the last or a default shape) or off, as one undo step. */
  public void setShockEnabled(boolean enabled) {
    Scenario s = scenario.get();
    if (enabled == (s.chips().shock() != null)) {
      return;
    }
    if (!enabled) {
      lastShock = s.chips().shock();
      lastShockRanges = ScenarioEdits.shockRanges(s);
      change(ScenarioEdits.removeShock(s), Messages.get("undo.shockOff"));
      return;
    }
    SupplyShock shock =
        lastShock != null
            ? lastShock
            : new SupplyShock(s.startYear() + Math.min(3, s.years() - 1), 2, 50);
    List<UncertainParameter> ranges = new ArrayList<>(s.uncertainty());
    ranges.addAll(lastShockRanges);
    change(
        s.withChips(s.chips().withShock(shock)).withUncertainty(ranges),
        Messages.get("undo.shockOn"));
  }

  /**
   * Adds a mega project (the essay's rumoured supercomputer as a starting shape), as one undo step.
   */
  public void addMegaProject() {
    Scenario s = scenario.get();
    if (s.megaProjects().size() >= 50) {
      return;
    }
    List<MegaProject> projects = new ArrayList<>(s.megaProjects());
    projects.add(
        new MegaProject(
            Messages.format("mega.defaultName", projects.size() + 1),
            s.startYear() + Math.min(2, s.years() - 1),
            4,
            100));
    change(s.withMegaProjects(projects), Messages.get("undo.megaAdd"));
  }

  /** Removes mega project {@code index}, as one undo step. */
  public void removeMegaProject(int index) {
    Scenario s = scenario.get();
    if (index < 0 || index >= s.megaProjects().size()) {
      return;
    }
    change(ScenarioEdits.removeMegaProject(s, index), Messages.get("undo.megaRemove"));
  }

  /** Renames the scenario and sets its description, as one undo step. */
  public void describe(String name, String description) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 200) {
      return;
    }
    change(
        scenario.get().withName(trimmed).withDescription(description == null ? "" : description),
        Messages.get("undo.describe"));
  }

  /**
   * Replaces the whole scenario (goal seek's answer, an edited uncertainty list...) as one undo
   * step.
   */
  public void change(Scenario after, String undoLabel) {
    history.record(scenario.get(), after, undoLabel, null);
    apply(after);
  }

  /** Re-reads every display string after the language changed. */
  public void relocalize() {
    for (ParameterViewModel row : parameters) {
      row.forgetSync();
      row.refresh(scenario.get(), original.get());
    }
    for (KpiViewModel k : kpis) {
      k.update(scenario.get(), result.get(), originalResult);
    }
    refreshTitle();
  }

  // ---- recompute ---------------------------------------------------------------------------

  /**
   * Recomputes the model and KPIs if anything changed since the last call. Cheap when nothing did.
   */
  public void flushRecompute() {
    if (!stale) {
      return;
    }
    stale = false;
    Scenario s = scenario.get();
    long start = System.nanoTime();
    ModelResult r = GapModel.compute(s);
    lastRecomputeNanos = System.nanoTime() - start;
    for (KpiViewModel k : kpis) {
      k.update(s, r, originalResult);
    }
    int year = Math.max(s.startYear(), Math.min(s.endYear(), waterfallYear.get()));
    waterfallYear.set(year);
    result.set(r);
  }

  private void apply(Scenario s) {
    scenario.set(s);
    shockEnabled.set(s.chips().shock() != null);
    syncParameters(s);
    stale = true;
    requestFrame.run();
  }

  private void syncParameters(Scenario s) {
    List<ParameterPath> paths = ScenarioParameters.of(s);
    List<String> keys = paths.stream().map(ParameterPath::text).toList();
    if (!keys.equals(List.copyOf(parametersByPath.keySet()))) {
      parametersByPath.clear();
      List<ParameterViewModel> rows = new ArrayList<>();
      for (ParameterPath p : paths) {
        ParameterViewModel row = new ParameterViewModel(this, p);
        parametersByPath.put(p.text(), row);
        rows.add(row);
      }
      for (ParameterViewModel row : rows) {
        row.refresh(s, original.get());
      }
      parameters.setAll(rows);
      structureVersion.set(structureVersion.get() + 1);
      return;
    }
    for (ParameterViewModel row : parameters) {
      row.refresh(s, original.get());
    }
  }

  private void refreshTitle() {
    Path f = file.get();
    Scenario s = scenario.get();
    String name = DocumentNames.documentName(f, s == null ? "" : s.name());
    title.set(Messages.format(isDirty() ? "window.title.dirty" : "window.title", name));
  }

  /**
   * Whole-number fields of the horizon change the table's shape; the view rebuilds the year
   * pickers.
   */
  public static boolean changesHorizon(NumericField f) {
    return f == NumericField.START_YEAR || f == NumericField.YEARS;
  }
}
