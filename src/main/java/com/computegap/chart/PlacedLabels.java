package com.computegap.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * A chart's value and marker labels, collected while it draws and then drawn in one go through a
 * {@link LabelPlacement}, so that no two overlap and none is cut at the plot's edge. Used by the
 * waterfall's value labels and by the capex chart's reference markers and bar totals; markers of
 * another kind (actual figures) add their own requests the same way.
 *
 * <p>Belongs to the thread that draws its chart.
 */
final class PlacedLabels {

  /** Room between a label's text and the edge of its box, pixels. */
  static final double PAD = 2;

  /** Where a label of a given size may go, in order of preference. */
  @FunctionalInterface
  interface Candidates {
    List<Rectangle2D> of(double width, double height);
  }

  /**
   * One label to place.
   *
   * @param text what it says
   * @param font its font
   * @param paint its text colour
   * @param background filled behind it, or {@code null} for none
   * @param candidates its positions, most wanted first
   */
  record Request(String text, Font font, Paint paint, Paint background, Candidates candidates) {
    Request {
      Objects.requireNonNull(text);
      Objects.requireNonNull(font);
      Objects.requireNonNull(paint);
      Objects.requireNonNull(candidates);
    }
  }

  /**
   * Where a label went.
   *
   * @param text what it says
   * @param box its box in Java2D coordinates, or {@code null} if it was dropped
   */
  record Placed(String text, Rectangle2D box) {
    boolean dropped() {
      return box == null;
    }
  }

  private final List<Request> requests = new ArrayList<>();
  private List<Placed> last = List.of();
  private Rectangle2D lastBounds;

  /** Forgets the requests of the previous draw. */
  void clear() {
    requests.clear();
  }

  void add(Request r) {
    requests.add(r);
  }

  /**
   * Places and draws every request, in the order added, inside {@code bounds} and clear of {@code
   * obstacles}; the outcome is kept for {@link #last()}.
   */
  void draw(Graphics2D g2, Rectangle2D bounds, List<Rectangle2D> obstacles) {
    LabelPlacement placement = new LabelPlacement(bounds);
    obstacles.forEach(placement::avoid);
    List<Placed> out = new ArrayList<>(requests.size());
    Font saved = g2.getFont();
    Paint savedPaint = g2.getPaint();
    for (Request r : requests) {
      FontMetrics fm = g2.getFontMetrics(r.font());
      double w = fm.getStringBounds(r.text(), g2).getWidth() + 2 * PAD;
      double h = fm.getAscent() + fm.getDescent();
      Rectangle2D box = placement.place(r.candidates().of(w, h));
      out.add(new Placed(r.text(), box));
      if (box == null) {
        continue;
      }
      if (r.background() != null) {
        g2.setPaint(r.background());
        g2.fill(box);
      }
      g2.setFont(r.font());
      g2.setPaint(r.paint());
      TextUtils.drawAlignedString(
          r.text(), g2, (float) box.getCenterX(), (float) box.getCenterY(), TextAnchor.CENTER);
    }
    g2.setFont(saved);
    g2.setPaint(savedPaint);
    last = List.copyOf(out);
    lastBounds = (Rectangle2D) bounds.clone();
  }

  /** The labels of the last draw, in placing order, dropped ones included. */
  List<Placed> last() {
    return last;
  }

  /** The area the last draw's labels had to stay in, or {@code null} before the first draw. */
  Rectangle2D lastBounds() {
    return lastBounds;
  }
}
