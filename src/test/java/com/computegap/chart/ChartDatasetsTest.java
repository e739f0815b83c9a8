package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.computegap.model.Column;
import com.computegap.model.DepinFunnel;
import com.computegap.model.YearRow;
import com.computegap.scenario.BundledScenarios;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The datasets hold exactly the model's columns; the view computes nothing of its own. */
class ChartDatasetsTest {

  static List<String> bundled() {
    return BundledScenarios.ALL;
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldStackTheAllocationLayersFromTheModelColumnsToTheYearsSupply(String file) {
    ChartInput input = ChartFixtures.input(file);
    AllocationChart chart = ChartFixtures.chart(ChartKind.ALLOCATION, input);
    YearTableDataset layers = chart.datasets().layers();

    assertEquals(4, layers.getSeriesCount());
    for (int i = 0; i < input.result().rows().size(); i++) {
      YearRow row = input.result().rows().get(i);
      assertEquals(row.year(), layers.year(i));
      for (int layer = 0; layer < AllocationChart.LAYERS.length; layer++) {
        assertEquals(AllocationChart.LAYERS[layer].of(row), layers.value(layer, i));
      }
      assertEquals(
          row.supplyK(),
          layers.stackTotal(i),
          1e-9 * Math.max(1, row.supplyK()),
          "year " + row.year());
    }
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldStackCompaniesAndMegaProjectsToTheHyperscalerAiCapexBesideDepin(String file) {
    ChartInput input = ChartFixtures.input(file);
    CapexChart chart = ChartFixtures.chart(ChartKind.CAPEX, input);
    YearTableDataset stack = chart.datasets().hyperscalers();
    YearTableDataset depin = chart.datasets().depin();

    int layers =
        input.scenario().hyperscalers().size()
            + (input.scenario().megaProjects().isEmpty() ? 0 : 1);
    assertEquals(layers, stack.getSeriesCount());
    assertEquals(input.scenario().hyperscalers().get(0).name(), stack.getSeriesKey(0));
    for (int i = 0; i < input.result().rows().size(); i++) {
      YearRow row = input.result().rows().get(i);
      assertEquals(
          row.hyperscalerAiCapexUsdB(), stack.stackTotal(i), 1e-9 * row.hyperscalerAiCapexUsdB());
      assertEquals(row.depinAiCapexUsdB(), depin.value(0, i));
    }
  }

  @Test
  void shouldGiveMegaProjectsTheirOwnLayerAtTheTopOfTheStack() {
    ChartInput input = ChartFixtures.input(BundledScenarios.HYPERSCALER_LOCKOUT);
    CapexChart chart = ChartFixtures.chart(ChartKind.CAPEX, input);
    YearTableDataset stack = chart.datasets().hyperscalers();

    int top = stack.getSeriesCount() - 1;
    assertEquals(ChartText.get("chart.capex.series.mega"), stack.getSeriesKey(top));
    for (int i = 0; i < stack.getItemCount(); i++) {
      int year = stack.year(i);
      double expected =
          input.scenario().megaProjects().stream().mapToDouble(p -> p.spendIn(year)).sum();
      assertEquals(expected, stack.value(top, i), 1e-9);
    }
  }

  @Test
  void shouldDrawReferenceFiguresInsideTheHorizonAtTheirValues() {
    ChartInput input = ChartFixtures.input(BundledScenarios.ESSAY);
    CapexChart chart = ChartFixtures.chart(ChartKind.CAPEX, input);

    var series = chart.datasets().references().getSeries(0);
    assertEquals(input.scenario().references().size(), series.getItemCount());
    assertEquals(input.scenario().references().get(0).usdB(), series.getY(0).doubleValue());
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldPlotInstalledComputeFromTheModelColumns(String file) {
    ChartInput input = ChartFixtures.input(file);
    InstalledComputeChart chart = ChartFixtures.chart(ChartKind.INSTALLED, input);
    YearTableDataset lines = chart.datasets().scenario();

    for (int i = 0; i < input.result().rows().size(); i++) {
      YearRow row = input.result().rows().get(i);
      assertEquals(
          drawable(row.hyperscalerInstalledK()),
          lines.value(InstalledComputeChart.HYPERSCALERS, i));
      assertEquals(
          drawable(row.depinEffectiveK()), lines.value(InstalledComputeChart.DEPIN_EFFECTIVE, i));
    }
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldPlotBothGapsFromTheModelColumns(String file) {
    ChartInput input = ChartFixtures.input(file);
    GapRatioChart chart = ChartFixtures.chart(ChartKind.GAP, input);
    YearTableDataset lines = chart.datasets().scenario();

    for (int i = 0; i < input.result().rows().size(); i++) {
      YearRow row = input.result().rows().get(i);
      assertEquals(drawable(row.spendGapRatio()), lines.value(GapRatioChart.SPEND, i));
      assertEquals(drawable(row.computeGapRatio()), lines.value(GapRatioChart.COMPUTE, i));
    }
  }

  @Test
  void shouldWalkTheWaterfallThroughTheFunnelOfTheFocusYear() {
    ChartInput input = ChartFixtures.input(BundledScenarios.ESSAY).withFocusYear(2025);
    WaterfallChart chart = ChartFixtures.chart(ChartKind.WATERFALL, input);
    DepinFunnel f = DepinFunnel.of(input.scenario(), input.result().row(2025));
    double[] stages = {
      f.emittedUsdB(),
      f.soldUsdB(),
      f.absorbedUsdB(),
      f.aiShareUsdB(),
      f.aiCapexUsdB(),
      f.acceleratorSpendUsdB()
    };

    var data = chart.dataset();
    assertEquals(stages.length, data.getColumnCount());
    for (int i = 0; i < stages.length; i++) {
      assertEquals(stages[i], data.getValue(WaterfallChart.KEPT, i).doubleValue(), 1e-12);
      double lost = i == 0 ? 0 : WaterfallChart.lost(stages[i - 1], stages[i]);
      assertEquals(lost, data.getValue(WaterfallChart.LOST, i).doubleValue(), 1e-12);
    }
    assertEquals(
        ChartText.format("chart.waterfall.title", "2025"), chart.chart().getTitle().getText());
  }

  @Test
  void shouldUpdateTheSameDatasetsAndChartInPlace() {
    CapexChart chart =
        ChartFixtures.chart(ChartKind.CAPEX, ChartFixtures.input(BundledScenarios.ESSAY));
    JFreeChart before = chart.chart();
    YearTableDataset stack = chart.datasets().hyperscalers();
    var plotDataset = chart.chart().getXYPlot().getDataset(CapexChart.STACK);

    chart.update(ChartFixtures.input(BundledScenarios.REALITY_2026));

    assertSame(before, chart.chart());
    assertSame(stack, chart.datasets().hyperscalers());
    assertSame(plotDataset, chart.chart().getXYPlot().getDataset(CapexChart.STACK));
    assertEquals(
        ChartFixtures.input(BundledScenarios.REALITY_2026)
            .result()
            .first()
            .hyperscalerAiCapexUsdB(),
        stack.stackTotal(0),
        1e-9);
    assertEquals(true, chart.chart().isNotify(), "notification is restored after the batch");
  }

  /** What a log chart stores for a model value: the value, or NaN where it cannot be drawn. */
  private static double drawable(double v) {
    return v > 0 && !Double.isInfinite(v) ? v : Double.NaN;
  }

  @Test
  void shouldReadColumnsUnchanged() {
    ChartInput input = ChartFixtures.input(BundledScenarios.ESSAY);
    double[] values = ChartData.column(input.result(), Column.SUPPLY_K);
    assertEquals(input.result().rows().size(), values.length);
    assertEquals(input.result().last().supplyK(), values[values.length - 1]);
  }
}
