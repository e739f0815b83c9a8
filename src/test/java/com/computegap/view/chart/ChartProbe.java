package com.computegap.view.chart;

import com.computegap.chart.ChartImages;
import com.computegap.chart.ChartInput;
import com.computegap.chart.ModelChart;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/**
 * What a {@link ChartView} shows, for layout tests: the plot area of the frame on screen, in node
 * pixels, and whether every axis title fits along its axis. Use on the JavaFX thread.
 */
public final class ChartProbe {

  private ChartProbe() {}

  /**
   * The data area of the image on screen in node pixels (relative to the content area), or {@code
   * null} while no image is drawn at the view's current size.
   */
  public static Rectangle2D plotArea(ChartView view) {
    ChartFrame f = view.front();
    if (f == null || f.info() == null || f.image() == null) {
      return null;
    }
    double contentW = view.getWidth() - view.snappedLeftInset() - view.snappedRightInset();
    double contentH = view.getHeight() - view.snappedTopInset() - view.snappedBottomInset();
    double drawnW = f.image().getWidth() / f.scale();
    double drawnH = f.image().getHeight() / f.scale();
    double zoom = view.zoomProperty().get();
    // drawn at the current size, give or take the rounding to whole device pixels
    if (Math.abs(drawnW * zoom - contentW) > 2 || Math.abs(drawnH * zoom - contentH) > 2) {
      return null;
    }
    Rectangle2D a = f.info().getPlotInfo().getDataArea();
    return new Rectangle2D.Double(
        a.getX() * zoom, a.getY() * zoom, a.getWidth() * zoom, a.getHeight() * zoom);
  }

  /**
   * Axis titles that do not fit along their axis when a fresh copy of the view's chart is drawn at
   * the view's size with the service's input on screen: each as "title (text width > axis length)".
   * The service's own charts belong to its render thread, so this draws a copy, as the zoom window
   * does.
   */
  public static List<String> cutAxisTitles(ChartView view, ChartRenderService service) {
    ChartInput input = service.presentedInput();
    double zoom = view.zoomProperty().get();
    double w = (view.getWidth() - view.snappedLeftInset() - view.snappedRightInset()) / zoom;
    double h = (view.getHeight() - view.snappedTopInset() - view.snappedBottomInset()) / zoom;
    ModelChart copy = view.kind().create();
    copy.applyTheme(service.themeProperty().get());
    copy.update(input);
    copy.fitTo(w, h);
    BufferedImage image =
        new BufferedImage(
            Math.max(1, (int) Math.ceil(w)),
            Math.max(1, (int) Math.ceil(h)),
            BufferedImage.TYPE_INT_ARGB);
    ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
    ChartImages.draw(copy.chart(), image, 1, info);
    return cutAxisTitles(copy.chart(), info.getPlotInfo().getDataArea());
  }

  /**
   * Axis titles of {@code chart} longer than the side of {@code data} (its plot's data area as
   * drawn) they run along: each as "title (text width > axis length)".
   */
  public static List<String> cutAxisTitles(JFreeChart chart, Rectangle2D data) {
    List<String> cut = new ArrayList<>();
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
    try {
      for (Axis axis : axes(chart)) {
        if (axis == null
            || !axis.isVisible()
            || axis.getLabel() == null
            || axis.getLabel().isEmpty()) {
          continue;
        }
        Font font = axis.getLabelFont();
        FontMetrics fm = g.getFontMetrics(font);
        double textWidth = fm.getStringBounds(axis.getLabel(), g).getWidth();
        boolean vertical = isRangeAxis(chart.getPlot(), axis) ^ isHorizontal(chart.getPlot());
        double room = vertical ? data.getHeight() : data.getWidth();
        if (textWidth > room) {
          cut.add(axis.getLabel() + " (" + Math.round(textWidth) + " > " + Math.round(room) + ")");
        }
      }
    } finally {
      g.dispose();
    }
    return cut;
  }

  private static List<Axis> axes(JFreeChart chart) {
    List<Axis> axes = new ArrayList<>();
    Plot plot = chart.getPlot();
    if (plot instanceof XYPlot xy) {
      for (int i = 0; i < xy.getDomainAxisCount(); i++) {
        axes.add(xy.getDomainAxis(i));
      }
      for (int i = 0; i < xy.getRangeAxisCount(); i++) {
        axes.add(xy.getRangeAxis(i));
      }
    } else if (plot instanceof CategoryPlot cat) {
      for (int i = 0; i < cat.getDomainAxisCount(); i++) {
        axes.add(cat.getDomainAxis(i));
      }
      for (int i = 0; i < cat.getRangeAxisCount(); i++) {
        axes.add(cat.getRangeAxis(i));
      }
    }
    return axes;
  }

  private static boolean isRangeAxis(Plot plot, Axis axis) {
    if (plot instanceof XYPlot xy) {
      return xy.getRangeAxisIndex((org.jfree.chart.axis.ValueAxis) axis) >= 0;
    }
    if (plot instanceof CategoryPlot cat && axis instanceof org.jfree.chart.axis.ValueAxis v) {
      return cat.getRangeAxisIndex(v) >= 0;
    }
    return false;
  }

  private static boolean isHorizontal(Plot plot) {
    if (plot instanceof XYPlot xy) {
      return xy.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL;
    }
    return plot instanceof CategoryPlot cat
        && cat.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL;
  }
}
