package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.scenario.BundledScenarios;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartThemeTest {

  @ParameterizedTest
  @EnumSource(ChartKind.class)
  void shouldRestyleAnExistingChartInPlace(ChartKind kind) {
    ModelChart chart =
        ChartFixtures.chart(kind, ChartFixtures.input(BundledScenarios.TAIWAN_DISRUPTION));
    JFreeChart before = chart.chart();

    chart.applyTheme(ChartTheme.DARK);

    assertSame(before, chart.chart());
    assertEquals(ChartTheme.DARK.palette().background(), chart.chart().getBackgroundPaint());
    assertEquals(ChartTheme.DARK.palette().text(), chart.chart().getTitle().getPaint());
    BufferedImage image = ChartFixtures.draw(chart, 600, 400);
    assertEquals(ChartTheme.DARK.palette().background().getRGB(), image.getRGB(2, 2));
  }

  @Test
  void shouldKeepTickLabelsReadableInEveryTheme() {
    for (ChartTheme theme : ChartTheme.values()) {
      ModelChart chart = ChartKind.GAP.create();
      chart.applyTheme(theme);
      assertTrue(chart.chart().getXYPlot().getRangeAxis().getTickLabelFont().getSize() >= 13);
      assertTrue(chart.chart().getXYPlot().getDomainAxis().getTickLabelFont().getSize() >= 13);
    }
  }

  @Test
  void shouldGiveEveryThemeItsOwnBackground() {
    assertNotEquals(
        ChartTheme.LIGHT.palette().background(), ChartTheme.DARK.palette().background());
    assertTrue(
        ChartTheme.HIGH_CONTRAST.palette().lineWidth() > ChartTheme.LIGHT.palette().lineWidth());
  }
}
