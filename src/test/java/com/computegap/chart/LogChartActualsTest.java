package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reported figures on the two log-scale charts (issue 12): each figure of a series the chart draws
 * is a cross at its year and value, with its source and "as of" date in the tooltip; figures of
 * other series, outside the horizon (2024-2031) or not positive are not drawn. Essay baseline 2024:
 * spend gap 170.5 / (80 / 3) = 6.394.
 */
class LogChartActualsTest {

  private Locale before;

  @BeforeEach
  void english() {
    before = Messages.locale();
    Messages.setLocale(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Messages.setLocale(before);
  }

  private static final LocalDate AS_OF = LocalDate.of(2026, 2, 1);

  private static Scenario essayWith(Actual... actuals) {
    return BundledScenarios.load(BundledScenarios.ESSAY).withActuals(List.of(actuals));
  }

  private static Actual figure(Column series, int year, double value, String source) {
    return new Actual(series, null, year, value, source, AS_OF);
  }

  private static List<double[]> points(XYSeries s) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < s.getItemCount(); i++) {
      out.add(new double[] {s.getX(i).doubleValue(), s.getY(i).doubleValue()});
    }
    return out;
  }

  @Test
  void shouldDrawTheGapFiguresAtTheirValueAndLeaveTheOthersOut() {
    Scenario s =
        essayWith(
            figure(Column.SPEND_GAP_RATIO, 2024, 8, "Gap study"),
            figure(Column.HYPERSCALER_CAPEX_USD_B, 2024, 230, "Capex, not a gap"),
            figure(Column.COMPUTE_GAP_RATIO, 2026, 5000, "Compute census"),
            figure(Column.SPEND_GAP_RATIO, 2025, 0, "Zero: not on a log axis"),
            figure(Column.COMPUTE_GAP_RATIO, 2035, 40, "After the horizon"));
    GapRatioChart chart = ChartFixtures.chart(ChartKind.GAP, ChartFixtures.input(s));
    XYSeries drawn = chart.actualMarkers().dataset().getSeries(0);

    List<double[]> p = points(drawn);
    assertEquals(2, p.size());
    assertEquals(2024, p.get(0)[0]);
    assertEquals(8, p.get(0)[1]);
    assertEquals(2026, p.get(1)[0]);
    assertEquals(5000, p.get(1)[1]);
    // the log axis reaches up to the highest figure, above every model line
    XYPlot plot = (XYPlot) chart.chart().getPlot();
    assertTrue(plot.getRangeAxis().getUpperBound() >= 5000, "axis holds the figure");
    assertEquals(
        chart.actualMarkers().dataset(), plot.getDataset(LogLinesChart.ACTUALS), "own layer");

    String tip = chart.actualMarkers().tooltip(0);
    assertTrue(tip.contains("Gap study (as of 2026-02-01)"), tip);
    assertTrue(tip.contains("2024"), tip);
    // (6.394 - 8) / 8 = -20.1 %
    assertTrue(tip.contains("error −20.1 %"), tip);
    assertTrue(chart.actualMarkers().tooltip(1).contains("Compute census (as of 2026-02-01)"));
  }

  @Test
  void shouldDrawTheInstalledBaseFiguresOfEachDrawnSeries() {
    Scenario s =
        essayWith(
            figure(Column.HYPERSCALER_INSTALLED_K, 2024, 2500, "Analyst count"),
            figure(Column.DEPIN_INSTALLED_K, 2025, 60, "Network dashboards"),
            figure(Column.DEPIN_EFFECTIVE_K, 2026, 12, "Frontier-class only"),
            figure(Column.SPEND_GAP_RATIO, 2024, 8, "Not on this chart"));
    InstalledComputeChart chart = ChartFixtures.chart(ChartKind.INSTALLED, ChartFixtures.input(s));

    List<double[]> p = points(chart.actualMarkers().dataset().getSeries(0));
    assertEquals(3, p.size());
    assertEquals(List.of(2024.0, 2500.0), List.of(p.get(0)[0], p.get(0)[1]));
    assertEquals(List.of(2025.0, 60.0), List.of(p.get(1)[0], p.get(1)[1]));
    assertEquals(List.of(2026.0, 12.0), List.of(p.get(2)[0], p.get(2)[1]));
    assertTrue(chart.actualMarkers().tooltip(1).contains("Network dashboards (as of 2026-02-01)"));
    assertTrue(hasLegend(chart, Messages.get("chart.actuals.series")), "the legend names them");
  }

  @Test
  void shouldDrawNoCrossAndNoLegendEntryWithoutFiguresOfItsSeries() {
    Scenario s = essayWith(figure(Column.HYPERSCALER_CAPEX_USD_B, 2024, 230, "Capex"));
    GapRatioChart chart = ChartFixtures.chart(ChartKind.GAP, ChartFixtures.input(s));
    assertEquals(0, chart.actualMarkers().count());
    assertTrue(!hasLegend(chart, Messages.get("chart.actuals.series")));
  }

  private static boolean hasLegend(ModelChart chart, String label) {
    LegendItemCollection items = chart.chart().getPlot().getLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      if (items.get(i).getLabel().equals(label)) {
        return true;
      }
    }
    return false;
  }
}
