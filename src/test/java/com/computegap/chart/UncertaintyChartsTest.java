package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.Scenario;
import com.computegap.model.Statistic;
import com.computegap.model.Tornado;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Messages;
import com.computegap.viewmodel.TornadoViewModel;
import com.computegap.viewmodel.UncertaintyViewModel;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fan and tornado charts hold the engine's numbers and draw every bundled scenario without
 * failing.
 */
class UncertaintyChartsTest {

  @BeforeAll
  static void english() {
    Messages.setLocale(Locale.US);
  }

  static List<String> bundled() {
    return BundledScenarios.ALL;
  }

  private static UncertaintyViewModel.Outcome outcome(Scenario s, int runs) {
    MonteCarloResult r = MonteCarlo.run(s, MonteCarlo.Options.of(runs, 1));
    return new UncertaintyViewModel.Outcome(s, r, GapModel.compute(s), 0, List.of());
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldHoldThePercentilesInTheBandsAndDrawThem(String file) {
    Scenario s = BundledScenarios.load(file);
    UncertaintyViewModel.Outcome o = outcome(s, 2_000);
    for (Column c : UncertaintyViewModel.FAN_COLUMNS) {
      FanChart chart = new FanChart(c);
      FanData data = UncertaintyViewModel.fan(o, c);
      chart.update(data);
      BandDataset bands = chart.bands();
      assertEquals(2, bands.getSeriesCount());
      for (int i = 0; i < s.years(); i++) {
        int year = s.startYear() + i;
        assertEquals(year, bands.year(i));
        assertEquals(
            o.result().get(c, year, Statistic.P5), bands.getStartYValue(FanChart.OUTER, i));
        assertEquals(o.result().get(c, year, Statistic.P95), bands.getEndYValue(FanChart.OUTER, i));
        assertEquals(
            o.result().get(c, year, Statistic.P25), bands.getStartYValue(FanChart.INNER, i));
        assertEquals(o.result().get(c, year, Statistic.P75), bands.getEndYValue(FanChart.INNER, i));
        assertEquals(o.result().get(c, year, Statistic.P50), bands.getYValue(FanChart.INNER, i));
      }
      List<double[]> lines = chart.lineValues();
      for (int i = 0; i < s.years(); i++) {
        double median = data.p50()[i];
        double expected = median > 0 && Double.isFinite(median) ? median : Double.NaN;
        assertEquals(expected, lines.get(FanChart.MEDIAN)[i], "median " + c + " " + i);
      }
      for (ChartTheme theme : ChartTheme.values()) {
        chart.applyTheme(theme);
        draw(chart.chart().createBufferedImage(640, 360), chart.chart());
      }
    }
  }

  @Test
  void shouldGiveEveryYearOfTheFanATooltip() {
    Scenario s = BundledScenarios.load(BundledScenarios.ESSAY);
    FanChart chart = new FanChart(Column.COMPUTE_GAP_RATIO);
    FanData data = UncertaintyViewModel.fan(outcome(s, 2_000), Column.COMPUTE_GAP_RATIO);
    chart.update(data);
    ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
    chart.chart().createBufferedImage(640, 360, info);
    long tips =
        ((java.util.Collection<?>) info.getEntityCollection().getEntities())
            .stream()
                .filter(e -> e instanceof XYItemEntity x && x.getDataset() == chart.bands())
                .map(e -> ((ChartEntity) e).getToolTipText())
                .distinct()
                .count();
    assertEquals(s.years(), tips);
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldDrawTheTornadoBarsFromTheScenarioValueToEachEnd(String file) {
    Scenario s = BundledScenarios.load(file);
    for (Column c :
        List.of(Column.SPEND_GAP_RATIO, Column.COMPUTE_GAP_RATIO, Column.DEPIN_AI_CAPEX_USD_B)) {
      TornadoBars data = TornadoViewModel.build(s, c, s.startYear());
      TornadoChart chart = new TornadoChart();
      chart.update(data);
      Tornado t = data.tornado();
      for (int i = 0; i < Math.min(TornadoChart.MAX_BARS, data.rows().size()); i++) {
        Tornado.Bar bar = t.bars().get(i);
        double[] low = chart.barExtent(TornadoChart.LOW, i);
        double[] high = chart.barExtent(TornadoChart.HIGH, i);
        assertEquals(t.base(), low[0]);
        assertEquals(t.base(), high[0]);
        if (Double.isFinite(bar.lowOutput())) {
          assertEquals(bar.lowOutput(), low[1], c + " " + bar);
        }
        if (Double.isFinite(bar.highOutput())) {
          assertEquals(bar.highOutput(), high[1], c + " " + bar);
        }
      }
      draw(chart.chart().createBufferedImage(1100, 360), chart.chart());
    }
  }

  @Test
  void shouldDrawAnInfiniteEndToTheEdgeOfTheAxis() {
    Scenario s = BundledScenarios.load(BundledScenarios.ESSAY);
    TornadoBars data = TornadoViewModel.build(s, Column.COMPUTE_GAP_RATIO, s.endYear());
    TornadoChart chart = new TornadoChart();
    chart.update(data);
    double top = chart.chart().getXYPlot().getRangeAxis().getUpperBound();
    for (int i = 0; i < data.rows().size(); i++) {
      TornadoBars.Row r = data.rows().get(i);
      if (r.highOutput() == Double.POSITIVE_INFINITY) {
        assertEquals(top, chart.barExtent(TornadoChart.HIGH, i)[1]);
        assertEquals("\u221E", r.highText());
      }
    }
    assertFalse(data.rows().isEmpty());
  }

  @Test
  void shouldShowWhyThereAreNoBars() {
    Scenario s = BundledScenarios.load(BundledScenarios.ESSAY).withUncertainty(List.of());
    TornadoBars data = TornadoViewModel.build(s, Column.SPEND_GAP_RATIO, s.startYear());
    TornadoChart chart = new TornadoChart();
    chart.update(data);
    assertTrue(data.rows().isEmpty());
    assertEquals(data.empty(), chart.chart().getXYPlot().getNoDataMessage());
    draw(chart.chart().createBufferedImage(800, 300), chart.chart());
  }

  private static void draw(BufferedImage image, org.jfree.chart.JFreeChart chart) {
    assertEquals(
        chart.getBackgroundPaint(),
        new java.awt.Color(image.getRGB(2, 2), true),
        "the chart drew its background");
  }
}
