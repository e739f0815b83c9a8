package com.computegap.model;

import java.util.List;

/**
 * What {@link GapModel} computes: the yearly table and its summary. Immutable.
 *
 * @param rows one row per modelled year, in year order, never empty
 * @param summary the horizon totals
 */
public record ModelResult(List<YearRow> rows, Summary summary) {

  public ModelResult {
    rows = List.copyOf(rows);
  }

  public YearRow first() {
    return rows.get(0);
  }

  public YearRow last() {
    return rows.get(rows.size() - 1);
  }

  /** The row of {@code year}, or {@code null} when the year is outside the horizon. */
  public YearRow row(int year) {
    int i = year - rows.get(0).year();
    return i >= 0 && i < rows.size() ? rows.get(i) : null;
  }
}
