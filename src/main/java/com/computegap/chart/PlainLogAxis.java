package com.computegap.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A vertical log axis labelled with plain numbers (1, 2, 5, 10, 20 ...) instead of LogAxis's
 * superscript powers. The stock labels are attributed strings whose layout costs about a
 * millisecond per chart per redraw and which investors read less easily than "1,000". Ticks follow
 * the densest 1-2-5 style ladder whose labels fit the axis height.
 */
final class PlainLogAxis extends LogAxis {

  /** Mantissas per decade, densest first; the last rung thins out whole decades. */
  private static final double[][] LADDER = {
    {1, 2, 3, 5},
    {1, 2, 5},
    {1, 3},
    {1},
  };

  /** Tick spacing in label heights; denser ladders would crowd a tall chart with gridlines. */
  private static final double LABEL_SPACING = 2.4;

  PlainLogAxis(String label) {
    super(label);
    setSmallestValue(1e-6);
    setMinorTickMarksVisible(false);
  }

  /**
   * Sets a range that spans at least one decade, padded around the positive finite values given.
   */
  void setRangeAround(double low, double high, double minimumSpan) {
    double lo = low / 1.6;
    double hi = high * 1.6;
    double span = hi / lo;
    if (span < minimumSpan) {
      double pad = Math.sqrt(minimumSpan / span);
      lo /= pad;
      hi *= pad;
    }
    setRange(new Range(lo, hi), true, false);
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    List ticks = new ArrayList();
    TextAnchor anchor =
        edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
    for (double value : tickValues(dataArea.getHeight(), labelHeight(g2))) {
      ticks.add(
          new NumberTick(TickType.MAJOR, value, ChartText.axisNumber(value), anchor, anchor, 0.0));
    }
    return ticks;
  }

  @Override
  protected AttributedString createTickLabel(double value) {
    return new AttributedString(ChartText.axisNumber(value));
  }

  /**
   * The tick values for an axis {@code length} pixels long with labels {@code labelHeight} high.
   */
  List<Double> tickValues(double length, double labelHeight) {
    Range range = getRange();
    double lo = Math.max(getSmallestValue(), range.getLowerBound());
    double hi = range.getUpperBound();
    int fit = Math.max(2, (int) (length / (labelHeight * LABEL_SPACING)));
    List<Double> values = List.of();
    for (double[] mantissas : LADDER) {
      values = candidates(lo, hi, mantissas, 1);
      if (values.size() <= fit) {
        return values;
      }
    }
    for (int every = 2; values.size() > fit; every++) {
      values = candidates(lo, hi, LADDER[LADDER.length - 1], every);
    }
    return values;
  }

  private static List<Double> candidates(
      double lo, double hi, double[] mantissas, int everyDecades) {
    List<Double> values = new ArrayList<>();
    int first = (int) Math.floor(Math.log10(lo));
    int last = (int) Math.ceil(Math.log10(hi));
    for (int exponent = first; exponent <= last; exponent++) {
      if (Math.floorMod(exponent, everyDecades) != 0) {
        continue;
      }
      double decade = Math.pow(10, exponent);
      for (double m : mantissas) {
        double v = m * decade;
        if (v >= lo && v <= hi) {
          values.add(v);
        }
      }
    }
    return values;
  }

  private double labelHeight(Graphics2D g2) {
    return getTickLabelFont().getLineMetrics("123", g2.getFontRenderContext()).getHeight();
  }
}
