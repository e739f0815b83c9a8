package com.computegap.viewmodel;

import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.text.Formats;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import com.computegap.text.NonFiniteReasons;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One KPI card: the value now, its change against the scenario as loaded, and the reason when the
 * value is ∞ or undefined.
 */
public final class KpiViewModel {

  /** Direction of the change against the loaded scenario. */
  public enum Trend {
    UP,
    DOWN,
    FLAT,
    UNDEFINED
  }

  private final KpiKind kind;
  private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper delta = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Trend> trend = new ReadOnlyObjectWrapper<>(Trend.FLAT);
  private double raw = Double.NaN;

  KpiViewModel(KpiKind kind) {
    this.kind = kind;
  }

  public KpiKind kind() {
    return kind;
  }

  public String title() {
    return Messages.get(kind.keyStem() + ".title");
  }

  /** What the number means, its unit and how it is computed. */
  public String explanation() {
    return Messages.get(kind.keyStem() + ".help");
  }

  /** The number as shown: {@code 6.39×}, {@code 170.5 B USD}, {@code ∞}. */
  public ReadOnlyStringProperty valueProperty() {
    return value.getReadOnlyProperty();
  }

  /** Why the value is ∞ or undefined; empty otherwise. */
  public ReadOnlyStringProperty reasonProperty() {
    return reason.getReadOnlyProperty();
  }

  /**
   * A line under the number that answers the question a presenter gets about it, or empty: the
   * parity token price is a multiple of today's price, so it names the token slider's value, which
   * does not move it.
   */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /**
   * The change against the loaded scenario with its arrow: {@code ▲ +12.3 %}, or empty when
   * unchanged.
   */
  public ReadOnlyStringProperty deltaProperty() {
    return delta.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Trend> trendProperty() {
    return trend.getReadOnlyProperty();
  }

  /** The unformatted value, for tests and exports. */
  public double rawValue() {
    return raw;
  }

  void update(Scenario scenario, ModelResult current, ModelResult loaded) {
    raw = kind.valueOf(current);
    double before = kind.valueOf(loaded);
    value.set(kind.format(raw));
    reason.set(NonFiniteReasons.of(kind, scenario, current));
    note.set(
        kind == KpiKind.PARITY_TOKEN_PRICE && Double.isFinite(raw) && raw > 0
            ? Messages.format(
                "kpi.parityTokenPrice.note", Formats.times(scenario.depin().tokenPriceMultiplier()))
            : "");
    if (!Double.isFinite(raw) || !Double.isFinite(before)) {
      boolean same = Double.compare(raw, before) == 0;
      trend.set(same ? Trend.FLAT : Trend.UNDEFINED);
      delta.set(
          same
              ? ""
              : Messages.format(
                  "kpi.delta.was",
                  kind.isRatio() ? Formats.times(before) : Formats.amount(before)));
      return;
    }
    double pct =
        before == 0 ? (raw == 0 ? 0 : Double.POSITIVE_INFINITY) : (raw - before) / before * 100;
    if (Math.abs(pct) < 0.05) {
      trend.set(Trend.FLAT);
      delta.set("");
    } else {
      trend.set(raw > before ? Trend.UP : Trend.DOWN);
      String change =
          Double.isFinite(pct)
              ? Formats.percentChange(pct)
              : Messages.format("kpi.delta.was", Formats.amount(before));
      delta.set((raw > before ? "\u25B2 " : "\u25BC ") + change);
    }
  }
}
