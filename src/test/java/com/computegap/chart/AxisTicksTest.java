package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.scenario.BundledScenarios;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AxisTicksTest {

  private static final String PLAIN_NUMBER = "[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?";

  @ParameterizedTest
  @EnumSource(
      value = ChartKind.class,
      names = {"INSTALLED", "GAP"})
  void shouldLabelLogAxisTicksWithPlainNumbers(ChartKind kind) {
    for (String file : BundledScenarios.ALL) {
      ModelChart chart = ChartFixtures.chart(kind, ChartFixtures.input(file));
      ValueAxis axis = chart.chart().getXYPlot().getRangeAxis();
      assertInstanceOf(PlainLogAxis.class, axis);

      List<Tick> ticks = ticks(axis, new Rectangle2D.Double(80, 40, 600, 300), RectangleEdge.LEFT);

      assertTrue(ticks.size() >= 2, file + ": at least two labelled ticks");
      for (Tick t : ticks) {
        assertFalse(t instanceof LogTick, "LogTick labels are superscript attributed strings");
        assertTrue(t.getText().matches(PLAIN_NUMBER), file + ": '" + t.getText() + "'");
      }
    }
  }

  @Test
  void shouldPickTheDensestOneTwoFiveLadderThatFits() {
    PlainLogAxis axis = new PlainLogAxis("");
    axis.setRange(new Range(1, 1000), true, false);

    assertEquals(
        List.of(1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 30.0, 50.0, 100.0, 200.0, 300.0, 500.0, 1000.0),
        axis.tickValues(1000, 16));
    assertEquals(
        List.of(1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0),
        axis.tickValues(400, 16));
    assertEquals(List.of(1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0), axis.tickValues(280, 16));
    assertEquals(List.of(1.0, 10.0, 100.0, 1000.0), axis.tickValues(160, 16));
  }

  @Test
  void shouldThinOutDecadesOnAVeryLongRange() {
    PlainLogAxis axis = new PlainLogAxis("");
    axis.setRange(new Range(0.01, 1e8), true, false);

    List<Double> values = axis.tickValues(150, 16);

    assertTrue(values.size() <= 5, values.toString());
    assertTrue(
        values.stream().allMatch(v -> Math.abs(Math.log10(v) - Math.rint(Math.log10(v))) < 1e-9));
  }

  @ParameterizedTest
  @EnumSource(
      value = ChartKind.class,
      names = {"CAPEX", "INSTALLED", "GAP", "ALLOCATION"})
  void shouldTickWholeYearsOnly(ChartKind kind) {
    for (String file : BundledScenarios.ALL) {
      ChartInput input = ChartFixtures.input(file);
      ModelChart chart = ChartFixtures.chart(kind, input);
      NumberAxis years = (NumberAxis) chart.chart().getXYPlot().getDomainAxis();

      for (double width : new double[] {300, 1400}) {
        List<Tick> ticks =
            ticks(years, new Rectangle2D.Double(80, 40, width, 300), RectangleEdge.BOTTOM);

        assertFalse(ticks.isEmpty());
        for (Tick t : ticks) {
          double v = ((ValueTick) t).getValue();
          assertEquals(Math.rint(v), v, 1e-9, file + ": tick at " + v);
          assertEquals(
              Integer.toString((int) Math.rint(v)), t.getText(), "no grouping, no decimals");
          assertTrue(v >= input.scenario().startYear() && v <= input.scenario().endYear());
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {390, 1600})
  void shouldShowEveryYearOfAShortHorizon(int width) {
    ModelChart chart =
        ChartFixtures.chart(ChartKind.CAPEX, ChartFixtures.input(BundledScenarios.ESSAY));
    List<Tick> ticks =
        ticks(
            chart.chart().getXYPlot().getDomainAxis(),
            new Rectangle2D.Double(60, 40, width - 80, 300),
            RectangleEdge.BOTTOM);

    assertEquals(
        List.of("2024", "2025", "2026", "2027", "2028"),
        ticks.stream().map(Tick::getText).toList());
  }

  @SuppressWarnings("unchecked")
  private static List<Tick> ticks(ValueAxis axis, Rectangle2D dataArea, RectangleEdge edge) {
    Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB_PRE).createGraphics();
    try {
      return (List<Tick>) axis.refreshTicks(g2, new AxisState(), dataArea, edge);
    } finally {
      g2.dispose();
    }
  }
}
