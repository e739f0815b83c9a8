package com.computegap.view;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The chart area and, while comparing, the comparison table in a split the user can drag. Where the
 * window is tall the table sits under the charts; where it is short (a 1280x720 projector) it sits
 * beside them, so the charts keep a legible height and the table shows many rows.
 *
 * <p>Node id: {@code compare-split}.
 */
final class CompareSplit extends SplitPane {

  /** Heights below which the table goes beside the charts, px of this split. */
  static final double SIDE_BY_SIDE_BELOW = 700;

  private final Region charts;
  private final Region table;
  private double division = -1;

  CompareSplit(Region charts, Region table, ObservableBooleanValue comparing) {
    this.charts = charts;
    this.table = table;
    setId("compare-split");
    getStyleClass().add("compare-split");
    charts.setMinSize(0, 0);
    table.setMinSize(0, 0);
    getItems().add(charts);
    comparing.addListener((obs, was, now) -> show(now));
    show(comparing.get());
    // a drag on the divider is the user's division until the next new size
    addEventFilter(
        javafx.scene.input.MouseEvent.MOUSE_PRESSED,
        e -> {
          if (e.getTarget() instanceof javafx.scene.Node n
              && n.getStyleClass().contains("split-pane-divider")) {
            division = -1;
          }
        });
    // a new size (the window, or the controls folding) starts again from the default division
    heightProperty().addListener((obs, was, now) -> orient(true));
    widthProperty().addListener((obs, was, now) -> orient(true));
  }

  private void show(boolean comparing) {
    if (comparing && !getItems().contains(table)) {
      getItems().add(table);
      orient(true);
    } else if (!comparing) {
      getItems().remove(table);
    }
  }

  /**
   * Puts the table beside or under the charts; a new place (or {@code fresh}) resets the divider.
   */
  private void orient(boolean fresh) {
    Orientation o =
        getHeight() > 0 && getHeight() < SIDE_BY_SIDE_BELOW
            ? Orientation.HORIZONTAL
            : Orientation.VERTICAL;
    boolean moved = o != getOrientation();
    setOrientation(o);
    if (getItems().size() == 2 && (moved || fresh)) {
      division = o == Orientation.HORIZONTAL ? 0.5 : 0.56;
      requestLayout();
    }
  }

  @Override
  protected void layoutChildren() {
    // set here, at the size the split is laid out at: set earlier, the skin moves it again
    if (division > 0
        && getDividers().size() == 1
        && getDividers().get(0).getPosition() != division) {
      setDividerPositions(division);
    }
    super.layoutChildren();
  }
}
