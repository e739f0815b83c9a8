package com.computegap.export;

import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartPalette;
import com.computegap.chart.ChartTheme;
import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.Scenario;
import com.computegap.model.Tornado;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The PowerPoint deck (.pptx, 16:9) handed over after a meeting, in the chosen theme and language:
 * a title slide; the KPI cards; one slide per chart of the window as a native, editable PowerPoint
 * chart whose data sheet holds the model's numbers; when the scenario has ranges, the Monte Carlo
 * fans (10,000 runs, seed 1, as the window and the {@code montecarlo} command) and the tornado of
 * the last year's compute gap; the assumptions with their sources; and, when the scenario has
 * actuals, the reality check. Each chart slide carries the caption of presentation mode as its
 * speaker notes. Text is sized to its box and cut with "…" where even the smallest size would
 * overflow, so nothing runs off a slide.
 *
 * <p>Any thread may call these methods. The deck's texts come from {@link Messages}; a language
 * other than the current one is switched to for the duration of the call (the window always asks
 * for its own language, so this happens only on the command line).
 */
public final class DeckExport {

  /**
   * Monte Carlo runs and seed of the fan slides: the defaults of the window and the command line.
   */
  static final int RUNS = 10_000;

  static final long SEED = 1L;

  /** The most tornado bars on the slide (the window shows the same number). */
  static final int MAX_TORNADO_BARS = 12;

  static {
    PoiLogging.quiet();
  }

  private DeckExport() {}

  /**
   * Writes the deck of {@code scenario} to {@code out}; the file appears whole or not at all, and
   * an existing file is replaced.
   *
   * @param language English or Japanese (anything else: English)
   * @param theme the colours: light, dark or high contrast
   * @throws IOException when the file cannot be written
   */
  public static void write(Scenario scenario, Locale language, ChartTheme theme, Path out)
      throws IOException {
    ExportFiles.write(out, pptx(scenario, language, theme, LocalDate.now()));
  }

  /** The deck as .pptx bytes, dated {@code date}. */
  public static byte[] pptx(Scenario scenario, Locale language, ChartTheme theme, LocalDate date) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(date, "date");
    synchronized (DeckExport.class) {
      Locale before = Messages.locale();
      Locale wanted = Messages.supported(language);
      boolean swap = !wanted.equals(before);
      if (swap) {
        Messages.setLocale(wanted);
      }
      try {
        return build(scenario, wanted, theme.palette(), date);
      } finally {
        if (swap) {
          Messages.setLocale(before);
        }
      }
    }
  }

  /**
   * Builds a deck of the bundled essay baseline once and discards it, so that POI's classes and
   * schemas are loaded before the first real export. Optional; never throws.
   */
  public static void warmUp() {
    try {
      pptx(
          BundledScenarios.load(BundledScenarios.ESSAY),
          Messages.locale(),
          ChartTheme.LIGHT,
          LocalDate.now());
    } catch (RuntimeException e) {
      // only a head start: a real export reports its own failure
    }
  }

  private static byte[] build(Scenario s, Locale locale, ChartPalette palette, LocalDate date) {
    ModelResult result = GapModel.compute(s);
    try (XMLSlideShow deck = new XMLSlideShow()) {
      deck.setPageSize(new Dimension(DeckSlides.WIDTH, DeckSlides.HEIGHT));
      DeckSlides slides = new DeckSlides(deck, palette, locale);
      DeckCharts charts = new DeckCharts(deck, palette, s, result);
      List<RealityRows.Row> reality = RealityRows.of(s, result);

      slides.title(s, date, RealityRows.newestAsOf(reality));
      slides.kpis(s, result);
      Rectangle2D box = DeckSlides.content();
      for (ChartKind kind : ChartKind.values()) {
        String heading =
            kind == ChartKind.WATERFALL
                ? Messages.format("chart.waterfall.title", Formats.year(s.startYear()))
                : Messages.get("chart." + kind.name().toLowerCase(Locale.ROOT) + ".title");
        XSLFSlide slide = slides.slide(heading);
        switch (kind) {
          case CAPEX -> charts.capex(slide, box);
          case INSTALLED -> charts.installed(slide, box);
          case GAP -> charts.gap(slide, box);
          case ALLOCATION -> charts.allocation(slide, box);
          case WATERFALL -> charts.waterfall(slide, box, s.startYear());
        }
        slides.notes(
            slide, Messages.get("presentation.caption." + kind.name().toLowerCase(Locale.ROOT)));
      }
      uncertainty(s, slides, charts, box);
      claims(s, slides, box, palette, locale);
      DeckTables.Table assumptions = DeckTables.assumptions(s);
      String title = Messages.get("export.brief.section.assumptions");
      List<XSLFSlide> pages =
          DeckTables.place(assumptions, () -> slides.slide(title), box, palette, locale);
      numberPages(slides, pages, title);
      if (!reality.isEmpty()) {
        String realityTitle = Messages.get("export.deck.reality.title");
        List<XSLFSlide> realityPages =
            DeckTables.place(
                RealityRows.table(reality), () -> slides.slide(realityTitle), box, palette, locale);
        numberPages(slides, realityPages, realityTitle);
        for (XSLFSlide page : realityPages) {
          slides.notes(page, Messages.get("export.deck.notes.reality"));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
      deck.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the deck", e);
    }
  }

  /** The claims table when the scenario has claims, after the fans it shares its runs with. */
  private static void claims(
      Scenario s, DeckSlides slides, Rectangle2D box, ChartPalette palette, Locale locale) {
    List<ClaimRows.Row> rows = ClaimRows.of(s);
    if (rows.isEmpty()) {
      return;
    }
    String title = Messages.get("export.claims.title");
    List<XSLFSlide> pages =
        DeckTables.place(ClaimRows.table(rows), () -> slides.slide(title), box, palette, locale);
    numberPages(slides, pages, title);
    for (XSLFSlide page : pages) {
      slides.notes(page, ClaimRows.method());
    }
  }

  /** Fans and tornado when the scenario has ranges; nothing when it has none. */
  private static void uncertainty(
      Scenario s, DeckSlides slides, DeckCharts charts, Rectangle2D box) {
    if (s.uncertainty().isEmpty()) {
      return;
    }
    MonteCarloResult mc = MonteCarlo.run(s, MonteCarlo.Options.of(RUNS, SEED));
    String runs = Formats.value(mc.runs(), 0);
    for (Column column :
        List.of(Column.SPEND_GAP_RATIO, Column.COMPUTE_GAP_RATIO, Column.DEPIN_EFFECTIVE_K)) {
      String key =
          switch (column) {
            case SPEND_GAP_RATIO -> "unc.fan.spendGap.title";
            case COMPUTE_GAP_RATIO -> "unc.fan.computeGap.title";
            default -> "unc.fan.installed.title";
          };
      XSLFSlide slide = slides.slide(Messages.get(key));
      charts.fan(slide, box, mc, column);
      slides.notes(slide, Messages.format("export.deck.notes.fan", runs, Long.toString(mc.seed())));
    }
    Tornado t = tornado(s);
    if (t != null) {
      String name = AnalysisTexts.column(t.column());
      XSLFSlide slide =
          slides.slide(Messages.format("unc.tornado.title", name, Formats.year(t.year())));
      charts.tornado(slide, box, t, MAX_TORNADO_BARS);
      slides.notes(
          slide,
          Messages.format(
              "export.deck.notes.tornado", name, AnalysisTexts.output(t.column(), t.base())));
    }
  }

  /**
   * The outputs a tornado may explain, in order of preference; the first with a finite last-year
   * value is used.
   */
  static final List<Column> TORNADO_OUTPUTS =
      List.of(Column.COMPUTE_GAP_RATIO, Column.SPEND_GAP_RATIO, Column.DEPIN_EFFECTIVE_K);

  /**
   * The last year's tornado of the compute gap (the window's first choice), or of the next output
   * in {@link #TORNADO_OUTPUTS} when that is ∞ or undefined; {@code null} when none has bars.
   */
  static Tornado tornado(Scenario s) {
    for (Column c : TORNADO_OUTPUTS) {
      Tornado t = Tornado.of(s, c, s.endYear());
      if (!t.bars().isEmpty() && Double.isFinite(t.base())) {
        return t;
      }
    }
    return null;
  }

  /** "Assumptions (2/3)" on the headings of a table that took more than one slide. */
  private static void numberPages(DeckSlides slides, List<XSLFSlide> pages, String title) {
    if (pages.size() < 2) {
      return;
    }
    for (int i = 0; i < pages.size(); i++) {
      var heading = (org.apache.poi.xslf.usermodel.XSLFTextShape) pages.get(i).getShapes().get(0);
      heading
          .getTextParagraphs()
          .get(0)
          .getTextRuns()
          .get(0)
          .setText(Messages.format("export.deck.page", title, i + 1, pages.size()));
    }
  }
}
