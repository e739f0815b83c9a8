package com.computegap.viewmodel;

import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioParameters;
import com.computegap.model.Unit;
import com.computegap.model.ValueRange;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import com.computegap.text.ParameterNames;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One slider row: a concrete parameter of the open scenario. Holds the true value, a slider
 * position that stays inside the slider's range (a typed value may lie beyond it), the text shown
 * in the value field, whether the value differs from the scenario as loaded, and the tooltip texts.
 *
 * <p>All changes go through the owning {@link ExplorerViewModel}, which records them for undo; this
 * class never changes the scenario itself.
 */
public final class ParameterViewModel {

  /** What a parameter row needs from the document that owns it. */
  interface Owner {
    void setParameter(ParameterPath path, double value, Object mergeKey);

    void beginGesture(Object key);

    void endGesture();
  }

  private final Owner owner;
  private final ParameterPath path;
  private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper();
  private final DoubleProperty sliderPosition = new SimpleDoubleProperty();
  private final ReadOnlyDoubleWrapper sliderMin = new ReadOnlyDoubleWrapper();
  private final ReadOnlyDoubleWrapper sliderMax = new ReadOnlyDoubleWrapper();
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
  private final BooleanProperty dragging = new SimpleBooleanProperty(false);
  private double original = Double.NaN;
  private boolean syncing;
  private boolean syncedOnce;
  private Scenario lastLoaded;
  private java.util.Map<String, String> lastSources;

  ParameterViewModel(Owner owner, ParameterPath path) {
    this.owner = owner;
    this.path = path;
    sliderPosition.addListener(
        (obs, was, now) -> {
          if (!syncing) {
            owner.setParameter(path, roundForSlider(now.doubleValue()), path.text());
          }
        });
    dragging.addListener(
        (obs, was, now) -> {
          if (now) {
            owner.beginGesture(path.text());
          } else {
            owner.endGesture();
          }
        });
  }

  public ParameterPath path() {
    return path;
  }

  public NumericField field() {
    return path.field();
  }

  /** A stable id for the view's nodes: the path with non-identifier characters replaced. */
  public String nodeId() {
    return "param-" + path.text().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
  }

  /** The row's label: the field's name, prefixed by the company or project for list fields. */
  public String label() {
    return ParameterNames.field(field());
  }

  /** The unit as shown after the value field. */
  public String unit() {
    return Messages.get(field().unit().symbolKey());
  }

  /** Meaning, unit, valid range and source, for the tooltip. */
  public String tooltip() {
    String help = ParameterNames.help(field());
    String range = Messages.format("param.tooltip.range", field().validRange().describe(), unit());
    String src = source.get().isEmpty() ? Messages.get("param.tooltip.noSource") : source.get();
    return Messages.format("param.tooltip", label(), help, range, src, path.text());
  }

  public ReadOnlyDoubleProperty valueProperty() {
    return value.getReadOnlyProperty();
  }

  /** The slider's position, clamped to its range; moving it sets the parameter. */
  public DoubleProperty sliderPositionProperty() {
    return sliderPosition;
  }

  public ReadOnlyDoubleProperty sliderMinProperty() {
    return sliderMin.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty sliderMaxProperty() {
    return sliderMax.getReadOnlyProperty();
  }

  /**
   * The slider's arrow-key step: one unit for whole numbers, a hundredth of the range otherwise.
   */
  public double step() {
    return field().wholeNumber() ? 1 : niceStep((sliderMax.get() - sliderMin.get()) / 100);
  }

  /** The value as text in the current language. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** Why the last typed text was refused, or empty. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Whether the value differs from the scenario as loaded. */
  public ReadOnlyBooleanProperty changedProperty() {
    return changed.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty sourceProperty() {
    return source.getReadOnlyProperty();
  }

  /** Bound to the slider's valueChanging: a drag is one undo step. */
  public BooleanProperty draggingProperty() {
    return dragging;
  }

  /**
   * The value in the scenario as loaded, {@code NaN} when the loaded scenario has no such
   * parameter.
   */
  public double originalValue() {
    return original;
  }

  /**
   * Applies typed text. Accepts any number in the valid range, also beyond the slider's range.
   *
   * @return whether the text was accepted; otherwise {@link #errorProperty()} says why
   */
  public boolean commitText(String typed) {
    double v = Formats.parse(typed);
    ValueRange range = field().validRange();
    if (Double.isNaN(v)) {
      error.set(Messages.format("param.error.notNumber", typed));
      return false;
    }
    if (field().wholeNumber() && v != Math.rint(v)) {
      error.set(Messages.get("param.error.wholeNumber"));
      return false;
    }
    if (!range.contains(v)) {
      error.set(Messages.format("param.error.range", range.describe(), unit()));
      return false;
    }
    error.set("");
    owner.setParameter(path, v, null);
    text.set(format(value.get()));
    return true;
  }

  /** Forgets a refused text and shows the current value again. */
  public void revertText() {
    error.set("");
    text.set(format(value.get()));
  }

  /** Back to the value as loaded (no effect when the loaded scenario lacks this parameter). */
  public void reset() {
    if (!Double.isNaN(original)) {
      owner.setParameter(path, original, null);
    }
  }

  /**
   * Pulls the value from {@code current} and the reference from {@code loaded}; never records undo.
   */
  void refresh(Scenario current, Scenario loaded) {
    double v = path.get(current);
    double was = original;
    original =
        loaded == lastLoaded
            ? was
            : path.unresolvedReason(loaded) == null ? path.get(loaded) : Double.NaN;
    if (current.sources() != lastSources) {
      source.set(nullToEmpty(ScenarioParameters.sourceOf(current, path)));
      lastSources = current.sources();
    }
    if (loaded == lastLoaded && Double.compare(v, value.get()) == 0 && syncedOnce) {
      return; // the slider path refreshes every row on each step; most did not move
    }
    lastLoaded = loaded;
    syncedOnce = true;
    double lo = Math.min(field().sliderMin(), finiteOr(original, field().sliderMin()));
    double hi = Math.max(field().sliderMax(), finiteOr(original, field().sliderMax()));
    if (field().unit() == Unit.YEAR) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    syncing = true;
    try {
      // A slider forces max >= min on every change, so move the bound that keeps that true first.
      if (lo > sliderMax.get()) {
        sliderMax.set(hi);
        sliderMin.set(lo);
      } else {
        sliderMin.set(lo);
        sliderMax.set(hi);
      }
      value.set(v);
      sliderPosition.set(Math.max(lo, Math.min(hi, v)));
      changed.set(Double.isNaN(original) || v != original);
      if (error.get().isEmpty()) {
        text.set(format(v));
      }
    } finally {
      syncing = false;
    }
  }

  /** Makes the next {@link #refresh} rewrite every text, as after a language change. */
  void forgetSync() {
    syncedOnce = false;
    error.set("");
  }

  /** Decimals shown and kept from slider drags, by unit. */
  int decimals() {
    if (field().wholeNumber()) {
      return 0;
    }
    return switch (field().unit()) {
      case K -> 0;
      case PCT, PCT_PER_YEAR -> 1;
      default -> 2;
    };
  }

  private String format(double v) {
    return field().unit() == Unit.YEAR
        ? Formats.year((int) v)
        : Formats.value(v, Math.max(decimals(), 1));
  }

  /** Slider drags land on round numbers, so saved files read 37.5, not 37.4829. */
  private double roundForSlider(double v) {
    double scale = Math.pow(10, decimals());
    return field().validRange().clamp(Math.rint(v * scale) / scale);
  }

  private static double niceStep(double raw) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double r = raw / magnitude;
    return (r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10) * magnitude;
  }

  private static double finiteOr(double v, double fallback) {
    return Double.isFinite(v) ? v : fallback;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
