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
 * label; any other exception is a bug. Case {@code i} uses {@code new Random(SEED + i)}, so a
 * failure printed with its number can be replayed alone.
 */
class ScenarioFuzzTest {

  private static final long SEED = 20_240_417L;
  private static final int CASES = 12_000;
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

  private int loaded;
  private int rejected;
  private final Map<String, int[]> outcomes = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();

  @Test
  void shouldLoadOrRejectEveryMutatedScenarioWithAScenarioException(@TempDir Path dir) {
    List<byte[]> originals = BundledScenarios.ALL.stream().map(BundledScenarios::bytes).toList();
    List<ObjectNode> trees = originals.stream().map(ScenarioFuzzTest::parsePlain).toList();

    assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () -> {
          for (int i = 0; i < CASES; i++) {
            runCase(i, originals, trees, dir);
          }
        });

    System.out.printf(
        "fuzz: %d cases, %d loaded, %d rejected; by mutation [loaded, rejected]: %s%n",
        CASES, loaded, rejected, describeOutcomes());
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " of "
              + CASES
              + " cases broke the contract; first ones:\n"
              + String.join("\n", failures.subList(0, Math.min(15, failures.size()))));
    }
    assertTrue(loaded + rejected == CASES);
    // Both outcomes must be exercised in earnest, or the fuzz proves little.
    assertTrue(loaded >= 1_500, "only " + loaded + " mutants loaded");
    assertTrue(rejected >= 5_000, "only " + rejected + " mutants were rejected");
  }

  private void runCase(int i, List<byte[]> originals, List<ObjectNode> trees, Path dir) {
    Random r = new Random(SEED + i);
    int which = r.nextInt(originals.size());
    Mutant m = mutate(r, originals.get(which), trees.get(which));
    String what =
        "case " + i + " (" + BundledScenarios.ALL.get(which) + ", " + m.description() + ")";
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
      }
      return;
    } catch (Throwable t) {
      failures.add(what + ": " + t);
      return;
    }
    loaded++;
    count(m.kind(), 0);
    try {
      ModelResult result = GapModel.compute(s);
      if (result.rows().size() != s.years()) {
        failures.add(what + ": " + result.rows().size() + " rows for " + s.years() + " years");
      }
      Scenario back = ScenarioReader.parse(ScenarioWriter.toJson(s), "round trip");
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

  // ---- mutations ----

  record Mutant(String kind, String description, byte[] bytes, List<String> overrides) {}

  private static Mutant mutate(Random r, byte[] original, ObjectNode tree) {
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
