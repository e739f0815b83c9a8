package com.computegap.export;

import com.computegap.model.Scenario;
import com.computegap.text.Messages;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The brief's claims, on a page after the brief (and its reality check): each claim with the claim
 * written out, its probability over the Monte Carlo runs, the 95 % interval and whether it holds as
 * set ({@link ClaimRows}). A4 portrait like the brief; a second page only when the claims (at most
 * 100) need it, with the column heads again.
 */
final class ClaimPages {

  static final PDRectangle SIZE = PDRectangle.A4;
  private static final float MARGIN_X = 36;
  private static final float MARGIN_TOP = 34;
  private static final float MARGIN_BOTTOM = 40;
  private static final float SIZE_TEXT = 8f;

  private static final Color INK = new Color(0x1B2433);
  private static final Color MUTED = new Color(0x566173);
  private static final Color ACCENT = new Color(0x1F5FAD);
  private static final Color RULE = new Color(0xD3D9E2);
  private static final Color ZEBRA = new Color(0xF6F8FA);

  // column widths in points: label, claim, probability, interval, as set
  private static final float[] WIDTHS = {178, 150, 52, 72, 43};
  private static final float GAP = 7;

  private final PDDocument document;
  private final PdfFonts fonts;
  private final String scenarioName;
  private final List<ClaimRows.Row> rows;
  private final Locale locale = Messages.locale();
  private final float contentWidth = SIZE.getWidth() - 2 * MARGIN_X;

  ClaimPages(PDDocument document, PdfFonts fonts, Scenario scenario) {
    this(document, fonts, scenario.name(), ClaimRows.of(scenario));
  }

  ClaimPages(PDDocument document, PdfFonts fonts, String scenarioName, List<ClaimRows.Row> rows) {
    this.document = document;
    this.fonts = fonts;
    this.scenarioName = scenarioName;
    this.rows = rows;
  }

  /** Adds the pages; nothing when there are no claims. Returns the pages added. */
  int addPages() throws IOException {
    return PageCanvas.addItemPages(document, SIZE, rows.size(), this::drawPage);
  }

  private int drawPage(PageCanvas c, int first, boolean firstPage) throws IOException {
    Typeface regular = fonts.regular();
    Typeface bold = fonts.bold();
    float y = MARGIN_TOP;
    c.text(
        bold,
        7.5f,
        ACCENT,
        MARGIN_X,
        y + 7.5f,
        Messages.get("export.claims.title").toUpperCase(locale));
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
      TextFit small = new TextFit(regular, 7.5f, locale);
      for (String l : small.wrap(ClaimRows.method(), contentWidth, 3).lines()) {
        c.text(regular, 7.5f, MUTED, MARGIN_X, y + 7.5f, l);
        y += 7.5f * 1.3f;
      }
      y += 6;
    }
    y = head(c, y);
    float bottom = SIZE.getHeight() - MARGIN_BOTTOM;
    float lh = SIZE_TEXT * 1.3f;
    TextFit text = new TextFit(regular, SIZE_TEXT, locale);
    int i = first;
    for (; i < rows.size(); i++) {
      ClaimRows.Row r = rows.get(i);
      List<String> label = text.wrap(r.label(), WIDTHS[0], 3).lines();
      List<String> claim = text.wrap(r.claim(), WIDTHS[1], 3).lines();
      float h = Math.max(1, Math.max(label.size(), claim.size())) * lh + 4;
      if (y + h > bottom && i > first) {
        break;
      }
      if ((i - first) % 2 == 1) {
        c.fill(MARGIN_X, y, contentWidth, h, ZEBRA);
      }
      float base = y + 2 + SIZE_TEXT;
      float x = MARGIN_X;
      for (int k = 0; k < label.size(); k++) {
        c.text(regular, SIZE_TEXT, INK, x, base + k * lh, label.get(k));
      }
      x += WIDTHS[0] + GAP;
      for (int k = 0; k < claim.size(); k++) {
        c.text(regular, SIZE_TEXT, INK, x, base + k * lh, claim.get(k));
      }
      x += WIDTHS[1] + GAP;
      c.textRight(bold, SIZE_TEXT, INK, x + WIDTHS[2], base, r.probability());
      x += WIDTHS[2] + GAP;
      c.textRight(regular, SIZE_TEXT, MUTED, x + WIDTHS[3], base, r.interval());
      x += WIDTHS[3] + GAP;
      c.textRight(regular, SIZE_TEXT, INK, x + WIDTHS[4], base, r.asSet());
      y += h;
    }
    c.line(MARGIN_X, y + 1, MARGIN_X + contentWidth, y + 1, 0.5f, RULE);
    return i;
  }

  private float head(PageCanvas c, float y) throws IOException {
    Typeface bold = fonts.bold();
    float size = 7.2f;
    float base = y + size;
    List<String> names = ClaimRows.header();
    float x = MARGIN_X;
    for (int k = 0; k < names.size(); k++) {
      if (k < 2) {
        c.text(bold, size, MUTED, x, base, names.get(k));
      } else {
        c.textRight(bold, size, MUTED, x + WIDTHS[k], base, names.get(k));
      }
      x += WIDTHS[k] + GAP;
    }
    y += size * 1.6f;
    c.line(MARGIN_X, y, MARGIN_X + contentWidth, y, 0.6f, RULE);
    return y + 1;
  }
}
