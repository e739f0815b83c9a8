package com.computegap.export;

import com.computegap.chart.ChartPalette;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.text.Formats;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import com.computegap.text.NonFiniteReasons;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The deck's slide furniture: 16:9 page geometry, the slide heading, the title slide, the KPI cards
 * and the speaker notes. Colours come from the chart palette of the chosen theme.
 */
final class DeckSlides {

  /** Slide size, points (13.33 × 7.5 inches, PowerPoint's 16:9). */
  static final int WIDTH = 960;

  static final int HEIGHT = 540;
  static final double MARGIN = 36;

  /** Top of the content under a heading. */
  static final double CONTENT_TOP = 84;

  static final double CONTENT_BOTTOM = HEIGHT - 28;

  private final XMLSlideShow deck;
  private final ChartPalette palette;
  private final Locale locale;

  DeckSlides(XMLSlideShow deck, ChartPalette palette, Locale locale) {
    this.deck = deck;
    this.palette = palette;
    this.locale = locale;
  }

  /** The content box under a heading. */
  static Rectangle2D content() {
    return new Rectangle2D.Double(
        MARGIN, CONTENT_TOP, WIDTH - 2 * MARGIN, CONTENT_BOTTOM - CONTENT_TOP);
  }

  /** A new slide in the theme's background with {@code heading} at the top. */
  XSLFSlide slide(String heading) {
    XSLFSlide slide = deck.createSlide();
    slide.getBackground().setFillColor(palette.background());
    DeckText.box(
        slide,
        new Rectangle2D.Double(MARGIN, 20, WIDTH - 2 * MARGIN, 56),
        heading,
        new DeckText.Style(26, 16, palette.text(), true),
        locale);
    return slide;
  }

  /** The speaker notes of {@code slide}. */
  void notes(XSLFSlide slide, String text) {
    XSLFNotes notes = deck.getNotesSlide(slide);
    for (XSLFTextShape shape : notes.getPlaceholders()) {
      if (shape.getTextType() == Placeholder.BODY) {
        shape.setText(text);
        return;
      }
    }
    notes.createTextBox().setText(text);
  }

  /** Scenario name, description, horizon, date and, when there are actuals, their "as of". */
  XSLFSlide title(Scenario s, LocalDate date, LocalDate asOf) {
    XSLFSlide slide = deck.createSlide();
    slide.getBackground().setFillColor(palette.background());
    double w = WIDTH - 2 * MARGIN;
    XSLFAutoShape accent = slide.createAutoShape();
    accent.setShapeType(ShapeType.RECT);
    accent.setAnchor(new Rectangle2D.Double(MARGIN, 92, 96, 6));
    accent.setFillColor(palette.depin());
    accent.setLineColor(null);
    DeckText.box(
        slide,
        new Rectangle2D.Double(MARGIN, 56, w, 30),
        Messages.get("export.deck.kicker"),
        new DeckText.Style(16, 12, palette.mutedText(), true),
        locale);
    DeckText.box(
        slide,
        new Rectangle2D.Double(MARGIN, 108, w, 110),
        s.name(),
        new DeckText.Style(40, 22, palette.text(), true),
        locale);
    String description = s.description() == null ? "" : s.description();
    DeckText.box(
        slide,
        new Rectangle2D.Double(MARGIN, 226, w, 190),
        description,
        new DeckText.Style(18, 11, palette.text(), false),
        locale);
    StringBuilder facts = new StringBuilder();
    facts.append(
        Messages.format(
            "export.brief.horizon",
            Formats.year(s.startYear()),
            Formats.year(s.endYear()),
            s.years()));
    facts.append('\n').append(Messages.format("export.deck.date", date(date)));
    if (asOf != null) {
      facts.append('\n').append(Messages.format("export.deck.asOf", date(asOf)));
    }
    DeckText.box(
        slide,
        new Rectangle2D.Double(MARGIN, 424, w, 84),
        facts.toString(),
        new DeckText.Style(14, 10, palette.mutedText(), false),
        locale);
    return slide;
  }

  private String date(LocalDate d) {
    return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
  }

  /**
   * The five headline numbers as cards, each with its title, value and what it means (or why ∞).
   */
  XSLFSlide kpis(Scenario s, ModelResult r) {
    XSLFSlide slide = slide(Messages.get("export.brief.section.kpis"));
    KpiKind[] kinds = KpiKind.values();
    double gap = 14;
    double width = (WIDTH - 2 * MARGIN - gap * (kinds.length - 1)) / kinds.length;
    double top = CONTENT_TOP + 20;
    double height = 300;
    Color card = mix(palette.gridline(), palette.background(), 0.5);
    for (int i = 0; i < kinds.length; i++) {
      KpiKind k = kinds[i];
      double x = MARGIN + i * (width + gap);
      String reason = NonFiniteReasons.of(k, s, r);
      boolean warn = !reason.isEmpty();
      XSLFAutoShape back = slide.createAutoShape();
      back.setShapeType(ShapeType.RECT);
      back.setAnchor(new Rectangle2D.Double(x, top, width, height));
      back.setFillColor(card);
      back.setLineColor(null);
      XSLFAutoShape bar = slide.createAutoShape();
      bar.setShapeType(ShapeType.RECT);
      bar.setAnchor(new Rectangle2D.Double(x, top, width, 5));
      bar.setFillColor(warn ? palette.shockText() : palette.hyperscalers());
      bar.setLineColor(null);
      double inner = width - 12;
      DeckText.box(
          slide,
          new Rectangle2D.Double(x + 6, top + 14, inner, 52),
          Messages.get(k.keyStem() + ".title"),
          new DeckText.Style(14, 10, palette.mutedText(), true),
          locale);
      DeckText.box(
          slide,
          new Rectangle2D.Double(x + 6, top + 70, inner, 56),
          k.format(k.valueOf(r)),
          new DeckText.Style(32, 14, warn ? palette.shockText() : palette.text(), true),
          locale);
      DeckText.box(
          slide,
          new Rectangle2D.Double(x + 6, top + 132, inner, height - 140),
          warn ? reason : kpiNote(k, s),
          new DeckText.Style(13, 9, palette.mutedText(), false),
          locale);
    }
    return slide;
  }

  /** What a card's number is, with the years filled in (the brief's wording). */
  static String kpiNote(KpiKind kind, Scenario s) {
    String first = Formats.year(s.startYear());
    String last = Formats.year(s.endYear());
    return switch (kind) {
      case FIRST_YEAR_SPEND_GAP -> Messages.format("export.brief.kpi.firstYearSpendGap", first);
      case CUMULATIVE_SPEND_GAP ->
          Messages.format("export.brief.kpi.cumulativeSpendGap", first, last);
      case FINAL_COMPUTE_GAP -> Messages.format("export.brief.kpi.finalComputeGap", last);
      case PARITY_TOKEN_PRICE -> Messages.format("export.brief.kpi.parityTokenPrice", first);
      case PARITY_BUYER_DEMAND -> Messages.format("export.brief.kpi.parityBuyerDemand", first);
    };
  }

  /** {@code a} mixed with {@code b}: {@code share} 1 is {@code a}. */
  static Color mix(Color a, Color b, double share) {
    return new Color(
        (int) Math.round(a.getRed() * share + b.getRed() * (1 - share)),
        (int) Math.round(a.getGreen() * share + b.getGreen() * (1 - share)),
        (int) Math.round(a.getBlue() * share + b.getBlue() * (1 - share)));
  }
}
