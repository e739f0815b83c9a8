package com.computegap.chart;

import java.util.List;

/**
 * What the "why B differs from A" waterfall draws: A's value of one KPI, each changed parameter's
 * contribution to the difference as a step from where the previous one ended, then B's value. Built
 * by the comparison's view model, drawn by {@link DifferenceChart}.
 *
 * @param title chart title, naming the KPI
 * @param axisLabel value-axis label
 * @param legend names of the total, increase and decrease bars, in {@link Kind} order
 * @param rows bars from top to bottom: A, the steps, B
 * @param note the line under the title (interactions, sampling error), or empty
 * @param empty what to show instead when there are no bars, else empty
 */
public record DifferenceBars(
    String title,
    String axisLabel,
    List<String> legend,
    List<DifferenceBars.Row> rows,
    String note,
    String empty) {

  public DifferenceBars {
    legend = List.copyOf(legend);
    rows = List.copyOf(rows);
    if (legend.size() != Kind.values().length) {
      throw new IllegalArgumentException("one legend entry per kind, got " + legend.size());
    }
  }

  /** What a bar stands for. */
  public enum Kind {
    /** A's or B's value, drawn from zero. */
    TOTAL,
    /** A step that raises the KPI. */
    UP,
    /** A step that lowers it. */
    DOWN
  }

  /**
   * One bar, from {@code start} to {@code end} in the KPI's unit (finite).
   *
   * @param label the parameter (or A, B) in the current language
   * @param text the value or contribution with its sign and unit, drawn beside the bar
   * @param tooltip the bar in full
   */
  public record Row(
      String label, Kind kind, double start, double end, String text, String tooltip) {}
}
