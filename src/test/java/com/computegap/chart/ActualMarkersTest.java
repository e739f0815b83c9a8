package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reported figures on the charts whose series they name, where a reader compares them: the essay
 * baseline stacks Microsoft 45, Amazon 48, Alphabet 44 and Meta 33.5 (each flat, AI share 100 %) in
 * the slot left of the year (x - 0.2), DePIN right of it (x + 0.2).
 */
class ActualMarkersTest {

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

  private static Scenario essayWith(List<Actual> actuals) {
    return BundledScenarios.load(BundledScenarios.ESSAY).withActuals(actuals);
  }

  @Test
  void shouldDrawCapexFiguresPerCompanyOnTheirLayerAndTotalsAtTheirValue() {
    Scenario s =
        essayWith(
            List.of(
                new Actual(
                    Column.HYPERSCALER_CAPEX_USD_B,
                    "Meta",
                    2024,
                    39.2,
                    "Meta 10-K 2024",
                    LocalDate.of(2025, 1, 29)),
                new Actual(
                    Column.HYPERSCALER_AI_CAPEX_USD_B, "Amazon", 2025, 83, "Amazon 10-K", null),
                new Actual(Column.HYPERSCALER_CAPEX_USD_B, null, 2025, 413, "Four companies", null),
                new Actual(Column.DEPIN_AI_CAPEX_USD_B, null, 2024, 0.2, "DePIN revenue", null),
                new Actual(Column.SPEND_GAP_RATIO, null, 2024, 6, "Not a capex series", null),
                new Actual(Column.DEPIN_AI_CAPEX_USD_B, null, 2031, 1, "After the horizon", null)));
    CapexChart chart = ChartFixtures.chart(ChartKind.CAPEX, ChartFixtures.input(s));
    XYSeries drawn = chart.actualMarkers().dataset().getSeries(0);

    assertEquals(
        4, drawn.getItemCount(), "the gap ratio and the 2031 figure are not on this chart");
    // Meta is the fourth layer: 45 + 48 + 44 below it, then its reported 39.2
    assertEquals(2023.8, drawn.getX(0).doubleValue(), 1e-12);
    assertEquals(45 + 48 + 44 + 39.2, drawn.getY(0).doubleValue(), 1e-9);
    // Amazon is the second layer: Microsoft's 45 below it
    assertEquals(2024.8, drawn.getX(1).doubleValue(), 1e-12);
    assertEquals(45 + 83, drawn.getY(1).doubleValue(), 1e-9);
    assertEquals(413, drawn.getY(2).doubleValue(), 1e-12);
    assertEquals(2024.2, drawn.getX(3).doubleValue(), 1e-12);
    assertEquals(0.2, drawn.getY(3).doubleValue(), 1e-12);
  }

  @Test
  void shouldNameTheSourceTheDateAndTheModelsErrorInTheTooltip() {
    Scenario s =
        essayWith(
            List.of(
                new Actual(
                    Column.HYPERSCALER_CAPEX_USD_B,
                    "Meta",
                    2024,
                    39.2,
                    "Meta 10-K 2024",
                    LocalDate.of(2025, 1, 29))));
    CapexChart chart = ChartFixtures.chart(ChartKind.CAPEX, ChartFixtures.input(s));
    String tip = chart.actualMarkers().tooltip(0);
    assertTrue(tip.contains("Hyperscaler capex · Meta"), tip);
    assertTrue(tip.contains("2024"), tip);
    assertTrue(tip.contains("39.2 B USD"), tip);
    assertTrue(tip.contains("Meta 10-K 2024 (as of 2025-01-29)"), tip);
    // (33.5 - 39.2) / 39.2 = -14.5 %
    assertTrue(tip.contains("Model: 33.5 (error −14.5 %)"), tip);
  }

  @Test
  void shouldDrawNothingAndListNoLegendEntryWithoutFigures() {
    CapexChart chart =
        ChartFixtures.chart(ChartKind.CAPEX, ChartFixtures.input(essayWith(List.of())));
    assertEquals(0, chart.actualMarkers().count());
    assertTrue(chart.chart().getPlot().getLegendItems().getItemCount() > 0);
    for (int i = 0; i < chart.chart().getPlot().getLegendItems().getItemCount(); i++) {
      assertTrue(
          !chart
              .chart()
              .getPlot()
              .getLegendItems()
              .get(i)
              .getLabel()
              .equals(Messages.get("chart.actuals.series")));
    }
  }
}
