package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.YearRow;
import com.computegap.scenario.BundledScenarios;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

/**
 * The chip chart's price axis. Essay baseline in 2024: list price 25 k USD; chip budgets are 170.5
 * * 50 % + 20 + 26.667 * 80 % = 126.583 B USD against 4,000 K units, so the clearing ratio is
 * 126,583 / 25 / 4,000 = 1.2658: with a flex of 50 % the price paid is 25 * 1.2658 = 31.646; with a
 * flex of 10 % it stops at 25 * 1.1 = 27.5.
 */
class AllocationPriceTest {

  private static final Scenario ESSAY = BundledScenarios.load(BundledScenarios.ESSAY);

  @Test
  void shouldDrawTheListPriceAndThePricePaidOnASecondAxisWhenThePriceFlexes() {
    Scenario s = ParameterPath.parse("chips.priceFlexPct").with(ESSAY, 50);
    ChartInput input = ChartFixtures.input(s);
    AllocationChart chart = ChartFixtures.chart(ChartKind.ALLOCATION, input);
    YearTableDataset prices = chart.prices();

    assertEquals(2, prices.getSeriesCount());
    assertEquals(25, prices.value(0, 0), 1e-9);
    assertEquals(25 * (85.25 + 20 + 80.0 / 3 * 0.8) / 100, prices.value(1, 0), 1e-9);
    for (int i = 0; i < input.result().rows().size(); i++) {
      YearRow row = input.result().rows().get(i);
      assertEquals(row.listPriceUsdK(), prices.value(0, i));
      assertEquals(row.unitPriceUsdK(), prices.value(1, i));
    }
    XYPlot plot = (XYPlot) chart.chart().getPlot();
    assertTrue(plot.getRangeAxis(1).isVisible());
    assertEquals(plot.getRangeAxis(1), plot.getRangeAxisForDataset(AllocationChart.PRICES));
  }

  @Test
  void shouldStopThePricePaidAtTheFlex() {
    Scenario s = ParameterPath.parse("chips.priceFlexPct").with(ESSAY, 10);
    AllocationChart chart = ChartFixtures.chart(ChartKind.ALLOCATION, ChartFixtures.input(s));
    assertEquals(27.5, chart.prices().value(1, 0), 1e-9);
  }

  @Test
  void shouldKeepTheVersionOneChartWhenThePriceCannotFlex() {
    AllocationChart chart = ChartFixtures.chart(ChartKind.ALLOCATION, ChartFixtures.input(ESSAY));
    assertEquals(0, chart.prices().getSeriesCount());
    assertFalse(((XYPlot) chart.chart().getPlot()).getRangeAxis(1).isVisible());
  }

  @Test
  void shouldPutReportedChipFiguresOnTopOfTheirLayer() {
    Scenario s =
        ESSAY.withActuals(
            List.of(
                new Actual(Column.SUPPLY_K, null, 2024, 2900, "Estimate", null),
                new Actual(Column.OTHER_UNITS_K, null, 2025, 500, "Estimate", null),
                new Actual(Column.DEPIN_AI_CAPEX_USD_B, null, 2024, 0.2, "Not chips", null)));
    ChartInput input = ChartFixtures.input(s);
    AllocationChart chart = ChartFixtures.chart(ChartKind.ALLOCATION, input);
    XYSeries drawn = chart.actualMarkers().dataset().getSeries(0);

    assertEquals(2, drawn.getItemCount());
    assertEquals(2024, drawn.getX(0).doubleValue());
    assertEquals(2900, drawn.getY(0).doubleValue(), 1e-9);
    // other buyers sit on the hyperscalers' layer
    assertEquals(
        input.result().row(2025).hyperscalerUnitsK() + 500, drawn.getY(1).doubleValue(), 1e-9);
  }
}
