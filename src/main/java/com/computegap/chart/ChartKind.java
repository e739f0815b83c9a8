package com.computegap.chart;

import java.util.Locale;
import java.util.function.Supplier;

/** The five charts, with the JavaFX node id each one's {@code ChartView} carries. */
public enum ChartKind {
  /** AI capex per year: hyperscalers stacked by company and mega projects, against DePIN. */
  CAPEX("chart-capex", CapexChart::new),
  /** Installed compute, hyperscalers against DePIN's frontier-usable part, log scale. */
  INSTALLED("chart-installed", InstalledComputeChart::new),
  /** Spend gap and compute gap over time, log scale, with the parity line. */
  GAP("chart-gap", GapRatioChart::new),
  /** Who gets the year's accelerators, stacked, with supply-shock years shaded. */
  ALLOCATION("chart-allocation", AllocationChart::new),
  /** One year's path from token emission to DePIN accelerators. */
  WATERFALL("chart-waterfall", WaterfallChart::new);

  private final String nodeId;
  private final Supplier<ModelChart> factory;

  ChartKind(String nodeId, Supplier<ModelChart> factory) {
    this.nodeId = nodeId;
    this.factory = factory;
  }

  /** The id of this chart's node in the scene graph, for layout and UI tests. */
  public String nodeId() {
    return nodeId;
  }

  /** Bundle key of the chart's short name (window titles, accessibility). */
  public String nameKey() {
    return textKey("name");
  }

  /** Bundle key {@code chart.<kind>.<part>} of one of this chart's texts. */
  String textKey(String part) {
    return "chart." + name().toLowerCase(Locale.ROOT) + "." + part;
  }

  /** A new, independent chart of this kind in the light theme, with empty datasets. */
  public ModelChart create() {
    return factory.get();
  }
}
