package com.computegap.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The uncertainty view's charts, arranged for the room they have ({@link UncertaintyLayout}): the
 * three fans in a row above the analysis tabs on a large screen; on a projector the fans become the
 * first tab (three across) or a tab each (narrower still). Switching keeps the tab in front where
 * it still exists, so the claims panel a user brought forward stays forward.
 *
 * <p>Node ids: {@code uncertainty-grid} (the fan row), {@code unc-lower-tabs} (the tab pane), tabs
 * {@code unc-tab-fans} and {@code unc-tab-<fan node id>} when the fans are tabs.
 */
final class UncertaintyBody extends Region {

  private final List<Region> fanCells;
  private final GridPane fanRow = new GridPane();
  private final TabPane tabs;
  private final List<Tab> analysisTabs;
  private final Tab fansTab;
  private final List<Tab> fanTabs;
  private UncertaintyLayout.Mode mode;

  /**
   * @param fanCells the three fan charts' cells
   * @param fansTab the tab holding all three (its content is set here)
   * @param fanTabs one tab per fan, in the same order (their contents are set here)
   * @param tabs the tab pane, holding the analysis tabs
   */
  UncertaintyBody(List<Region> fanCells, Tab fansTab, List<Tab> fanTabs, TabPane tabs) {
    this.fanCells = List.copyOf(fanCells);
    this.fansTab = fansTab;
    this.fanTabs = List.copyOf(fanTabs);
    this.tabs = tabs;
    this.analysisTabs = List.copyOf(tabs.getTabs());
    fanRow.setId("uncertainty-grid");
    fanRow.getStyleClass().add(Styles.CHART_AREA);
    fanRow.setMinSize(0, 0);
    for (int c = 0; c < fanCells.size(); c++) {
      ColumnConstraints cc = new ColumnConstraints();
      cc.setPercentWidth(100.0 / fanCells.size());
      cc.setHgrow(Priority.ALWAYS);
      fanRow.getColumnConstraints().add(cc);
      GridPane.setConstraints(fanCells.get(c), c, 0);
      GridPane.setVgrow(fanCells.get(c), Priority.ALWAYS);
    }
    setMinSize(0, 0);
  }

  /** The arrangement in use, for tests; {@code null} before the first layout. */
  UncertaintyLayout.Mode mode() {
    return mode;
  }

  @Override
  protected void layoutChildren() {
    double x = snappedLeftInset();
    double y = snappedTopInset();
    double w = getWidth() - x - snappedRightInset();
    double h = getHeight() - y - snappedBottomInset();
    UncertaintyLayout.Mode next = UncertaintyLayout.plan(w, h);
    if (next != mode) {
      apply(next);
    }
    if (mode == UncertaintyLayout.Mode.SPLIT) {
      double top = snapSizeY(UncertaintyLayout.fanRowHeight(h));
      fanRow.resizeRelocate(x, y, w, top);
      double below = top + ChartLayout.GAP;
      tabs.resizeRelocate(x, snapPositionY(y + below), w, snapSizeY(h - below));
    } else {
      tabs.resizeRelocate(x, y, w, h);
    }
  }

  private void apply(UncertaintyLayout.Mode next) {
    Tab front = tabs.getSelectionModel().getSelectedItem();
    if (mode == null && front == analysisTabs.get(0)) {
      front = null; // nothing chosen yet: the fans come first (a claim brought forward stays)
    }
    // take every fan out of where it was before putting it anywhere: a node has one parent
    fansTab.setContent(null);
    fanTabs.forEach(t -> t.setContent(null));
    fanRow.getChildren().clear();
    List<Tab> all = new ArrayList<>();
    switch (next) {
      case SPLIT -> fanRow.getChildren().setAll(fanCells);
      case FANS_TAB -> {
        fanRow.getChildren().setAll(fanCells);
        fansTab.setContent(fanRow);
        all.add(fansTab);
      }
      case TAB_EACH -> {
        for (int i = 0; i < fanTabs.size(); i++) {
          fanTabs.get(i).setContent(fanCells.get(i));
        }
        all.addAll(fanTabs);
      }
    }
    all.addAll(analysisTabs);
    tabs.getTabs().setAll(all);
    getChildren()
        .setAll(next == UncertaintyLayout.Mode.SPLIT ? List.of(fanRow, tabs) : List.of(tabs));
    tabs.getSelectionModel().select(successor(front, all));
    mode = next;
  }

  /**
   * The tab to bring forward after a switch: {@code front} if still there, else its nearest kin.
   */
  private Tab successor(Tab front, List<Tab> now) {
    if (front == null) {
      return now.get(0);
    }
    if (now.contains(front)) {
      return front;
    }
    if (front == fansTab && now.contains(fanTabs.get(0))) {
      return fanTabs.get(0);
    }
    if (fanTabs.contains(front) && now.contains(fansTab)) {
      return fansTab;
    }
    return now.get(0);
  }
}
