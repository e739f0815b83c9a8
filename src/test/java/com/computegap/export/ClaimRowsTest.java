package com.computegap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.CancelFlag;
import com.computegap.model.Claim;
import com.computegap.model.ClaimOp;
import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.MonteCarloRuns;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClaimRowsTest {

  @AfterEach
  void english() {
    Messages.setLocale(Locale.US);
  }

  /** The essay baseline (which has ranges) with three claims, one of them outside the horizon. */
  static Scenario essayWithClaims() {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    return essay.withClaims(
        List.of(
            new Claim(
                "The compute gap closes below 30x",
                Column.COMPUTE_GAP_RATIO,
                essay.endYear(),
                ClaimOp.LT,
                30),
            new Claim(
                "DePIN spends at least a sixth of hyperscaler AI capex",
                Column.SPEND_GAP_RATIO,
                essay.startYear(),
                ClaimOp.LE,
                6),
            new Claim(
                "Outside the horizon",
                Column.SPEND_GAP_RATIO,
                essay.endYear() + 3,
                ClaimOp.GT,
                0)));
  }

  /** Runs in which {@code column(year) < value} (or {@code <=}), counted independently. */
  private static long count(Scenario s, Column column, int year, double value, boolean orEqual) {
    long[] n = {0};
    MonteCarloRuns.forEach(
        s,
        DeckExport.RUNS,
        DeckExport.SEED,
        new CancelFlag(),
        (run, in, row) -> {
          double v = MonteCarloRuns.value(row, column, year - s.startYear());
          if (orEqual ? v <= value : v < value) {
            n[0]++;
          }
        });
    return n[0];
  }

  /** Wilson's 95 % interval, from its formula. */
  private static double[] wilson(long k, long n) {
    double z = 1.959963984540054;
    double p = (double) k / n;
    double centre = (p + z * z / (2.0 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
    return new double[] {centre - half, centre + half};
  }

  @Test
  void shouldWriteOutEachClaimWithItsCountedProbabilityIntervalAndValueAsSet() {
    Scenario s = essayWithClaims();
    ModelResult asSet = GapModel.compute(s);

    List<ClaimRows.Row> rows = ClaimRows.of(s);

    assertEquals(3, rows.size());
    long below30 = count(s, Column.COMPUTE_GAP_RATIO, s.endYear(), 30, false);
    long atMost6 = count(s, Column.SPEND_GAP_RATIO, s.startYear(), 6, true);
    assertTrue(below30 > 0 && below30 < DeckExport.RUNS, "an uncertain claim: " + below30);
    ClaimRows.Row first = rows.get(0);
    assertEquals("The compute gap closes below 30x", first.label());
    assertEquals(
        "Compute gap in 2028 < 30.0×", // three significant digits, as the KPI cards
        first.claim());
    assertEquals(ClaimRows.percent((double) below30 / DeckExport.RUNS), first.probability());
    double[] w = wilson(below30, DeckExport.RUNS);
    assertEquals(
        String.format(Locale.ROOT, "%.1f–%.1f %%", w[0] * 100, w[1] * 100)
            .replace(".0–", "–")
            .replace(".0 %", " %"),
        first.interval());
    // as set, the essay's last compute gap is 33.1x: not below 30
    assertTrue(asSet.rows().get(s.years() - 1).computeGapRatio() > 30);
    assertEquals("fails", first.asSet());

    ClaimRows.Row second = rows.get(1);
    assertEquals(ClaimRows.percent((double) atMost6 / DeckExport.RUNS), second.probability());
    assertEquals("Spend gap in 2024 ≤ 6.00×", second.claim());
    // 6.39x as set
    assertEquals("fails", second.asSet());

    ClaimRows.Row outside = rows.get(2);
    assertEquals("–", outside.probability(), "a year outside the horizon is not answered");
    assertEquals("–", outside.interval());
    assertEquals("–", outside.asSet());
  }

  @Test
  void shouldFormatProbabilitiesWithOneDecimal() {
    assertEquals("42.1 %", ClaimRows.percent(0.421));
    assertEquals("100 %", ClaimRows.percent(1));
  }

  @Test
  void shouldPutTheClaimsOnASlideOfTheDeckInBothLanguages() throws IOException {
    Scenario s = essayWithClaims();
    long below30 = count(s, Column.COMPUTE_GAP_RATIO, s.endYear(), 30, false);
    for (Locale language : List.of(Locale.US, Locale.JAPAN)) {
      byte[] pptx = DeckExport.pptx(s, language, com.computegap.chart.ChartTheme.LIGHT, DATE);
      Messages.setLocale(language);
      try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
        XSLFSlide slide =
            deck.getSlides().stream()
                .filter(
                    sl ->
                        sl.getShapes().get(0) instanceof XSLFTextShape t
                            && t.getText().equals(Messages.get("export.claims.title")))
                .findFirst()
                .orElseThrow();
        XSLFTable table =
            slide.getShapes().stream()
                .filter(XSLFTable.class::isInstance)
                .map(XSLFTable.class::cast)
                .findFirst()
                .orElseThrow();
        List<XSLFTableRow> rows = table.getRows();
        assertEquals(1 + 3, rows.size(), "the head and three claims");
        assertEquals(
            Messages.get("export.claims.column.probability"),
            rows.get(0).getCells().get(2).getText());
        assertEquals("The compute gap closes below 30x", rows.get(1).getCells().get(0).getText());
        assertEquals(
            ClaimRows.percent((double) below30 / DeckExport.RUNS),
            rows.get(1).getCells().get(2).getText());
        assertEquals(
            Messages.get("export.claims.no"),
            rows.get(1).getCells().get(4).getText(),
            language.toString());
      }
    }
  }

  @Test
  void shouldAddAClaimsPageToTheBriefInBothLanguages() {
    Scenario s = essayWithClaims();
    long atMost6 = count(s, Column.SPEND_GAP_RATIO, s.startYear(), 6, true);
    for (Locale language : List.of(Locale.US, Locale.JAPAN)) {
      Messages.setLocale(language);
      byte[] pdf = ScenarioBrief.pdf(s, GapModel.compute(s), DATE);
      String text = ExportFixtures.squash(ExportFixtures.text(pdf));
      assertTrue(
          text.contains(ExportFixtures.squash(Messages.get("export.claims.column.interval"))),
          language.toString());
      assertTrue(
          text.contains(
              ExportFixtures.squash(ClaimRows.percent((double) atMost6 / DeckExport.RUNS))));
      assertTrue(text.contains(ExportFixtures.squash("DePIN spends at least a sixth")));
      String written = language == Locale.US ? "Spend gap in 2024 ≤ 6.00×" : "2024年の";
      assertTrue(text.contains(ExportFixtures.squash(written)), language + ": " + written);
    }
  }

  private static final LocalDate DATE = LocalDate.of(2026, 3, 12);
}
