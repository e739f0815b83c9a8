package com.computegap.scenario;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.NumericField;
import com.computegap.model.Scenario;
import com.computegap.model.ValueRange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the bundled scenarios (byte flips, truncations, line edits, type swaps and numeric
 * extremes in the JSON tree, random {@code --set} overrides) with a fixed seed. Every case must
 * either load into a scenario that the model computes and that survives a save/load round trip
 * unchanged, or fail with a {@link ScenarioException} whose one-line message starts with the file
 * label; any other exception is a bug.
 *
 * <p>The oracle checks acceptance too, with {@link ScenarioRulesOracle}, an independent reading of
 * MODEL.md: a mutant that loads must satisfy every rule (and so must what the app writes back for
 * it), a JSON mutant that satisfies every rule must load, and the "valid number" mutants (numbers
 * changed to other valid values) must load. Each case has its own time bound, so a hang names its
 * case. Case {@code i} uses {@code new Random(SEED + i)}; a failure prints its case number, seed
 * and mutant, and {@code -Dfuzz.case=i} replays that case alone.
 */
class ScenarioFuzzTest {

  private static final long SEED = 20_240_417L;
  private static final int CASES = 12_000;
  private static final Duration CASE_TIME_BOUND = Duration.ofSeconds(5);
  private static final String LABEL = "fuzz.gapx.json";
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Bytes worth writing over a random position: JSON punctuation, digits, UTF-8 lead bytes, NUL.
   */
  private static final byte[] INTERESTING_BYTES =
      "\"{}[],:\\09-.eEn \n\t+".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] HIGH_BYTES = {
    0, 0x7F, (byte) 0x80, (byte) 0xC3, (byte) 0xE2, (byte) 0xF0, (byte) 0xFF
  };

  private static final List<JsonNode> EXTREMES =
      List.of(
          NODES.numberNode(0),
          NODES.numberNode(-0.0),
          NODES.numberNode(-1),
          NODES.numberNode(1),
          NODES.numberNode(0.5),
          NODES.numberNode(2.5),
          NODES.numberNode(15),
          NODES.numberNode(16),
          NODES.numberNode(30),
          NODES.numberNode(31),
          NODES.numberNode(99.9999999),
          NODES.numberNode(100),
          NODES.numberNode(100.0000001),
          NODES.numberNode(-99.999),
          NODES.numberNode(-100),
          NODES.numberNode(1000),
          NODES.numberNode(1000.0001),
          NODES.numberNode(1999),
          NODES.numberNode(2000),
          NODES.numberNode(2100),
          NODES.numberNode(2101),
          NODES.numberNode(1e15 + 0.5),
          NODES.numberNode(1e300),
          NODES.numberNode(-1e308),
          NODES.numberNode(Double.MAX_VALUE),
          NODES.numberNode(Double.MIN_VALUE),
          NODES.numberNode(Long.MAX_VALUE),
          NODES.numberNode(Long.MIN_VALUE),
          NODES.numberNode(new BigInteger("1" + "0".repeat(30))),
          NODES.numberNode(new BigInteger("9".repeat(400))),
          NODES.numberNode(new BigDecimal("1e400")),
          NODES.numberNode(new BigDecimal("-1e-400")),
          NODES.numberNode(new BigDecimal("2024.0000000000000001")),
          NODES.textNode(""),
          NODES.textNode("5"),
          NODES.textNode("Meta"),
          NODES.textNode("x".repeat(201)),
          NODES.textNode("\ud800"),
          NODES.textNode("line\nbreak\u001b[0m"),
          NODES.booleanNode(true),
          NODES.nullNode(),
          NODES.arrayNode(),
          NODES.objectNode(),
          NODES.arrayNode().add(1).add("a"),
          NODES.textNode("2026-01-28"),
          NODES.textNode("2025-02-30"),
          NODES.textNode("2026-1-2"),
          NODES.textNode("hyperscalerCapexUsdB"),
          NODES.textNode("year"),
          NODES.textNode("tokenPriceIndex"),
          NODES.numberNode(5),
          NODES.numberNode(5.0000001));

  private static final List<String> OVERRIDE_PATHS = overridePaths();
  private static final List<String> OVERRIDE_VALUES =
      List.of(
          "0",
          "-0.0",
          "-0",
          "1",
          "2.5",
          "100",
          "101",
          "-100",
          "1000",
          "1e400",
          "NaN",
          "Infinity",
          "-Infinity",
          "abc",
          "\"Meta\"",
          "null",
          "true",
          "[]",
          "{}",
          "[1,2",
          "{\"year\": 2027, \"durationYears\": 2, \"supplyCutPct\": 50}",
          "2030",
          "1e-320",
          "1E+3",
          " 7 ",
          "",
          "99999999999999999999999",
          "2",
          "3",
          "\"2026-02-29\"",
          "\"2028-02-29\"",
          "\"Amazon\"",
          "\"unallocatedK\"",
          "[{\"series\": \"supplyK\", \"year\": 2025, \"value\": 1, \"source\": \"x\"}]");

  /**
   * Whether the reader on this branch knows the spec15 lists {@code correlations} and {@code
   * claims}: only then does the oracle check them as lists (otherwise they are unknown fields) and
   * the generator mutate into them.
   */
  static final boolean SPEC15_LISTS = readerKnowsSpec15Lists();

  private int loaded;
  private int rejected;
  private int validMutants;
  private int oracleChecked;
  private final Map<String, int[]> outcomes = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private String firstFailingMutant;

  @Test
  void shouldLoadOrRejectEveryMutatedScenarioWithAScenarioException(@TempDir Path dir) {
    List<byte[]> originals = BundledScenarios.ALL.stream().map(BundledScenarios::bytes).toList();
    List<ObjectNode> trees = originals.stream().map(ScenarioFuzzTest::parsePlain).toList();
    for (int b = 0; b < originals.size(); b++) {
      List<String> broken = ScenarioRulesOracle.check(originals.get(b), SPEC15_LISTS);
      assertTrue(broken.isEmpty(), BundledScenarios.ALL.get(b) + " breaks " + broken);
    }
    String only = System.getProperty("fuzz.case");
    int from = only == null ? 0 : Integer.parseInt(only);
    int to = only == null ? CASES : from + 1;
    for (int i = from; i < to; i++) {
      int index = i;
      assertTimeoutPreemptively(
          CASE_TIME_BOUND,
          () -> runCase(index, originals, trees, dir),
          () -> "case " + index + " (seed " + (SEED + index) + ") took over " + CASE_TIME_BOUND);
    }

    int cases = to - from;
    System.out.printf(
        "fuzz: %d cases, %d loaded, %d rejected, %d checked by the oracle, %d valid-number mutants;"
            + " spec15 lists %s; by mutation [loaded, rejected]: %s%n",
        cases,
        loaded,
        rejected,
        oracleChecked,
        validMutants,
        SPEC15_LISTS ? "on" : "off (the reader does not know them)",
        describeOutcomes());
    if (!failures.isEmpty()) {
      System.out.println("fuzz: the first failure's" + firstFailingMutant);
      try {
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/f10-fuzzfail.txt"), failures);
      } catch (IOException e) {
      }
      fail(
          failures.size()
              + " of "
              + cases
              + " cases broke the contract; first ones:\n"
              + String.join("\n", failures.subList(0, Math.min(15, failures.size()))));
    }
    assertTrue(loaded + rejected == cases);
    if (only == null) {
      // Both outcomes must be exercised in earnest, or the fuzz proves little.
      assertTrue(loaded >= 1_500, "only " + loaded + " mutants loaded");
      assertTrue(rejected >= 5_000, "only " + rejected + " mutants were rejected");
      assertTrue(oracleChecked >= 6_000, "the oracle judged only " + oracleChecked + " mutants");
      assertTrue(validMutants >= 2_000, "only " + validMutants + " valid-number mutants");
    }
  }

  @Test
  void shouldHaveAnOracleThatCatchesEachRuleItChecks() {
    ObjectNode essay = parsePlain(BundledScenarios.bytes(BundledScenarios.ESSAY));
    List<String> edits =
        List.of(
            "depin.sellSharePct=100.5",
            "years=4.5",
            "years=31",
            "schemaVersion=3",
            "hyperscalers[0].name=\"007\"",
            "hyperscalers[1].name=\"*\"",
            "hyperscalers[1].name=\"Microsoft\"",
            "chips.unitPriceUsdK=0",
            "chips.usefulLifeYears=16",
            "depin.growth=1",
            "actuals[0].asOf=\"2025-02-30\"",
            "actuals[0].company=\"Nobody\"",
            "actuals[0].series=\"year\"",
            "schemaVersion=1",
            "depin.priceImpactElasticity=5.5",
            "depin=null",
            "chips=null",
            "hyperscalers=null");
    for (String edit : edits) {
      ObjectNode tree = essay.deepCopy();
      String path = edit.substring(0, edit.indexOf('='));
      JsonNode value =
          parsePlain(
                  ("{\"v\":" + edit.substring(path.length() + 1) + "}")
                      .getBytes(StandardCharsets.UTF_8))
              .get("v");
      setPath(tree, path, value);
      byte[] bytes = write(new Random(0), tree);
      assertTrue(
          !ScenarioRulesOracle.check(bytes, SPEC15_LISTS).isEmpty(), "the oracle misses " + edit);
      // and the app agrees that each of these files is invalid
      try {
        ScenarioReader.parse(bytes, LABEL, List.of());
        fail("the reader accepts " + edit);
      } catch (ScenarioException expected) {
        // the app refuses it too
      }
    }
  }

  /** The spec15 rules of the oracle, on their own (the reader may not know the lists yet). */
  @Test
  void shouldHaveAnOracleThatKnowsTheSpec15Lists() {
    ObjectNode essay = parsePlain(BundledScenarios.bytes(BundledScenarios.ESSAY));
    // essay-2024 has uncertain chips.supplyGrowthPct, depin.tokenPriceMultiplier and
    // depin.buyerDemandUsdB; its horizon is 2024..2028
    String a =
        "{\"a\": \"chips.supplyGrowthPct\", \"b\": \"depin.tokenPriceMultiplier\", \"rho\": ";
    String b =
        "{\"a\": \"depin.buyerDemandUsdB\", \"b\": \"depin.tokenPriceMultiplier\", \"rho\": ";
    String c = "{\"a\": \"chips.supplyGrowthPct\", \"b\": \"depin.buyerDemandUsdB\", \"rho\": ";
    String claim =
        "{\"label\": \"gap\", \"column\": \"spendGapRatio\", \"op\": \">\", \"value\": 5, ";
    Map<String, Boolean> cases = new TreeMap<>();
    cases.put("[" + a + "0.5}]|[" + claim + "\"year\": 2028}]", true);
    // det = (1 - 0.1^2) - 0.95^2 > 0
    cases.put("[" + a + "0.95}, " + b + "-0.1}]|[]", true);
    cases.put("[" + a + "0.96}]|[]", false);
    cases.put("[" + a + "0.9}, " + b + "0.9}, " + c + "-0.9}]|[]", false);
    cases.put("[" + a + "0.5}, " + a + "0.4}]|[]", false);
    cases.put(
        "[{\"a\": \"depin.aiSharePct\", \"b\": \"chips.supplyGrowthPct\", \"rho\": 0}]|[]", false);
    cases.put(
        "[{\"a\": \"chips.supplyGrowthPct\", \"b\": \"chips.supplyGrowthPct\", \"rho\": 0}]|[]",
        false);
    cases.put("[]|[" + claim + "\"year\": 2029}]", true); // kept, outside the horizon
    cases.put("[]|[" + claim + "\"year\": 2101}]", false);
    cases.put("[]|[" + claim + "\"year\": 2024.5}]", false);
    cases.put("[]|[" + claim.replace("spendGapRatio", "year") + "\"year\": 2024}]", false);
    cases.put("[]|[" + claim.replace("\">\"", "\"=\"") + "\"year\": 2024}]", false);
    cases.put("[]|[" + claim + "\"year\": 2024, \"x\": 1}]", false);
    cases.forEach(
        (lists, valid) -> {
          ObjectNode tree = essay.deepCopy();
          String[] parts = lists.split("\\|");
          tree.set(
              "correlations",
              parsePlain(("{\"v\":" + parts[0] + "}").getBytes(StandardCharsets.UTF_8)).get("v"));
          tree.set(
              "claims",
              parsePlain(("{\"v\":" + parts[1] + "}").getBytes(StandardCharsets.UTF_8)).get("v"));
          List<String> broken = ScenarioRulesOracle.check(write(new Random(0), tree), true);
          assertTrue(broken.isEmpty() == valid, lists + ": " + broken);
          if (valid && !parts[0].equals("[]")) {
            tree.put("schemaVersion", 1);
            assertTrue(!ScenarioRulesOracle.check(write(new Random(0), tree), true).isEmpty());
          }
          // without the spec15 lists they are unknown fields
          assertTrue(!ScenarioRulesOracle.check(write(new Random(0), tree), false).isEmpty());
        });
  }

  @Test
  void shouldRefuseASourcesKeyThatNamesNoParameter() {
    // found by the oracle: a mistyped key ("cloudResol.SharePct") loaded, and its source text was
    // never shown beside any slider
    ObjectNode tree = parsePlain(BundledScenarios.bytes(BundledScenarios.ESSAY));
    ((ObjectNode) tree.get("sources")).put("depin.cloudResol.SharePct", "a source");
    byte[] bytes = write(new Random(0), tree);
    assertTrue(!ScenarioRulesOracle.check(bytes, SPEC15_LISTS).isEmpty());
    ScenarioException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ScenarioException.class, () -> ScenarioReader.parse(bytes, LABEL, List.of()));
    assertTrue(
        e.getMessage()
            .equals(
                LABEL
                    + ": sources: the key 'depin.cloudResol.SharePct' is not a numeric parameter"
                    + " path"),
        e.getMessage());
  }

  /** Sets {@code a.b[2].c} in {@code tree} (every step but the last must exist). */
  private static void setPath(ObjectNode tree, String path, JsonNode value) {
    JsonNode node = tree;
    String[] steps = path.split("\\.");
    for (int k = 0; k < steps.length; k++) {
      String step = steps[k];
      int bracket = step.indexOf('[');
      String name = bracket < 0 ? step : step.substring(0, bracket);
      boolean last = k == steps.length - 1;
      if (bracket >= 0) {
        ArrayNode array = (ArrayNode) node.get(name);
        int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
        node = array.get(index);
        if (last) {
          array.set(index, value);
        }
      } else if (last) {
        ((ObjectNode) node).set(name, value);
      } else {
        node = node.get(name);
      }
    }
  }

  private void runCase(int i, List<byte[]> originals, List<ObjectNode> trees, Path dir) {
    Random r = new Random(SEED + i);
    int which = r.nextInt(originals.size());
    Mutant m = mutate(r, originals.get(which), trees.get(which));
    String what =
        "case "
            + i
            + " (seed "
            + (SEED + i)
            + ", "
            + BundledScenarios.ALL.get(which)
            + ", "
            + escape(m.description())
            + ")";
    // The oracle judges the file as written when no --set changes it afterwards.
    List<String> broken =
        m.overrides().isEmpty() ? ScenarioRulesOracle.check(m.bytes(), SPEC15_LISTS) : null;
    if (broken != null) {
      oracleChecked++;
    }
    if (m.kind().equals("valid number")) {
      validMutants++;
      if (!broken.isEmpty()) {
        failures.add(what + ": the generator made an invalid 'valid' mutant: " + broken);
        return;
      }
    }
    Scenario s;
    try {
      s = ScenarioReader.parse(m.bytes(), LABEL, m.overrides());
    } catch (ScenarioException e) {
      rejected++;
      count(m.kind(), 1);
      String msg = e.getMessage();
      if (!msg.startsWith(LABEL + ": ")
          || msg.length() <= LABEL.length() + 2
          || msg.contains("\n")
          || msg.contains("\r")) {
        failures.add(what + ": bad message: " + msg);
        remember(m);
      } else if (broken != null && broken.isEmpty()) {
        failures.add(what + ": a valid file was refused: " + msg);
        remember(m);
      }
      return;
    } catch (Throwable t) {
      failures.add(what + ": " + t);
      remember(m);
      return;
    }
    loaded++;
    count(m.kind(), 0);
    if (broken != null && !broken.isEmpty()) {
      failures.add(what + ": loaded although it breaks " + broken);
      remember(m);
    }
    try {
      ModelResult result = GapModel.compute(s);
      if (result.rows().size() != s.years()) {
        failures.add(what + ": " + result.rows().size() + " rows for " + s.years() + " years");
      }
      String written = ScenarioWriter.toJson(s);
      List<String> writtenBreaks =
          ScenarioRulesOracle.check(written.getBytes(StandardCharsets.UTF_8), SPEC15_LISTS);
      if (!writtenBreaks.isEmpty()) {
        failures.add(what + ": the loaded scenario, written back, breaks " + writtenBreaks);
      }
      Scenario back = ScenarioReader.parse(written, "round trip");
      if (!back.equals(s)) {
        failures.add(what + ": the text round trip changed the scenario:\n  " + s + "\n  " + back);
      }
      if (i % 20 == 0) {
        Path file = dir.resolve("case.gapx.json");
        ScenarioFiles.save(s, file);
        Scenario again = ScenarioReader.read(file);
        if (!again.equals(s)) {
          failures.add(what + ": the save/load round trip changed the scenario");
        }
      }
    } catch (Throwable t) {
      failures.add(what + ": a loaded scenario failed later: " + t);
    }
  }

  /** Keeps the first failing mutant, printed whole at the end. */
  private void remember(Mutant m) {
    if (firstFailingMutant == null) {
      firstFailingMutant = mutantText(m);
    }
  }

  /** The mutant as a Java string literal, to paste into a test; overrides too. */
  private static String mutantText(Mutant m) {
    String text = " mutant: \"" + escape(new String(m.bytes(), StandardCharsets.UTF_8)) + '"';
    return m.overrides().isEmpty()
        ? text
        : text + ", overrides: " + escape(m.overrides().toString());
  }

  /** {@code s} with quotes, backslashes and everything outside printable ASCII escaped. */
  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean readerKnowsSpec15Lists() {
    ObjectNode tree = parsePlain(BundledScenarios.bytes(BundledScenarios.ESSAY));
    tree.set("correlations", NODES.arrayNode());
    tree.set("claims", NODES.arrayNode());
    try {
      ScenarioReader.parse(write(new Random(0), tree), LABEL, List.of());
      return true;
    } catch (ScenarioException e) {
      return false;
    }
  }

  // ---- mutations ----

  record Mutant(String kind, String description, byte[] bytes, List<String> overrides) {}

  private static Mutant mutate(Random r, byte[] original, ObjectNode tree) {
    if (SPEC15_LISTS && r.nextInt(8) == 0) {
      return spec15Lists(r, tree);
    }
    int pick = r.nextInt(100);
    if (pick < 10) {
      return flipBits(r, original);
    } else if (pick < 18) {
      return overwriteByte(r, original);
    } else if (pick < 24) {
      int cut = r.nextInt(original.length);
      return new Mutant("truncate", "truncated at " + cut, Arrays.copyOf(original, cut), List.of());
    } else if (pick < 30) {
      return deleteRange(r, original);
    } else if (pick < 38) {
      return lineEdit(r, original);
    } else if (pick < 55) {
      return treeEdit(r, tree);
    } else if (pick < 80) {
      return validNumber(r, tree);
    } else {
      return overrides(r, original, tree);
    }
  }

  private static Mutant flipBits(Random r, byte[] original) {
    byte[] b = original.clone();
    int flips = 1 + r.nextInt(4);
    StringBuilder what = new StringBuilder("bit flips at");
    for (int k = 0; k < flips; k++) {
      int at = r.nextInt(b.length);
      b[at] ^= (byte) (1 << r.nextInt(8));
      what.append(' ').append(at);
    }
    return new Mutant("bit flip", what.toString(), b, List.of());
  }

  private static Mutant overwriteByte(Random r, byte[] original) {
    byte[] b = original.clone();
    int at = r.nextInt(b.length);
    byte[] pool = r.nextInt(4) == 0 ? HIGH_BYTES : INTERESTING_BYTES;
    b[at] = pool[r.nextInt(pool.length)];
    return new Mutant("byte", "byte " + at + " := " + (b[at] & 0xFF), b, List.of());
  }

  private static Mutant deleteRange(Random r, byte[] original) {
    int from = r.nextInt(original.length);
    int length = 1 + r.nextInt(Math.min(60, original.length - from));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(original, 0, from);
    out.write(original, from + length, original.length - from - length);
    return new Mutant(
        "delete", "deleted " + length + " bytes at " + from, out.toByteArray(), List.of());
  }

  private static Mutant lineEdit(Random r, byte[] original) {
    List<String> lines =
        new ArrayList<>(List.of(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
    int at = r.nextInt(lines.size() - 1);
    String what;
    switch (r.nextInt(3)) {
      case 0 -> {
        lines.add(at, lines.get(at));
        what = "duplicated line " + (at + 1);
      }
      case 1 -> {
        lines.remove(at);
        what = "deleted line " + (at + 1);
      }
      default -> {
        String line = lines.get(at);
        lines.set(at, lines.get(at + 1));
        lines.set(at + 1, line);
        what = "swapped lines " + (at + 1) + " and " + (at + 2);
      }
    }
    return new Mutant(
        "line", what, String.join("\n", lines).getBytes(StandardCharsets.UTF_8), List.of());
  }

  /**
   * Structural edits: type swaps and numeric extremes, removed, unknown, renamed or duplicated
   * entries.
   */
  private static Mutant treeEdit(Random r, ObjectNode original) {
    ObjectNode tree = original.deepCopy();
    List<Slot> slots = new ArrayList<>();
    collect(tree, "", slots);
    Slot slot = slots.get(r.nextInt(slots.size()));
    String what;
    switch (r.nextInt(6)) {
      case 0, 1 -> {
        JsonNode value = EXTREMES.get(r.nextInt(EXTREMES.size()));
        slot.set(value);
        what = slot.path() + " := " + shorten(value.toString());
      }
      case 2 -> {
        slot.remove();
        what = "removed " + slot.path();
      }
      case 3 -> {
        ObjectNode parent = slot.objectParent() != null ? slot.objectParent() : tree;
        parent.put("extra" + r.nextInt(3), 1);
        what = "unknown field near " + slot.path();
      }
      case 4 -> {
        if (slot.arrayParent() != null) {
          slot.arrayParent().add(slot.arrayParent().get(slot.index()).deepCopy());
          what = "duplicated " + slot.path();
        } else {
          JsonNode v = slot.objectParent().remove(slot.name());
          slot.objectParent().set(slot.name().toUpperCase(java.util.Locale.ROOT), v);
          what = "renamed " + slot.path();
        }
      }
      default -> {
        JsonNode v = slot.get();
        slot.set(
            v.isObject() || v.isArray() ? NODES.textNode(v.toString()) : NODES.arrayNode().add(v));
        what = "wrapped or stringified " + slot.path();
      }
    }
    return new Mutant("tree", what, write(r, tree), List.of());
  }

  /**
   * Adds {@code correlations} and {@code claims} (spec15) with entries that are often valid and
   * sometimes break one rule: a parameter that is not uncertain, a pair twice, rho past 0.95, a
   * year outside 2000..2100 (one just outside the horizon is valid), an unknown operator or field,
   * or {@code schemaVersion} 1.
   */
  private static Mutant spec15Lists(Random r, ObjectNode original) {
    ObjectNode tree = original.deepCopy();
    List<String> params = new ArrayList<>();
    tree.path("uncertainty").forEach(u -> params.add(u.path("param").asText()));
    params.add("depin.notUncertain");
    ArrayNode correlations = tree.putArray("correlations");
    int pairs = r.nextInt(4);
    for (int k = 0; k < pairs && params.size() > 1; k++) {
      ObjectNode c = correlations.addObject();
      c.put("a", params.get(r.nextInt(params.size())));
      c.put("b", params.get(r.nextInt(params.size())));
      double[] rhos = {0, 0.3, -0.5, 0.9, 0.95, -0.95, 0.9500001, 1, -2};
      c.put("rho", rhos[r.nextInt(rhos.length)]);
      if (r.nextInt(20) == 0) {
        c.put("extra", 1);
      }
    }
    ArrayNode claims = tree.putArray("claims");
    int startYear = tree.path("startYear").asInt();
    int years = tree.path("years").asInt();
    List<String> columns = ScenarioRulesOracle.COLUMNS;
    String[] ops = {"<", "<=", ">", ">=", "=", "!="};
    for (int k = r.nextInt(4); k > 0; k--) {
      ObjectNode c = claims.addObject();
      c.put("label", r.nextInt(20) == 0 ? "" : "claim " + k);
      c.put("column", r.nextInt(20) == 0 ? "bogus" : columns.get(r.nextInt(columns.size())));
      int[] edges = {1999, 2000, 2100, 2101};
      c.put(
          "year",
          r.nextInt(10) == 0
              ? edges[r.nextInt(edges.length)]
              : startYear - 1 + r.nextInt(years + 2));
      c.put("op", ops[r.nextInt(ops.length)]);
      c.put("value", r.nextInt(20) == 0 ? 1e300 * 10 : r.nextDouble() * 100);
    }
    if (r.nextInt(10) == 0) {
      tree.put("schemaVersion", 1);
    }
    return new Mutant(
        "spec15 lists",
        shorten(correlations.toString()) + " " + shorten(claims.toString()),
        write(r, tree),
        List.of());
  }

  /** A numeric field set to a valid value, often a bound: these mutants should load. */
  private static Mutant validNumber(Random r, ObjectNode original) {
    ObjectNode tree = original.deepCopy();
    List<Slot> slots = new ArrayList<>();
    collect(tree, "", slots);
    List<Slot> numeric =
        slots.stream().filter(s -> s.get().isNumber() && field(s) != null).toList();
    StringBuilder what = new StringBuilder();
    int edits = 1 + r.nextInt(3);
    for (int k = 0; k < edits; k++) {
      Slot slot = numeric.get(r.nextInt(numeric.size()));
      NumericField field = field(slot);
      double v = validValue(r, field);
      slot.set(field.wholeNumber() ? NODES.numberNode((long) v) : NODES.numberNode(v));
      what.append(k == 0 ? "" : ", ").append(slot.path()).append(" := ").append(v);
    }
    return new Mutant("valid number", what.toString(), write(r, tree), List.of());
  }

  private static double validValue(Random r, NumericField field) {
    ValueRange range = field.validRange();
    double low = range.lowestValid();
    double high =
        Double.isInfinite(range.max())
            ? Math.max(field.sliderMax() * 10, 1e6)
            : range.maxInclusive() ? range.max() : Math.nextDown(range.max());
    double v =
        switch (r.nextInt(6)) {
          case 0 -> low;
          case 1 -> high;
          case 2 -> field.sliderMin() <= field.sliderMax() ? range.clamp(field.sliderMin()) : low;
          default -> low + r.nextDouble() * (high - low);
        };
    if (field.wholeNumber()) {
      v = Math.max(Math.ceil(low), Math.min(Math.floor(high), Math.rint(v)));
    }
    // Keep the horizon inside 2100 so start year + years stays sensible; the model copes either
    // way.
    return range.clamp(v);
  }

  private static Mutant overrides(Random r, byte[] original, ObjectNode tree) {
    byte[] bytes = r.nextInt(4) == 0 ? validNumber(r, tree).bytes() : original;
    List<String> sets = new ArrayList<>();
    int count = 1 + r.nextInt(3);
    for (int k = 0; k < count; k++) {
      String path = OVERRIDE_PATHS.get(r.nextInt(OVERRIDE_PATHS.size()));
      String value;
      if (r.nextBoolean()) {
        NumericField field = fieldOfPath(path);
        value = field == null ? "1" : Double.toString(validValue(r, field));
      } else {
        value = OVERRIDE_VALUES.get(r.nextInt(OVERRIDE_VALUES.size()));
      }
      sets.add(r.nextInt(30) == 0 ? path + value : path + "=" + value);
    }
    return new Mutant("--set", "--set " + String.join(" --set ", sets), bytes, sets);
  }

  // ---- JSON tree helpers ----

  /** A place in the tree: a field of an object or an element of an array. */
  record Slot(String path, ObjectNode objectParent, String name, ArrayNode arrayParent, int index) {
    JsonNode get() {
      return objectParent != null ? objectParent.get(name) : arrayParent.get(index);
    }

    void set(JsonNode value) {
      if (objectParent != null) {
        objectParent.set(name, value);
      } else {
        arrayParent.set(index, value);
      }
    }

    void remove() {
      if (objectParent != null) {
        objectParent.remove(name);
      } else {
        arrayParent.remove(index);
      }
    }
  }

  private static void collect(JsonNode node, String path, List<Slot> slots) {
    if (node instanceof ObjectNode object) {
      for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        String child = path.isEmpty() ? name : path + "." + name;
        slots.add(new Slot(child, object, name, null, -1));
        collect(object.get(name), child, slots);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        String child = path + "[" + i + "]";
        slots.add(new Slot(child, null, null, array, i));
        collect(array.get(i), child, slots);
      }
    }
  }

  /** The numeric field a slot holds, or {@code null} (references, uncertainty bounds, ...). */
  private static NumericField field(Slot slot) {
    return fieldOfPath(slot.path().replaceAll("^(hyperscalers|megaProjects)\\[\\d+]", "$1[0]"));
  }

  private static NumericField fieldOfPath(String path) {
    try {
      return com.computegap.model.ParameterPath.parse(path).field();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<String> overridePaths() {
    List<String> paths = new ArrayList<>();
    for (NumericField f : NumericField.all()) {
      String template = f.template();
      if (template.contains("[]")) {
        for (String selector : List.of("0", "3", "*", "Meta", "Microsoft", "99", "Nobody")) {
          paths.add(template.replace("[]", "[" + selector + "]"));
        }
      } else {
        paths.add(template);
      }
    }
    paths.addAll(
        List.of(
            "name",
            "description",
            "depin",
            "chips",
            "chips.shock",
            "hyperscalers",
            "megaProjects",
            "schemaVersion",
            "uncertainty",
            "sources",
            "depin.unknownField",
            "bogus.path",
            "hyperscalers[",
            "hyperscalers[0]",
            "chips.shock.year.deeper",
            "",
            "[*].x",
            "hyperscalers[Meta].name",
            // schema version 2 (MODEL.md section 7): the actuals list and its fields
            "actuals",
            "actuals[0]",
            "actuals[*].year",
            "actuals[0].series",
            "actuals[0].company",
            "actuals[0].value",
            "actuals[0].source",
            "actuals[0].asOf",
            "actuals[99].value",
            "actuals[0].extra"));
    return paths;
  }

  private static ObjectNode parsePlain(byte[] bytes) {
    try {
      return (ObjectNode) PLAIN.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(Random r, JsonNode tree) {
    try {
      return (r.nextBoolean() ? PLAIN.writerWithDefaultPrettyPrinter() : PLAIN.writer())
          .writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  private void count(String kind, int outcome) {
    outcomes.computeIfAbsent(kind, k -> new int[2])[outcome]++;
  }

  private String describeOutcomes() {
    StringBuilder sb = new StringBuilder();
    outcomes.forEach((k, v) -> sb.append(k).append(' ').append(Arrays.toString(v)).append("; "));
    return sb.toString();
  }
}
