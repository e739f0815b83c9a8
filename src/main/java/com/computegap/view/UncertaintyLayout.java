package com.computegap.view;

/**
 * How the uncertainty view arranges its three fan charts and its analysis tabs (sensitivity,
 * claims, distribution) for the room it has: the rule behind {@link UncertaintyBody}, kept free of
 * nodes so it can be tested on its own.
 *
 * <p>The fans and the analysis charts need the same room per plot as the five main charts ({@link
 * ChartLayout}). Below that, squeezing both rows into the window gave plots of 40 to 60 px at
 * 1280x720; a tab each keeps every chart that is on screen legible and costs a click.
 */
final class UncertaintyLayout {

  /**
   * Narrowest cell of a fan chart that keeps a 260 px wide plot, px: its tick labels and axis title
   * take about 95 px across (measured at 1920x1080), less than the main charts' legends need.
   */
  static final double MIN_FAN_WIDTH = 370;

  /** Lowest cell of a fan chart that keeps a 180 px high plot, px. */
  static final double MIN_FAN_HEIGHT = ChartLayout.MIN_CELL_HEIGHT;

  /**
   * Lowest analysis tab pane that keeps the sensitivity chart's plot 180 px high under its tab
   * headers and its output and year pickers, px.
   */
  static final double MIN_ANALYSIS_HEIGHT = ChartLayout.MIN_TALL_CELL_HEIGHT + 40;

  /** The three arrangements. */
  enum Mode {
    /** Fans in a row above the analysis tabs. */
    SPLIT,
    /** The fans in a row as the first of the tabs. */
    FANS_TAB,
    /** Each fan a tab of its own, before the analysis tabs. */
    TAB_EACH
  }

  private UncertaintyLayout() {}

  /** The arrangement for {@code width} x {@code height} px. */
  static Mode plan(double width, double height) {
    boolean threeAcross = width >= 3 * MIN_FAN_WIDTH + 2 * ChartLayout.GAP;
    if (!threeAcross) {
      return Mode.TAB_EACH;
    }
    return height >= MIN_FAN_HEIGHT + ChartLayout.GAP + MIN_ANALYSIS_HEIGHT
        ? Mode.SPLIT
        : Mode.FANS_TAB;
  }

  /** The fan row's height in {@link Mode#SPLIT}: 45 % of the room, never below either minimum. */
  static double fanRowHeight(double height) {
    double share = (height - ChartLayout.GAP) * 0.45;
    return Math.min(
        Math.max(MIN_FAN_HEIGHT, share), height - ChartLayout.GAP - MIN_ANALYSIS_HEIGHT);
  }
}
