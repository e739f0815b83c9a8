package com.computegap.chart;

import com.computegap.model.Column;
import java.util.List;

/**
 * One fan chart's content, year by year: the Monte Carlo percentiles of one output, the scenario's
 * own (deterministic) value, and the chart's texts in the current language. Values are the engine's
 * numbers unchanged (they may be Infinity or NaN; the chart decides how to draw those).
 *
 * @param column the output charted
 * @param title chart title
 * @param axisLabel value-axis label with the unit
 * @param legend legend names: outer band (p5–p95), inner band (p25–p75), median, scenario value
 * @param startYear the year of index 0
 * @param p5 5th percentile per year
 * @param p25 25th percentile per year
 * @param p50 median per year
 * @param p75 75th percentile per year
 * @param p95 95th percentile per year
 * @param scenario the output with every input at its scenario value
 * @param tooltips one tooltip per year, with units
 * @param note values that cannot be drawn (∞, 0/0, zero on a log scale), or empty
 */
public record FanData(
    Column column,
    String title,
    String axisLabel,
    List<String> legend,
    int startYear,
    double[] p5,
    double[] p25,
    double[] p50,
    double[] p75,
    double[] p95,
    double[] scenario,
    List<String> tooltips,
    String note) {

  public FanData {
    legend = List.copyOf(legend);
    tooltips = List.copyOf(tooltips);
  }

  /** Number of years. */
  public int years() {
    return p50.length;
  }
}
