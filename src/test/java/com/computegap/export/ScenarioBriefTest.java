package com.computegap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Hyperscaler;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioParameters;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import com.computegap.text.NonFiniteReasons;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioBriefTest {

  private static final LocalDate DATE = LocalDate.of(2025, 3, 12);

  static List<String> bundled() {
    return BundledScenarios.ALL;
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldWriteAOnePageBriefWithNameKpisSourcesAndEmbeddedFonts(String file, @TempDir Path dir)
      throws IOException {
    Scenario s = ExportFixtures.scenario(file);
    ModelResult r = ExportFixtures.result(s);
    Path target = dir.resolve("brief.pdf");

    ScenarioBrief.write(s, r, DATE, target);

    byte[] pdf = Files.readAllBytes(target);
    assertOnePageWithKpis(pdf, s, r);
    String text = ExportFixtures.squash(ExportFixtures.text(pdf));
    long sourcesShown =
        s.sources().values().stream()
            .filter(src -> text.contains(ExportFixtures.squash(src)))
            .count();
    assertTrue(sourcesShown >= 1, "at least one source text in full");
    assertTrue(
        text.contains(ExportFixtures.squash(Messages.get("param.depin.sellSharePct.label"))),
        "parameter labels");
    assertAllFontsEmbedded(pdf);
  }

  @Test
  void shouldWriteTheBriefInJapaneseWithEmbeddedFonts() throws IOException {
    Locale before = Messages.locale();
    Messages.setLocale(Locale.JAPAN);
    try {
      // the lockout has an infinite compute gap, so a Japanese reason is printed too
      Scenario s = ExportFixtures.scenario(BundledScenarios.HYPERSCALER_LOCKOUT);
      ModelResult r = ExportFixtures.result(s);

      byte[] pdf = ScenarioBrief.pdf(s, r, DATE);

      assertOnePageWithKpis(pdf, s, r);
      String text = ExportFixtures.squash(ExportFixtures.text(pdf));
      assertTrue(text.contains("前提条件と出典"), "Japanese headings as text");
      assertTrue(text.contains("2025年3月12日"), "the date in Japanese");
      assertAllFontsEmbedded(pdf);
    } finally {
      Messages.setLocale(before);
    }
  }

  @Test
  void shouldKeepAHugeScenarioOnOnePageAndSayWhatWasLeftOut() throws IOException {
    Scenario s = huge().withActuals(List.of()).withClaims(List.of());
    ModelResult r = ExportFixtures.result(s);

    byte[] pdf = ScenarioBrief.pdf(s, r, DATE);

    List<float[]> glyphs = new ArrayList<>();
    PDRectangle page;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      page = doc.getPage(0).getMediaBox();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition p : positions) {
                glyphs.add(new float[] {p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj()});
              }
            }
          };
      stripper.writeText(doc, new StringWriter());
    }
    assertTrue(glyphs.size() > 1000);
    for (float[] g : glyphs) {
      assertTrue(
          g[0] >= 20 && g[0] + g[2] <= page.getWidth() - 20, "inside the side margins: x=" + g[0]);
      assertTrue(g[1] >= 20 && g[1] <= page.getHeight() - 15, "inside the page: y=" + g[1]);
    }
    String text = ExportFixtures.squash(ExportFixtures.text(pdf));
    assertTrue(text.contains("…"), "long texts cut with an ellipsis");
    assertTrue(
        text.contains(
            ExportFixtures.squash(Messages.get("export.brief.note.descriptionShortened"))));
    assertTrue(
        text.contains(ExportFixtures.squash(Messages.get("export.brief.note.nameShortened"))));
    assertTrue(
        text.contains(ExportFixtures.squash(Messages.get("export.brief.note.sourcesShortened"))));
    String[] omitted =
        ExportFixtures.squash(Messages.get("export.brief.note.rowsOmitted")).split("\\{0\\}");
    assertTrue(
        text.matches(
            "(?s).*"
                + java.util.regex.Pattern.quote(omitted[0])
                + "\\d+"
                + java.util.regex.Pattern.quote(omitted[1])
                + ".*"),
        "the rows left out are counted");
    assertTrue(
        text.contains(ExportFixtures.squash(Messages.get("export.brief.note.missingGlyphs"))),
        "a character no font has is announced");
  }

  /** 50 companies with long sources, a 200-character name, a long description, an emoji. */
  static Scenario huge() {
    Scenario base = ExportFixtures.scenario(BundledScenarios.ESSAY);
    List<Hyperscaler> companies = new ArrayList<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      String name = "Company number " + (i + 1) + " with a long legal name";
      companies.add(new Hyperscaler(name, 10 + i, i % 7, 50 + i));
      sources.put(
          "hyperscalers[" + name + "].capexUsdB",
          ("Annual report "
                  + (2020 + i % 5)
                  + ", page "
                  + i
                  + ": capital expenditure including finance leases, restated. ")
              .repeat(5));
      sources.put("hyperscalers[" + name + "].growthPct", "Guidance " + i);
    }
    String name = ("Very long scenario name \uD83D\uDE80 ").repeat(8).substring(0, 199);
    return base.withName(name)
        .withDescription("A description that goes on and on. ".repeat(60))
        .withHyperscalers(companies)
        .withSources(sources);
  }

  private static void assertOnePageWithKpis(byte[] pdf, Scenario s, ModelResult r)
      throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // the brief is one page; reported figures add their reality check on the pages after it
      RealityCheckPagesTest.assertPageCount(s, doc.getNumberOfPages());
    }
    String text = ExportFixtures.squash(ExportFixtures.text(pdf));
    assertTrue(text.contains(ExportFixtures.squash(s.name())), "the scenario's name");
    for (KpiKind k : KpiKind.values()) {
      assertTrue(
          text.contains(ExportFixtures.squash(Messages.get(k.keyStem() + ".title"))), k + " title");
      assertTrue(
          text.contains(ExportFixtures.squash(k.format(k.valueOf(r)))),
          k + " value " + k.format(k.valueOf(r)));
      String reason = NonFiniteReasons.of(k, s, r);
      if (!reason.isEmpty()) {
        String start = ExportFixtures.squash(reason);
        assertTrue(
            text.contains(start.substring(0, Math.min(20, start.length()))),
            k + " reason " + reason);
      }
    }
    assertFalse(ScenarioParameters.of(s).isEmpty());
  }

  private static void assertAllFontsEmbedded(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      collectFonts(doc.getPage(0).getResources(), fonts, 0);
      assertTrue(fonts.size() >= 2, "fonts found: " + fonts.size());
      for (PDFont f : fonts) {
        assertTrue(f.isEmbedded(), f.getName() + " is embedded");
      }
    }
  }

  private static void collectFonts(PDResources res, List<PDFont> out, int depth)
      throws IOException {
    if (res == null || depth > 5) {
      return;
    }
    for (COSName n : res.getFontNames()) {
      out.add(res.getFont(n));
    }
    for (COSName n : res.getXObjectNames()) {
      PDXObject x = res.getXObject(n);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out, depth + 1);
      }
    }
  }
}
