package com.computegap.chart;

import com.computegap.model.Actual;
import com.computegap.model.ModelResult;
import com.computegap.model.RealityCheck;
import com.computegap.model.Scenario;
import com.computegap.text.RealityTexts;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The scenario's reported figures ("actuals") on an XY chart: one point per figure, drawn as a bold
 * cross that no model series uses, with the figure, its source and its "as of" date (and the
 * model's value and error) in the tooltip. One instance per chart; the chart decides where a figure
 * sits (its year slot, and for one company's figure its place in the stack).
 */
final class ActualMarkers {

  /** Half the width of a drawn cross, pixels. */
  private static final double CROSS_HALF = 6.5;

  /** A bold "×", centred on the point, in pixels: unlike any marker of a model series. */
  static final Shape CROSS = cross(CROSS_HALF, 2.1);

  /**
   * How far a drawn cross reaches from its centre, in pixels: its half size plus the outline, so a
   * label kept this far off leaves the whole mark visible.
   */
  static final double REACH_PX = CROSS_HALF + 1;

  /**
   * One figure on the chart.
   *
   * @param x where it sits on the year axis
   * @param y where it sits on the value axis
   * @param tooltip what hovering it says
   */
  record Point(double x, double y, String tooltip) {}

  /**
   * The points of the scenario's figures that a chart draws, in file order, each with its tooltip:
   * the figure, its source and "as of" date, and the model's value and error.
   *
   * @param place where the chart draws a figure, as {@code {x, y}}, or {@code null} for a figure
   *     whose series it does not draw
   */
  static List<Point> points(Scenario s, ModelResult r, Function<Actual, double[]> place) {
    List<Point> out = new ArrayList<>();
    for (RealityCheck.Row row : RealityCheck.rows(s, r)) {
      Actual a = row.actual();
      double[] xy = place.apply(a);
      if (xy != null) {
        out.add(new Point(xy[0], xy[1], tooltip(row)));
      }
    }
    return out;
  }

  /**
   * Places figures of {@code columns} inside the horizon at their year and value (a line chart's
   * series).
   */
  static Function<Actual, double[]> atValue(
      Scenario s, java.util.Set<com.computegap.model.Column> columns) {
    return a ->
        columns.contains(a.series()) && a.year() >= s.startYear() && a.year() <= s.endYear()
            ? new double[] {a.year(), a.value()}
            : null;
  }

  /** The values of {@code points}, so a chart can fit its axis around them too. */
  static double[] values(List<Point> points) {
    return points.stream().mapToDouble(Point::y).toArray();
  }

  /**
   * "Reported · Meta · Hyperscaler capex, 2025: 72.2 B USD", the source, then the model's value and
   * error.
   */
  static String tooltip(RealityCheck.Row row) {
    Actual a = row.actual();
    String value = com.computegap.text.Formats.withUnit(a.value(), a.series().unit());
    String source = RealityTexts.source(a.source(), a.asOf() == null ? null : a.asOf().toString());
    String model =
        row.hasModel()
            ? ChartText.format(
                "chart.tooltip.actual.model",
                RealityTexts.value(a.series(), row.model()),
                RealityTexts.error(row.errorPct()))
            : ChartText.get("chart.tooltip.actual.noModel");
    return ChartText.format(
        "chart.tooltip.actual",
        RealityTexts.series(a.series(), a.company()),
        ChartText.year(a.year()),
        value,
        source,
        model);
  }

  private final XYSeriesCollection data = new XYSeriesCollection();
  private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
  private List<String> tooltips = List.of();

  ActualMarkers() {
    data.addSeries(new XYSeries("actuals", false, true));
    renderer.setDefaultToolTipGenerator(
        (dataset, series, item) -> item < tooltips.size() ? tooltips.get(item) : null);
    renderer.setUseOutlinePaint(true);
    renderer.setDrawOutlines(true);
    renderer.setSeriesShape(0, CROSS);
  }

  /** Puts the markers' dataset and renderer into {@code plot} at {@code index}. */
  void install(XYPlot plot, int index) {
    plot.setRenderer(
        index, renderer); // first: a dataset without its renderer would borrow renderer 0
    plot.setDataset(index, data);
  }

  /**
   * Replaces the points; points whose value is not finite (or not positive on a log axis) are left
   * out.
   */
  void set(List<Point> points, boolean logAxis) {
    XYSeries series = data.getSeries(0);
    series.setNotify(false);
    series.clear();
    List<String> tips = new ArrayList<>();
    for (Point p : points) {
      if (Double.isFinite(p.y()) && (!logAxis || p.y() > 0)) {
        series.add(p.x(), p.y(), false);
        tips.add(p.tooltip());
      }
    }
    tooltips = List.copyOf(tips);
    series.setNotify(true);
  }

  /** The {@code item}-th point drawn, as {@code {x, y}} in data coordinates. */
  double[] point(int item) {
    XYSeries series = data.getSeries(0);
    return new double[] {series.getX(item).doubleValue(), series.getY(item).doubleValue()};
  }

  /** How many figures are drawn. */
  int count() {
    return data.getSeries(0).getItemCount();
  }

  XYSeriesCollection dataset() {
    return data;
  }

  /** The tooltip of the {@code item}-th point drawn. */
  String tooltip(int item) {
    return tooltips.get(item);
  }

  /**
   * The look of the markers in {@code p}: the text colour, outlined in the background so it stands
   * out on bars.
   */
  void paint(ChartPalette p) {
    renderer.setSeriesPaint(0, p.text());
    renderer.setSeriesFillPaint(0, p.text());
    renderer.setSeriesOutlinePaint(0, p.background());
    renderer.setSeriesOutlineStroke(0, new BasicStroke(1f));
    renderer.setLegendItemLabelGenerator(
        (dataset, series) -> ChartText.get("chart.actuals.series"));
    renderer.setSeriesVisibleInLegend(0, count() > 0);
  }

  /**
   * Leaves this layer's legend entry out when another layer of the chart already names the crosses.
   */
  void hideFromLegendWhen(boolean other) {
    if (other) {
      renderer.setSeriesVisibleInLegend(0, false);
    }
  }

  private static Shape cross(double half, double thick) {
    Path2D.Double d = new Path2D.Double();
    double t = thick / Math.sqrt(2);
    d.moveTo(-half, -half + t);
    d.lineTo(-half + t, -half);
    d.lineTo(0, -t);
    d.lineTo(half - t, -half);
    d.lineTo(half, -half + t);
    d.lineTo(t, 0);
    d.lineTo(half, half - t);
    d.lineTo(half - t, half);
    d.lineTo(0, t);
    d.lineTo(-half + t, half);
    d.lineTo(-half, half - t);
    d.lineTo(-t, 0);
    d.closePath();
    return d;
  }
}
