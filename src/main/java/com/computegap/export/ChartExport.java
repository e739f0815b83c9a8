package com.computegap.export;

import com.computegap.chart.ChartExporter;
import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartTheme;
import com.computegap.text.Messages;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Calendar;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * One chart as a file: PNG at a multiple of screen resolution, SVG or PDF as vector graphics with
 * real text. Each call builds its own chart from the input (the same chart the window shows, laid
 * out for the asked size), so any thread may call it, including while the window's render thread is
 * busy; nothing here needs the JavaFX toolkit.
 *
 * <p>Sizes are logical pixels, the chart's size on a screen at 100 % zoom. A PNG has {@code scale}
 * device pixels per logical pixel; a PDF page is 0.75 pt per logical pixel (96 dpi), so a 1000 x
 * 620 chart prints about 26 x 16 cm; an SVG is sized in pixels.
 */
public final class ChartExport {

  /** A size that reads well on a slide: the chart's roomy layout with every note shown. */
  public static final int DEFAULT_WIDTH = 1000;

  public static final int DEFAULT_HEIGHT = 620;

  /** Device pixels per logical pixel of a PNG: twice screen resolution. */
  public static final double DEFAULT_SCALE = 2;

  private static final float POINTS_PER_PIXEL = 0.75f;

  static {
    PoiLogging.quiet();
  }

  private ChartExport() {}

  /**
   * The chart in {@code format}. {@code scale} applies to PNG only (vector formats scale without
   * loss).
   *
   * @throws IllegalArgumentException when a size or the scale is not positive
   */
  public static byte[] toBytes(
      ChartFormat format,
      ChartKind kind,
      ChartInput input,
      ChartTheme theme,
      int width,
      int height,
      double scale) {
    return switch (format) {
      case PNG -> png(kind, input, theme, width, height, scale);
      case SVG -> svg(kind, input, theme, width, height).getBytes(StandardCharsets.UTF_8);
      case PDF -> pdf(kind, input, theme, width, height);
    };
  }

  /**
   * Writes the chart to {@code file} in {@code format}; the file appears whole or not at all.
   *
   * @throws IOException when the file cannot be written
   */
  public static void write(
      ChartFormat format,
      ChartKind kind,
      ChartInput input,
      ChartTheme theme,
      int width,
      int height,
      double scale,
      Path file)
      throws IOException {
    ExportFiles.write(file, toBytes(format, kind, input, theme, width, height, scale));
  }

  /** A PNG of {@code width*scale x height*scale} pixels (rounded up). */
  public static byte[] png(
      ChartKind kind, ChartInput input, ChartTheme theme, int width, int height, double scale) {
    BufferedImage image = ChartExporter.render(kind, input, theme, width, height, scale);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A standalone SVG document ({@code <?xml ...?><svg ...>}), text as {@code <text>} elements. */
  public static String svg(
      ChartKind kind, ChartInput input, ChartTheme theme, int width, int height) {
    checkSize(width, height);
    JFreeChart chart = PdfCharts.build(kind, input, theme, width, height);
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return g.getSVGDocument();
  }

  /**
   * A one-page PDF holding the chart as vector graphics, its text embedded in the bundled fonts.
   */
  public static byte[] pdf(
      ChartKind kind, ChartInput input, ChartTheme theme, int width, int height) {
    checkSize(width, height);
    JFreeChart chart = PdfCharts.build(kind, input, theme, width, height);
    try (PDDocument document = new PDDocument();
        PdfFonts fonts = new PdfFonts(document)) {
      PDPage page =
          new PDPage(new PDRectangle(width * POINTS_PER_PIXEL, height * POINTS_PER_PIXEL));
      document.addPage(page);
      PDFormXObject form = PdfCharts.form(document, fonts, chart, width, height);
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        stream.transform(Matrix.getScaleInstance(POINTS_PER_PIXEL, POINTS_PER_PIXEL));
        stream.drawForm(form);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(chartTitle(chart, kind) + " – " + input.scenario().name());
      info.setCreator(Messages.get("app.title"));
      info.setCreationDate(Calendar.getInstance());
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the chart PDF", e);
    }
  }

  private static String chartTitle(JFreeChart chart, ChartKind kind) {
    return chart.getTitle() != null && !chart.getTitle().getText().isBlank()
        ? chart.getTitle().getText()
        : Messages.get(kind.nameKey());
  }

  private static void checkSize(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("size must be positive: " + width + "x" + height);
    }
  }
}
