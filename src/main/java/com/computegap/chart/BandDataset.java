package com.computegap.chart;

import java.util.List;
import org.jfree.data.xy.AbstractIntervalXYDataset;

/**
 * Percentile bands year by year: each series holds a low edge ({@code startY}), a high edge ({@code
 * endY}) and a middle ({@code y}, the median). Values are stored exactly as given (Infinity and NaN
 * included); {@link BandRenderer} decides how to draw what a scale cannot show. Replaced in place
 * with one change event.
 */
public final class BandDataset extends AbstractIntervalXYDataset {

  private int startYear;
  private String[] keys = new String[0];
  private double[][] low = new double[0][];
  private double[][] mid = new double[0][];
  private double[][] high = new double[0][];

  BandDataset() {}

  /**
   * Replaces every band: {@code lows.get(s)[i]} is band s's low edge in year {@code firstYear + i}.
   */
  void setData(
      int firstYear,
      List<String> seriesKeys,
      List<double[]> lows,
      List<double[]> mids,
      List<double[]> highs) {
    startYear = firstYear;
    keys = seriesKeys.toArray(new String[0]);
    low = lows.toArray(new double[0][]);
    mid = mids.toArray(new double[0][]);
    high = highs.toArray(new double[0][]);
    fireDatasetChanged();
  }

  /** The year of item {@code item}. */
  public int year(int item) {
    return startYear + item;
  }

  @Override
  public int getSeriesCount() {
    return keys.length;
  }

  @Override
  public Comparable<String> getSeriesKey(int series) {
    return keys[series];
  }

  @Override
  public int getItemCount(int series) {
    return mid[series].length;
  }

  @Override
  public Number getX(int series, int item) {
    return getXValue(series, item);
  }

  @Override
  public double getXValue(int series, int item) {
    return startYear + item;
  }

  @Override
  public Number getStartX(int series, int item) {
    return getX(series, item);
  }

  @Override
  public Number getEndX(int series, int item) {
    return getX(series, item);
  }

  @Override
  public Number getY(int series, int item) {
    return getYValue(series, item);
  }

  @Override
  public double getYValue(int series, int item) {
    return mid[series][item];
  }

  @Override
  public Number getStartY(int series, int item) {
    return getStartYValue(series, item);
  }

  @Override
  public double getStartYValue(int series, int item) {
    return low[series][item];
  }

  @Override
  public Number getEndY(int series, int item) {
    return getEndYValue(series, item);
  }

  @Override
  public double getEndYValue(int series, int item) {
    return high[series][item];
  }
}
