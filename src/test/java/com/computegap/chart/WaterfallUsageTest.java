package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/**
 * Usage revenue as its own waterfall step. Essay baseline in 2024: 80 / 3 = 26.667 B USD emitted,
 * all sold, buyers bring 40 so all is absorbed; AI share 100 %, no cloud resale, 80 % to chips.
 * With 5 B USD of usage revenue the cash is 31.667 and the chips get 0.8 * 31.667 = 25.333.
 */
class WaterfallUsageTest {

  private static final double EMITTED = 80.0 / 3;

  @Test
  void shouldAddUsageRevenueAsAStepOfItsOwnAfterTheBuyersCash() {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    Scenario s = ParameterPath.parse("depin.usageRevenueUsdB").with(essay, 5);
    WaterfallChart chart = ChartFixtures.chart(ChartKind.WATERFALL, ChartFixtures.input(s));
    var data = chart.dataset();

    assertEquals(7, data.getColumnCount());
    assertEquals(ChartText.get(WaterfallChart.USAGE_STAGE_KEY), data.getColumnKey(3));
    double[] kept = {
      EMITTED, EMITTED, EMITTED, EMITTED, EMITTED + 5, EMITTED + 5, 0.8 * (EMITTED + 5)
    };
    double[] added = {0, 0, 0, 5, 0, 0, 0};
    double[] lost = {0, 0, 0, 0, 0, 0, 0.2 * (EMITTED + 5)};
    for (int i = 0; i < 7; i++) {
      assertEquals(
          kept[i], data.getValue(WaterfallChart.KEPT, i).doubleValue(), 1e-9, "kept at " + i);
      assertEquals(
          added[i], data.getValue(WaterfallChart.ADDED, i).doubleValue(), 1e-9, "added at " + i);
      assertEquals(
          lost[i], data.getValue(WaterfallChart.LOST, i).doubleValue(), 1e-9, "lost at " + i);
    }
  }

  @Test
  void shouldLeaveTheStepOutOfAScenarioWithoutUsageRevenue() {
    WaterfallChart chart =
        ChartFixtures.chart(ChartKind.WATERFALL, ChartFixtures.input(BundledScenarios.ESSAY));
    assertEquals(WaterfallChart.STAGE_KEYS.length, chart.dataset().getColumnCount());
    assertEquals(2, chart.dataset().getRowCount(), "kept and lost only");
  }

  @Test
  void shouldSayDepinBidForChipsAndWhatItGotNotThatItSpent() {
    // Essay baseline 2024: DePIN bids 0.8 * 26.667 = 21.3 B USD but, served last, gets no chips
    WaterfallChart chart =
        ChartFixtures.chart(ChartKind.WATERFALL, ChartFixtures.input(BundledScenarios.ESSAY));
    var data = chart.dataset();
    assertEquals("Bid for chips", data.getColumnKey(data.getColumnCount() - 1));
    String units = ((TextTitle) chart.chart().getSubtitle(3)).getText();
    assertTrue(units.startsWith("DePIN bid 21.3 B USD for accelerators"), units);
    assertTrue(units.endsWith("it got 0 K."), units);
  }
}
