package com.computegap.view;

/**
 * How many charts the chart area shows at a size, and how: the rule behind {@link ChartGrid}, kept
 * free of nodes so it can be tested on its own.
 *
 * <p>A chart needs room around its plot for its title, legend, axes and tick labels: measured on
 * the five charts, at most 126 px across and 155 px down once a cell is 400 px wide (narrower cells
 * wrap their legends and need more). So a cell of {@value #MIN_CELL_WIDTH} x {@value
 * #MIN_CELL_HEIGHT} px keeps a plot of at least 260 x 180 px; the waterfall, with its longer
 * subtitle and the year picker above it, needs {@value #MIN_TALL_CELL_HEIGHT} px.
 */
final class ChartLayout {

  /** Space between cells, px. */
  static final double GAP = 10;

  /** Narrowest cell that keeps a 260 px wide plot, px. */
  static final double MIN_CELL_WIDTH = 400;

  /** Lowest cell that keeps a 180 px high plot, px. */
  static final double MIN_CELL_HEIGHT = 350;

  /** Lowest cell for the waterfall with its year picker, px. */
  static final double MIN_TALL_CELL_HEIGHT = 430;

  private ChartLayout() {}

  /**
   * A layout.
   *
   * @param columns charts side by side
   * @param rows rows of charts
   * @param all whether every chart is on screen (no strip)
   * @param perPage charts on screen at once
   */
  record Plan(int columns, int rows, boolean all, int perPage) {}

  /**
   * The layout for a chart area of {@code width} x {@code height} px holding {@code charts} charts,
   * where the strip of chart names (shown when not all fit) is {@code stripHeight} px high.
   */
  static Plan plan(double width, double height, int charts, double stripHeight) {
    if (width >= 3 * MIN_CELL_WIDTH + 2 * GAP
        && height >= MIN_CELL_HEIGHT + MIN_TALL_CELL_HEIGHT + GAP) {
      return new Plan(3, 2, true, charts);
    }
    if (width >= charts * MIN_CELL_WIDTH + (charts - 1) * GAP && height >= MIN_TALL_CELL_HEIGHT) {
      return new Plan(charts, 1, true, charts);
    }
    double below = height - stripHeight - GAP;
    int columns = (int) Math.floor((width + GAP) / (MIN_CELL_WIDTH + GAP));
    columns = Math.max(1, Math.min(charts - 1, columns));
    int rows = below >= 2 * MIN_TALL_CELL_HEIGHT + GAP ? 2 : 1;
    int perPage = Math.min(charts - 1, columns * rows);
    return new Plan(
        Math.min(columns, perPage), rows == 2 && perPage > columns ? 2 : 1, false, perPage);
  }
}
