package com.computegap.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Synchronous rendering of a chart to an image, for export (PNG), reports and tests. Each call
 * builds its own chart, so it may run on any thread, including while the render service is busy,
 * and needs no JavaFX toolkit (Java2D only, works headless).
 */
public final class ChartExporter {

  private ChartExporter() {}

  /**
   * The chart of {@code kind} for {@code input} in {@code theme}, {@code width x height} pixels.
   */
  public static BufferedImage render(
      ChartKind kind, ChartInput input, ChartTheme theme, int width, int height) {
    return render(kind, input, theme, width, height, 1.0);
  }

  /**
   * As {@link #render(ChartKind, ChartInput, ChartTheme, int, int)}, laid out for {@code width x
   * height} logical pixels and drawn at {@code scale} device pixels per logical pixel (2 for a
   * sharp print or a HiDPI slide); the image is {@code scale} times the size.
   */
  public static BufferedImage render(
      ChartKind kind, ChartInput input, ChartTheme theme, int width, int height, double scale) {
    if (width <= 0 || height <= 0 || !(scale > 0)) {
      throw new IllegalArgumentException(
          "size and scale must be positive: " + width + "x" + height + " @" + scale);
    }
    ModelChart chart = kind.create();
    chart.applyTheme(theme);
    chart.update(input);
    chart.fitTo(width, height);
    BufferedImage image = ChartImages.newImage(width, height, scale);
    ChartImages.draw(chart.chart(), image, scale, null);
    return image;
  }

  /** Writes {@code image} as a PNG file, creating its folder if needed. */
  public static void writePng(BufferedImage image, Path file) {
    try {
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      if (!ImageIO.write(image, "png", file.toFile())) {
        throw new IOException("no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
