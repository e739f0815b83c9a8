package com.computegap.viewmodel;

import com.computegap.model.Correlation;
import com.computegap.model.CorrelationMatrix;
import com.computegap.model.CorrelationPresets;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The correlation editor of the uncertainty view: the scenario's pairs of uncertain parameters with
 * their rank correlation, add and remove a pair, apply a preset, a live status (valid, or which
 * parameters make the matrix not positive definite) and Repair (the nearest valid matrix, Higham
 * 2002) with a preview of what it changes. Every change is one undo step of the document.
 *
 * <p>Parameters are matched by their exact {@code param} text, as the file format does.
 */
public final class CorrelationEditorViewModel {

  /** Coefficients are kept to this many decimals (what a file shows). */
  static final int DECIMALS = 3;

  /**
   * One pair as the editor shows it.
   *
   * @param a the first parameter's path, as in the file
   * @param b the second
   * @param aName the first's name as the slider rows call it
   * @param bName the second's
   * @param rho the rank correlation
   */
  public record Row(String a, String b, String aName, String bName, double rho) {}

  /**
   * One entry Repair changes.
   *
   * @param pair "A – B"
   * @param before the coefficient now (0 for a pair not in the list)
   * @param after the coefficient after the repair
   */
  public record Change(String pair, double before, double after) {}

  private final ExplorerViewModel document;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<String> parameters = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyBooleanWrapper repairable = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  public CorrelationEditorViewModel(ExplorerViewModel document) {
    this.document = document;
    document
        .scenarioProperty()
        .addListener(
            (obs, was, now) -> {
              if (was == null
                  || !was.correlations().equals(now.correlations())
                  || !was.uncertainty().equals(now.uncertainty())) {
                refresh();
              }
            });
    refresh();
  }

  // ---- state ---------------------------------------------------------------------------------

  /** The scenario's correlations, in list order. */
  public ObservableList<Row> rows() {
    return rows;
  }

  /** The uncertain parameters' paths, in list order, each once: what a pair can join. */
  public ObservableList<String> parameters() {
    return parameters;
  }

  /** A parameter's name as the slider rows call it (the path when it does not parse). */
  public String name(String param) {
    try {
      return AnalysisTexts.parameter(ParameterPath.parse(param), document.scenario());
    } catch (IllegalArgumentException e) {
      return param;
    }
  }

  /** "Valid", "not positive definite: involves X, Y", or another reason the list cannot run. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Whether the Monte Carlo can induce the correlations as they are. */
  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  /** Whether Repair can help: every pair resolves but the matrix is not positive definite. */
  public ReadOnlyBooleanProperty repairableProperty() {
    return repairable.getReadOnlyProperty();
  }

  /** What the last command did or why it was refused; empty at first. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public List<CorrelationPresets.Preset> presets() {
    return List.of(CorrelationPresets.Preset.values());
  }

  public String presetLabel(CorrelationPresets.Preset p) {
    return p == null ? "" : Messages.get(presetKeys(p).get(0));
  }

  /** The resource keys of a preset: its name, then the basis of each pair in order. */
  private static List<String> presetKeys(CorrelationPresets.Preset p) {
    return switch (p) {
      case CRYPTO_CYCLE ->
          List.of(
              "corr.preset.cryptoCycle",
              "corr.preset.cryptoCycle.basis0",
              "corr.preset.cryptoCycle.basis1",
              "corr.preset.cryptoCycle.basis2");
      case AI_CAPEX_CYCLE ->
          List.of(
              "corr.preset.aiCapexCycle",
              "corr.preset.aiCapexCycle.basis0",
              "corr.preset.aiCapexCycle.basis1",
              "corr.preset.aiCapexCycle.basis2");
    };
  }

  /** The preset's pairs with their coefficients and basis, one line each. */
  public String presetTooltip(CorrelationPresets.Preset p) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < p.pairs().size(); i++) {
      CorrelationPresets.Pair pair = p.pairs().get(i);
      lines.add(
          Messages.format(
              "corr.preset.line",
              name(pair.a()),
              name(pair.b()),
              Formats.value(pair.rho(), 2),
              Messages.get(presetKeys(p).get(i + 1))));
    }
    return String.join("\n", lines);
  }

  /** Re-reads the names and the status in the current language. */
  public void relocalize() {
    refresh();
  }

  // ---- commands ------------------------------------------------------------------------------

  /** Sets the coefficient of pair {@code index}, clamped to ±0.95, as one undo step. */
  public void setRho(int index, double rho) {
    List<Correlation> list = new ArrayList<>(document.scenario().correlations());
    Objects.checkIndex(index, list.size());
    if (!Double.isFinite(rho)) {
      return;
    }
    double r = round(Math.max(-Correlation.MAX_ABS_RHO, Math.min(Correlation.MAX_ABS_RHO, rho)));
    Correlation c = list.get(index);
    if (c.rho() == r) {
      return;
    }
    list.set(index, new Correlation(c.a(), c.b(), r));
    change(list, Messages.format("undo.corrSet", name(c.a()), name(c.b())));
  }

  /**
   * Adds the pair {@code a}, {@code b} with {@code rho}, as one undo step; false (with the reason
   * in {@link #messageProperty()}) when it is the same parameter twice or the pair is there.
   */
  public boolean add(String a, String b, double rho) {
    if (a == null || b == null || !parameters.contains(a) || !parameters.contains(b)) {
      message.set(Messages.get("corr.error.choose"));
      return false;
    }
    if (a.equals(b)) {
      message.set(Messages.get("corr.error.same"));
      return false;
    }
    for (Correlation c : document.scenario().correlations()) {
      if (c.a().equals(a) && c.b().equals(b) || c.a().equals(b) && c.b().equals(a)) {
        message.set(Messages.get("corr.error.twice"));
        return false;
      }
    }
    if (!Double.isFinite(rho) || Math.abs(rho) > Correlation.MAX_ABS_RHO) {
      message.set(Messages.get("corr.error.rho"));
      return false;
    }
    List<Correlation> list = new ArrayList<>(document.scenario().correlations());
    list.add(new Correlation(a, b, round(rho)));
    change(list, Messages.format("undo.corrAdd", name(a), name(b)));
    message.set("");
    return true;
  }

  /** Removes pair {@code index}, as one undo step. */
  public void remove(int index) {
    List<Correlation> list = new ArrayList<>(document.scenario().correlations());
    Objects.checkIndex(index, list.size());
    Correlation gone = list.remove(index);
    change(list, Messages.format("undo.corrRemove", name(gone.a()), name(gone.b())));
  }

  /** Applies a preset (only its pairs of uncertain parameters), as one undo step. */
  public void applyPreset(CorrelationPresets.Preset preset) {
    Scenario s = document.scenario();
    CorrelationPresets.Result r = CorrelationPresets.apply(s, preset);
    if (r.applied().isEmpty()) {
      message.set(Messages.format("corr.preset.none", presetLabel(preset)));
      return;
    }
    change(r.correlations(), Messages.format("undo.corrPreset", presetLabel(preset)));
    String text =
        Messages.format(
            "corr.preset.applied", presetLabel(preset), r.applied().size(), r.skipped().size());
    if (!r.dropped().isEmpty()) {
      text += " " + Messages.format("corr.preset.dropped", r.dropped().size());
    }
    message.set(text);
  }

  /**
   * What Repair would change: each pair whose coefficient moves (by at least 0.0005), with pairs
   * not in the list counted as 0; empty when the matrix is valid or a pair does not resolve.
   */
  public List<Change> repairPreview() {
    Scenario s = document.scenario();
    List<Correlation> now = s.correlations();
    List<Correlation> after = repaired(s);
    if (after == null) {
      return List.of();
    }
    List<Change> out = new ArrayList<>();
    for (Correlation c : after) {
      double before = 0;
      for (Correlation o : now) {
        if (o.a().equals(c.a()) && o.b().equals(c.b())
            || o.a().equals(c.b()) && o.b().equals(c.a())) {
          before = o.rho();
        }
      }
      if (Math.abs(before - c.rho()) >= 0.0005) {
        out.add(
            new Change(Messages.format("corr.pair", name(c.a()), name(c.b())), before, c.rho()));
      }
    }
    return List.copyOf(out);
  }

  /** Replaces the correlations with the repaired ones, as one undo step; false when valid. */
  public boolean repair() {
    List<Correlation> after = repaired(document.scenario());
    if (after == null) {
      return false;
    }
    change(after, Messages.get("undo.corrRepair"));
    message.set(Messages.get("corr.repaired"));
    return true;
  }

  /**
   * The nearest valid list: every pair among the correlated parameters with its entry of {@link
   * CorrelationMatrix#repaired()}, kept to {@value #DECIMALS} decimals and within ±0.95 (shrunk
   * toward 0 until still positive definite after rounding). Existing pairs keep their order and
   * their written order of a and b; pairs the repair makes non-zero are appended. {@code null} when
   * the list is valid or does not resolve.
   */
  static List<Correlation> repaired(Scenario s) {
    List<Correlation> now = s.correlations();
    List<String> members = members(now);
    if (members == null || !uncertain(s).containsAll(members)) {
      return null;
    }
    double[][] m = matrix(members, now);
    CorrelationMatrix before = CorrelationMatrix.of(m);
    if (before.isPositiveDefinite()) {
      return null;
    }
    double[][] fixed = before.repaired().values();
    int k = members.size();
    double[][] out = new double[k][k];
    for (double shrink = 1; ; shrink *= 0.99) {
      for (int i = 0; i < k; i++) {
        out[i][i] = 1;
        for (int j = 0; j < i; j++) {
          double v = round(shrink * clamp(fixed[i][j]));
          out[i][j] = v;
          out[j][i] = v;
        }
      }
      if (CorrelationMatrix.of(out).isPositiveDefinite()) {
        break;
      }
    }
    List<Correlation> list = new ArrayList<>();
    boolean[][] listed = new boolean[k][k];
    for (Correlation c : now) {
      int i = members.indexOf(c.a());
      int j = members.indexOf(c.b());
      listed[i][j] = true;
      listed[j][i] = true;
      list.add(new Correlation(c.a(), c.b(), out[i][j]));
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        if (!listed[i][j] && out[i][j] != 0) {
          list.add(new Correlation(members.get(i), members.get(j), out[i][j]));
        }
      }
    }
    return List.copyOf(list);
  }

  // ---- internals -----------------------------------------------------------------------------

  private void change(List<Correlation> list, String label) {
    document.change(document.scenario().withCorrelations(list), label);
  }

  private void refresh() {
    Scenario s = document.scenario();
    List<String> params = new ArrayList<>(uncertain(s));
    if (!params.equals(parameters)) {
      parameters.setAll(params);
    }
    List<Row> out = new ArrayList<>();
    for (Correlation c : s.correlations()) {
      out.add(new Row(c.a(), c.b(), name(c.a()), name(c.b()), c.rho()));
    }
    rows.setAll(out);
    refreshStatus(s);
  }

  private void refreshStatus(Scenario s) {
    repairable.set(false);
    List<Correlation> list = s.correlations();
    if (list.isEmpty()) {
      valid.set(true);
      status.set(Messages.get("corr.status.none"));
      return;
    }
    Set<String> uncertain = uncertain(s);
    for (Correlation c : list) {
      for (String p : List.of(c.a(), c.b())) {
        if (!uncertain.contains(p)) {
          valid.set(false);
          status.set(Messages.format("corr.status.noRange", name(p)));
          return;
        }
      }
    }
    List<String> members = members(list);
    if (members == null) {
      valid.set(false);
      status.set(Messages.get("corr.status.duplicate"));
      return;
    }
    List<Integer> bad = CorrelationMatrix.of(matrix(members, list)).offendingIndices();
    if (bad.isEmpty()) {
      valid.set(true);
      status.set(Messages.format("corr.status.valid", list.size()));
      return;
    }
    List<String> names = new ArrayList<>();
    for (int i : bad) {
      names.add(name(members.get(i)));
    }
    valid.set(false);
    repairable.set(true);
    status.set(Messages.format("corr.status.notPositiveDefinite", String.join(", ", names)));
  }

  /** The uncertain parameters' paths as written, each once, in list order. */
  private static Set<String> uncertain(Scenario s) {
    Set<String> out = new LinkedHashSet<>();
    for (UncertainParameter u : s.uncertainty()) {
      out.add(u.param());
    }
    return out;
  }

  /**
   * The parameters named by {@code list} in order of first mention; {@code null} when a pair joins
   * a parameter with itself or is given twice.
   */
  private static List<String> members(List<Correlation> list) {
    List<String> members = new ArrayList<>();
    Set<String> pairs = new LinkedHashSet<>();
    for (Correlation c : list) {
      if (c.a().equals(c.b())) {
        return null;
      }
      String key = c.a().compareTo(c.b()) < 0 ? c.a() + "\n" + c.b() : c.b() + "\n" + c.a();
      if (!pairs.add(key)) {
        return null;
      }
      for (String p : List.of(c.a(), c.b())) {
        if (!members.contains(p)) {
          members.add(p);
        }
      }
    }
    return members;
  }

  private static double[][] matrix(List<String> members, List<Correlation> list) {
    int k = members.size();
    double[][] m = new double[k][k];
    for (int i = 0; i < k; i++) {
      m[i][i] = 1;
    }
    for (Correlation c : list) {
      int i = members.indexOf(c.a());
      int j = members.indexOf(c.b());
      m[i][j] = c.rho();
      m[j][i] = c.rho();
    }
    return m;
  }

  private static double clamp(double v) {
    return Math.max(-Correlation.MAX_ABS_RHO, Math.min(Correlation.MAX_ABS_RHO, v));
  }

  private static double round(double v) {
    double f = Math.pow(10, DECIMALS);
    return Math.rint(v * f) / f + 0.0;
  }
}
