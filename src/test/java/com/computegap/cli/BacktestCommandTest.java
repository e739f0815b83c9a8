package com.computegap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.Hyperscaler;
import com.computegap.model.RandomScenarios;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.scenario.ScenarioReader;
import com.computegap.scenario.ScenarioWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backtest} as MODEL.md section 7 prints it, checked against values worked out
 * independently: the column from the {@code model} command's own CSV, or the company's {@code capex
 * * g(growth)} computed here with {@code Math.pow}.
 */
class BacktestCommandTest {

  private static final String HEADER = "series,company,year,actual,model,errorPct,source";

  @TempDir Path dir;

  @Test
  void shouldHoldEveryBundledActualAgainstTheModel() throws Exception {
    int files = 0;
    for (String name : BundledScenarios.ALL) {
      Path file = Path.of("scenarios", name);
      Scenario s = ScenarioReader.read(file);
      checkBacktest(file, s, List.of());
      files += s.actuals().isEmpty() ? 0 : 1;
    }
    assertTrue(files >= 2, "the essay and the reality scenario hold actuals");
  }

  @Test
  void shouldMatchIndependentValuesOnRandomVersion2Files() throws Exception {
    RandomScenarios scenarios = new RandomScenarios(77L);
    Random random = new Random(78L);
    for (int i = 0; i < 60; i++) {
      Scenario s = RandomScenarios.fileValid(scenarios.nextVersion2());
      s = s.withActuals(randomActuals(s, random));
      Path file = dir.resolve("random-" + i + ".gapx.json");
      Files.writeString(file, ScenarioWriter.toJson(s));
      checkBacktest(file, ScenarioReader.read(file), List.of());
    }
  }

  @Test
  void shouldApplySetBeforeTheBacktest() throws Exception {
    Path file = Path.of("scenarios", BundledScenarios.REALITY_2026);
    CliTest.Run r =
        CliTest.run("backtest", file.toString(), "--set", "hyperscalers[Meta].growthPct=0");
    assertEquals(0, r.status(), r.err());
    String metaIn2025 =
        r.out()
            .lines()
            .filter(l -> l.startsWith("hyperscalerCapexUsdB,Meta,2025,"))
            .findFirst()
            .orElseThrow();
    // growth 0: the 2025 model value is the 2024 capex, 39.2, against 72.2 reported
    List<String> cells = parseCsvLine(metaIn2025);
    assertEquals(39.2, Double.parseDouble(cells.get(4)), 1e-12);
    assertEquals(100 * (39.2 - 72.2) / 72.2, Double.parseDouble(cells.get(5)), 1e-9);
  }

  @Test
  void shouldLeaveModelAndErrorEmptyOutsideTheHorizonAndQuoteWhatNeedsIt() throws Exception {
    Scenario s = ScenarioReader.read(Path.of("scenarios", BundledScenarios.ESSAY));
    s =
        s.withActuals(
            List.of(
                new Actual(Column.SUPPLY_K, null, 2040, 5, "outside, \"later\"", null),
                new Actual(
                    Column.DEPIN_AI_CAPEX_USD_B,
                    null,
                    2024,
                    0,
                    "zero\nactual",
                    LocalDate.of(2025, 1, 2)),
                new Actual(Column.UNALLOCATED_K, null, 2024, 0, "plain", null)));
    Path file = dir.resolve("edge.gapx.json");
    Files.writeString(file, ScenarioWriter.toJson(s));
    CliTest.Run r = CliTest.run("backtest", file.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(
        HEADER
            + "\n"
            + "supplyK,,2040,5.0,,,\"outside, \"\"later\"\"\"\n"
            // the model value (80 / 3 up to rounding) is checked elsewhere; here the layout is
            + "depinAiCapexUsdB,,2024,0.0,"
            + GapModel.compute(s).first().depinAiCapexUsdB()
            + ",Infinity,\"zero\nactual\"\n"
            + "unallocatedK,,2024,0.0,0.0,NaN,plain\n",
        r.out());
  }

  @Test
  void shouldRefuseAMissingFileWithOneErrorLine() {
    CliTest.Run r = CliTest.run("backtest", dir.resolve("absent.gapx.json").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("error: ") && r.err().strip().lines().count() == 1, r.err());
  }

  private static List<Actual> randomActuals(Scenario s, Random random) {
    List<Actual> list = new ArrayList<>();
    List<Column> outputs = Column.outputs();
    for (int k = random.nextInt(12); k > 0; k--) {
      int year = s.startYear() - 2 + random.nextInt(s.years() + 4);
      year = Math.max(2000, Math.min(2100, year));
      double value = random.nextInt(8) == 0 ? 0 : 1000 * random.nextDouble();
      String source = random.nextBoolean() ? "report " + k : "report, \"quoted\"\n" + k;
      if (!s.hyperscalers().isEmpty() && random.nextBoolean()) {
        Hyperscaler h = s.hyperscalers().get(random.nextInt(s.hyperscalers().size()));
        Column c =
            random.nextBoolean()
                ? Column.HYPERSCALER_CAPEX_USD_B
                : Column.HYPERSCALER_AI_CAPEX_USD_B;
        list.add(new Actual(c, h.name(), year, value, source, null));
      } else {
        list.add(
            new Actual(
                outputs.get(random.nextInt(outputs.size())),
                null,
                year,
                value,
                source,
                LocalDate.of(2026, 1, 1 + random.nextInt(31))));
      }
    }
    return list;
  }

  /** Runs backtest on {@code file} and checks every line against independently computed values. */
  private static void checkBacktest(Path file, Scenario s, List<String> sets) {
    CliTest.Run model = CliTest.run("model", file.toString());
    assertEquals(0, model.status(), model.err());
    Map<Integer, Map<String, Double>> table = parseModel(model.out());
    CliTest.Run r = CliTest.run("backtest", file.toString());
    assertEquals(0, r.status(), r.err());
    List<List<String>> lines = parseCsv(r.out());
    assertEquals(HEADER, String.join(",", lines.get(0)));
    assertEquals(s.actuals().size(), lines.size() - 1, file.toString());
    for (int i = 0; i < s.actuals().size(); i++) {
      Actual a = s.actuals().get(i);
      List<String> cells = lines.get(i + 1);
      String where = file + " line " + (i + 2);
      assertEquals(a.series().key(), cells.get(0), where);
      assertEquals(a.company() == null ? "" : a.company(), cells.get(1), where);
      assertEquals(Integer.toString(a.year()), cells.get(2), where);
      assertEquals(a.value(), Double.parseDouble(cells.get(3)), where);
      assertEquals(a.source(), cells.get(6), where);
      Map<String, Double> row = table.get(a.year());
      if (row == null) {
        assertEquals("", cells.get(4), where);
        assertEquals("", cells.get(5), where);
        continue;
      }
      double expected;
      if (a.company() == null) {
        expected = row.get(a.series().key());
      } else {
        Hyperscaler h =
            s.hyperscalers().stream()
                .filter(c -> c.name().equals(a.company()))
                .findFirst()
                .orElseThrow();
        expected = h.capexUsdB() * Math.pow(1 + h.growthPct() / 100, a.year() - s.startYear());
        if (a.series() == Column.HYPERSCALER_AI_CAPEX_USD_B) {
          expected = expected * h.aiSharePct() / 100;
        }
      }
      double modelValue = Double.parseDouble(cells.get(4));
      close(expected, modelValue, where + " model");
      double diff = 100 * (expected - a.value());
      double error =
          a.value() == 0
              ? (diff > 0
                  ? Double.POSITIVE_INFINITY
                  : diff < 0 ? Double.NEGATIVE_INFINITY : Double.NaN)
              : diff / a.value();
      double printed = Double.parseDouble(cells.get(5));
      if (a.value() == 0 || !Double.isFinite(error)) {
        assertEquals(error, printed, where + " errorPct");
      } else {
        // judged on the model value's scale: a small difference of large numbers carries its
        // rounding
        assertEquals(
            error, printed, 1e-9 * Math.max(1, 100 * Math.abs(expected) / a.value()), where);
      }
    }
  }

  private static void close(double e, double a, String where) {
    if (!Double.isFinite(e)) {
      assertEquals(e, a, where);
      return;
    }
    if (Math.abs(e - a) > 1e-9 * Math.max(1, Math.abs(e))) {
      fail(where + ": expected " + e + ", printed " + a);
    }
  }

  private static Map<Integer, Map<String, Double>> parseModel(String csv) {
    List<String> lines = csv.lines().toList();
    String[] header = lines.get(0).split(",");
    Map<Integer, Map<String, Double>> table = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      Map<String, Double> row = new HashMap<>();
      for (int k = 1; k < cells.length; k++) {
        row.put(header[k], Double.parseDouble(cells[k]));
      }
      table.put(Integer.parseInt(cells[0]), row);
    }
    return table;
  }

  private static List<String> parseCsvLine(String line) {
    return parseCsv(line + "\n").get(0);
  }

  /**
   * RFC 4180: fields split at commas, quoted fields may hold commas, doubled quotes and line
   * breaks.
   */
  private static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
