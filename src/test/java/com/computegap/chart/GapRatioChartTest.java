package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.ChipParams;
import com.computegap.model.DepinParams;
import com.computegap.model.Scenario;
import com.computegap.model.YearRow;
import com.computegap.scenario.BundledScenarios;
import java.util.List;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

class GapRatioChartTest {

  @Test
  void shouldSkipInfiniteGapsAndNameTheirYearsInTheNote() {
    ChartInput input = ChartFixtures.input(BundledScenarios.ESSAY);
    assertTrue(
        Double.isInfinite(input.result().row(2027).spendGapRatio()),
        "precondition: emission ends in 2026");

    GapRatioChart chart = ChartFixtures.chart(ChartKind.GAP, input);
    ChartFixtures.draw(chart, 1200, 800);

    YearTableDataset lines = chart.datasets().scenario();
    assertTrue(Double.isNaN(lines.value(GapRatioChart.SPEND, 3)), "2027 is not drawn");
    assertTrue(Double.isNaN(lines.value(GapRatioChart.SPEND, 4)), "2028 is not drawn");
    assertEquals(input.result().row(2026).spendGapRatio(), lines.value(GapRatioChart.SPEND, 2));
    assertEquals(ChartText.format("chart.gap.note.spendInfinite", "2027–2028"), chart.noteText());
    assertTrue(chart.noteText().contains("∞"));
  }

  @Test
  void shouldUseTheShortNoteInAGridCell() {
    GapRatioChart chart =
        ChartFixtures.chart(ChartKind.GAP, ChartFixtures.input(BundledScenarios.ESSAY));

    ChartFixtures.draw(chart, 390, 385);

    assertEquals(
        ChartText.format("chart.gap.note.spendInfinite.short", "2027–2028"), chart.noteText());
  }

  @Test
  void shouldSkipUndefinedGapsWhenNeitherSideHasAnything() {
    Scenario empty = nothingAnywhere();
    ChartInput input = ChartFixtures.input(empty);
    YearRow first = input.result().first();
    assertTrue(
        Double.isNaN(first.spendGapRatio()) && Double.isNaN(first.computeGapRatio()),
        "precondition: 0/0");

    GapRatioChart chart = ChartFixtures.chart(ChartKind.GAP, input);

    assertDoesNotThrow(() -> ChartFixtures.draw(chart, 1200, 800));
    assertTrue(Double.isNaN(chart.datasets().scenario().value(GapRatioChart.SPEND, 0)));
    String years =
        ChartText.yearRuns(
            List.of(empty.startYear(), empty.startYear() + 1, empty.startYear() + 2));
    assertTrue(
        chart.noteText().contains(ChartText.format("chart.gap.note.spendUndefined", years)),
        chart.noteText());
    assertTrue(
        chart.noteText().contains(ChartText.format("chart.gap.note.computeUndefined", years)),
        chart.noteText());
  }

  @Test
  void shouldShowNoNoteWhenEveryGapIsDrawable() {
    Scenario s = BundledScenarios.load(BundledScenarios.ESSAY);
    s = s.withDepin(s.depin().withEmissionYears(s.years()));

    GapRatioChart chart = ChartFixtures.chart(ChartKind.GAP, ChartFixtures.input(s));
    ChartFixtures.draw(chart, 1200, 800);

    assertEquals("", chart.noteText());
  }

  @Test
  void shouldKeepParityOnTheAxis() {
    GapRatioChart chart =
        ChartFixtures.chart(ChartKind.GAP, ChartFixtures.input(BundledScenarios.REALITY_2026));

    Range range = chart.chart().getXYPlot().getRangeAxis().getRange();

    assertTrue(range.contains(1.0), range.toString());
    assertFalse(
        chart.chart().getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).isEmpty());
  }

  /** Three years in which nobody spends or owns anything: every gap is 0/0. */
  static Scenario nothingAnywhere() {
    Scenario s =
        BundledScenarios.load(BundledScenarios.ESSAY)
            .withYears(3)
            .withHyperscalers(List.of())
            .withMegaProjects(List.of());
    DepinParams d = s.depin().withNewIncentiveCapUsdB(0).withInitialInstalledK(0);
    ChipParams c = s.chips().withHyperscalerInitialInstalledK(0);
    return s.withDepin(d).withChips(c);
  }
}
