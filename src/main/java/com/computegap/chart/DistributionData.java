package com.computegap.chart;

import java.util.List;

/**
 * What the distribution chart draws for one output in one year: a histogram of the runs (the share
 * of all runs in each bin), the cumulative curve, and vertical lines for the scenario as set and
 * each claim's threshold. Built by the view model with every text in the current language.
 *
 * @param title the chart title
 * @param axisLabel the value axis label, with unit
 * @param shareLabel the left axis label (share of runs per bin, %)
 * @param cumulativeLabel the right axis label (share of runs at most x, %)
 * @param legend the histogram's and the curve's legend entries
 * @param binLow each bin's lower edge
 * @param binHigh each bin's upper edge
 * @param binShare each bin's share of all runs, in percent
 * @param cumulativeX where the cumulative curve is evaluated, ascending
 * @param cumulativeShare the share of all runs at most each x, in percent (0..100)
 * @param tooltips one per bin
 * @param markers the scenario value and the claims' thresholds
 * @param note how many runs are infinite, undefined or outside the range shown; empty when none
 * @param logScale whether the value axis (and the bins) are logarithmic: positive values spanning
 *     more than a factor of 20
 */
public record DistributionData(
    String title,
    String axisLabel,
    String shareLabel,
    String cumulativeLabel,
    List<String> legend,
    double[] binLow,
    double[] binHigh,
    double[] binShare,
    double[] cumulativeX,
    double[] cumulativeShare,
    List<String> tooltips,
    List<Marker> markers,
    String note,
    boolean logScale) {

  /** What a vertical line marks. */
  public enum Kind {
    SCENARIO,
    CLAIM
  }

  /**
   * A vertical line with its label.
   *
   * @param value where, in the output's unit; finite
   * @param label what it is ("As set: 3.2×", "Gap widens ≥ 4×")
   * @param kind the scenario value or a claim threshold
   */
  public record Marker(double value, String label, Kind kind) {}

  /** Nothing to draw yet (before the first run), with a title. */
  public static DistributionData empty(String title, String note) {
    return new DistributionData(
        title,
        "",
        "",
        "",
        List.of("", ""),
        new double[0],
        new double[0],
        new double[0],
        new double[0],
        new double[0],
        List.of(),
        List.of(),
        note,
        false);
  }
}
