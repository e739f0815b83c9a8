package com.computegap.chart;

import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import com.computegap.model.YearRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import org.jfree.chart.labels.XYToolTipGenerator;

/** Mapping of model columns to dataset arrays, and the notes about points that cannot be drawn. */
final class ChartData {

  private ChartData() {}

  /** One column, year by year. */
  static double[] column(ModelResult result, Column column) {
    List<YearRow> rows = result.rows();
    double[] values = new double[rows.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = column.of(rows.get(i));
    }
    return values;
  }

  /** A column for a log axis: Infinity, NaN, zero and negatives become NaN (not drawn). */
  static double[] logColumn(ModelResult result, Column column) {
    double[] values = column(result, column);
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] > 0) || Double.isInfinite(values[i])) {
        values[i] = Double.NaN;
      }
    }
    return values;
  }

  /** The years of {@code result} whose {@code column} value matches. */
  static List<Integer> yearsWhere(ModelResult result, Column column, DoublePredicate test) {
    List<Integer> years = new ArrayList<>();
    for (YearRow row : result.rows()) {
      if (test.test(column.of(row))) {
        years.add(row.year());
      }
    }
    return years;
  }

  /**
   * Smallest and largest drawable (positive, finite) value over arrays, or null when there is none.
   */
  static double[] positiveBounds(List<double[]> arrays) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (double[] a : arrays) {
      for (double v : a) {
        if (v > 0 && !Double.isInfinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return hi > 0 ? new double[] {lo, hi} : null;
  }

  /**
   * Tooltips "year, series: value unit" for a {@link YearTableDataset}; none for undrawn points.
   * {@code patternKey} is a bundle pattern taking year, series name and formatted value.
   */
  static XYToolTipGenerator tooltips(String patternKey, DoubleFunction<String> formatter) {
    return (dataset, series, item) -> {
      YearTableDataset d = (YearTableDataset) dataset;
      double v = d.value(series, item);
      if (Double.isNaN(v)) {
        return null;
      }
      return ChartText.format(
          patternKey, ChartText.year(d.year(item)), d.getSeriesKey(series), formatter.apply(v));
    };
  }
}
