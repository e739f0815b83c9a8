package com.computegap.view;

import com.computegap.text.Messages;
import com.computegap.viewmodel.KpiViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A headline number with its change against the loaded scenario, for ∞ the reason, and where a
 * number needs it a one-line note on how to read it.
 */
final class KpiCard extends VBox {

  /** Narrowest card, px, so a title wraps to two or three lines at most. */
  static final double MIN_WIDTH = 120;

  KpiCard(KpiViewModel vm) {
    getStyleClass().add(Styles.KPI_CARD);
    setId(vm.kind().nodeId());

    Label title = new Label(vm.title());
    title.getStyleClass().add(Styles.KPI_TITLE);
    title.setWrapText(true);

    Label value = new Label();
    value.setId(vm.kind().nodeId() + "-value");
    value.getStyleClass().add(Styles.KPI_VALUE);
    value.textProperty().bind(vm.valueProperty());
    value.setMinWidth(Region.USE_PREF_SIZE); // a headline number is never cut to "170.5 B ..."

    Label delta = new Label();
    delta.setId(vm.kind().nodeId() + "-delta");
    delta.getStyleClass().add(Styles.KPI_DELTA);
    delta.textProperty().bind(vm.deltaProperty());
    delta.setTooltip(new Tooltip(Messages.get("kpi.delta.tooltip")));

    Label reason = new Label();
    reason.setId(vm.kind().nodeId() + "-reason");
    reason.getStyleClass().add(Styles.KPI_REASON);
    reason.textProperty().bind(vm.reasonProperty());
    reason.setWrapText(true);
    reason.managedProperty().bind(reason.visibleProperty());
    reason.visibleProperty().bind(vm.reasonProperty().isNotEmpty());

    Label note = new Label();
    note.setId(vm.kind().nodeId() + "-note");
    note.getStyleClass().add(Styles.KPI_NOTE);
    note.textProperty().bind(vm.noteProperty());
    note.setWrapText(true);
    note.managedProperty().bind(note.visibleProperty());
    note.visibleProperty().bind(vm.noteProperty().isNotEmpty());

    vm.trendProperty().addListener((obs, was, now) -> showTrend(delta, now));
    showTrend(delta, vm.trendProperty().get());
    vm.reasonProperty()
        .addListener((obs, was, now) -> pseudoClassStateChanged(Styles.NON_FINITE, !now.isEmpty()));
    pseudoClassStateChanged(Styles.NON_FINITE, !vm.reasonProperty().get().isEmpty());

    Tooltip tip = new Tooltip(vm.explanation());
    tip.setWrapText(true);
    tip.setMaxWidth(360);
    tip.setShowDelay(Duration.millis(300));
    Tooltip.install(this, tip);
    getChildren().addAll(title, value, delta, reason, note);
  }

  /**
   * At least {@link #MIN_WIDTH} and never narrower than its number (the value label's minimum is
   * its preferred width): the row wraps the cards onto two lines rather than cut "426.2 B USD".
   */
  @Override
  protected double computeMinWidth(double height) {
    return Math.max(MIN_WIDTH, super.computeMinWidth(height));
  }

  private static void showTrend(Label delta, KpiViewModel.Trend trend) {
    delta.pseudoClassStateChanged(Styles.UP, trend == KpiViewModel.Trend.UP);
    delta.pseudoClassStateChanged(Styles.DOWN, trend == KpiViewModel.Trend.DOWN);
  }
}
