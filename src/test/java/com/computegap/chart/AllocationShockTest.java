package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Scenario;
import com.computegap.model.SupplyShock;
import com.computegap.scenario.BundledScenarios;
import org.jfree.chart.plot.IntervalMarker;
import org.junit.jupiter.api.Test;

class AllocationShockTest {

  @Test
  void shouldShadeExactlyTheShockYears() {
    ChartInput input = ChartFixtures.input(BundledScenarios.TAIWAN_DISRUPTION);
    SupplyShock shock = input.scenario().chips().shock();

    AllocationChart chart = ChartFixtures.chart(ChartKind.ALLOCATION, input);

    IntervalMarker marker = chart.shockMarker();
    assertNotNull(marker);
    assertEquals(
        shock.year() - 0.5,
        marker.getStartValue(),
        "starts at the left edge of the first shock year's bar slot");
    assertEquals(
        shock.year() + shock.durationYears() - 0.5,
        marker.getEndValue(),
        "ends at the right edge of the last one");
    assertTrue(marker.getLabel().contains("70"), marker.getLabel());
  }

  @Test
  void shouldClipTheShadingToTheHorizon() {
    Scenario s = BundledScenarios.load(BundledScenarios.TAIWAN_DISRUPTION);
    s = s.withChips(s.chips().withShock(new SupplyShock(s.startYear() - 2, 4, 50)));

    AllocationChart chart = ChartFixtures.chart(ChartKind.ALLOCATION, ChartFixtures.input(s));

    assertEquals(s.startYear() - 0.5, chart.shockMarker().getStartValue());
    assertEquals(s.startYear() + 1.5, chart.shockMarker().getEndValue());
  }

  @Test
  void shouldShadeNothingWithoutAShockOrOnceItIsRemoved() {
    AllocationChart chart =
        ChartFixtures.chart(
            ChartKind.ALLOCATION, ChartFixtures.input(BundledScenarios.TAIWAN_DISRUPTION));
    assertNotNull(chart.shockMarker());

    chart.update(ChartFixtures.input(BundledScenarios.ESSAY));

    assertNull(chart.shockMarker());
    assertEquals(
        0,
        chart.chart().getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND) == null
            ? 0
            : chart
                .chart()
                .getXYPlot()
                .getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)
                .size());
  }

  @Test
  void shouldShadeNothingForAShockOutsideTheHorizon() {
    Scenario s = BundledScenarios.load(BundledScenarios.TAIWAN_DISRUPTION);
    s = s.withChips(s.chips().withShock(new SupplyShock(s.endYear() + 1, 2, 50)));

    AllocationChart chart = ChartFixtures.chart(ChartKind.ALLOCATION, ChartFixtures.input(s));

    assertNull(chart.shockMarker());
  }
}
