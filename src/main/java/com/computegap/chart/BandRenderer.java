package com.computegap.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Fills the area between each series' low and high edge ({@link BandDataset}), year to year, as the
 * bands of a fan chart. A year whose edges are undefined (NaN) breaks the band. On a log scale an
 * edge at Infinity is drawn past the top of the plot and an edge at zero or below past the bottom,
 * so the band visibly runs off the chart instead of vanishing; the chart's note names those years.
 * Each year's band is a tooltip area, so hovering anywhere over the fan explains it.
 */
final class BandRenderer extends AbstractXYItemRenderer {

  /** Half the width of a band with a single year (a one-year horizon), in years. */
  private static final double LONE_HALF_WIDTH = 0.18;

  /** How far past the axis an off-scale edge is drawn, as a factor of its range. */
  private static final double OFF_SCALE = 1e3;

  BandRenderer(XYToolTipGenerator tooltips) {
    setDefaultToolTipGenerator(tooltips);
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      XYItemRendererState state,
      Rectangle2D dataArea,
      PlotRenderingInfo info,
      XYPlot plot,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      XYDataset dataset,
      int series,
      int item,
      CrosshairState crosshairState,
      int pass) {
    int count = dataset.getItemCount(series);
    if (item != count - 1 || !getItemVisible(series, item)) {
      return; // the whole band is drawn once, at its last item
    }
    IntervalXYDataset d = (IntervalXYDataset) dataset;
    RectangleEdge xEdge = plot.getDomainAxisEdge();
    RectangleEdge yEdge = plot.getRangeAxisEdge();
    g2.setPaint(lookupSeriesPaint(series));
    int start = 0;
    while (start < count) {
      while (start < count && !drawable(d, series, start, rangeAxis)) {
        start++;
      }
      int end = start;
      while (end < count && drawable(d, series, end, rangeAxis)) {
        end++;
      }
      if (end > start) {
        g2.fill(area(d, series, start, end, dataArea, domainAxis, rangeAxis, xEdge, yEdge));
      }
      start = end;
    }
    EntityCollection entities = info == null ? null : info.getOwner().getEntityCollection();
    if (entities != null && series == 0) {
      addTooltipAreas(entities, d, series, dataArea, domainAxis, rangeAxis, xEdge, yEdge);
    }
  }

  /**
   * Whether a year's band can be drawn: both edges defined, and not wholly off the scale (every run
   * infinite, or every run at zero or below on a log scale).
   */
  private static boolean drawable(IntervalXYDataset d, int series, int item, ValueAxis axis) {
    double low = d.getStartYValue(series, item);
    double high = d.getEndYValue(series, item);
    if (Double.isNaN(low)
        || Double.isNaN(high)
        || low == Double.POSITIVE_INFINITY
        || high == Double.NEGATIVE_INFINITY) {
      return false;
    }
    return !(axis instanceof LogAxis) || high > 0;
  }

  /** The band over items {@code [from, to)}: the high edge left to right, the low edge back. */
  private static Path2D area(
      IntervalXYDataset d,
      int series,
      int from,
      int to,
      Rectangle2D dataArea,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      RectangleEdge xEdge,
      RectangleEdge yEdge) {
    Path2D.Double path = new Path2D.Double();
    if (to - from == 1) {
      double x = d.getXValue(series, from);
      double x0 = domainAxis.valueToJava2D(x - LONE_HALF_WIDTH, dataArea, xEdge);
      double x1 = domainAxis.valueToJava2D(x + LONE_HALF_WIDTH, dataArea, xEdge);
      double yHigh = y(d.getEndYValue(series, from), rangeAxis, dataArea, yEdge);
      double yLow = y(d.getStartYValue(series, from), rangeAxis, dataArea, yEdge);
      path.moveTo(x0, yHigh);
      path.lineTo(x1, yHigh);
      path.lineTo(x1, yLow);
      path.lineTo(x0, yLow);
      path.closePath();
      return path;
    }
    for (int i = from; i < to; i++) {
      double x = domainAxis.valueToJava2D(d.getXValue(series, i), dataArea, xEdge);
      double y = y(d.getEndYValue(series, i), rangeAxis, dataArea, yEdge);
      if (i == from) {
        path.moveTo(x, y);
      } else {
        path.lineTo(x, y);
      }
    }
    for (int i = to - 1; i >= from; i--) {
      double x = domainAxis.valueToJava2D(d.getXValue(series, i), dataArea, xEdge);
      path.lineTo(x, y(d.getStartYValue(series, i), rangeAxis, dataArea, yEdge));
    }
    path.closePath();
    return path;
  }

  /** Screen y of a value, with values the scale cannot show placed past its ends. */
  private static double y(double v, ValueAxis axis, Rectangle2D dataArea, RectangleEdge edge) {
    boolean log = axis instanceof LogAxis;
    double shown = v;
    if (v == Double.POSITIVE_INFINITY) {
      shown =
          log
              ? axis.getUpperBound() * OFF_SCALE
              : axis.getUpperBound() + axis.getRange().getLength() * OFF_SCALE;
    } else if (v == Double.NEGATIVE_INFINITY || (log && v <= 0)) {
      shown =
          log
              ? axis.getLowerBound() / OFF_SCALE
              : axis.getLowerBound() - axis.getRange().getLength() * OFF_SCALE;
    }
    return axis.valueToJava2D(shown, dataArea, edge);
  }

  /** One tooltip area per year: the year's slot across the whole height of the outer band. */
  private void addTooltipAreas(
      EntityCollection entities,
      IntervalXYDataset d,
      int series,
      Rectangle2D dataArea,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      RectangleEdge xEdge,
      RectangleEdge yEdge) {
    XYToolTipGenerator tips = getDefaultToolTipGenerator();
    if (tips == null) {
      return;
    }
    for (int i = 0; i < d.getItemCount(series); i++) {
      if (!drawable(d, series, i, rangeAxis)) {
        continue;
      }
      double x = d.getXValue(series, i);
      double x0 = domainAxis.valueToJava2D(x - 0.5, dataArea, xEdge);
      double x1 = domainAxis.valueToJava2D(x + 0.5, dataArea, xEdge);
      double top =
          Math.max(
              dataArea.getMinY(), y(d.getEndYValue(series, i), rangeAxis, dataArea, yEdge) - 6);
      double bottom =
          Math.min(
              dataArea.getMaxY(), y(d.getStartYValue(series, i), rangeAxis, dataArea, yEdge) + 6);
      Rectangle2D area =
          new Rectangle2D.Double(
              Math.min(x0, x1), top, Math.abs(x1 - x0), Math.max(12, bottom - top));
      entities.add(
          new XYItemEntity(
              area.createIntersection(dataArea),
              d,
              series,
              i,
              tips.generateToolTip(d, series, i),
              null));
    }
  }

  /** A filled square in the band's colour. */
  @Override
  public LegendItem getLegendItem(int datasetIndex, int series) {
    XYPlot plot = getPlot();
    if (plot == null || plot.getDataset(datasetIndex) == null) {
      return null;
    }
    String label = plot.getDataset(datasetIndex).getSeriesKey(series).toString();
    Paint paint = lookupSeriesPaint(series);
    LegendItem item =
        new LegendItem(label, null, null, null, new Rectangle2D.Double(-6, -6, 12, 12), paint);
    item.setDataset(plot.getDataset(datasetIndex));
    item.setDatasetIndex(datasetIndex);
    item.setSeriesIndex(series);
    item.setSeriesKey(plot.getDataset(datasetIndex).getSeriesKey(series));
    return item;
  }
}
