package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.scenario.BundledScenarios;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompareOverlayTest {

  private static final String B_MARK = ChartText.format("chart.series.compare", "");

  @ParameterizedTest
  @EnumSource(
      value = ChartKind.class,
      names = {"CAPEX", "INSTALLED", "GAP", "ALLOCATION"})
  void shouldDrawScenarioBAsDashedSeriesMarkedB(ChartKind kind) {
    ModelChart chart =
        ChartFixtures.chart(
            kind,
            ChartFixtures.compare(BundledScenarios.ESSAY, BundledScenarios.TAIWAN_DISRUPTION));
    ChartFixtures.draw(chart, 1600, 1000);
    XYPlot plot = chart.chart().getXYPlot();

    int bSeries = 0;
    for (int d : chart.compareDatasets()) {
      XYDataset dataset = plot.getDataset(d);
      XYItemRenderer renderer = plot.getRenderer(d);
      for (int s = 0; s < dataset.getSeriesCount(); s++) {
        bSeries++;
        assertTrue(
            dataset.getSeriesKey(s).toString().endsWith(B_MARK),
            dataset.getSeriesKey(s).toString());
        BasicStroke stroke = (BasicStroke) renderer.getSeriesStroke(s);
        assertNotNull(stroke.getDashArray(), "B is dashed");
      }
    }
    assertTrue(bSeries >= 2);
    assertTrue(
        legendLabels(chart).stream().filter(l -> l.endsWith(B_MARK)).count() >= 2,
        legendLabels(chart).toString());
  }

  @ParameterizedTest
  @EnumSource(
      value = ChartKind.class,
      names = {"CAPEX", "INSTALLED", "GAP", "ALLOCATION"})
  void shouldRemoveScenarioBWhenTheComparisonEnds(ChartKind kind) {
    ModelChart chart =
        ChartFixtures.chart(
            kind,
            ChartFixtures.compare(BundledScenarios.ESSAY, BundledScenarios.TAIWAN_DISRUPTION));

    chart.update(ChartFixtures.input(BundledScenarios.ESSAY));

    XYPlot plot = chart.chart().getXYPlot();
    for (int d : chart.compareDatasets()) {
      assertEquals(0, plot.getDataset(d).getSeriesCount());
    }
    assertTrue(legendLabels(chart).stream().noneMatch(l -> l.endsWith(B_MARK)));
  }

  @Test
  void shouldGatherManyCompaniesIntoOneLegendEntryInAGridCell() {
    var essay = com.computegap.scenario.BundledScenarios.load(BundledScenarios.ESSAY);
    var many = new ArrayList<com.computegap.model.Hyperscaler>();
    for (int i = 0; i < 9; i++) {
      many.add(new com.computegap.model.Hyperscaler("Company " + i, 10, 0, 100));
    }
    ModelChart chart =
        ChartFixtures.chart(ChartKind.CAPEX, ChartFixtures.input(essay.withHyperscalers(many)));

    ChartFixtures.draw(chart, 390, 385);
    List<String> compact = legendLabels(chart);
    ChartFixtures.draw(chart, 1600, 1000);
    List<String> roomy = legendLabels(chart);

    assertTrue(
        compact.contains(ChartText.format("chart.capex.series.companies", 9)), compact.toString());
    assertTrue(compact.stream().noneMatch(l -> l.startsWith("Company")), compact.toString());
    assertTrue(roomy.contains("Company 8"), roomy.toString());
  }

  @Test
  void shouldCarryScenarioBsOwnValues() {
    ChartInput input =
        ChartFixtures.compare(BundledScenarios.ESSAY, BundledScenarios.TAIWAN_DISRUPTION);
    CapexChart chart = ChartFixtures.chart(ChartKind.CAPEX, input);

    YearTableDataset b = chart.datasets().compareHyperscalers();

    assertEquals(input.compareResult().rows().size(), b.getItemCount());
    assertEquals(
        input.compareResult().last().hyperscalerAiCapexUsdB(), b.value(0, b.getItemCount() - 1));
    assertEquals(input.compareScenario().endYear(), b.year(b.getItemCount() - 1));
  }

  @Test
  void shouldNameScenarioBInOneLegendEntryInAGridCell() {
    ChartInput input =
        ChartFixtures.compare(BundledScenarios.ESSAY, BundledScenarios.TAIWAN_DISRUPTION);
    ModelChart chart = ChartFixtures.chart(ChartKind.INSTALLED, input);

    ChartFixtures.draw(chart, 390, 385);

    List<String> labels = legendLabels(chart);
    assertTrue(
        labels.contains(ChartText.format("chart.legend.compare", input.compareScenario().name())),
        labels.toString());
    assertTrue(labels.stream().noneMatch(l -> l.endsWith(B_MARK)), labels.toString());
  }

  /** The entries the chart's legend shows, as drawn at the chart's last size. */
  private static List<String> legendLabels(ModelChart chart) {
    List<String> labels = new ArrayList<>();
    var items = chart.chart().getLegend().getSources()[0].getLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      labels.add(items.get(i).getLabel());
    }
    return labels;
  }
}
