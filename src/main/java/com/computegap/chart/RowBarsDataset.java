package com.computegap.chart;

import org.jfree.data.xy.AbstractIntervalXYDataset;

/**
 * Horizontal bars over row indices (the tornado's and the why-B-differs waterfall's): row {@code i}
 * is a bar {@link #HALF_BAR} either side of {@code x = i}, from {@link #getStartYValue} to {@link
 * #getEndYValue}. Subclasses give the series and the two ends; the x side and the boxed getters are
 * the same for every such chart.
 */
abstract class RowBarsDataset extends AbstractIntervalXYDataset {

  /** Half a bar's thickness, in rows. */
  static final double HALF_BAR = 0.34;

  @Override
  public Number getX(int series, int item) {
    return getXValue(series, item);
  }

  @Override
  public double getXValue(int series, int item) {
    return item;
  }

  @Override
  public Number getStartX(int series, int item) {
    return item - HALF_BAR;
  }

  @Override
  public Number getEndX(int series, int item) {
    return item + HALF_BAR;
  }

  @Override
  public Number getY(int series, int item) {
    return getEndYValue(series, item);
  }

  @Override
  public Number getStartY(int series, int item) {
    return getStartYValue(series, item);
  }

  @Override
  public Number getEndY(int series, int item) {
    return getEndYValue(series, item);
  }
}
