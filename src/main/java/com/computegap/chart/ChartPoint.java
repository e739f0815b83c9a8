package com.computegap.chart;

import com.computegap.model.Column;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.urls.XYURLGenerator;

/**
 * A drawn point that is one model column in one year, so a claim about it can be proposed from the
 * chart ("P(this ≤ value)"). The chart marks such points when it draws them: the renderers' URL
 * generator tags each item entity with {@code column@year}, a string fixed at drawing time like the
 * tooltip, so the view can read it on its own thread while the next frame is being drawn.
 *
 * @param column the model column, as in the CSV header
 * @param year the calendar year of the point
 */
public record ChartPoint(Column column, int year) {

  private static final char SEPARATOR = '@';

  /**
   * Tags every drawn item of a {@link YearTableDataset} series that shows a model column; other
   * items get none. Installed on the renderers with the same lifetime as their {@link
   * XYToolTipGenerator}.
   */
  static final XYURLGenerator TAGS =
      (dataset, series, item) -> {
        if (!(dataset instanceof YearTableDataset d)) {
          return null;
        }
        Column column = d.column(series);
        if (column == null || !Double.isFinite(d.value(series, item))) { // no value to propose
          return null;
        }
        return new ChartPoint(column, d.year(item)).tag();
      };

  /** The text an entity carries for this point: {@code column@year}. */
  String tag() {
    return column.key() + SEPARATOR + year;
  }

  /** The point an entity under the mouse stands for, or {@code null} when it is none. */
  public static ChartPoint of(ChartEntity entity) {
    return entity == null ? null : parse(entity.getURLText());
  }

  /** Reads {@link #tag()}; {@code null} for anything else. */
  static ChartPoint parse(String tag) {
    if (tag == null) {
      return null;
    }
    int at = tag.lastIndexOf(SEPARATOR);
    if (at <= 0 || at == tag.length() - 1) {
      return null;
    }
    Column column = Column.byKey(tag.substring(0, at));
    String year = tag.substring(at + 1);
    if (column == null
        || column == Column.YEAR
        || year.length() > 4
        || !year.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return new ChartPoint(column, Integer.parseInt(year));
  }
}
