package com.computegap.view;

import com.computegap.text.Messages;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import java.util.function.Supplier;

/**
 * The chart area's two views: "Scenario" (the five main charts) and "Uncertainty" (fans and tornado).
 * Only the selected view is in the scene, so the hidden one neither renders nor, for the uncertainty
 * view, runs Monte Carlo. The selection is the uncertainty view model's {@code active} flag, which the
 * Analysis menu's check item (and its shortcut) also toggles.
 *
 * <p>Node ids: {@code chart-tabs}, tabs {@code tab-scenario} and {@code tab-uncertainty} (on their headers).
 */
final class ChartTabs extends TabPane {

    /** Held so the weak listener on the shared flag lives as long as this pane. */
    private final InvalidationListener follow;

    ChartTabs(Region scenarioCharts, Supplier<Region> uncertaintyView, BooleanProperty showUncertainty) {
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
        setMinSize(0, 0);

        Runnable show = () -> {
            boolean unc = showUncertainty.get();
            getSelectionModel().select(unc ? uncertainty : scenario);
            scenario.setContent(unc ? null : scenarioCharts);
            uncertainty.setContent(unc ? uncertaintyView.get() : null);
        };
        show.run();
        getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && (now == uncertainty) != showUncertainty.get()) {
                showUncertainty.set(now == uncertainty);
            }
        });
        // The window builds a new pane on a language switch and after presentation mode; the flag
        // lives on. A pane that has left the scene must stop following it, or it would take the
        // uncertainty view back from its successor.
        follow = o -> {
            if (getScene() != null) {
                show.run();
            }
        };
        WeakInvalidationListener weak = new WeakInvalidationListener(follow);
        showUncertainty.addListener(weak);
        sceneProperty().addListener((obs, was, now) -> {
            if (was != null && now == null) {
                showUncertainty.removeListener(weak);
            }
        });
    }
}
