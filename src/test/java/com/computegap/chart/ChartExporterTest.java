package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.scenario.BundledScenarios;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartExporterTest {

  private final ChartInput input =
      ChartFixtures.compare(BundledScenarios.TAIWAN_DISRUPTION, BundledScenarios.ESSAY);

  @ParameterizedTest
  @EnumSource(ChartKind.class)
  void shouldRenderAnImageOfTheRequestedSize(ChartKind kind) {
    BufferedImage image = ChartExporter.render(kind, input, ChartTheme.LIGHT, 640, 400);

    assertEquals(640, image.getWidth());
    assertEquals(400, image.getHeight());
    assertTrue(ChartFixtures.colours(image) > 10, "a drawn chart, not a blank image");
  }

  @Test
  void shouldRenderAtTheRequestedScaleForSharpExports() {
    BufferedImage image =
        ChartExporter.render(ChartKind.GAP, input, ChartTheme.DARK, 800, 500, 2.0);

    assertEquals(1600, image.getWidth());
    assertEquals(1000, image.getHeight());
  }

  @Test
  void shouldRejectAnEmptySize() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ChartExporter.render(ChartKind.GAP, input, ChartTheme.LIGHT, 0, 400));
  }

  @Test
  void shouldWriteAPng(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("out/capex.png");

    ChartExporter.writePng(
        ChartExporter.render(ChartKind.CAPEX, input, ChartTheme.HIGH_CONTRAST, 320, 200), file);

    assertEquals(320, javax.imageio.ImageIO.read(file.toFile()).getWidth());
    assertTrue(Files.size(file) > 1000);
  }
}
