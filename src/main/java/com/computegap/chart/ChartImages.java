package com.computegap.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/** Drawing a chart into a Java2D image: the one drawing path for screen, export and tests. */
public final class ChartImages {

  private ChartImages() {}

  /** An image of {@code width x height} logical pixels at {@code scale} device pixels each. */
  static BufferedImage newImage(double width, double height, double scale) {
    return new BufferedImage(
        devicePixels(width, scale), devicePixels(height, scale), BufferedImage.TYPE_INT_ARGB_PRE);
  }

  /** Device pixels for a logical length: rounded up, never below one. */
  public static int devicePixels(double logical, double scale) {
    return Math.max(1, (int) Math.ceil(logical * scale));
  }

  /**
   * Draws {@code chart} over the whole of {@code target}, which is {@code scale} times the logical
   * size, and records entities (for tooltips) in {@code info} in logical coordinates.
   */
  public static void draw(
      JFreeChart chart, BufferedImage target, double scale, ChartRenderingInfo info) {
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(scale, scale);
      chart.draw(
          g,
          new Rectangle2D.Double(0, 0, target.getWidth() / scale, target.getHeight() / scale),
          info);
    } finally {
      g.dispose();
    }
  }
}
