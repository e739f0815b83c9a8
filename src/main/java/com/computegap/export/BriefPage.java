package com.computegap.export;

import static com.computegap.export.BriefTableFit.COLUMN_GAP;
import static com.computegap.export.BriefTableFit.LABEL_MAX_LINES;
import static com.computegap.export.BriefTableFit.LABEL_WIDTH;
import static com.computegap.export.BriefTableFit.VALUE_WIDTH;
import static com.computegap.export.BriefTableFit.groupHeight;
import static com.computegap.export.BriefTableFit.headHeight;
import static com.computegap.export.BriefTableFit.rowPad;

import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartPalette;
import com.computegap.chart.ChartTheme;
import com.computegap.export.BriefTableFit.Block;
import com.computegap.export.BriefTableFit.Group;
import com.computegap.export.BriefTableFit.Row;
import com.computegap.export.BriefTableFit.TableFit;
import com.computegap.model.FieldScope;
import com.computegap.model.ModelResult;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterGroup;
import com.computegap.model.ParameterPath;
import com.computegap.model.PathExpression;
import com.computegap.model.ReferenceMarker;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioParameters;
import com.computegap.model.Unit;
import com.computegap.text.Formats;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import com.computegap.text.NonFiniteReasons;
import com.computegap.text.ParameterNames;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.JFreeChart;

/**
 * Lays out and draws the one page of a {@link ScenarioBrief} (A4 portrait): header with name,
 * horizon and description; the five KPI cards with their ∞ reasons; the capex, gap and chip
 * allocation charts as vector drawings; the assumptions table with every numeric parameter, its
 * value and its source; notes on anything shortened; a footer explaining the units.
 *
 * <p>Nothing may run off the page: the description and card texts are capped in lines, the table
 * tries smaller type and then fewer source lines until it fits, and as a last resort leaves rows
 * out. Whatever was cut is ended with "…" and named in a note on the page.
 */
final class BriefPage {

  static final PDRectangle SIZE = PDRectangle.A4;

  private static final float MARGIN_X = 36;
  private static final float MARGIN_TOP = 28;
  private static final float MARGIN_BOTTOM = 24;
  private static final float GAP = 8;

  private static final ChartPalette.Print PAPER = ChartPalette.print();
  private static final Color INK = PAPER.ink();
  private static final Color MUTED = PAPER.muted();
  private static final Color FAINT = PAPER.faint();
  private static final Color ACCENT = PAPER.accent();
  private static final Color WARN = PAPER.warn();
  private static final Color CARD = PAPER.card();
  private static final Color RULE = PAPER.rule();
  private static final Color ZEBRA = PAPER.zebra();

  /** The charts of the brief, in reading order. */
  static final List<ChartKind> CHARTS =
      List.of(ChartKind.CAPEX, ChartKind.GAP, ChartKind.ALLOCATION);

  /** Logical width each chart is laid out at; below 700 px the charts take their compact form. */
  private static final float CHART_LAYOUT_WIDTH = 470;

  private static final int DESCRIPTION_MAX_LINES = 4;
  private static final int KPI_TEXT_MAX_LINES = 4;
  private static final float CHART_ASPECT = 0.64f;

  private final PDDocument document;
  private final PdfFonts fonts;
  private final Scenario scenario;
  private final ModelResult result;
  private final LocalDate date;
  private final Locale locale;
  private final float contentWidth = SIZE.getWidth() - 2 * MARGIN_X;
  private final List<String> notes = new ArrayList<>();

  BriefPage(
      PDDocument document, PdfFonts fonts, Scenario scenario, ModelResult result, LocalDate date) {
    this.document = document;
    this.fonts = fonts;
    this.scenario = Objects.requireNonNull(scenario);
    this.result = Objects.requireNonNull(result);
    this.date = Objects.requireNonNull(date);
    this.locale = Messages.locale();
  }

  private TextFit fit(Typeface face, float size) {
    return new TextFit(face, size, locale);
  }

  private static float lineHeight(float size) {
    return BriefTableFit.lineHeight(size);
  }

  private float sourceWidth() {
    return contentWidth - LABEL_WIDTH - VALUE_WIDTH - 2 * COLUMN_GAP;
  }

  private int labelLines(TextFit text, Row row) {
    return text.wrap(label(row), LABEL_WIDTH, LABEL_MAX_LINES).count();
  }

  /**
   * The table's fit in the room from {@code top} to the bottom margin, with the page's notes (see
   * {@link BriefTableFit#choose}).
   */
  private TableFit chooseFit(List<Group> groups, float top) {
    float room = SIZE.getHeight() - MARGIN_BOTTOM - top;
    var search = new BriefTableFit(size -> fit(fonts.regular(), size), this::label, sourceWidth());
    return search.choose(groups, room, notes.size(), BriefPage::reservedBelow);
  }

  /** Draws the whole page. */
  void draw(PageCanvas c) throws IOException {
    if (hasMissingGlyphs()) {
      notes.add(Messages.get("export.brief.note.missingGlyphs"));
    }
    float y = MARGIN_TOP;
    y = header(c, y);
    y = kpis(c, y + 9);
    y = charts(c, y + 10);
    List<String> pageNotes = table(c, y + 12);
    footer(c);
    drawNotes(c, pageNotes);
  }

  /**
   * Whether some text of the scenario (names, description, sources, reference labels) has a
   * character no bundled font can show; those print as "?" and the page says so.
   */
  private boolean hasMissingGlyphs() {
    List<String> texts = new ArrayList<>();
    texts.add(scenario.name());
    texts.add(scenario.description());
    scenario.hyperscalers().forEach(h -> texts.add(h.name()));
    scenario.megaProjects().forEach(m -> texts.add(m.name()));
    scenario.references().forEach(r -> texts.add(r.label()));
    texts.addAll(scenario.sources().values());
    for (String t : texts) {
      for (int i = 0; i < t.length(); ) {
        int cp = t.codePointAt(i);
        i += Character.charCount(cp);
        if (!Character.isISOControl(cp) && !fonts.regular().canDisplay(cp)) {
          return true;
        }
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- header

  private float header(PageCanvas c, float y) throws IOException {
    Typeface regular = fonts.regular();
    Typeface bold = fonts.bold();
    float right = MARGIN_X + contentWidth;
    float kicker = 7.5f;
    c.text(
        bold,
        kicker,
        ACCENT,
        MARGIN_X,
        y + kicker,
        Messages.get("export.brief.kicker").toUpperCase(locale));
    c.textRight(
        regular,
        8,
        MUTED,
        right,
        y + kicker,
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date));
    y += kicker + 8;

    // the name on one line, smaller if need be, else on two
    float nameSize = 19;
    while (nameSize > 15 && bold.width(scenario.name(), nameSize) > contentWidth) {
      nameSize -= 0.5f;
    }
    TextFit.Wrapped name = fit(bold, nameSize).wrap(scenario.name(), contentWidth, 2);
    for (String line : name.lines()) {
      c.text(bold, nameSize, INK, MARGIN_X, y + nameSize * 0.95f, line);
      y += nameSize * 1.2f;
    }
    y += nameSize * 0.05f;
    if (name.shortened()) {
      notes.add(Messages.get("export.brief.note.nameShortened"));
    }

    String meta =
        Messages.format(
            "export.brief.horizon",
            Formats.year(scenario.startYear()),
            Formats.year(scenario.endYear()),
            scenario.years());
    c.text(regular, 8.5f, MUTED, MARGIN_X, y + 8.5f, meta);
    y += 8.5f + 7;

    if (!scenario.description().isBlank()) {
      float size = 8.8f;
      TextFit.Wrapped d =
          fit(regular, size).wrap(scenario.description(), contentWidth, DESCRIPTION_MAX_LINES);
      for (String line : d.lines()) {
        c.text(regular, size, INK, MARGIN_X, y + size, line);
        y += lineHeight(size);
      }
      if (d.shortened()) {
        notes.add(Messages.get("export.brief.note.descriptionShortened"));
      }
      y += 3;
    }
    c.line(MARGIN_X, y + 2, right, y + 2, 0.6f, RULE);
    return y + 2;
  }

  // ---------------------------------------------------------------- KPI cards

  private record Card(List<String> title, String value, List<String> text, boolean warn) {}

  private float kpis(PageCanvas c, float y) throws IOException {
    Typeface regular = fonts.regular();
    Typeface bold = fonts.bold();
    y = sectionTitle(c, y, Messages.get("export.brief.section.kpis"));
    KpiKind[] kinds = KpiKind.values();
    float cardGap = 6;
    float cardWidth = (contentWidth - cardGap * (kinds.length - 1)) / kinds.length;
    float pad = 6;
    float inner = cardWidth - 2 * pad;
    float titleSize = 7;
    float valueSize = 16;
    float textSize = 6.3f;
    List<Card> cards = new ArrayList<>();
    int titleLines = 1;
    int textLines = 0;
    for (KpiKind k : kinds) {
      String reason = NonFiniteReasons.of(k, scenario, result);
      boolean warn = !reason.isEmpty();
      TextFit.Wrapped title =
          fit(bold, titleSize).wrap(Messages.get(k.keyStem() + ".title"), inner, 2);
      TextFit.Wrapped text =
          fit(regular, textSize).wrap(warn ? reason : kpiNote(k), inner, KPI_TEXT_MAX_LINES);
      cards.add(new Card(title.lines(), k.format(k.valueOf(result)), text.lines(), warn));
      titleLines = Math.max(titleLines, title.count());
      textLines = Math.max(textLines, text.count());
    }
    float valueTop = pad + 1 + titleLines * lineHeight(titleSize) + 1;
    float textTop = valueTop + valueSize * 1.2f + 1;
    float height = textTop + textLines * lineHeight(textSize) + pad - 2;
    float x = MARGIN_X;
    for (Card card : cards) {
      c.fill(x, y, cardWidth, height, CARD);
      c.fill(x, y, cardWidth, 2, card.warn() ? WARN : ACCENT);
      float ty = y + pad + 1;
      for (String line : card.title()) {
        c.text(bold, titleSize, MUTED, x + pad, ty + titleSize, line);
        ty += lineHeight(titleSize);
      }
      float size = valueSize;
      while (size > 9 && bold.width(card.value(), size) > inner) {
        size -= 0.5f;
      }
      String value = fit(bold, size).ellipsize(card.value(), inner);
      c.text(
          bold, size, card.warn() ? WARN : INK, x + pad, y + valueTop + valueSize * 0.95f, value);
      float by = y + textTop;
      for (String line : card.text()) {
        c.text(regular, textSize, card.warn() ? WARN : MUTED, x + pad, by + textSize, line);
        by += lineHeight(textSize);
      }
      x += cardWidth + cardGap;
    }
    return y + height;
  }

  /** What a card's number is, with the years filled in; shorter than the window's tooltip. */
  private String kpiNote(KpiKind kind) {
    String first = Formats.year(scenario.startYear());
    String last = Formats.year(scenario.endYear());
    return switch (kind) {
      case FIRST_YEAR_SPEND_GAP -> Messages.format("export.brief.kpi.firstYearSpendGap", first);
      case CUMULATIVE_SPEND_GAP ->
          Messages.format("export.brief.kpi.cumulativeSpendGap", first, last);
      case FINAL_COMPUTE_GAP -> Messages.format("export.brief.kpi.finalComputeGap", last);
      case PARITY_TOKEN_PRICE -> Messages.format("export.brief.kpi.parityTokenPrice", first);
      case PARITY_BUYER_DEMAND -> Messages.format("export.brief.kpi.parityBuyerDemand", first);
    };
  }

  private float sectionTitle(PageCanvas c, float y, String title) throws IOException {
    float size = 7.5f;
    c.text(fonts.bold(), size, ACCENT, MARGIN_X, y + size, title.toUpperCase(locale));
    return y + size + 5;
  }

  // ---------------------------------------------------------------- charts

  private float charts(PageCanvas c, float y) throws IOException {
    float width = (contentWidth - GAP * (CHARTS.size() - 1)) / CHARTS.size();
    float height = width * CHART_ASPECT;
    float scale = width / CHART_LAYOUT_WIDTH;
    float layoutHeight = height / scale;
    ChartInput input = ChartInput.of(scenario, result);
    float x = MARGIN_X;
    for (ChartKind kind : CHARTS) {
      JFreeChart chart =
          PdfCharts.build(kind, input, ChartTheme.LIGHT, CHART_LAYOUT_WIDTH, layoutHeight);
      PdfCharts.forPaper(chart);
      c.form(PdfCharts.form(document, fonts, chart, CHART_LAYOUT_WIDTH, layoutHeight), x, y, scale);
      c.stroke(x, y, width, height, 0.5f, RULE);
      x += width + GAP;
    }
    return references(c, y + height);
  }

  /**
   * The outside figures marked ①, ② on the capex chart, named under the charts: on paper there is
   * no tooltip to hover for them. Numbered as the chart numbers them (those in the horizon).
   */
  private float references(PageCanvas c, float y) throws IOException {
    List<String> items = new ArrayList<>();
    for (ReferenceMarker m : scenario.references()) {
      if (m.year() >= scenario.startYear() && m.year() <= scenario.endYear()) {
        int i = items.size();
        String badge = i < 20 ? String.valueOf((char) ('\u2460' + i)) : "(" + (i + 1) + ")";
        items.add(
            Messages.format(
                "export.brief.reference",
                badge,
                m.label(),
                Formats.year(m.year()),
                Formats.amount(m.usdB())));
      }
    }
    if (items.isEmpty()) {
      return y;
    }
    float size = 6.3f;
    String line = Messages.format("export.brief.references", String.join("   ", items));
    TextFit.Wrapped w = fit(fonts.regular(), size).wrap(line, contentWidth, 3);
    if (w.shortened()) {
      notes.add(Messages.get("export.brief.note.referencesShortened"));
    }
    y += 3;
    for (String l : w.lines()) {
      c.text(fonts.regular(), size, MUTED, MARGIN_X, y + size, l);
      y += lineHeight(size);
    }
    return y;
  }

  // ---------------------------------------------------------------- assumptions table

  private List<Group> groups() {
    List<ParameterPath> paths = ScenarioParameters.of(scenario);
    List<Group> groups = new ArrayList<>();
    for (ParameterGroup g : ParameterGroup.values()) {
      List<Row> rows = new ArrayList<>();
      for (ParameterPath p : paths) {
        if (p.field().group() != g) {
          continue;
        }
        String source = ScenarioParameters.sourceOf(scenario, p);
        source = source == null || source.isBlank() ? null : source.strip();
        Row row = new Row(p.field(), element(p), value(p), source);
        Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (last != null
            && row.elements().size() == 1
            && last.field() == row.field()
            && last.value().equals(row.value())
            && Objects.equals(last.source(), row.source())) {
          List<String> names = new ArrayList<>(last.elements());
          names.addAll(row.elements());
          rows.set(rows.size() - 1, new Row(last.field(), names, last.value(), last.source()));
        } else {
          rows.add(row);
        }
      }
      List<Block> blocks = new ArrayList<>();
      for (Row row : rows) {
        Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (last != null && row.source() != null && row.source().equals(last.source())) {
          last.rows().add(row);
        } else {
          List<Row> own = new ArrayList<>();
          own.add(row);
          blocks.add(new Block(own, row.source()));
        }
      }
      if (!blocks.isEmpty()) {
        groups.add(new Group(Messages.get(g.titleKey()), blocks));
      }
    }
    return groups;
  }

  /**
   * The company or project a list path addresses, as a one-element list; empty for other fields.
   */
  private List<String> element(ParameterPath p) {
    NumericField f = p.field();
    if (!f.scope().isList()) {
      return List.of();
    }
    PathExpression.Selector sel = p.selector();
    if (sel.kind() == PathExpression.Selector.Kind.NAME) {
      return List.of(sel.name());
    }
    if (f.scope() == FieldScope.MEGA_PROJECT && sel.kind() == PathExpression.Selector.Kind.INDEX) {
      return List.of(scenario.megaProjects().get(sel.index()).name());
    }
    return List.of(sel.text());
  }

  private String label(Row row) {
    String label = ParameterNames.field(row.field());
    List<String> names = row.elements();
    if (names.isEmpty()) {
      return label;
    }
    if (names.size() > 1
        && row.field().scope() == FieldScope.HYPERSCALER
        && names.size() == scenario.hyperscalers().size()) {
      return Messages.format("export.brief.allCompanies", names.size(), label);
    }
    if (names.size() > 1
        && row.field().scope() == FieldScope.MEGA_PROJECT
        && names.size() == scenario.megaProjects().size()) {
      return Messages.format("export.brief.allProjects", names.size(), label);
    }
    return Messages.format("export.brief.elementLabel", String.join(", ", names), label);
  }

  private String value(ParameterPath p) {
    double v = p.get(scenario);
    Unit unit = p.field().unit();
    return unit == Unit.YEAR
        ? Formats.year((int) Math.round(v))
        : Formats.withUnit(v, unit).strip();
  }

  private List<String> tableNotes(TableFit fit) {
    List<String> all = new ArrayList<>(notes);
    if (fit.shortened()) {
      all.add(Messages.get("export.brief.note.sourcesShortened"));
    }
    if (fit.omittedRows() > 0) {
      all.add(Messages.format("export.brief.note.rowsOmitted", fit.omittedRows()));
    }
    return all;
  }

  /** Space for the notes and the footer below the table. */
  private static float reservedBelow(int noteCount) {
    return FOOTER_HEIGHT + (noteCount == 0 ? 0 : 6 + noteCount * lineHeight(NOTE_SIZE));
  }

  /** Draws the table and returns the notes the page needs (the header's and the table's). */
  private List<String> table(PageCanvas c, float y) throws IOException {
    y = sectionTitle(c, y, Messages.get("export.brief.section.assumptions"));
    List<Group> groups = groups();
    TableFit fit = chooseFit(groups, y);
    float size = fit.size();
    float lh = lineHeight(size);
    float pad = rowPad(size);
    Typeface regular = fonts.regular();
    Typeface bold = fonts.bold();
    TextFit text = fit(regular, size);
    TextFit boldText = fit(bold, size);
    float labelX = MARGIN_X;
    float valueRight = MARGIN_X + LABEL_WIDTH + COLUMN_GAP + VALUE_WIDTH;
    float sourceX = valueRight + COLUMN_GAP;
    float right = MARGIN_X + contentWidth;
    float ascent = size * 0.95f;

    float headSize = size - 0.4f;
    c.text(
        bold, headSize, FAINT, labelX, y + headSize, Messages.get("export.brief.column.parameter"));
    c.textRight(
        bold, headSize, FAINT, valueRight, y + headSize, Messages.get("export.brief.column.value"));
    c.text(
        bold, headSize, FAINT, sourceX, y + headSize, Messages.get("export.brief.column.source"));
    y += headHeight(size);

    for (int gi = 0; gi < groups.size(); gi++) {
      Group g = groups.get(gi);
      List<Integer> shown = fit.sourceLines().get(gi);
      if (shown.isEmpty()) {
        continue;
      }
      float gs = size + 0.6f;
      c.text(bold, gs, INK, labelX, y + 3 + gs, g.title());
      c.line(labelX, y + 3 + lineHeight(gs), right, y + 3 + lineHeight(gs), 0.5f, RULE);
      y += groupHeight(size);
      for (int bi = 0; bi < shown.size(); bi++) {
        Block b = g.blocks().get(bi);
        int sourceLines = shown.get(bi);
        int rowLines = 0;
        for (Row r : b.rows()) {
          rowLines += labelLines(text, r);
        }
        float h = Math.max(rowLines, sourceLines) * lh + 2 * pad;
        if (bi % 2 == 1) {
          c.fill(labelX, y, contentWidth, h, ZEBRA);
        }
        float ry = y + pad;
        for (Row r : b.rows()) {
          List<String> lines = text.wrap(label(r), LABEL_WIDTH, LABEL_MAX_LINES).lines();
          c.textRight(
              bold, size, INK, valueRight, ry + ascent, boldText.ellipsize(r.value(), VALUE_WIDTH));
          for (String line : lines) {
            c.text(regular, size, INK, labelX, ry + ascent, line);
            ry += lh;
          }
        }
        if (b.source() == null) {
          c.text(
              regular,
              size,
              FAINT,
              sourceX,
              y + pad + ascent,
              Messages.get("export.brief.noSource"));
        } else {
          float sy = y + pad;
          for (String line : text.wrap(b.source(), sourceWidth(), sourceLines).lines()) {
            c.text(regular, size, MUTED, sourceX, sy + ascent, line);
            sy += lh;
          }
          if (b.rows().size() > 1) {
            // one source for several rows: a bracket down the rows it covers
            c.line(sourceX - 4, y + pad + 1, sourceX - 4, y + h - pad - 1, 0.7f, RULE);
          }
        }
        y += h;
      }
    }
    c.line(labelX, y + 1, right, y + 1, 0.5f, RULE);
    return tableNotes(fit);
  }

  // ---------------------------------------------------------------- notes and footer

  private static final float NOTE_SIZE = 6.5f;
  private static final float FOOTER_HEIGHT = 22;

  /** The notes, bottom-aligned just above the footer, where the table's fit kept room for them. */
  private void drawNotes(PageCanvas c, List<String> lines) throws IOException {
    float y =
        SIZE.getHeight() - MARGIN_BOTTOM - FOOTER_HEIGHT - lines.size() * lineHeight(NOTE_SIZE);
    TextFit text = fit(fonts.regular(), NOTE_SIZE);
    for (String line : lines) {
      c.text(
          fonts.regular(),
          NOTE_SIZE,
          WARN,
          MARGIN_X,
          y + NOTE_SIZE,
          text.ellipsize("* " + line, contentWidth));
      y += lineHeight(NOTE_SIZE);
    }
  }

  private void footer(PageCanvas c) throws IOException {
    float top = SIZE.getHeight() - MARGIN_BOTTOM - FOOTER_HEIGHT + 8;
    float right = MARGIN_X + contentWidth;
    float size = 6.3f;
    c.line(MARGIN_X, top, right, top, 0.5f, RULE);
    String made = Messages.format("export.brief.madeWith", Messages.get("app.title"));
    float madeWidth = fonts.regular().width(made, size);
    TextFit text = fit(fonts.regular(), size);
    c.text(
        fonts.regular(),
        size,
        FAINT,
        MARGIN_X,
        top + 4 + size,
        text.ellipsize(Messages.get("export.brief.footer"), contentWidth - madeWidth - 16));
    c.textRight(fonts.regular(), size, FAINT, right, top + 4 + size, made);
  }
}
