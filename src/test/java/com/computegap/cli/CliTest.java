package com.computegap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.scenario.BundledScenarios;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The headless commands of MODEL.md section 4, run in-process. */
class CliTest {

  private static final String ESSAY = "scenarios/essay-2024.gapx.json";

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void shouldPrintTheHeaderAndOneLinePerYear() {
    Run r = run("model", ESSAY);
    assertEquals(0, r.status(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(
        "year,hyperscalerCapexUsdB,hyperscalerAiCapexUsdB,depinGrossIncentiveUsdB,depinSellPressureUsdB,"
            + "buyerDemandUsdB,depinCashRealizedUsdB,depinAiCapexUsdB,spendGapRatio,depinShareOfAiCapexPct,"
            + "unitPriceUsdK,supplyK,hyperscalerDemandK,hyperscalerUnitsK,otherDemandK,otherUnitsK,depinDemandK,"
            + "depinUnitsK,unallocatedK,hyperscalerInstalledK,depinInstalledK,depinEffectiveK,computeGapRatio,"
            + "parityTokenPriceMultiplier,parityBuyerDemandUsdB,tokenPriceIndex,usageRevenueUsdB,listPriceUsdK",
        lines[0]);
    assertEquals(6, lines.length);
    String[] first = lines[1].split(",");
    assertEquals("2024", first[0]);
    assertEquals(170.5, Double.parseDouble(first[2]));
    assertEquals(170.5 / (80.0 / 3), Double.parseDouble(first[8]), 1e-12);
    assertTrue(lines[4].contains(",Infinity,"), "the emission has ended by 2027: " + lines[4]);
  }

  @Test
  void shouldPrintEveryValueWithFullPrecisionWhateverTheLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      Run r = run("model", ESSAY);
      ModelResult expected = GapModel.compute(BundledScenarios.load(BundledScenarios.ESSAY));
      String[] lines = r.out().split("\n");
      for (int n = 0; n < expected.rows().size(); n++) {
        String[] cells = lines[n + 1].split(",");
        assertEquals(Column.all().size(), cells.length);
        for (Column c : Column.outputs()) {
          assertEquals(Double.toString(c.of(expected.rows().get(n))), cells[c.ordinal()]);
        }
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void shouldPrintJsonWithNonFiniteNumbersAsStrings() throws Exception {
    Run r = run("model", ESSAY, "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(5, root.get("years").size());
    assertEquals(2024, root.get("years").get(0).get("year").intValue());
    assertEquals("Infinity", root.get("years").get(3).get("spendGapRatio").textValue());
    assertEquals(
        170.5 * 5 / 80, root.get("summary").get("cumulativeSpendGapRatio").doubleValue(), 1e-12);
    assertEquals(5, root.get("summary").size());
  }

  @Test
  void shouldApplySetBeforeModelling() {
    Run r =
        run(
            "model",
            ESSAY,
            "--set",
            "depin.tokenPriceMultiplier=3",
            "--set=depin.buyerDemandUsdB=100");
    String[] cells = r.out().split("\n")[1].split(",");
    assertEquals(80.0, Double.parseDouble(cells[Column.DEPIN_AI_CAPEX_USD_B.ordinal()]), 1e-9);
  }

  @Test
  void shouldValidate() {
    Run r = run("validate", ESSAY);
    assertEquals(new Run(0, "ok\n", ""), r);
  }

  @Test
  void shouldExitWith2AndOneErrorLineForBadInput() {
    for (String[] args :
        new String[][] {
          {"model", "no/such/file.gapx.json"},
          {"model", ESSAY, "--format", "xml"},
          {"model", ESSAY, "--bogus"},
          {"validate"},
          {"model", ESSAY, "--set", "depin.sellSharePct=140"},
          {"frobnicate", ESSAY}
        }) {
      Run r = run(args);
      assertEquals(2, r.status(), String.join(" ", args));
      assertEquals("", r.out());
      assertEquals(1, r.err().lines().count(), r.err());
      assertTrue(r.err().startsWith("error: "), r.err());
    }
    assertEquals(
        "error: no/such/file.gapx.json: no such file\n",
        run("validate", "no/such/file.gapx.json").err());
  }
}
