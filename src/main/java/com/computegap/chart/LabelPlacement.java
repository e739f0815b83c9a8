package com.computegap.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Places text labels on a chart so that none overlaps another, an obstacle, or the edge of its
 * area. Labels are placed one at a time, most important first; each offers its positions in order
 * of preference (for example inside its bar, then above it, then one line higher: stacked), and
 * takes the first one that is free. A label with no free position is dropped: the caller keeps its
 * value in the item's tooltip.
 *
 * <p>Pure geometry in Java2D coordinates (y grows downwards); no drawing, no JavaFX. Charts build
 * one per draw, as the sizes of labels and bars are known only then. Not thread-safe.
 */
final class LabelPlacement {

  /** Gap kept between two labels and between a label and the edge, pixels. */
  static final double GAP = 1;

  private final Rectangle2D bounds;
  private final List<Rectangle2D> taken = new ArrayList<>();
  private final List<Rectangle2D> placed = new ArrayList<>();
  private int dropped;

  /** Labels must lie inside {@code bounds} (usually the plot's data area). */
  LabelPlacement(Rectangle2D bounds) {
    this.bounds = (Rectangle2D) bounds.clone();
  }

  /** Marks an area no label may cover (a marker's badge drawn elsewhere, a legend swatch). */
  void avoid(Rectangle2D obstacle) {
    taken.add((Rectangle2D) obstacle.clone());
  }

  /**
   * Places a label at the first of {@code candidates} that lies inside the bounds and clear of
   * every label placed before and every obstacle; returns it, or {@code null} if none is free (the
   * label is dropped).
   */
  Rectangle2D place(List<Rectangle2D> candidates) {
    for (Rectangle2D c : candidates) {
      if (fits(c)) {
        Rectangle2D r = (Rectangle2D) c.clone();
        taken.add(r);
        placed.add(r);
        return r;
      }
    }
    dropped++;
    return null;
  }

  /** Whether {@code r} is inside the bounds and overlaps nothing taken so far. */
  boolean fits(Rectangle2D r) {
    if (r.getMinX() < bounds.getMinX()
        || r.getMinY() < bounds.getMinY()
        || r.getMaxX() > bounds.getMaxX()
        || r.getMaxY() > bounds.getMaxY()) {
      return false;
    }
    for (Rectangle2D t : taken) {
      if (overlaps(r, t)) {
        return false;
      }
    }
    return true;
  }

  /** The labels placed so far, in placing order. */
  List<Rectangle2D> placed() {
    return Collections.unmodifiableList(placed);
  }

  /** How many labels had no free position. */
  int dropped() {
    return dropped;
  }

  /** Whether two boxes come closer than {@link #GAP}; boxes that only touch at the gap do not. */
  static boolean overlaps(Rectangle2D a, Rectangle2D b) {
    return a.getMinX() < b.getMaxX() + GAP
        && b.getMinX() < a.getMaxX() + GAP
        && a.getMinY() < b.getMaxY() + GAP
        && b.getMinY() < a.getMaxY() + GAP;
  }

  /**
   * A {@code width x height} box centred horizontally on {@code x} whose bottom edge is at {@code
   * bottom}.
   */
  static Rectangle2D above(double x, double bottom, double width, double height) {
    return new Rectangle2D.Double(x - width / 2, bottom - height, width, height);
  }

  /** A box centred horizontally on {@code x} whose top edge is at {@code top}. */
  static Rectangle2D below(double x, double top, double width, double height) {
    return new Rectangle2D.Double(x - width / 2, top, width, height);
  }

  /** A box centred on {@code (x, y)}. */
  static Rectangle2D centred(double x, double y, double width, double height) {
    return new Rectangle2D.Double(x - width / 2, y - height / 2, width, height);
  }

  /** A box vertically centred on {@code y} whose left edge is at {@code left}. */
  static Rectangle2D rightOf(double left, double y, double width, double height) {
    return new Rectangle2D.Double(left, y - height / 2, width, height);
  }

  /** A box vertically centred on {@code y} whose right edge is at {@code right}. */
  static Rectangle2D leftOf(double right, double y, double width, double height) {
    return new Rectangle2D.Double(right - width, y - height / 2, width, height);
  }

  /**
   * {@code box} and then {@code levels} copies of it each one line (its height plus the gap)
   * higher: the positions of a label stacked above its neighbours.
   */
  static List<Rectangle2D> stackedUp(Rectangle2D box, int levels) {
    List<Rectangle2D> out = new ArrayList<>(levels + 1);
    for (int i = 0; i <= levels; i++) {
      double dy = i * (box.getHeight() + 2 * GAP);
      out.add(new Rectangle2D.Double(box.getX(), box.getY() - dy, box.getWidth(), box.getHeight()));
    }
    return out;
  }
}
