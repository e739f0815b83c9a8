package com.computegap.chart;

import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Installed compute, thousands of H100-equivalents on a log scale: the hyperscalers' installed base
 * against DePIN's frontier-usable (effective) base, with DePIN's raw installed base as a thin
 * dotted line so the frontier discount stays visible. Years where a value cannot sit on a log scale
 * (zero) are left out and named in a note.
 */
final class InstalledComputeChart extends LogLinesChart {

  static final int HYPERSCALERS = 0;
  static final int DEPIN_EFFECTIVE = 1;
  static final int DEPIN_INSTALLED = 2;

  InstalledComputeChart() {
    this(createDatasets());
  }

  private InstalledComputeChart(Datasets data) {
    super(ChartKind.INSTALLED, data, createChart(data, "chart.tooltip.k", ChartText::amount));
  }

  @Override
  String titleKey() {
    return "chart.installed.title";
  }

  @Override
  List<Column> columns() {
    return List.of(
        Column.HYPERSCALER_INSTALLED_K, Column.DEPIN_EFFECTIVE_K, Column.DEPIN_INSTALLED_K);
  }

  @Override
  List<String> seriesNames() {
    return List.of(
        ChartText.get("chart.installed.series.hyperscalers"),
        ChartText.get("chart.installed.series.depinEffective"),
        ChartText.get("chart.installed.series.depinInstalled"));
  }

  /** B draws the hyperscalers and DePIN's effective base, not the raw one. */
  @Override
  int comparedColumns() {
    return 2;
  }

  @Override
  void setRange(PlainLogAxis axis, double[] bounds) {
    if (bounds != null) {
      axis.setRangeAround(bounds[0], bounds[1], 10);
    } else {
      axis.setRangeAround(1, 1000, 10);
    }
  }

  @Override
  void addNotes(ChartNotes notes, ModelResult r, boolean compare) {
    notes.add(
        compare,
        "chart.installed.note.noDepin",
        ChartData.yearsWhere(r, Column.DEPIN_EFFECTIVE_K, v -> !(v > 0)));
    notes.add(
        compare,
        "chart.installed.note.noHyperscalers",
        ChartData.yearsWhere(r, Column.HYPERSCALER_INSTALLED_K, v -> !(v > 0)));
  }

  @Override
  void paintLines(ChartPalette p) {
    XYPlot plot = (XYPlot) chart().getPlot();
    XYLineAndShapeRenderer a = (XYLineAndShapeRenderer) plot.getRenderer(0);
    ChartRenderers.line(a, HYPERSCALERS, p.hyperscalers(), ChartRenderers.SQUARE, false, 1.25f, p);
    ChartRenderers.line(a, DEPIN_EFFECTIVE, p.depin(), ChartRenderers.CIRCLE, false, 1.25f, p);
    ChartRenderers.line(a, DEPIN_INSTALLED, p.depin(), ChartRenderers.CIRCLE, false, 0.6f, p);
    a.setSeriesStroke(DEPIN_INSTALLED, ChartStyler.dotted(p, 0.75f));
    a.setSeriesShapesVisible(DEPIN_INSTALLED, false);
    XYLineAndShapeRenderer b = (XYLineAndShapeRenderer) plot.getRenderer(1);
    ChartRenderers.line(b, HYPERSCALERS, p.hyperscalers(), ChartRenderers.SQUARE, true, 1.25f, p);
    ChartRenderers.line(b, DEPIN_EFFECTIVE, p.depin(), ChartRenderers.CIRCLE, true, 1.25f, p);
  }
}
