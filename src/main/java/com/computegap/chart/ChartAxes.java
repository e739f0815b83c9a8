package com.computegap.chart;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/** Factories for the axes the charts share. */
final class ChartAxes {

  private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 50};

  private ChartAxes() {}

  /**
   * A horizontal year axis: ticks on whole years only (never 2024.5), printed without grouping
   * ("2027", not "2,027"), thinned to every 2 or 5 years when a long horizon would crowd them.
   */
  static NumberAxis yearAxis() {
    NumberAxis axis = new NumberAxis();
    TickUnits units = new TickUnits();
    NumberFormat digits = new DecimalFormat("0");
    for (int step : YEAR_STEPS) {
      units.add(new NumberTickUnit(step, digits, 0));
    }
    axis.setStandardTickUnits(units);
    axis.setAutoRangeIncludesZero(false);
    axis.setMinorTickMarksVisible(false);
    return axis;
  }

  /** Shows years {@code first .. last} with half a slot of room either side for the bars. */
  static void showYears(NumberAxis axis, int first, int last) {
    axis.setRange(new Range(first - 0.5, last + 0.5), true, false);
  }

  /**
   * Vertical room a tick label claims, padding included: JFreeChart packs ticks as tightly as the
   * labels allow, which on a tall chart means a gridline every few pixels.
   */
  static final RectangleInsets VERTICAL_TICK_LABEL_ROOM = new RectangleInsets(11, 4, 11, 4);

  /** A linear value axis from zero, grouped thousands, with some headroom for labels. */
  static NumberAxis valueAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setTickLabelInsets(VERTICAL_TICK_LABEL_ROOM);
    axis.setAutoRangeIncludesZero(true);
    axis.setUpperMargin(0.12);
    axis.setNumberFormatOverride(
        NumberFormat.getNumberInstance(com.computegap.text.Messages.locale()));
    axis.setMinorTickMarksVisible(false);
    return axis;
  }
}
