package com.computegap.chart;

import com.computegap.model.Column;
import java.util.List;
import org.jfree.data.xy.AbstractIntervalXYDataset;
import org.jfree.data.xy.TableXYDataset;

/**
 * Series of yearly values held in plain arrays and replaced in place with a single change event, so
 * that a slider move costs one event per dataset, not one per point. Every series has one value per
 * modelled year; a value JFreeChart must not draw (Infinity, NaN, or non-positive on a log axis) is
 * stored as {@code NaN}, which breaks the line there.
 *
 * <p>Each item sits at {@code year + xOffset}, and as a bar spans {@code barWidth} around that: the
 * offset lets a capex stack and a DePIN bar stand side by side in one year's slot.
 */
public final class YearTableDataset extends AbstractIntervalXYDataset implements TableXYDataset {

  private final double xOffset;
  private final double barWidth;
  private int startYear;
  private String[] keys = new String[0];
  private Column[] columns = new Column[0];
  private double[][] values = new double[0][];
  private int itemCount;

  YearTableDataset(double xOffset, double barWidth) {
    this.xOffset = xOffset;
    this.barWidth = barWidth;
  }

  /** Replaces every series; {@code values.get(s)[i]} is series s in year {@code startYear + i}. */
  void setData(int firstYear, List<String> seriesKeys, List<double[]> seriesValues) {
    setData(firstYear, seriesKeys, null, seriesValues);
  }

  /**
   * Replaces every series, each drawn from the model column at the same index of {@code
   * seriesColumns} ({@code null}, or a {@code null} entry, for a series that is no single column of
   * the scenario shown, such as one company's capex or scenario B): a point of such a series can be
   * turned into a claim ({@link ChartPoint}).
   */
  void setData(
      int firstYear,
      List<String> seriesKeys,
      List<Column> seriesColumns,
      List<double[]> seriesValues) {
    if (seriesKeys.size() != seriesValues.size()
        || (seriesColumns != null && seriesColumns.size() != seriesKeys.size())) {
      throw new IllegalArgumentException("one value array and column per series key");
    }
    int count = seriesValues.isEmpty() ? 0 : seriesValues.get(0).length;
    for (double[] v : seriesValues) {
      if (v.length != count) {
        throw new IllegalArgumentException("every series needs the same number of years");
      }
    }
    startYear = firstYear;
    keys = seriesKeys.toArray(new String[0]);
    columns =
        seriesColumns == null ? new Column[keys.length] : seriesColumns.toArray(new Column[0]);
    values = seriesValues.toArray(new double[0][]);
    itemCount = count;
    fireDatasetChanged();
  }

  /** Removes every series. */
  void clear() {
    setData(startYear, List.of(), List.of());
  }

  /** The year of item {@code item}. */
  int year(int item) {
    return startYear + item;
  }

  /** The stored value (NaN where the point is not drawn). */
  double value(int series, int item) {
    return values[series][item];
  }

  /** Sum of the drawable values of every series in one year: the top of a stack. */
  double stackTotal(int item) {
    double sum = 0;
    for (double[] series : values) {
      if (!Double.isNaN(series[item])) {
        sum += series[item];
      }
    }
    return sum;
  }

  /** The model column series {@code series} shows, or {@code null} when it is not one. */
  Column column(int series) {
    Column[] now = columns;
    return series >= 0 && series < now.length ? now[series] : null;
  }

  /** Index of the series with this key, or -1. */
  int indexOf(String key) {
    for (int s = 0; s < keys.length; s++) {
      if (keys[s].equals(key)) {
        return s;
      }
    }
    return -1;
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
  public int getItemCount() {
    return itemCount;
  }

  @Override
  public int getItemCount(int series) {
    return itemCount;
  }

  @Override
  public double getXValue(int series, int item) {
    return startYear + item + xOffset;
  }

  @Override
  public Number getX(int series, int item) {
    return getXValue(series, item);
  }

  @Override
  public double getStartXValue(int series, int item) {
    return getXValue(series, item) - barWidth / 2;
  }

  @Override
  public Number getStartX(int series, int item) {
    return getStartXValue(series, item);
  }

  @Override
  public double getEndXValue(int series, int item) {
    return getXValue(series, item) + barWidth / 2;
  }

  @Override
  public Number getEndX(int series, int item) {
    return getEndXValue(series, item);
  }

  @Override
  public double getYValue(int series, int item) {
    return values[series][item];
  }

  @Override
  public Number getY(int series, int item) {
    return getYValue(series, item);
  }

  @Override
  public Number getStartY(int series, int item) {
    return getY(series, item);
  }

  @Override
  public Number getEndY(int series, int item) {
    return getY(series, item);
  }
}
