package com.computegap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.chart.ChartTheme;
import com.computegap.scenario.BundledScenarios;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;

/**
 * The frame that holds each native chart covers the slide's content box. POI reads a chart frame's
 * rectangle in EMU where every other shape takes points; a frame given in points came out 1/12,700
 * of its size (under a thousandth of an inch), so LibreOffice and PowerPoint drew the chart slides
 * empty while every "inside the slide" check still passed.
 */
class DeckChartFrameTest {

  @Test
  void shouldGiveEveryChartTheContentBoxOfItsSlide() throws IOException {
    byte[] pptx =
        DeckExport.pptx(
            BundledScenarios.load(BundledScenarios.REALITY_2026),
            Locale.US,
            ChartTheme.LIGHT,
            LocalDate.of(2026, 3, 1));
    int frames = 0;
    try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      // 960 x 540 points: 13.33 x 7.5 inches, 12,192,000 x 6,858,000 EMU
      assertEquals(960, deck.getPageSize().getWidth(), 1e-9);
      for (XSLFSlide slide : deck.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof XSLFGraphicFrame frame && frame.hasChart()) {
            frames++;
            var box = frame.getAnchor(); // points
            // the content box: 36 pt margins, from 84 pt under the heading to 28 pt above the foot
            assertEquals(36, box.getX(), 1e-6, slide.getSlideNumber() + " x");
            assertEquals(84, box.getY(), 1e-6, slide.getSlideNumber() + " y");
            assertEquals(960 - 72, box.getWidth(), 1e-6, slide.getSlideNumber() + " width");
            assertEquals(540 - 28 - 84, box.getHeight(), 1e-6, slide.getSlideNumber() + " height");
          }
        }
      }
    }
    assertTrue(frames >= 5, frames + " chart frames");
  }

  /** reality-2026 has 17 actuals: the deck ends with their table, one row each. */
  @Test
  void shouldListEveryActualOfRealityInTheDeck() throws IOException {
    var s = BundledScenarios.load(BundledScenarios.REALITY_2026);
    byte[] pptx = DeckExport.pptx(s, Locale.US, ChartTheme.LIGHT, LocalDate.of(2026, 3, 1));
    String title = com.computegap.text.Messages.get("export.deck.reality.title");
    int rows = 0;
    int pages = 0;
    StringBuilder text = new StringBuilder();
    try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
      for (XSLFSlide slide : deck.getSlides()) {
        boolean reality =
            slide.getShapes().stream()
                .anyMatch(
                    sh ->
                        sh instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t
                            && t.getText().startsWith(title));
        if (!reality) {
          continue;
        }
        pages++;
        for (XSLFShape shape : slide.getShapes()) {
          if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTable table) {
            rows += table.getNumberOfRows() - 1; // a header row on each page
            table
                .getRows()
                .forEach(r -> r.getCells().forEach(c -> text.append(c.getText()).append('|')));
          }
        }
      }
    }
    assertTrue(pages >= 1, "no reality check slide");
    assertEquals(17, s.actuals().size());
    assertEquals(17, rows, "one row per actual");
    for (String company : java.util.List.of("Microsoft", "Amazon", "Alphabet", "Meta")) {
      assertTrue(text.toString().contains(company), company);
    }
  }
}
