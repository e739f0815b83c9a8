package com.computegap.view;

import com.computegap.text.Messages;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The chart area's views: "Scenario" (the five main charts), "Uncertainty" (fans and tornado) and,
 * when the window gives one, "Reality check" (the scenario's reported figures beside the model).
 * Only the selected view is in the scene, so a hidden one neither renders nor, for the uncertainty
 * view, runs Monte Carlo. Whether the uncertainty view shows is the uncertainty view model's {@code
 * active} flag, which the Analysis menu's check item (and its shortcut) also toggles; switching it
 * off returns to the scenario charts.
 *
 * <p>Node ids: {@code chart-tabs}, tabs {@code tab-scenario}, {@code tab-uncertainty} and {@code
 * tab-reality} (on their headers).
 */
final class ChartTabs extends TabPane {

  /** Held so the weak listener on the shared flag lives as long as this pane. */
  private final InvalidationListener follow;

  ChartTabs(
      Region scenarioCharts, Supplier<Region> uncertaintyView, BooleanProperty showUncertainty) {
    this(scenarioCharts, uncertaintyView, showUncertainty, null);
  }

  /**
   * @param realityView builds the reality-check view when first shown; {@code null} for no such tab
   */
  ChartTabs(
      Region scenarioCharts,
      Supplier<Region> uncertaintyView,
      BooleanProperty showUncertainty,
      Supplier<Region> realityView) {
    setId("chart-tabs");
    getStyleClass().add(AnalysisStyles.CHART_TABS);
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    Tab scenario = new Tab(Messages.get("tab.scenario"));
    scenario.setId("tab-scenario");
    scenario.setTooltip(new Tooltip(Messages.get("tab.scenario.tooltip")));
    Tab uncertainty = new Tab(Messages.get("tab.uncertainty"));
    uncertainty.setId("tab-uncertainty");
    uncertainty.setTooltip(new Tooltip(Messages.get("tab.uncertainty.tooltip")));
    getTabs().addAll(scenario, uncertainty);
    Tab reality = new Tab(Messages.get("tab.reality"));
    reality.setId("tab-reality");
    reality.setTooltip(new Tooltip(Messages.get("tab.reality.tooltip")));
    if (realityView != null) {
      getTabs().add(reality);
    }
    setMinSize(0, 0);
    Region[] realityBuilt = new Region[1];

    Runnable fillSelected =
        () -> {
          Tab now = getSelectionModel().getSelectedItem();
          scenario.setContent(now == scenario ? scenarioCharts : null);
          uncertainty.setContent(now == uncertainty ? uncertaintyView.get() : null);
          if (now == reality && realityBuilt[0] == null) {
            realityBuilt[0] = realityView.get();
          }
          reality.setContent(now == reality ? realityBuilt[0] : null);
        };
    Runnable show =
        () -> {
          boolean unc = showUncertainty.get();
          Tab now = getSelectionModel().getSelectedItem();
          if (unc) {
            getSelectionModel().select(uncertainty);
          } else if (now == null || now == uncertainty) {
            getSelectionModel().select(scenario);
          }
          fillSelected.run();
        };
    show.run();
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null && (now == uncertainty) != showUncertainty.get()) {
                showUncertainty.set(now == uncertainty);
              }
              fillSelected.run();
            });
    // The window builds a new pane on a language switch and after presentation mode; the flag
    // lives on. A pane that has left the scene must stop following it, or it would take the
    // uncertainty view back from its successor.
    follow =
        o -> {
          if (getScene() != null) {
            show.run();
          }
        };
    WeakInvalidationListener weak = new WeakInvalidationListener(follow);
    showUncertainty.addListener(weak);
    sceneProperty()
        .addListener(
            (obs, was, now) -> {
              if (was != null && now == null) {
                showUncertainty.removeListener(weak);
              }
            });
  }
}
