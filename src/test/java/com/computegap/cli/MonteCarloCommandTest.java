package com.computegap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.CancelFlag;
import com.computegap.model.ClaimAnalysis;
import com.computegap.model.Column;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonteCarloCommandTest {

  private static final String ESSAY = "scenarios/essay-2024.gapx.json";

  private static CliTest.Run cli(String... args) {
    return CliTest.run(args);
  }

  @Test
  void shouldPrintTheLongFormWithOneLinePerYearAndOutputColumn() {
    CliTest.Run r = cli("montecarlo", ESSAY, "--runs", "2000", "--seed", "5");
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("year,column,mean,p5,p25,p50,p75,p95", lines.get(0));
    int outputs = Column.outputs().size();
    assertEquals(1 + 5 * outputs, lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      assertEquals(8, f.length, lines.get(i));
      assertEquals(Integer.toString(2024 + (i - 1) / outputs), f[0]);
      assertEquals(Column.outputs().get((i - 1) % outputs).key(), f[1]);
      for (int k = 2; k < 8; k++) {
        Double.parseDouble(f[k]);
      }
      double p5 = Double.parseDouble(f[3]);
      double p95 = Double.parseDouble(f[7]);
      assertTrue(p5 <= p95 || Double.isNaN(p5), lines.get(i));
    }
  }

  @Test
  void shouldRepeatItselfForASeedAndChangeWithIt() {
    CliTest.Run a = cli("montecarlo", ESSAY, "--runs", "3000", "--seed", "9");
    CliTest.Run b = cli("montecarlo", "--seed=9", ESSAY, "--runs=3000");
    CliTest.Run c = cli("montecarlo", ESSAY, "--runs", "3000", "--seed", "10");
    assertEquals(a.out(), b.out());
    assertNotEquals(a.out(), c.out());
  }

  @Test
  void shouldGiveTheModelValueEverywhereWithoutUncertainty() {
    CliTest.Run mc = cli("montecarlo", ESSAY, "--runs", "50", "--set", "uncertainty=null");
    CliTest.Run model = cli("model", ESSAY);
    assertEquals(0, mc.status(), mc.err());
    List<String> header = List.of(model.out().lines().toList().get(0).split(","));
    String[] firstYear = model.out().lines().toList().get(1).split(",");
    for (String line : mc.out().lines().toList().subList(1, 1 + Column.outputs().size())) {
      String[] f = line.split(",");
      String expected = firstYear[header.indexOf(f[1])];
      for (int k = 2; k < 8; k++) {
        assertEquals(expected, f[k], line);
      }
    }
  }

  @Test
  void shouldApplySetBeforeRunning() {
    CliTest.Run r = cli("montecarlo", ESSAY, "--runs", "200", "--set", "chips.supplyK=1234");
    String supply =
        r.out().lines().toList().stream()
            .filter(l -> l.startsWith("2024,supplyK,"))
            .findFirst()
            .orElseThrow();
    assertEquals("2024,supplyK,1234.0,1234.0,1234.0,1234.0,1234.0,1234.0", supply);
  }

  @Test
  void shouldExitWithTwoForABadFile(@TempDir Path dir) throws Exception {
    CliTest.Run missing = cli("montecarlo", dir.resolve("absent.gapx.json").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().startsWith("error: "), missing.err());
    assertEquals(1, missing.err().lines().count());
    assertEquals("", missing.out());

    Path broken = dir.resolve("broken.gapx.json");
    Files.writeString(broken, "{ \"schemaVersion\": 1, ");
    CliTest.Run invalid = cli("montecarlo", broken.toString());
    assertEquals(2, invalid.status());
    assertTrue(invalid.err().startsWith("error: "), invalid.err());
    assertTrue(invalid.err().contains("broken.gapx.json"), invalid.err());
  }

  @Test
  void shouldExitWithTwoForBadOptions() {
    assertEquals(2, cli("montecarlo", ESSAY, "--runs", "0").status());
    assertEquals(2, cli("montecarlo", ESSAY, "--format", "xml").status());
    assertEquals(2, cli("montecarlo", ESSAY, "--set", "depin.sellSharePct=140").status());
  }

  // ---- issue 15: --claims, --samples-out, --columns, --format json ----

  /** Claims on the essay: every operator, a column that is Infinity in some runs, one NaN-prone. */
  private static final String CLAIMS =
      "claims=["
          + "{\"label\":\"DePIN, at least 5 % in 2025\",\"column\":\"depinShareOfAiCapexPct\","
          + "\"year\":2025,\"op\":\">=\",\"value\":5},"
          + "{\"label\":\"share \\\"small\\\" in 2026\",\"column\":\"depinShareOfAiCapexPct\","
          + "\"year\":2026,\"op\":\"<\",\"value\":8},"
          + "{\"label\":\"gap over 10x in 2024\",\"column\":\"spendGapRatio\",\"year\":2024,"
          + "\"op\":\">\",\"value\":10},"
          + "{\"label\":\"gap at most 1000x in 2028\",\"column\":\"spendGapRatio\","
          + "\"year\":2028,\"op\":\"<=\",\"value\":1000},"
          + "{\"label\":\"compute gap at least 1 in 2027\",\"column\":\"computeGapRatio\","
          + "\"year\":2027,\"op\":\">=\",\"value\":1}]";

  /** A claim as the test reads it back: column@year, operator and threshold. */
  private record Check(String header, String op, double value) {}

  private static final List<Check> CHECKS =
      List.of(
          new Check("depinShareOfAiCapexPct@2025", ">=", 5),
          new Check("depinShareOfAiCapexPct@2026", "<", 8),
          new Check("spendGapRatio@2024", ">", 10),
          new Check("spendGapRatio@2028", "<=", 1000),
          new Check("computeGapRatio@2027", ">=", 1));

  /** The test's own comparison: NaN never holds, Infinity is larger than every finite value. */
  private static boolean holds(double x, String op, double value) {
    if (Double.isNaN(x)) {
      return false;
    }
    int c = Double.compare(x, value); // no NaN here; -0.0 and 0.0 do not occur as thresholds
    return switch (op) {
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      case ">=" -> c >= 0;
      default -> throw new AssertionError(op);
    };
  }

  /** Splits one CSV line whose quoted fields may hold commas and doubled quotes. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    out.add(cell.toString());
    return out;
  }

  @Test
  void shouldGiveEachClaimTheProbabilityCountedOverTheSamplesFile(@TempDir Path dir)
      throws Exception {
    Path samples = dir.resolve("runs.csv");
    int runs = 3000;
    CliTest.Run r =
        cli(
            "montecarlo",
            ESSAY,
            "--runs",
            Integer.toString(runs),
            "--seed",
            "77",
            "--set",
            CLAIMS,
            "--claims",
            "--samples-out",
            samples.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());

    List<String> rows = Files.readAllLines(samples);
    assertEquals(1 + runs, rows.size(), "a header and one row per run");
    List<String> header = fields(rows.get(0));
    List<String> printed = r.out().lines().toList();
    int block = printed.indexOf("claims");
    assertEquals(1 + 5 * Column.outputs().size(), block, "the block follows the percentile table");
    assertEquals("label,probability,low95,high95", printed.get(block + 1));
    assertEquals(block + 2 + CHECKS.size(), printed.size());

    boolean someButNotAll = false;
    for (int k = 0; k < CHECKS.size(); k++) {
      Check check = CHECKS.get(k);
      int col = header.indexOf(check.header());
      assertTrue(col >= 0, check.header());
      int count = 0;
      for (String row : rows.subList(1, rows.size())) {
        if (holds(Double.parseDouble(fields(row).get(col)), check.op(), check.value())) {
          count++;
        }
      }
      someButNotAll |= count > 0 && count < runs;
      List<String> line = fields(printed.get(block + 2 + k));
      assertEquals(4, line.size(), printed.get(block + 2 + k));
      assertEquals((double) count / runs, Double.parseDouble(line.get(1)), check.header());
      // Wilson (1927) 95 % score interval, written out here independently of the model's code.
      double n = runs;
      double p = count / n;
      double z = 1.959963984540054;
      double mid = (p + z * z / (2 * n)) / (1 + z * z / n);
      double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
      assertEquals(count == 0 ? 0 : mid - half, Double.parseDouble(line.get(2)), 1e-12);
      assertEquals(count == runs ? 1 : mid + half, Double.parseDouble(line.get(3)), 1e-12);
    }
    assertTrue(someButNotAll, "at least one claim holds in some runs but not all");
    // labels with a comma or quotes are CSV-quoted, quotes doubled
    assertTrue(printed.get(block + 2).startsWith("\"DePIN, at least 5 % in 2025\",0."));
    assertTrue(printed.get(block + 3).startsWith("\"share \"\"small\"\" in 2026\","));
  }

  @Test
  void shouldWriteTheInputsByPathThenTheChosenColumnsForEveryYear(@TempDir Path dir)
      throws Exception {
    Path samples = dir.resolve("s.csv");
    CliTest.Run r =
        cli(
            "montecarlo",
            ESSAY,
            "--runs",
            "500",
            "--samples-out=" + samples,
            "--columns",
            "spendGapRatio,supplyK");
    assertEquals(0, r.status(), r.err());
    List<String> rows = Files.readAllLines(samples);
    assertEquals(
        "chips.supplyGrowthPct,depin.tokenPriceMultiplier,depin.buyerDemandUsdB,"
            + "depin.frontierEfficiencyPct,depin.sellSharePct,hyperscalers[*].growthPct,"
            + "chips.hyperscalerPriorityCapPct,chips.unitPriceUsdK,"
            + "spendGapRatio@2024,spendGapRatio@2025,spendGapRatio@2026,spendGapRatio@2027,"
            + "spendGapRatio@2028,supplyK@2024,supplyK@2025,supplyK@2026,supplyK@2027,supplyK@2028",
        rows.get(0));
    assertEquals(501, rows.size());
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      assertEquals(18, f.length, row);
      // supplyK(2024) = chips.supplyK (4000 in the essay) whatever the draw; it grows by the drawn
      // supplyGrowthPct, the first input: supplyK(2025) = 4000 * (1 + g/100).
      assertEquals(4000, Double.parseDouble(f[13]), 1e-9);
      double g = Double.parseDouble(f[0]);
      assertTrue(g >= 20 && g <= 60, "triangular 20..60: " + g);
      assertEquals(4000 * (1 + g / 100), Double.parseDouble(f[14]), 1e-6);
    }
    // The percentile table is the same as without the samples file: same runs.
    assertEquals(cli("montecarlo", ESSAY, "--runs", "500").out(), r.out());
  }

  @Test
  void shouldWriteEveryOutputColumnWithoutColumns(@TempDir Path dir) throws Exception {
    Path samples = dir.resolve("all.csv");
    CliTest.Run r = cli("montecarlo", ESSAY, "--runs", "20", "--samples-out", samples.toString());
    assertEquals(0, r.status(), r.err());
    List<String> header = fields(Files.readAllLines(samples).get(0));
    assertEquals(8 + 5 * Column.outputs().size(), header.size());
    assertEquals("hyperscalerCapexUsdB@2024", header.get(8));
    assertEquals("listPriceUsdK@2028", header.get(header.size() - 1));
  }

  @Test
  void shouldAnswerHandCasesForEachOperatorAndForInfinityAndNaN() {
    // Without uncertainty every run is the essay as set: in 2024 hyperscalerAiCapexUsdB is
    // 170.5 (MODEL.md section 2), and in 2027, after the three emission years, DePIN spends 0,
    // so spendGapRatio = 170.5 / 0 = Infinity.
    String claims =
        "claims=["
            + claim("lt", "hyperscalerAiCapexUsdB", 2024, "<", 170.5)
            + ","
            + claim("le", "hyperscalerAiCapexUsdB", 2024, "<=", 170.5)
            + ","
            + claim("gt", "hyperscalerAiCapexUsdB", 2024, ">", 170.5)
            + ","
            + claim("ge", "hyperscalerAiCapexUsdB", 2024, ">=", 170.5)
            + ","
            + claim("inf-lt", "spendGapRatio", 2027, "<", 1e308)
            + ","
            + claim("inf-le", "spendGapRatio", 2027, "<=", 1e308)
            + ","
            + claim("inf-gt", "spendGapRatio", 2027, ">", 1e308)
            + ","
            + claim("inf-ge", "spendGapRatio", 2027, ">=", 1e308)
            + "]";
    CliTest.Run r =
        cli(
            "montecarlo",
            ESSAY,
            "--runs",
            "40",
            "--set",
            "uncertainty=null",
            "--set",
            claims,
            "--claims");
    assertEquals(0, r.status(), r.err());
    assertEquals(
        List.of(
            "lt,0.0",
            "le,1.0",
            "gt,0.0",
            "ge,1.0",
            "inf-lt,0.0",
            "inf-le,0.0",
            "inf-gt,1.0",
            "inf-ge,1.0"),
        probabilities(r.out()));

    // With no AI share anywhere spendGapRatio is 0 / 0 = NaN, and NaN satisfies no claim.
    String nan =
        "claims=["
            + claim("nan-lt", "spendGapRatio", 2024, "<", 1e308)
            + ","
            + claim("nan-le", "spendGapRatio", 2024, "<=", 1e308)
            + ","
            + claim("nan-gt", "spendGapRatio", 2024, ">", -1e308)
            + ","
            + claim("nan-ge", "spendGapRatio", 2024, ">=", -1e308)
            + "]";
    CliTest.Run n =
        cli(
            "montecarlo",
            ESSAY,
            "--runs",
            "40",
            "--set",
            "uncertainty=null",
            "--set",
            "depin.aiSharePct=0",
            "--set",
            "hyperscalers[*].aiSharePct=0",
            "--set",
            nan,
            "--claims");
    assertEquals(0, n.status(), n.err());
    assertEquals(
        List.of("nan-lt,0.0", "nan-le,0.0", "nan-gt,0.0", "nan-ge,0.0"), probabilities(n.out()));

    // The essay's horizon ends in 2028: a claim on 2029 stays in the file, unanswered
    CliTest.Run later =
        cli(
            "montecarlo",
            ESSAY,
            "--runs",
            "40",
            "--set",
            "claims=[" + claim("later", "hyperscalerAiCapexUsdB", 2029, ">", 0) + "]",
            "--claims");
    assertEquals(0, later.status(), later.err());
    assertTrue(later.out().endsWith("\nlater,NaN,NaN,NaN\n"), later.out());
  }

  private static String claim(String label, String column, int year, String op, double value) {
    return "{\"label\":\""
        + label
        + "\",\"column\":\""
        + column
        + "\",\"year\":"
        + year
        + ",\"op\":\""
        + op
        + "\",\"value\":"
        + value
        + "}";
  }

  /** "label,probability" for each line of the claims block. */
  private static List<String> probabilities(String out) {
    List<String> lines = out.lines().toList();
    return lines.subList(lines.indexOf("claims") + 2, lines.size()).stream()
        .map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1)))
        .toList();
  }

  @Test
  void shouldPrintPercentilesAndClaimsAsJson() throws Exception {
    CliTest.Run csv =
        cli("montecarlo", ESSAY, "--runs", "400", "--seed", "3", "--set", CLAIMS, "--claims");
    CliTest.Run json =
        cli(
            "montecarlo",
            ESSAY,
            "--runs",
            "400",
            "--seed",
            "3",
            "--set",
            CLAIMS,
            "--claims",
            "--format",
            "json");
    assertEquals(0, json.status(), json.err());
    JsonNode root = new ObjectMapper().readTree(json.out());
    List<String> csvLines = csv.out().lines().toList();
    JsonNode percentiles = root.get("percentiles");
    assertEquals(5 * Column.outputs().size(), percentiles.size());
    for (int i = 0; i < percentiles.size(); i++) {
      JsonNode p = percentiles.get(i);
      String[] f = csvLines.get(1 + i).split(",");
      assertEquals(f[0], p.get("year").asText());
      assertEquals(f[1], p.get("column").textValue());
      String[] keys = {"mean", "p5", "p25", "p50", "p75", "p95"};
      for (int k = 0; k < keys.length; k++) {
        JsonNode v = p.get(keys[k]);
        // non-finite numbers are the strings "Infinity" and "NaN", finite ones numbers
        assertEquals(Double.isFinite(Double.parseDouble(f[2 + k])), v.isNumber(), keys[k]);
        assertEquals(Double.parseDouble(f[2 + k]), Double.parseDouble(v.asText()), keys[k]);
      }
    }
    JsonNode claims = root.get("claims");
    assertEquals(CHECKS.size(), claims.size());
    int block = csvLines.indexOf("claims");
    for (int k = 0; k < claims.size(); k++) {
      List<String> line = fields(csvLines.get(block + 2 + k));
      JsonNode c = claims.get(k);
      assertEquals(line.get(0), c.get("label").textValue());
      assertEquals(Double.parseDouble(line.get(1)), c.get("probability").doubleValue());
      assertEquals(Double.parseDouble(line.get(2)), c.get("low95").doubleValue());
      assertEquals(Double.parseDouble(line.get(3)), c.get("high95").doubleValue());
      assertTrue(c.get("holdsAsSet").isBoolean());
    }
    // The essay as set has a 13.5 % share in 2025 (>= 5 holds) and Infinity in 2028 (<= 1000
    // fails).
    assertTrue(claims.get(0).get("holdsAsSet").booleanValue());
    assertFalse(claims.get(3).get("holdsAsSet").booleanValue());
    JsonNode plain =
        new ObjectMapper()
            .readTree(cli("montecarlo", ESSAY, "--runs", "50", "--format", "json").out());
    assertFalse(plain.has("claims"), "claims only with --claims");
    assertEquals(5 * Column.outputs().size(), plain.get("percentiles").size());
  }

  @Test
  void shouldAgreeWithTheModelsClaimAnalysisOnEveryBundledScenario() throws Exception {
    // The window's claims panel uses ClaimAnalysis; the command line counts in its own pass.
    for (String file : BundledScenarios.ALL) {
      Path path = Path.of("scenarios", file);
      Scenario s = ScenarioReader.read(path);
      assertFalse(s.claims().isEmpty(), file + " has claims");
      List<ClaimAnalysis.Outcome> expected = ClaimAnalysis.analyse(s, 1500, 4, new CancelFlag());
      CliTest.Run r =
          cli("montecarlo", path.toString(), "--runs", "1500", "--seed", "4", "--claims");
      assertEquals(0, r.status(), r.err());
      List<String> lines = r.out().lines().toList();
      int block = lines.indexOf("claims");
      assertEquals(block + 2 + expected.size(), lines.size(), file);
      for (int k = 0; k < expected.size(); k++) {
        List<String> f = fields(lines.get(block + 2 + k));
        ClaimAnalysis.Outcome o = expected.get(k);
        assertEquals(o.claim().label(), f.get(0), file);
        assertEquals(o.probability(), Double.parseDouble(f.get(1)), file + " " + f.get(0));
        assertEquals(o.interval().low(), Double.parseDouble(f.get(2)), file);
        assertEquals(o.interval().high(), Double.parseDouble(f.get(3)), file);
      }
    }
  }
}
