package com.computegap.viewmodel;

import com.computegap.model.Distribution;
import com.computegap.model.FieldScope;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.PathExpression.Selector;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import com.computegap.model.ValueRange;
import com.computegap.scenario.DistributionRules;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The small editor behind a slider row's "Uncertainty range…" command: the distribution (uniform,
 * triangular, normal, lognormal), its two or three numbers in the parameter's unit, for company
 * rows whether the range is this company's or all companies' (one draw for all), validation with
 * the same rules as the file format ({@link DistributionRules}) in words, and save or remove as one
 * undo step of the document.
 *
 * <p>The numbers are typed text ({@link #valueProperty(int)}), slot 0 to 2: low/high (uniform),
 * low/most likely/high (triangular), mean/sd (normal), p5/p95 (lognormal). Switching the kind
 * carries the spread over (a triangular 20–60 becomes a normal with its 90 % interval at 20–60).
 */
public final class RangeEditorViewModel {

  /** The distributions of MODEL.md section 3. */
  public enum Kind {
    UNIFORM,
    TRIANGULAR,
    NORMAL,
    LOGNORMAL;

    /** How many numbers the kind takes. */
    public int slots() {
      return this == TRIANGULAR ? 3 : 2;
    }

    static Kind of(Distribution d) {
      if (d instanceof Distribution.Uniform) {
        return UNIFORM;
      }
      if (d instanceof Distribution.Triangular) {
        return TRIANGULAR;
      }
      return d instanceof Distribution.Normal ? NORMAL : LOGNORMAL;
    }
  }

  /**
   * Whose value the range moves: the row's own element, or every company (mega project) at once.
   */
  public enum Scope {
    ONE,
    ALL
  }

  private final ExplorerViewModel document;
  private final ParameterPath row;
  private final Scenario start;
  private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.TRIANGULAR);
  private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ONE);
  private final StringProperty[] values = {
    new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty("")
  };
  private final ReadOnlyStringWrapper[] labels = {
    new ReadOnlyStringWrapper(""), new ReadOnlyStringWrapper(""), new ReadOnlyStringWrapper("")
  };
  private final ReadOnlyBooleanWrapper thirdShown = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper kindHelp = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper existing = new ReadOnlyBooleanWrapper(false);
  private boolean loading;

  RangeEditorViewModel(ExplorerViewModel document, ParameterPath row) {
    this.document = document;
    this.row = row;
    this.start = document.scenario();
    UncertainParameter own = find(target(Scope.ONE));
    UncertainParameter all = row.selector() != null ? find(target(Scope.ALL)) : null;
    if (own == null && all != null) {
      scope.set(Scope.ALL);
    }
    load(scope.get());
    kind.addListener(
        (obs, was, now) -> {
          if (!loading && now != null && was != null) {
            convert(was, now);
          }
          refreshLabels();
          validate();
        });
    scope.addListener(
        (obs, was, now) -> {
          if (now != null && find(target(now)) != null) {
            load(now);
          }
          existing.set(now != null && find(target(now)) != null);
          validate();
        });
    for (StringProperty v : values) {
      v.addListener((obs, was, now) -> validate());
    }
    refreshLabels();
    validate();
  }

  // ---- what the dialog shows -----------------------------------------------------------------

  /** The dialog's heading: {@code Uncertainty range: Token price}. */
  public String title() {
    return Messages.format("unc.editor.title", AnalysisTexts.parameter(row, start));
  }

  /** The parameter's value in the scenario and its valid range, in words. */
  public String context() {
    NumericField f = row.field();
    return Messages.format(
        "unc.editor.context",
        AnalysisTexts.input(f, row.get(start)),
        f.validRange().describe(),
        AnalysisTexts.unit(f.unit()));
  }

  /** The unit shown after each number. */
  public String unit() {
    return AnalysisTexts.unit(row.field().unit());
  }

  /**
   * The scopes to choose from: both for company and mega-project rows, otherwise only {@link
   * Scope#ONE}.
   */
  public List<Scope> scopes() {
    return row.selector() != null ? List.of(Scope.ONE, Scope.ALL) : List.of(Scope.ONE);
  }

  public String scopeLabel(Scope s) {
    boolean companies = row.field().scope() == FieldScope.HYPERSCALER;
    if (s == Scope.ALL) {
      return companies
          ? Messages.get("unc.editor.scope.allCompanies")
          : Messages.get("unc.editor.scope.allProjects");
    }
    return row.selector() == null
        ? AnalysisTexts.parameter(row, start)
        : Messages.format("unc.editor.scope.one", AnalysisTexts.element(row, start));
  }

  public String kindLabel(Kind k) {
    return kindName(k);
  }

  public ObjectProperty<Kind> kindProperty() {
    return kind;
  }

  public ObjectProperty<Scope> scopeProperty() {
    return scope;
  }

  /** The typed text of number {@code slot} (0..2). */
  public StringProperty valueProperty(int slot) {
    return values[slot];
  }

  /** The label of number {@code slot} for the chosen kind ("Low", "Most likely", "p95"...). */
  public ReadOnlyStringProperty labelProperty(int slot) {
    return labels[slot].getReadOnlyProperty();
  }

  /** Whether the third number is used (triangular only). */
  public ReadOnlyBooleanProperty thirdShownProperty() {
    return thirdShown.getReadOnlyProperty();
  }

  /** One sentence on what the chosen distribution means. */
  public ReadOnlyStringProperty kindHelpProperty() {
    return kindHelp.getReadOnlyProperty();
  }

  /** Why the numbers cannot be saved, or empty. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  /** Whether the scenario already has a range for the chosen scope (so it can be removed). */
  public ReadOnlyBooleanProperty existingProperty() {
    return existing.getReadOnlyProperty();
  }

  /**
   * The path the range is saved under: the row's own, or {@code hyperscalers[*].x} for all
   * companies.
   */
  public ParameterPath target() {
    return target(scope.get());
  }

  /** The distribution the numbers describe, or {@code null} while they are not valid. */
  public Distribution distribution() {
    double[] v = parsed();
    if (v == null) {
      return null;
    }
    Distribution d = build(kind.get(), v);
    return DistributionRules.problem(d, row.field().validRange()) == null ? d : null;
  }

  // ---- commands ------------------------------------------------------------------------------

  /**
   * Saves the range into the scenario's uncertainty list (replacing the entry for the same target
   * where it was, else at the end), as one undo step.
   *
   * @return whether it was saved; otherwise {@link #errorProperty()} says why
   */
  public boolean save() {
    validate();
    Distribution d = distribution();
    if (d == null || !valid.get()) {
      return false;
    }
    Scenario s = document.scenario();
    ParameterPath target = target();
    List<UncertainParameter> list = new ArrayList<>();
    int at = -1;
    for (UncertainParameter u : s.uncertainty()) {
      ParameterPath p = RangeTargets.parse(u);
      if (p != null && RangeTargets.sameTarget(p, target, s)) {
        if (at < 0) {
          at = list.size();
        }
      } else {
        list.add(u);
      }
    }
    UncertainParameter entry = new UncertainParameter(target.text(), d);
    if (at < 0) {
      list.add(entry);
    } else {
      list.add(at, entry);
    }
    document.change(
        s.withUncertainty(list),
        Messages.format("unc.undo.range", AnalysisTexts.parameter(target, s)));
    existing.set(true);
    return true;
  }

  /** Removes the range of the chosen scope from the scenario, as one undo step. */
  public void remove() {
    Scenario s = document.scenario();
    ParameterPath target = target();
    List<UncertainParameter> list =
        s.uncertainty().stream()
            .filter(
                u -> {
                  ParameterPath p = RangeTargets.parse(u);
                  return p == null || !RangeTargets.sameTarget(p, target, s);
                })
            .toList();
    if (list.size() != s.uncertainty().size()) {
      document.change(
          s.withUncertainty(list),
          Messages.format("unc.undo.removeRange", AnalysisTexts.parameter(target, s)));
    }
    existing.set(false);
  }

  // ---- internals -----------------------------------------------------------------------------

  private ParameterPath target(Scope s) {
    return s == Scope.ALL && row.selector() != null
        ? new ParameterPath(row.field(), Selector.all())
        : row;
  }

  /** The last entry for {@code target} (Monte Carlo lets a later entry win), or {@code null}. */
  private UncertainParameter find(ParameterPath target) {
    Scenario s = document.scenario();
    UncertainParameter found = null;
    for (UncertainParameter u : s.uncertainty()) {
      ParameterPath p = RangeTargets.parse(u);
      if (p != null && RangeTargets.sameTarget(p, target, s)) {
        found = u;
      }
    }
    return found;
  }

  /** Fills the fields from the entry for {@code s}, or with a triangular ±25 % around the value. */
  private void load(Scope s) {
    UncertainParameter u = find(target(s));
    Distribution d = u != null ? u.distribution() : defaultRange();
    loading = true;
    try {
      kind.set(Kind.of(d));
      write(numbers(d));
    } finally {
      loading = false;
    }
    existing.set(u != null);
  }

  private Distribution defaultRange() {
    NumericField f = row.field();
    ValueRange r = f.validRange();
    double v = target(scope.get()).get(document.scenario());
    if (!Double.isFinite(v)) {
      v = r.clamp(f.sliderMin());
    }
    double spread = v != 0 ? Math.abs(v) * 0.25 : (f.sliderMax() - f.sliderMin()) * 0.1;
    if (f.wholeNumber()) {
      spread = Math.max(1, Math.rint(spread));
    }
    double lo = nice(v - spread);
    double hi = nice(v + spread);
    if (!r.contains(lo)) {
      lo = r.minInclusive() ? r.min() : nice(r.min() + (v - r.min()) / 2);
    }
    if (!r.contains(hi)) {
      hi = r.maxInclusive() ? r.max() : v;
    }
    double mode = Math.max(lo, Math.min(hi, nice(v)));
    return new Distribution.Triangular(lo, mode, hi);
  }

  /** The numbers of a distribution in slot order. */
  private static double[] numbers(Distribution d) {
    if (d instanceof Distribution.Uniform u) {
      return new double[] {u.low(), u.high()};
    }
    if (d instanceof Distribution.Triangular t) {
      return new double[] {t.low(), t.mode(), t.high()};
    }
    if (d instanceof Distribution.Normal n) {
      return new double[] {n.mean(), n.sd()};
    }
    Distribution.LogNormal l = (Distribution.LogNormal) d;
    return new double[] {l.p5(), l.p95()};
  }

  private static Distribution build(Kind k, double[] v) {
    return switch (k) {
      case UNIFORM -> new Distribution.Uniform(v[0], v[1]);
      case TRIANGULAR -> new Distribution.Triangular(v[0], v[1], v[2]);
      case NORMAL -> new Distribution.Normal(v[0], v[1]);
      case LOGNORMAL -> new Distribution.LogNormal(v[0], v[1]);
    };
  }

  /** Carries the spread over to another kind: same low and high ends (p5/p95) and centre. */
  private void convert(Kind from, Kind to) {
    double[] v = parsed(from);
    Distribution d = v == null ? defaultRange() : build(from, v);
    double lo = d.tornadoLow();
    double hi = d.tornadoHigh();
    double centre =
        switch (Kind.of(d)) {
          case TRIANGULAR -> ((Distribution.Triangular) d).mode();
          case NORMAL -> ((Distribution.Normal) d).mean();
          case LOGNORMAL -> Math.sqrt(lo * hi);
          case UNIFORM -> (lo + hi) / 2;
        };
    ValueRange r = row.field().validRange();
    double[] out =
        switch (to) {
          case UNIFORM -> new double[] {nice(r.clamp(lo)), nice(r.clamp(hi))};
          case TRIANGULAR ->
              new double[] {nice(r.clamp(lo)), nice(r.clamp(centre)), nice(r.clamp(hi))};
          case NORMAL ->
              new double[] {
                nice(centre), nice(Math.max(0, hi - lo) / (2 * Distribution.Normal.Z95))
              };
          case LOGNORMAL -> {
            double p95 = hi > 0 ? hi : 1;
            double p5 = lo > 0 ? lo : centre > 0 ? Math.min(centre, p95) / 2 : p95 / 10;
            yield new double[] {nice(p5), nice(p95)};
          }
        };
    write(out);
  }

  private void write(double[] v) {
    NumericField f = row.field();
    for (int i = 0; i < values.length; i++) {
      values[i].set(i < v.length ? text(f, v[i]) : "");
    }
  }

  private static String text(NumericField f, double v) {
    return f.unit() == com.computegap.model.Unit.YEAR && v == Math.rint(v)
        ? Formats.year((int) v)
        : Formats.value(v, 6);
  }

  /** Three significant figures, so defaults read 37.5, not 37.4829. */
  private static double nice(double v) {
    if (!Double.isFinite(v) || v == 0) {
      return v;
    }
    return new BigDecimal(v).round(new MathContext(3)).doubleValue();
  }

  private double[] parsed() {
    return parsed(kind.get());
  }

  private double[] parsed(Kind k) {
    double[] v = new double[k.slots()];
    for (int i = 0; i < v.length; i++) {
      v[i] = Formats.parse(values[i].get());
      if (!Double.isFinite(v[i])) {
        return null;
      }
    }
    return v;
  }

  private void refreshLabels() {
    Kind k = kind.get();
    String[] keys =
        switch (k) {
          case UNIFORM -> new String[] {"unc.editor.low", "unc.editor.high", null};
          case TRIANGULAR -> new String[] {"unc.editor.low", "unc.editor.mode", "unc.editor.high"};
          case NORMAL -> new String[] {"unc.editor.mean", "unc.editor.sd", null};
          case LOGNORMAL -> new String[] {"unc.editor.p5", "unc.editor.p95", null};
        };
    for (int i = 0; i < labels.length; i++) {
      labels[i].set(keys[i] == null ? "" : Messages.get(keys[i]));
    }
    thirdShown.set(k.slots() == 3);
    kindHelp.set(
        switch (k) {
          case UNIFORM -> Messages.get("unc.editor.help.uniform");
          case TRIANGULAR -> Messages.get("unc.editor.help.triangular");
          case NORMAL ->
              Messages.format("unc.editor.help.normal", row.field().validRange().describe());
          case LOGNORMAL -> Messages.get("unc.editor.help.lognormal");
        });
  }

  private void validate() {
    String problem = problem();
    error.set(problem == null ? "" : problem);
    valid.set(problem == null);
  }

  /**
   * Why the numbers cannot be saved, in words, or {@code null}. The checks are {@link
   * DistributionRules#problem}'s, in its order; its own (English) text is the fallback.
   */
  private String problem() {
    Kind k = kind.get();
    for (int i = 0; i < k.slots(); i++) {
      String typed = values[i].get() == null ? "" : values[i].get().strip();
      if (typed.isEmpty()) {
        return Messages.format("unc.editor.error.missing", labels[i].get());
      }
      if (!Double.isFinite(Formats.parse(typed))) {
        return Messages.format("unc.editor.error.notNumber", labels[i].get(), typed);
      }
    }
    if (!existing.get() && document.scenario().uncertainty().size() >= RangeTargets.MAX_RANGES) {
      return Messages.format("unc.editor.error.tooMany", RangeTargets.MAX_RANGES);
    }
    Distribution d = build(k, parsed());
    ValueRange range = row.field().validRange();
    String rule = DistributionRules.problem(d, range);
    if (rule == null) {
      return null;
    }
    String unit = unit();
    if (d instanceof Distribution.Uniform u) {
      return u.low() > u.high()
          ? Messages.get("unc.editor.error.lowAboveHigh")
          : Messages.format("unc.editor.error.outside", range.describe(), unit);
    }
    if (d instanceof Distribution.Triangular t) {
      return !(t.low() <= t.mode() && t.mode() <= t.high())
          ? Messages.get("unc.editor.error.order")
          : Messages.format("unc.editor.error.outside", range.describe(), unit);
    }
    if (d instanceof Distribution.Normal) {
      return Messages.get("unc.editor.error.negativeSd");
    }
    Distribution.LogNormal l = (Distribution.LogNormal) d;
    if (!(l.p5() > 0 && l.p95() > 0)) {
      return Messages.get("unc.editor.error.notPositive");
    }
    return l.p5() > l.p95() ? Messages.get("unc.editor.error.p5AboveP95") : rule;
  }

  /** The localised name of a distribution kind. */
  private static String kindName(Kind kind) {
    return switch (kind) {
      case UNIFORM -> Messages.get("unc.dist.uniform");
      case TRIANGULAR -> Messages.get("unc.dist.triangular");
      case NORMAL -> Messages.get("unc.dist.normal");
      case LOGNORMAL -> Messages.get("unc.dist.lognormal");
    };
  }
}
