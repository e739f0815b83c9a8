package com.computegap.chart;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/** Titles and legend names the charts share. */
final class ChartTitles {

  private ChartTitles() {}

  /** The scenario line under a title: A's name, and B's when comparing. */
  static String scenarioLine(ChartInput input) {
    String a = input.scenario().name();
    return input.hasCompare()
        ? ChartText.format("chart.subtitle.compare", a, input.compareScenario().name())
        : a;
  }

  /** A legend name marked as belonging to comparison scenario B. */
  static String compare(String seriesName) {
    return ChartText.format("chart.series.compare", seriesName);
  }

  /** The year axis spans A's horizon and, when comparing, B's. */
  static void showYears(XYPlot plot, ChartInput input) {
    int first = input.scenario().startYear();
    int last = input.scenario().endYear();
    if (input.hasCompare()) {
      first = Math.min(first, input.compareScenario().startYear());
      last = Math.max(last, input.compareScenario().endYear());
    }
    ChartAxes.showYears((NumberAxis) plot.getDomainAxis(), first, last);
  }
}
