package com.computegap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.chart.ChartTheme;
import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.Statistic;
import com.computegap.model.Tornado;
import com.computegap.model.YearRow;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Messages;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeckExportTest {

  private static final LocalDate DATE = LocalDate.of(2026, 3, 12);
  private static final Pattern CHART_PART = Pattern.compile("ppt/charts/chart\\d+\\.xml");

  @AfterEach
  void restoreLanguage() {
    Messages.setLocale(Locale.US);
  }

  static List<String> bundled() {
    return BundledScenarios.ALL;
  }

  private static XMLSlideShow open(byte[] pptx) throws IOException {
    return new XMLSlideShow(new ByteArrayInputStream(pptx));
  }

  /** Slide headings (the first shape of every slide but the title slide), in order. */
  private static List<String> headings(XMLSlideShow deck) {
    List<String> out = new ArrayList<>();
    for (XSLFSlide slide : deck.getSlides()) {
      XSLFShape first = slide.getShapes().get(0);
      out.add(first instanceof XSLFTextShape t ? t.getText() : "");
    }
    return out;
  }

  private static List<XSLFChart> charts(XSLFSlide slide) {
    List<XSLFChart> out = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFGraphicFrame f && f.hasChart()) {
        out.add(f.getChart());
      }
    }
    return out;
  }

  /**
   * Every series of a chart by its name: the cached values by point index, null where a point is
   * blank.
   */
  private static Map<String, List<Double>> series(XSLFChart chart) {
    Map<String, List<Double>> out = new LinkedHashMap<>();
    var area = chart.getCTChart().getPlotArea();
    List<org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx> names = new ArrayList<>();
    List<org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource> values =
        new ArrayList<>();
    area.getBarChartList()
        .forEach(
            g ->
                g.getSerList()
                    .forEach(
                        ser -> {
                          names.add(ser.getTx());
                          values.add(ser.getVal());
                        }));
    area.getLineChartList()
        .forEach(
            g ->
                g.getSerList()
                    .forEach(
                        ser -> {
                          names.add(ser.getTx());
                          values.add(ser.getVal());
                        }));
    for (int i = 0; i < names.size(); i++) {
      var cache = values.get(i).getNumRef().getNumCache();
      int count = (int) cache.getPtCount().getVal();
      List<Double> points = new ArrayList<>(Collections.nCopies(count, (Double) null));
      for (var pt : cache.getPtList()) {
        points.set((int) pt.getIdx(), Double.valueOf(pt.getV()));
      }
      out.put(names.get(i).getStrRef().getStrCache().getPtArray(0).getV(), points);
    }
    return out;
  }

  private static int chartParts(byte[] pptx) throws IOException {
    int n = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pptx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (CHART_PART.matcher(e.getName()).matches()) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * The model's column, with the points a chart cannot draw (∞, NaN; ≤ 0 on a log axis) as null.
   */
  private static List<Double> expected(ModelResult r, Column c, boolean log) {
    List<Double> out = new ArrayList<>();
    for (YearRow row : r.rows()) {
      double v = c.of(row);
      out.add(Double.isFinite(v) && (!log || v > 0) ? v : null);
    }
    return out;
  }

  private static void assertSeries(List<Double> expected, List<Double> actual, String what) {
    assertNotNull(actual, what + " missing");
    assertEquals(expected.size(), actual.size(), what + ": point count");
    for (int i = 0; i < expected.size(); i++) {
      Double e = expected.get(i);
      Double a = actual.get(i);
      if (e == null) {
        assertNull(a, what + " point " + i + " should be blank");
      } else {
        assertNotNull(a, what + " point " + i);
        assertEquals(e, a, Math.abs(e) * 1e-12, what + " point " + i);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldHaveTheListedSlidesWithNativeChartsWhoseCachedValuesAreTheModels(String file)
      throws IOException {
    Scenario s = BundledScenarios.load(file);
    ModelResult r = GapModel.compute(s);
    byte[] pptx = DeckExport.pptx(s, Locale.US, ChartTheme.LIGHT, DATE);

    try (XMLSlideShow deck = open(pptx)) {
      assertEquals(960, deck.getPageSize().width);
      assertEquals(540, deck.getPageSize().height);
      List<XSLFSlide> slides = deck.getSlides();
      List<String> headings = headings(deck);
      // title slide, KPIs, the five charts, three fans and the tornado (every bundled file has
      // ranges)
      assertTrue(
          slides.get(0).getShapes().stream()
              .anyMatch(sh -> sh instanceof XSLFTextShape t && t.getText().equals(s.name())),
          "title slide names the scenario");
      assertEquals(Messages.get("export.brief.section.kpis"), headings.get(1));
      assertEquals(
          List.of(
              Messages.get("chart.capex.title"),
              Messages.get("chart.installed.title"),
              Messages.get("chart.gap.title"),
              Messages.get("chart.allocation.title"),
              Messages.format("chart.waterfall.title", Integer.toString(s.startYear()))),
          headings.subList(2, 7));
      assertEquals(
          List.of(
              Messages.get("unc.fan.spendGap.title"),
              Messages.get("unc.fan.computeGap.title"),
              Messages.get("unc.fan.installed.title")),
          headings.subList(7, 10));
      Tornado t = DeckExport.tornado(s);
      assertNotNull(t, "every bundled scenario has a tornado");
      assertEquals(
          Messages.format(
              "unc.tornado.title", AnalysisTexts.column(t.column()), Integer.toString(s.endYear())),
          headings.get(10));
      // the claims, when the scenario has any, on a slide after the tornado
      int next = 11;
      if (!s.claims().isEmpty()) {
        assertTrue(
            headings.get(next).startsWith(Messages.get("export.claims.title")), headings.get(next));
        while (headings.get(next).startsWith(Messages.get("export.claims.title"))) {
          next++;
        }
      }
      assertTrue(
          headings.get(next).startsWith(Messages.get("export.brief.section.assumptions")),
          headings.get(next));
      int chartSlides = 0;
      for (XSLFSlide slide : slides) {
        chartSlides += charts(slide).size();
      }
      assertEquals(9, chartSlides, "one native chart on each chart slide");
      assertEquals(9, chartParts(pptx), "chart parts ppt/charts/chart*.xml");

      // capex: one stacked series per company, DePIN beside them
      Map<String, List<Double>> capex = series(charts(slides.get(2)).get(0));
      assertSeries(
          expected(r, Column.DEPIN_AI_CAPEX_USD_B, false),
          capex.get(Messages.get("chart.capex.series.depin")),
          "DePIN AI capex");
      for (int k = 0; k < s.hyperscalers().size(); k++) {
        var h = s.hyperscalers().get(k);
        List<Double> company = capex.get(h.name());
        for (int n = 0; n < s.years(); n++) {
          // independent: capex * (1 + growth)^n * aiShare (MODEL.md section 2)
          double want = h.capexUsdB() * Math.pow(1 + h.growthPct() / 100, n) * h.aiSharePct() / 100;
          assertEquals(want, company.get(n), Math.max(1e-9, want * 1e-9), h.name() + " year " + n);
        }
      }
      Map<String, List<Double>> installed = series(charts(slides.get(3)).get(0));
      assertSeries(
          expected(r, Column.HYPERSCALER_INSTALLED_K, true),
          installed.get(Messages.get("chart.installed.series.hyperscalers")),
          "hyperscalers installed");
      assertSeries(
          expected(r, Column.DEPIN_EFFECTIVE_K, true),
          installed.get(Messages.get("chart.installed.series.depinEffective")),
          "DePIN effective");
      Map<String, List<Double>> gap = series(charts(slides.get(4)).get(0));
      assertSeries(
          expected(r, Column.SPEND_GAP_RATIO, true),
          gap.get(Messages.get("chart.gap.series.spend")),
          "spend gap");
      assertSeries(
          expected(r, Column.COMPUTE_GAP_RATIO, true),
          gap.get(Messages.get("chart.gap.series.compute")),
          "compute gap");
      assertEquals(
          Collections.nCopies(s.years(), 1.0), gap.get(Messages.get("chart.gap.parity")), "parity");
      Map<String, List<Double>> allocation = series(charts(slides.get(5)).get(0));
      assertSeries(
          expected(r, Column.HYPERSCALER_UNITS_K, false),
          allocation.get(Messages.get("chart.allocation.series.hyperscalers")),
          "hyperscaler units");
      assertSeries(
          expected(r, Column.OTHER_UNITS_K, false),
          allocation.get(Messages.get("chart.allocation.series.other")),
          "other units");
      assertSeries(
          expected(r, Column.DEPIN_UNITS_K, false),
          allocation.get(Messages.get("chart.allocation.series.depin")),
          "DePIN units");
      assertSeries(
          expected(r, Column.UNALLOCATED_K, false),
          allocation.get(Messages.get("chart.allocation.series.unallocated")),
          "unallocated");
      assertEquals(s.chips().shock() != null, allocation.size() == 5, "shock years as a series");

      MonteCarloResult mc = MonteCarlo.run(s, MonteCarlo.Options.of(10_000, 1));
      Map<String, List<Double>> fan = series(charts(slides.get(8)).get(0));
      List<Double> median = fan.get(Messages.get("unc.fan.legend.median"));
      double[] p50 = mc.series(Column.COMPUTE_GAP_RATIO, Statistic.P50);
      for (int i = 0; i < p50.length; i++) {
        if (Double.isFinite(p50[i]) && p50[i] > 0) {
          assertEquals(p50[i], median.get(i), p50[i] * 1e-12, "compute-gap median year " + i);
        } else {
          assertNull(median.get(i));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldKeepEveryShapeOnTheSlideInEveryThemeAndLanguage(String file) throws IOException {
    Scenario s = BundledScenarios.load(file);
    for (Locale language : List.of(Locale.US, Locale.JAPAN)) {
      for (ChartTheme theme : ChartTheme.values()) {
        try (XMLSlideShow deck = open(DeckExport.pptx(s, language, theme, DATE))) {
          assertAllOnSlide(deck, file + " " + language + " " + theme);
        }
      }
    }
  }

  private static void assertAllOnSlide(XMLSlideShow deck, String what) {
    Rectangle2D page =
        new Rectangle2D.Double(0, 0, deck.getPageSize().width, deck.getPageSize().height);
    int n = 0;
    for (XSLFSlide slide : deck.getSlides()) {
      n++;
      for (XSLFShape shape : slide.getShapes()) {
        Rectangle2D a = shape.getAnchor();
        assertTrue(
            a.getWidth() > 0 && a.getHeight() > 0, what + " slide " + n + ": empty " + shape);
        assertTrue(
            page.contains(a),
            what + " slide " + n + ": " + shape.getShapeName() + " at " + a + " runs off the page");
        if (shape instanceof XSLFTextShape t && !t.getText().isEmpty()) {
          double size = t.getTextParagraphs().get(0).getTextRuns().get(0).getFontSize();
          double width = a.getWidth() - 2 * DeckText.INSET;
          double height = a.getHeight() - 2 * DeckText.INSET;
          assertTrue(
              DeckText.height(t.getText(), width, size) <= height + 1e-6,
              what + " slide " + n + ": text overflows its box: " + t.getText());
        }
      }
    }
  }

  @Test
  void shouldShrinkAndCutLongTextsSoNothingRunsOff() throws IOException {
    Scenario base = BundledScenarios.load(BundledScenarios.ESSAY);
    String longName = "A very long scenario name that goes on ".repeat(5).strip();
    String longDescription = "This description is far longer than any slide can hold. ".repeat(60);
    Scenario s =
        base.withName(longName.substring(0, Math.min(200, longName.length())))
            .withDescription(longDescription);
    try (XMLSlideShow deck = open(DeckExport.pptx(s, Locale.US, ChartTheme.DARK, DATE))) {
      assertAllOnSlide(deck, "long texts");
      XSLFSlide title = deck.getSlides().get(0);
      XSLFTextShape description =
          title.getShapes().stream()
              .filter(
                  sh -> sh instanceof XSLFTextShape t && t.getText().startsWith("This description"))
              .map(XSLFTextShape.class::cast)
              .findFirst()
              .orElseThrow();
      assertTrue(description.getText().endsWith("…"), "cut with an ellipsis");
      assertTrue(description.getText().length() < longDescription.length());
      double size = description.getTextParagraphs().get(0).getTextRuns().get(0).getFontSize();
      assertEquals(11, size, 1e-9, "shrunk to the floor before cutting");
    }
  }

  @Test
  void shouldWriteJapaneseTextsWithAnEastAsianTypefaceAndRestoreTheLanguage() throws IOException {
    Messages.setLocale(Locale.US);
    Scenario s = BundledScenarios.load(BundledScenarios.ESSAY);
    try (XMLSlideShow deck = open(DeckExport.pptx(s, Locale.JAPAN, ChartTheme.LIGHT, DATE))) {
      Messages.setLocale(Locale.JAPAN);
      String kpis = Messages.get("export.brief.section.kpis");
      Messages.setLocale(Locale.US);
      assertEquals(kpis, headings(deck).get(1));
      XSLFTextShape heading = (XSLFTextShape) deck.getSlides().get(1).getShapes().get(0);
      var run = heading.getTextParagraphs().get(0).getTextRuns().get(0);
      assertEquals(
          DeckText.EAST_ASIAN,
          run.getFontFamily(org.apache.poi.common.usermodel.fonts.FontGroup.EAST_ASIAN));
    }
    assertEquals(Locale.US, Messages.locale(), "the caller's language is back");
  }

  @Test
  void shouldCarryThePresentationCaptionsAsSpeakerNotes() throws IOException {
    Scenario s = BundledScenarios.load(BundledScenarios.TAIWAN_DISRUPTION);
    try (XMLSlideShow deck = open(DeckExport.pptx(s, Locale.US, ChartTheme.HIGH_CONTRAST, DATE))) {
      String[] kinds = {"capex", "installed", "gap", "allocation", "waterfall"};
      for (int i = 0; i < kinds.length; i++) {
        XSLFNotes notes = deck.getSlides().get(2 + i).getNotes();
        assertNotNull(notes, kinds[i]);
        String body =
            java.util.Arrays.stream(notes.getPlaceholders())
                .filter(p -> p.getTextType() == Placeholder.BODY)
                .map(XSLFTextShape::getText)
                .findFirst()
                .orElse("");
        assertEquals(Messages.get("presentation.caption." + kinds[i]), body);
      }
    }
  }

  @Test
  void shouldLeaveOutUncertaintySlidesWithoutRangesAndBlankTheInfinitePoints(@TempDir Path dir)
      throws IOException {
    Scenario base = BundledScenarios.load(BundledScenarios.ESSAY);
    // no incentives and no buyers: DePIN spends nothing, so both gaps are ∞ (or 0/0) every year
    Scenario s = base.withUncertainty(List.of());
    for (String path :
        List.of("depin.newIncentiveCapUsdB", "depin.buyerDemandUsdB", "depin.initialInstalledK")) {
      s = ParameterPath.parse(path).with(s, 0);
    }
    ModelResult r = GapModel.compute(s);
    assertTrue(Double.isInfinite(r.first().spendGapRatio()));
    Path out = dir.resolve("deck.pptx");
    Files.writeString(out, "old contents");

    DeckExport.write(s, Locale.US, ChartTheme.LIGHT, out);

    byte[] pptx = Files.readAllBytes(out);
    try (XMLSlideShow deck = open(pptx)) {
      List<String> headings = headings(deck);
      assertFalse(headings.contains(Messages.get("unc.fan.spendGap.title")));
      assertEquals(5, chartParts(pptx));
      Map<String, List<Double>> gap = series(charts(deck.getSlides().get(4)).get(0));
      assertEquals(
          Collections.nCopies(s.years(), (Double) null),
          gap.get(Messages.get("chart.gap.series.spend")));
      assertAllOnSlide(deck, "no DePIN");
    }
  }
}
