package com.computegap.export;

import com.computegap.model.Actual;
import com.computegap.model.ModelResult;
import com.computegap.model.RealityCheck;
import com.computegap.model.Scenario;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import com.computegap.text.RealityTexts;
import com.computegap.text.RealityTexts.Closeness;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The brief's reality check, on the pages after the brief itself: every reported figure of the
 * scenario beside the model's value and the error, the error coloured by its size as in the window,
 * under the same summary line ("Within ±10 % of 9 of 12 reported figures"). A4 portrait like the
 * brief; as many pages as the figures need (at most 500 figures, 20 to 48 to a page, by the length
 * of their sources), each with the column heads again.
 */
final class RealityCheckPages {

  /**
   * One table line, as text.
   *
   * @param series the figure's series, with the company
   * @param year the year
   * @param actual the reported value
   * @param model the model's value, "–" for none
   * @param error the error, "–" for none
   * @param closeness the error's band, which colours it
   * @param source the source with its "as of" date
   */
  record Line(
      String series,
      String year,
      String actual,
      String model,
      String error,
      Closeness closeness,
      String source) {}

  static final PDRectangle SIZE = PDRectangle.A4;
  private static final float MARGIN_X = 36;
  private static final float MARGIN_TOP = 34;
  private static final float MARGIN_BOTTOM = 40;
  private static final float SIZE_TEXT = 7.6f;
  private static final int SOURCE_MAX_LINES = 3;

  private static final Color INK = new Color(0x1B2433);
  private static final Color MUTED = new Color(0x566173);
  private static final Color ACCENT = new Color(0x1F5FAD);
  private static final Color RULE = new Color(0xD3D9E2);
  private static final Color ZEBRA = new Color(0xF6F8FA);

  // column widths in points; the source takes the rest of the page's width
  private static final float SERIES_WIDTH = 122;
  private static final float YEAR_WIDTH = 26;
  private static final float NUMBER_WIDTH = 44;
  private static final float ERROR_WIDTH = 44;
  private static final float GAP = 8;

  private final PDDocument document;
  private final PdfFonts fonts;
  private final String scenarioName;
  private final String summary;
  private final List<Line> lines;
  private final Locale locale = Messages.locale();
  private final float contentWidth = SIZE.getWidth() - 2 * MARGIN_X;

  RealityCheckPages(PDDocument document, PdfFonts fonts, Scenario scenario, ModelResult result) {
    this.document = document;
    this.fonts = fonts;
    this.scenarioName = scenario.name();
    List<RealityCheck.Row> rows = RealityCheck.rows(scenario, result);
    RealityCheck.Summary sum = RealityCheck.summary(rows);
    this.summary = RealityTexts.summary(sum.within(), sum.compared(), sum.total());
    this.lines = lines(rows);
  }

  /** The table's lines for the model's reality-check rows: the same texts as the window's panel. */
  static List<Line> lines(List<RealityCheck.Row> rows) {
    List<Line> out = new ArrayList<>(rows.size());
    for (RealityCheck.Row r : rows) {
      Actual a = r.actual();
      double error = r.hasModel() ? r.errorPct() : Double.NaN;
      out.add(
          new Line(
              RealityTexts.series(a.series(), a.company()),
              Formats.year(a.year()),
              RealityTexts.value(a.series(), a.value()),
              r.hasModel()
                  ? RealityTexts.value(a.series(), r.model())
                  : Formats.nonFinite(Double.NaN),
              RealityTexts.error(error),
              RealityTexts.closeness(error),
              RealityTexts.source(a.source(), a.asOf() == null ? null : a.asOf().toString())));
    }
    return List.copyOf(out);
  }

  /**
   * The colour of an error's band on paper: the window's green, orange and red, dark enough to
   * print.
   */
  static Color colour(Closeness c) {
    return switch (c) {
      case CLOSE -> new Color(0x1B7F4B);
      case NEAR -> new Color(0xB86E00);
      case FAR -> new Color(0xB3261E);
      case NONE -> MUTED;
    };
  }

  /**
   * Adds the pages to the document; adds nothing when there are no lines. Returns the pages added.
   */
  int addPages() throws IOException {
    return PageCanvas.addItemPages(document, SIZE, lines.size(), this::drawPage);
  }

  /**
   * Draws lines from {@code first} on, as many as fit; returns the index of the first not drawn.
   */
  private int drawPage(PageCanvas c, int first, boolean firstPage) throws IOException {
    Typeface regular = fonts.regular();
    Typeface bold = fonts.bold();
    float y = MARGIN_TOP;
    String kicker = Messages.get("tab.reality").toUpperCase(locale);
    c.text(bold, 7.5f, ACCENT, MARGIN_X, y + 7.5f, kicker);
    y += 7.5f + 8;
    if (firstPage) {
      c.text(
          bold,
          15,
          INK,
          MARGIN_X,
          y + 15,
          new TextFit(bold, 15, locale).ellipsize(scenarioName, contentWidth));
      y += 15 * 1.3f;
      c.text(
          bold,
          10,
          INK,
          MARGIN_X,
          y + 10,
          new TextFit(bold, 10, locale).ellipsize(summary, contentWidth));
      y += 10 * 1.5f;
      TextFit small = new TextFit(regular, 7, locale);
      for (String l : small.wrap(Messages.get("reality.explain"), contentWidth, 3).lines()) {
        c.text(regular, 7, MUTED, MARGIN_X, y + 7, l);
        y += 7 * 1.3f;
      }
      y += 6;
    }
    y = head(c, y);
    float bottom = SIZE.getHeight() - MARGIN_BOTTOM;
    float lh = SIZE_TEXT * 1.3f;
    float sourceX = sourceX();
    float sourceWidth = MARGIN_X + contentWidth - sourceX;
    TextFit text = new TextFit(regular, SIZE_TEXT, locale);
    int i = first;
    for (; i < lines.size(); i++) {
      Line line = lines.get(i);
      List<String> source = text.wrap(line.source(), sourceWidth, SOURCE_MAX_LINES).lines();
      List<String> series = text.wrap(line.series(), SERIES_WIDTH, 2).lines();
      int rowLines = Math.max(1, Math.max(source.size(), series.size()));
      float h = rowLines * lh + 4;
      if (y + h > bottom && i > first) {
        break;
      }
      if ((i - first) % 2 == 1) {
        c.fill(MARGIN_X, y, contentWidth, h, ZEBRA);
      }
      float base = y + 2 + SIZE_TEXT;
      float x = MARGIN_X;
      for (int k = 0; k < series.size(); k++) {
        c.text(regular, SIZE_TEXT, INK, x, base + k * lh, series.get(k));
      }
      x += SERIES_WIDTH + GAP;
      c.textRight(regular, SIZE_TEXT, INK, x + YEAR_WIDTH, base, line.year());
      x += YEAR_WIDTH + GAP;
      c.textRight(regular, SIZE_TEXT, INK, x + NUMBER_WIDTH, base, line.actual());
      x += NUMBER_WIDTH + GAP;
      c.textRight(regular, SIZE_TEXT, INK, x + NUMBER_WIDTH, base, line.model());
      x += NUMBER_WIDTH + GAP;
      Color band = colour(line.closeness());
      if (line.closeness() != Closeness.NONE) {
        c.fill(x, y + 1, ERROR_WIDTH, h - 2, tint(band));
      }
      c.textRight(bold, SIZE_TEXT, band, x + ERROR_WIDTH - 3, base, line.error());
      for (int k = 0; k < source.size(); k++) {
        c.text(regular, SIZE_TEXT, MUTED, sourceX, base + k * lh, source.get(k));
      }
      y += h;
    }
    c.line(MARGIN_X, y + 1, MARGIN_X + contentWidth, y + 1, 0.5f, RULE);
    if (firstPage) {
      legend(c, y + 12);
    }
    return i;
  }

  private float sourceX() {
    return MARGIN_X + SERIES_WIDTH + YEAR_WIDTH + 2 * NUMBER_WIDTH + ERROR_WIDTH + 5 * GAP;
  }

  private float head(PageCanvas c, float y) throws IOException {
    Typeface bold = fonts.bold();
    float size = 7.2f;
    float base = y + size;
    float x = MARGIN_X;
    c.text(bold, size, MUTED, x, base, Messages.get("reality.column.series"));
    x += SERIES_WIDTH + GAP;
    c.textRight(bold, size, MUTED, x + YEAR_WIDTH, base, Messages.get("reality.column.year"));
    x += YEAR_WIDTH + GAP;
    c.textRight(bold, size, MUTED, x + NUMBER_WIDTH, base, Messages.get("reality.column.actual"));
    x += NUMBER_WIDTH + GAP;
    c.textRight(bold, size, MUTED, x + NUMBER_WIDTH, base, Messages.get("reality.column.model"));
    x += NUMBER_WIDTH + GAP;
    c.textRight(bold, size, MUTED, x + ERROR_WIDTH - 3, base, Messages.get("reality.column.error"));
    c.text(bold, size, MUTED, sourceX(), base, Messages.get("reality.column.source"));
    y += size * 1.6f;
    c.line(MARGIN_X, y, MARGIN_X + contentWidth, y, 0.6f, RULE);
    return y + 1;
  }

  /** The colour key under the table: one swatch per band. */
  private void legend(PageCanvas c, float y) throws IOException {
    float x = MARGIN_X;
    float size = 7;
    for (Closeness band : Closeness.values()) {
      String label = band.label();
      c.fill(x, y, 8, 8, band == Closeness.NONE ? ZEBRA : tint(colour(band)));
      c.stroke(x, y, 8, 8, 0.5f, colour(band));
      c.text(fonts.regular(), size, INK, x + 11, y + size, label);
      x += 11 + fonts.regular().width(label, size) + 16;
    }
  }

  /** A pale version of a band's colour for the cell behind the error. */
  private static Color tint(Color c) {
    float keep = 0.16f;
    return new Color(
        Math.round(255 - (255 - c.getRed()) * keep),
        Math.round(255 - (255 - c.getGreen()) * keep),
        Math.round(255 - (255 - c.getBlue()) * keep));
  }
}
