package com.computegap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Messages;
import com.computegap.text.RealityTexts.Closeness;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The brief's reality-check pages: the same rows, errors and summary as the window's panel. */
class RealityCheckPagesTest {

  private static final LocalDate DATE = LocalDate.of(2026, 12, 2);
  private Locale before;

  @BeforeEach
  void english() {
    before = Messages.locale();
    Messages.setLocale(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Messages.setLocale(before);
  }

  /**
   * The brief is one page; reported figures add pages after it. A page holds at least 20 rows (each
   * at most three lines of source) and at most 48 (one line each), so n figures need between ceil(n
   * / 48) and ceil(n / 20) pages.
   */
  static void assertPageCount(Scenario s, int pages) {
    // claims (at most 100) take one to three pages after the brief and its reality check
    if (!s.claims().isEmpty()) {
      assertTrue(pages >= 2, "a page of claims");
      pages -= 1 + (s.claims().size() - 1) / 40;
    }
    int n = s.actuals().size();
    if (n == 0) {
      assertEquals(1, pages, "a brief without reported figures is one page");
    } else {
      assertTrue(
          pages >= 1 + (n + 47) / 48 && pages <= 1 + (n + 19) / 20,
          n + " figures on " + pages + " pages");
    }
  }

  private static Scenario essayWithActuals() {
    // without claims: their page would follow the reality check's
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY).withClaims(List.of());
    return essay.withActuals(
        List.of(
            new Actual(
                Column.HYPERSCALER_CAPEX_USD_B,
                "Meta",
                2024,
                39.2,
                "Meta 10-K 2024, incl. finance leases",
                LocalDate.of(2025, 1, 29)),
            new Actual(
                Column.HYPERSCALER_AI_CAPEX_USD_B, null, 2025, 180, "Four-company guidance", null),
            new Actual(
                Column.DEPIN_AI_CAPEX_USD_B, null, 2031, 1, "A figure after the horizon", null)));
  }

  private static String pageText(byte[] pdf, int from, int to) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return ExportFixtures.squash(stripper.getText(doc));
    }
  }

  @Test
  void shouldAddAPageWithEveryFigureItsErrorAndTheSummary() throws IOException {
    Scenario s = essayWithActuals();
    byte[] pdf = ScenarioBrief.pdf(s, GapModel.compute(s), DATE);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(2, doc.getNumberOfPages());
    }
    String page2 = pageText(pdf, 2, 2);
    // Meta: (33.5 - 39.2) / 39.2 = -14.5 %; the four: (170.5 - 180) / 180 = -5.3 %; 2031 has no
    // model value
    for (String expected :
        List.of(
            "REALITY CHECK",
            "Within ±10 % of 1 of 2 reported figures; 1 more lie outside the horizon",
            "Hyperscaler capex · Meta",
            "39.2",
            "33.5",
            "−14.5 %",
            "−5.3 %",
            "170.5",
            "Meta 10-K 2024, incl. finance leases (as of 2025-01-29)",
            "Four-company guidance",
            "A figure after the horizon",
            "2031",
            Closeness.NEAR.label())) {
      assertTrue(page2.contains(ExportFixtures.squash(expected)), expected);
    }
    assertTrue(
        !pageText(pdf, 1, 1).contains(ExportFixtures.squash("Four-company guidance")),
        "the first page stays the brief");
  }

  @Test
  void shouldBandTheLinesAsTheWindowDoes() {
    Scenario s = essayWithActuals();
    List<RealityCheckPages.Line> lines =
        RealityCheckPages.lines(com.computegap.model.RealityCheck.rows(s, GapModel.compute(s)));
    assertEquals(
        List.of(Closeness.NEAR, Closeness.CLOSE, Closeness.NONE),
        lines.stream().map(RealityCheckPages.Line::closeness).toList());
    assertEquals("–", lines.get(2).model());
    assertEquals("–", lines.get(2).error());
  }

  @Test
  void shouldCarryFiveHundredFiguresOverAsManyPagesAsTheyNeed() throws IOException {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    List<Actual> many = new ArrayList<>();
    for (int i = 0; i < Actual.MAX_ENTRIES; i++) {
      String source =
          "Source number "
              + i
              + ";"
              + (i % 3 == 0
                  ? " with a long explanation of what the figure "
                      + "includes and excludes, the basis of the fiscal year and the filing it comes from"
                  : "");
      many.add(
          new Actual(Column.HYPERSCALER_AI_CAPEX_USD_B, null, 2024 + i % 5, 100 + i, source, null));
    }
    Scenario s = essay.withActuals(many).withClaims(List.of());
    byte[] pdf = ScenarioBrief.pdf(s, GapModel.compute(s), DATE);
    int pages;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      pages = doc.getNumberOfPages();
    }
    assertPageCount(s, pages);
    String rest = pageText(pdf, 2, pages);
    for (int i = 0; i < Actual.MAX_ENTRIES; i++) {
      assertTrue(rest.contains(ExportFixtures.squash("Source number " + i + ";")), "figure " + i);
    }
  }
}
