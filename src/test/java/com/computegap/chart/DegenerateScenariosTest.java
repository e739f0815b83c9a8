package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.DepinFunnel;
import com.computegap.model.Hyperscaler;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenarios at the edges of the valid ranges still draw every chart, in every size, without
 * failing, and their value and marker labels never overlap or leave the plot.
 */
class DegenerateScenariosTest {

  static Stream<Scenario> scenarios() {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    List<Hyperscaler> fifty = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      fifty.add(new Hyperscaler("Company " + i, 1 + i, i % 7, 50));
    }
    return Stream.of(
        GapRatioChartTest.nothingAnywhere(),
        essay.withYears(1),
        essay.withYears(30),
        essay.withHyperscalers(fifty).withYears(30),
        essay.withDepin(essay.depin().withFrontierEfficiencyPct(0)),
        essay.withChips(essay.chips().withSupplyK(0)),
        tokenPrice(essay, 10),
        BundledScenarios.load(BundledScenarios.REALITY_2026),
        tokenPrice(BundledScenarios.load(BundledScenarios.REALITY_2026), 10));
  }

  static Scenario tokenPrice(Scenario s, double multiplier) {
    return s.withDepin(s.depin().withTokenPriceMultiplier(multiplier));
  }

  /** Grid cells from a 1024x640 window up, a zoom window, and a squeezed cell. */
  private static final int[][] LABEL_SIZES = {
    {300, 200}, {420, 260}, {390, 385}, {590, 385}, {1600, 1000}
  };

  @ParameterizedTest
  @MethodSource("scenarios")
  void shouldPlaceWaterfallLabelsWithoutOverlapInsideThePlot(Scenario s) {
    ChartInput input = ChartFixtures.input(s);
    DepinFunnel f = DepinFunnel.of(s, input.result().row(input.focusYear()));
    // With usage revenue the waterfall shows one more stage: the buyers' cash plus the usage
    // revenue.
    boolean usage = input.result().rows().stream().anyMatch(r -> r.usageRevenueUsdB() > 0);
    double[] stages =
        usage
            ? new double[] {
              f.emittedUsdB(),
              f.soldUsdB(),
              f.absorbedUsdB(),
              f.cashUsdB(),
              f.aiShareUsdB(),
              f.aiCapexUsdB(),
              f.acceleratorSpendUsdB()
            }
            : new double[] {
              f.emittedUsdB(),
              f.soldUsdB(),
              f.absorbedUsdB(),
              f.aiShareUsdB(),
              f.aiCapexUsdB(),
              f.acceleratorSpendUsdB()
            };
    int losses = 0;
    for (int i = 1; i < stages.length; i++) {
      losses += stages[i - 1] - stages[i] > 1e-9 * Math.max(1, stages[i - 1]) ? 1 : 0;
    }
    for (int[] size : LABEL_SIZES) {
      WaterfallChart chart = ChartFixtures.chart(ChartKind.WATERFALL, input);
      ChartRenderingInfo info = drawWithInfo(chart, size);
      List<PlacedLabels.Placed> labels = chart.labels().last();
      String where = s.name() + " at " + size[0] + "x" + size[1];
      if (plotTooSmallToDraw(info)) {
        assertTrue(labels.isEmpty(), where);
        continue;
      }

      assertEquals(
          stages.length + losses, labels.size(), where + ": one label per stage and per loss");
      assertPlacedApartInside(labels, info.getPlotInfo().getDataArea(), where);
      assertDroppedValuesInTooltips(labels, info, where);
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void shouldPlaceCapexMarkerAndValueLabelsWithoutOverlapInsideThePlot(Scenario s) {
    ChartInput input = ChartFixtures.input(s);
    for (int[] size : LABEL_SIZES) {
      CapexChart chart = ChartFixtures.chart(ChartKind.CAPEX, input);
      ChartRenderingInfo info = drawWithInfo(chart, size);
      String where = s.name() + " at " + size[0] + "x" + size[1];

      assertPlacedApartInside(chart.labels().last(), info.getPlotInfo().getDataArea(), where);
      assertClearOfReportedFigures(chart, info, where);
    }
  }

  /**
   * No placed label covers a reported figure's cross: the crosses' areas are read from the entities
   * the renderer recorded while drawing them.
   */
  private static void assertClearOfReportedFigures(
      CapexChart chart, ChartRenderingInfo info, String where) {
    List<Rectangle2D> crosses = new ArrayList<>();
    for (Object e : info.getEntityCollection().getEntities()) {
      if (e instanceof XYItemEntity item && item.getDataset() == chart.actualMarkers().dataset()) {
        crosses.add(item.getArea().getBounds2D());
      }
    }
    for (PlacedLabels.Placed l : chart.labels().last()) {
      for (Rectangle2D cross : crosses) {
        assertFalse(
            !l.dropped() && l.box().intersects(cross),
            where + ": " + l + " covers the reported figure at " + cross);
      }
    }
  }

  @Test
  void shouldMoveTheEssayTotalsOffTheReportedFiguresAt1280x720() {
    // The capex cell of a 1280x720 window, where the 2025 total sat on the reported 2025 figure.
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    CapexChart chart = ChartFixtures.chart(ChartKind.CAPEX, ChartFixtures.input(essay));
    ChartRenderingInfo info = drawWithInfo(chart, new int[] {420, 260});

    assertTrue(chart.actualMarkers().count() > 0, "the essay holds reported capex figures");
    assertClearOfReportedFigures(chart, info, "essay at 420x260");
  }

  @Test
  void shouldShowEveryWaterfallLabelWhenThereIsRoom() {
    for (Scenario s :
        List.of(
            BundledScenarios.load(BundledScenarios.ESSAY),
            tokenPrice(BundledScenarios.load(BundledScenarios.ESSAY), 10),
            tokenPrice(BundledScenarios.load(BundledScenarios.REALITY_2026), 10))) {
      WaterfallChart chart = ChartFixtures.chart(ChartKind.WATERFALL, ChartFixtures.input(s));
      drawWithInfo(chart, new int[] {1600, 1000});

      assertTrue(
          chart.labels().last().stream().noneMatch(PlacedLabels.Placed::dropped),
          s.name() + ": " + chart.labels().last());
    }
  }

  /**
   * JFreeChart draws no plot (so no labels) in an area 10 px or less high: titles and legend took
   * it all.
   */
  private static boolean plotTooSmallToDraw(ChartRenderingInfo info) {
    var plot = info.getPlotInfo();
    return plot.getPlotArea() == null
        || plot.getPlotArea().getHeight() <= 10
        || plot.getDataArea() == null;
  }

  private static ChartRenderingInfo drawWithInfo(ModelChart chart, int[] size) {
    chart.fitTo(size[0], size[1]);
    BufferedImage image = ChartImages.newImage(size[0], size[1], 1);
    ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
    ChartImages.draw(chart.chart(), image, 1, info);
    return info;
  }

  private static void assertPlacedApartInside(
      List<PlacedLabels.Placed> labels, Rectangle2D dataArea, String where) {
    List<Rectangle2D> boxes =
        labels.stream().filter(l -> !l.dropped()).map(PlacedLabels.Placed::box).toList();
    for (int i = 0; i < boxes.size(); i++) {
      Rectangle2D a = boxes.get(i);
      assertTrue(
          a.getMinX() >= dataArea.getMinX()
              && a.getMaxX() <= dataArea.getMaxX()
              && a.getMinY() >= dataArea.getMinY()
              && a.getMaxY() <= dataArea.getMaxY(),
          where + ": " + labels.get(i) + " leaves the plot " + dataArea);
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(a.intersects(boxes.get(j)), where + ": " + a + " overlaps " + boxes.get(j));
      }
    }
  }

  /**
   * A dropped label's value is still in a tooltip of the chart (the "−" of a loss is the tooltip's
   * word).
   */
  private static void assertDroppedValuesInTooltips(
      List<PlacedLabels.Placed> labels, ChartRenderingInfo info, String where) {
    List<String> tooltips = new ArrayList<>();
    for (Object e : info.getEntityCollection().getEntities()) {
      String tip = ((ChartEntity) e).getToolTipText();
      if (tip != null) {
        tooltips.add(tip);
      }
    }
    for (PlacedLabels.Placed l : labels) {
      if (l.dropped()) {
        String value = l.text().replace("−", "");
        assertTrue(
            tooltips.stream().anyMatch(t -> t.contains(value)),
            where + ": " + value + " in no tooltip");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void shouldDrawEveryChartWithoutFailing(Scenario s) {
    ChartInput input = ChartFixtures.input(s).withCompare(s, ChartFixtures.input(s).result());
    for (ChartKind kind : ChartKind.values()) {
      for (int[] size : new int[][] {{390, 385}, {1600, 1000}}) {
        ModelChart chart = ChartFixtures.chart(kind, input);
        assertTrue(
            ChartFixtures.colours(ChartFixtures.draw(chart, size[0], size[1])) > 3,
            kind + " " + s.name());
      }
    }
  }
}
