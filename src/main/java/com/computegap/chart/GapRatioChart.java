package com.computegap.chart;

import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * How many times more the hyperscalers spend (spend gap) and have installed (compute gap) than
 * DePIN, on a log scale with a parity line at 1×. Infinite ratios (DePIN has nothing) and undefined
 * ones (neither side has anything) cannot be drawn; they are left out and the years named in a note
 * under the title, so a gap to infinity never reads as a gap closing.
 */
final class GapRatioChart extends LogLinesChart {

  static final int SPEND = 0;
  static final int COMPUTE = 1;

  /** The axis always shows parity and at least this span, so a flat gap does not look dramatic. */
  private static final double MIN_SPAN = 20;

  private final ValueMarker parity;

  GapRatioChart() {
    this(createDatasets());
  }

  private GapRatioChart(Datasets data) {
    super(ChartKind.GAP, data, createChart(data));
    this.parity =
        (ValueMarker)
            ((XYPlot) chart().getPlot()).getRangeMarkers(Layer.FOREGROUND).iterator().next();
  }

  static JFreeChart createChart(Datasets d) {
    JFreeChart chart = createChart(d, "chart.tooltip.ratio", ChartText::ratio);
    ValueMarker parity = new ValueMarker(1.0);
    parity.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    parity.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    parity.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
    ((XYPlot) chart.getPlot()).addRangeMarker(parity, Layer.FOREGROUND);
    return chart;
  }

  @Override
  String titleKey() {
    return "chart.gap.title";
  }

  @Override
  void fillLabels() {
    parity.setLabel(ChartText.get("chart.gap.parity"));
  }

  @Override
  List<Column> columns() {
    return List.of(Column.SPEND_GAP_RATIO, Column.COMPUTE_GAP_RATIO);
  }

  @Override
  List<String> seriesNames() {
    return List.of(
        ChartText.get("chart.gap.series.spend"), ChartText.get("chart.gap.series.compute"));
  }

  @Override
  int comparedColumns() {
    return 2;
  }

  @Override
  void setRange(PlainLogAxis axis, double[] bounds) {
    double lo = bounds == null ? 1 : Math.min(1, bounds[0]);
    double hi = bounds == null ? 1 : Math.max(1, bounds[1]);
    axis.setRangeAround(lo, hi, MIN_SPAN);
  }

  /** One note per kind of undrawable ratio, naming the years. */
  @Override
  void addNotes(ChartNotes notes, ModelResult r, boolean compare) {
    for (Column column : List.of(Column.SPEND_GAP_RATIO, Column.COMPUTE_GAP_RATIO)) {
      String prefix =
          column == Column.SPEND_GAP_RATIO ? "chart.gap.note.spend" : "chart.gap.note.compute";
      notes.add(compare, prefix + "Infinite", ChartData.yearsWhere(r, column, Double::isInfinite));
      notes.add(compare, prefix + "Undefined", ChartData.yearsWhere(r, column, Double::isNaN));
      notes.add(compare, prefix + "Zero", ChartData.yearsWhere(r, column, v -> v <= 0));
    }
  }

  @Override
  void paintLines(ChartPalette p) {
    XYPlot plot = (XYPlot) chart().getPlot();
    XYLineAndShapeRenderer a = (XYLineAndShapeRenderer) plot.getRenderer(0);
    ChartRenderers.line(a, SPEND, p.spendGap(), ChartRenderers.SQUARE, false, 1.25f, p);
    ChartRenderers.line(a, COMPUTE, p.computeGap(), ChartRenderers.CIRCLE, false, 1.25f, p);
    XYLineAndShapeRenderer b = (XYLineAndShapeRenderer) plot.getRenderer(1);
    ChartRenderers.line(b, SPEND, p.spendGap(), ChartRenderers.SQUARE, true, 1.25f, p);
    ChartRenderers.line(b, COMPUTE, p.computeGap(), ChartRenderers.CIRCLE, true, 1.25f, p);
    parity.setPaint(p.parity());
    parity.setStroke(ChartStyler.line(p, 0.9f, true));
    ChartStyler.styleMarkerLabel(parity, p.parity(), p);
  }
}
