package com.computegap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartTheme;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Messages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartExportTest {

  private final ChartInput input = ExportFixtures.input(BundledScenarios.ESSAY);

  @Test
  void shouldWriteAPngOfTheLogicalSizeTimesTheScale() throws Exception {
    byte[] png =
        ChartExport.png(
            ChartKind.CAPEX, input, ChartTheme.LIGHT, 640, 400, ChartExport.DEFAULT_SCALE);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(1280, image.getWidth());
    assertEquals(800, image.getHeight());
  }

  @Test
  void shouldWriteAnSvgThatParsesAsXmlWithPathsAndTheChartTitle() throws Exception {
    String svg = ChartExport.svg(ChartKind.GAP, input, ChartTheme.LIGHT, 800, 500);

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertTrue(doc.getElementsByTagNameNS("*", "path").getLength() > 0, "vector shapes as <path>");
    assertTrue(
        doc.getDocumentElement().getTextContent().contains(Messages.get("chart.gap.title")),
        "the title as real text");
  }

  @Test
  void shouldWriteAOnePagePdfWithTheTitleAsText() throws Exception {
    byte[] pdf = ChartExport.pdf(ChartKind.ALLOCATION, input, ChartTheme.LIGHT, 800, 500);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      assertEquals(
          600f, doc.getPage(0).getMediaBox().getWidth(), 0.01f, "0.75 pt per logical pixel");
    }
    String text = ExportFixtures.text(pdf);
    assertTrue(text.contains(Messages.get("chart.allocation.title")), text);
    assertTrue(text.contains("2028"), "tick labels are text too");
  }

  @Test
  void shouldWriteTheFileInTheFormatAsked(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sub/gap.svg");

    ChartExport.write(ChartFormat.SVG, ChartKind.GAP, input, ChartTheme.DARK, 400, 300, 2, file);

    assertTrue(Files.readString(file).contains("<svg"));
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void shouldRejectAnEmptySize() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ChartExport.svg(ChartKind.GAP, input, ChartTheme.LIGHT, 0, 300));
    assertThrows(
        IllegalArgumentException.class,
        () -> ChartExport.pdf(ChartKind.GAP, input, ChartTheme.LIGHT, 300, -1));
  }

  @Test
  void shouldKnowTheFormatOfAFileName() {
    assertEquals(ChartFormat.PNG, ChartFormat.ofFileName("capex.PNG"));
    assertEquals(ChartFormat.PDF, ChartFormat.ofFileName("a.b.pdf"));
    assertNull(ChartFormat.ofFileName("capex"));
    assertArrayEquals(
        new String[] {"png", "svg", "pdf"},
        java.util.Arrays.stream(ChartFormat.values()).map(ChartFormat::extension).toArray());
  }
}
