package com.computegap.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/** Renderer factories and the series looks the charts share. */
final class ChartRenderers {

  /** Marker shapes, centred on the point, in pixels. */
  static final Shape CIRCLE = new Ellipse2D.Double(-4.5, -4.5, 9, 9);

  static final Shape SQUARE = new Rectangle2D.Double(-4, -4, 8, 8);
  static final Shape DIAMOND = diamond(7);

  /** A short bold bar: a reference level rather than a data point. */
  static final Shape DASH = new Rectangle2D.Double(-11, -2, 22, 4);

  private ChartRenderers() {}

  /**
   * Stacked bars, flat (no gradient, no shadow), layers parted by a thin background-coloured line.
   */
  static StackedXYBarRenderer stackedBars(XYToolTipGenerator tooltips) {
    StackedXYBarRenderer r = new StackedXYBarRenderer(0.0);
    flat(r);
    r.setDefaultToolTipGenerator(tooltips);
    r.setURLGenerator(ChartPoint.TAGS);
    return r;
  }

  /** Plain flat bars. */
  static XYBarRenderer bars(XYToolTipGenerator tooltips) {
    XYBarRenderer r = new XYBarRenderer(0.0);
    flat(r);
    r.setDefaultToolTipGenerator(tooltips);
    r.setURLGenerator(ChartPoint.TAGS);
    return r;
  }

  /** Lines with point markers. */
  static XYLineAndShapeRenderer lines(XYToolTipGenerator tooltips) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
    r.setDrawSeriesLineAsPath(false);
    r.setUseFillPaint(true);
    r.setUseOutlinePaint(true);
    r.setDrawOutlines(true);
    r.setDefaultToolTipGenerator(tooltips);
    r.setURLGenerator(ChartPoint.TAGS);
    return r;
  }

  /**
   * Gives series {@code s} its look: solid lines with filled markers for scenario A, dashed lines
   * with hollow markers for B.
   */
  static void line(
      XYLineAndShapeRenderer r,
      int s,
      Color colour,
      Shape shape,
      boolean compare,
      float weight,
      ChartPalette p) {
    r.setSeriesPaint(s, colour);
    r.setSeriesStroke(s, ChartStyler.line(p, weight, compare));
    r.setSeriesShape(s, shape);
    r.setSeriesOutlinePaint(s, colour);
    r.setSeriesOutlineStroke(s, new BasicStroke(p.lineWidth() * 0.8f));
    r.setSeriesFillPaint(s, compare ? p.background() : colour);
  }

  /** Bar colour for series {@code s}, with a separator line in the background colour. */
  static void bar(XYBarRenderer r, int s, Color colour, ChartPalette p) {
    r.setSeriesPaint(s, colour);
    r.setSeriesOutlinePaint(s, p.background());
    r.setSeriesOutlineStroke(s, new BasicStroke(1f));
  }

  private static void flat(XYBarRenderer r) {
    r.setBarPainter(new StandardXYBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(true);
    r.setUseYInterval(false);
  }

  private static Shape diamond(double half) {
    Path2D.Double d = new Path2D.Double();
    d.moveTo(0, -half);
    d.lineTo(half, 0);
    d.lineTo(0, half);
    d.lineTo(-half, 0);
    d.closePath();
    return d;
  }
}
