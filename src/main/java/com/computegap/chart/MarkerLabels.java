package com.computegap.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Labels of an XY plot's markers and values (reference figures, bar totals, and actual figures when
 * a chart draws them) placed without collisions by {@link PlacedLabels}: each label names its
 * positions in data coordinates, in order of preference, and is moved, stacked or dropped when they
 * are taken. Add it to the plot as its last annotation, so it draws after the series.
 *
 * <p>Belongs to the thread that owns its chart.
 */
final class MarkerLabels extends AbstractAnnotation implements XYAnnotation {

  private static final long serialVersionUID = 1L;

  /** Data-to-screen conversion handed to a label's positions at draw time. */
  interface Screen {
    /** Java2D x of a domain value. */
    double x(double domain);

    /** Java2D y of a range value. */
    double y(double range);
  }

  /** A label's positions for its measured size, most wanted first. */
  @FunctionalInterface
  interface Spots {
    List<Rectangle2D> of(Screen screen, double width, double height);
  }

  private record Label(String text, Font font, Paint paint, Paint background, Spots spots) {}

  /** A marker no label may cover: its centre in data coordinates, its half size in pixels. */
  private record Obstacle(double x, double y, double halfPx) {}

  private final transient List<Label> labels = new ArrayList<>();
  private final transient List<Obstacle> obstacles = new ArrayList<>();
  private final transient PlacedLabels placed = new PlacedLabels();

  /** Removes every label and obstacle (before the chart's next fill). */
  void clear() {
    labels.clear();
    obstacles.clear();
  }

  /**
   * Keeps every label off a marker drawn at {@code (x, y)} in data coordinates that reaches {@code
   * halfPx} pixels each way from its centre (a reported figure's cross), so no label hides it.
   */
  void avoid(double x, double y, double halfPx) {
    obstacles.add(new Obstacle(x, y, halfPx));
  }

  /** Adds a label; labels added earlier win a contested position. */
  void add(String text, Font font, Paint paint, Paint background, Spots spots) {
    labels.add(new Label(text, font, paint, background, spots));
  }

  /**
   * A marker's badge: right of {@code (right, y)}, else left of {@code (left, y)}, else above or
   * below.
   */
  static Spots besideMarker(double left, double right, double y) {
    return (s, w, h) -> {
      double cy = s.y(y);
      double cx = (s.x(left) + s.x(right)) / 2;
      return List.of(
          LabelPlacement.rightOf(s.x(right) + PlacedLabels.PAD, cy, w, h),
          LabelPlacement.leftOf(s.x(left) - PlacedLabels.PAD, cy, w, h),
          LabelPlacement.above(cx, cy - PlacedLabels.PAD, w, h),
          LabelPlacement.below(cx, cy + PlacedLabels.PAD, w, h));
    };
  }

  /**
   * A value on top of a bar at {@code (x, top)}: just above it, else stacked up to {@code levels}
   * lines higher, else inside the bar's top (where the plot has no room above it).
   */
  static Spots aboveBar(double x, double top, int levels) {
    return (s, w, h) -> {
      List<Rectangle2D> spots =
          new ArrayList<>(
              LabelPlacement.stackedUp(
                  LabelPlacement.above(s.x(x), s.y(top) - PlacedLabels.PAD, w, h), levels));
      spots.add(LabelPlacement.below(s.x(x), s.y(top) + PlacedLabels.PAD, w, h));
      return spots;
    };
  }

  @Override
  public void draw(
      Graphics2D g2,
      XYPlot plot,
      Rectangle2D dataArea,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      int rendererIndex,
      PlotRenderingInfo info) {
    var domainEdge = plot.getDomainAxisEdge();
    var rangeEdge = plot.getRangeAxisEdge();
    Screen screen =
        new Screen() {
          @Override
          public double x(double domain) {
            return domainAxis.valueToJava2D(domain, dataArea, domainEdge);
          }

          @Override
          public double y(double range) {
            return rangeAxis.valueToJava2D(range, dataArea, rangeEdge);
          }
        };
    placed.clear();
    for (Label l : labels) {
      placed.add(
          new PlacedLabels.Request(
              l.text(), l.font(), l.paint(), l.background(), (w, h) -> l.spots().of(screen, w, h)));
    }
    List<Rectangle2D> taken = new ArrayList<>(obstacles.size());
    for (Obstacle o : obstacles) {
      double cx = screen.x(o.x());
      double cy = screen.y(o.y());
      if (Double.isFinite(cx) && Double.isFinite(cy)) {
        taken.add(
            new Rectangle2D.Double(
                cx - o.halfPx(), cy - o.halfPx(), 2 * o.halfPx(), 2 * o.halfPx()));
      }
    }
    placed.draw(g2, dataArea, taken);
  }

  /** Where the labels of the last draw went. */
  PlacedLabels placed() {
    return placed;
  }
}
