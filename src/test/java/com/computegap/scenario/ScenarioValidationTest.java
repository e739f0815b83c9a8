package com.computegap.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Scenario;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The messages of MODEL.md section 6 for the common mistakes (the hostile corpus covers the rest).
 */
class ScenarioValidationTest {

  private static final String FILE = "essay.gapx.json";

  /** The essay scenario as JSON with one change applied to its tree. */
  private static String essayWith(Consumer<ObjectNode> change) {
    ObjectNode root = ScenarioWriter.toTree(BundledScenarios.load(BundledScenarios.ESSAY));
    change.accept(root);
    return root.toString();
  }

  private static String failure(String json) {
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> ScenarioReader.parse(json, FILE));
    return e.getMessage();
  }

  @Test
  void shouldNameFileFieldValueAndRangeForAnOutOfRangeValue() {
    String json = essayWith(r -> ((ObjectNode) r.get("depin")).put("sellSharePct", 140));
    assertEquals("essay.gapx.json: depin.sellSharePct = 140 is out of range 0..100", failure(json));
  }

  @Test
  void shouldExplainOpenRanges() {
    String json = essayWith(r -> ((ObjectNode) r.get("chips")).put("supplyGrowthPct", -100));
    assertEquals(
        "essay.gapx.json: chips.supplyGrowthPct = -100 is out of range: it must be > -100 and <= 1000",
        failure(json));
  }

  @Test
  void shouldNameTheHyperscalerByIndexForAWrongType() {
    String json =
        essayWith(r -> ((ObjectNode) r.get("hyperscalers").get(2)).put("capexUsdB", "lots"));
    assertEquals(
        "essay.gapx.json: hyperscalers[2].capexUsdB: expected a number but found a string (\"lots\")",
        failure(json));
  }

  @Test
  void shouldRejectUnknownFieldsWithASuggestion() {
    String json = essayWith(r -> ((ObjectNode) r.get("depin")).put("sellSharPct", 50));
    String message = failure(json);
    assertTrue(
        message.startsWith(
            "essay.gapx.json: depin.sellSharPct: unknown field, did you mean 'sellSharePct'?"),
        message);
  }

  @Test
  void shouldReportAMissingRequiredField() {
    String json = essayWith(r -> ((ObjectNode) r.get("chips")).remove("unitPriceUsdK"));
    assertEquals(
        "essay.gapx.json: chips.unitPriceUsdK is missing (a required field)", failure(json));
  }

  @Test
  void shouldRefuseAFileFromANewerVersion() {
    String json = essayWith(r -> r.put("schemaVersion", 3));
    assertTrue(failure(json).contains("written by a newer version"), failure(json));
  }

  @Test
  void shouldRequireWholeNumbersForYearsButAcceptThreePointZero() throws Exception {
    assertEquals(
        "essay.gapx.json: depin.emissionYears = 2.5 must be a whole number",
        failure(essayWith(r -> ((ObjectNode) r.get("depin")).put("emissionYears", 2.5))));
    Scenario s =
        ScenarioReader.parse(
            essayWith(r -> ((ObjectNode) r.get("depin")).put("emissionYears", 3.0)), FILE);
    assertEquals(3, s.depin().emissionYears());
  }

  @Test
  void shouldGiveLineAndColumnForSyntaxErrors() {
    String message =
        failure("{\n  \"schemaVersion\": 1,\n  \"name\": \"x\",\n  \"name\": \"y\"\n}");
    assertEquals(
        "essay.gapx.json: line 4, column 9: duplicate key 'name': each key may appear once per object",
        message);
    assertTrue(failure("{\"schemaVersion\": 1, \"name\": ").contains("truncated"));
  }

  @Test
  void shouldRejectDuplicateHyperscalerNames() {
    String json =
        essayWith(r -> ((ObjectNode) r.get("hyperscalers").get(1)).put("name", "Microsoft"));
    assertTrue(
        failure(json).contains("hyperscalers[1].name: 'Microsoft' is already used"), failure(json));
  }

  @Test
  void shouldCheckUncertaintyPathsAgainstTheScenario() {
    String json =
        essayWith(r -> ((ObjectNode) r.get("uncertainty").get(0)).put("param", "chips.shock.year"));
    assertTrue(
        failure(json).contains("uncertainty[0].param: chips.shock.year: chips.shock is absent"),
        failure(json));
    String bounds = essayWith(r -> ((ObjectNode) r.get("uncertainty").get(0)).put("high", 2000));
    assertTrue(
        failure(bounds).contains("must lie in the parameter's valid range"), failure(bounds));
  }

  @Test
  void shouldAcceptAbsentOrNullOptionalParts() throws Exception {
    String json =
        essayWith(
            r -> {
              r.remove("references");
              r.putNull("sources");
              r.remove("uncertainty");
              r.putNull("megaProjects");
              r.remove("description");
            });
    Scenario s = ScenarioReader.parse(json, FILE);
    assertTrue(s.references().isEmpty() && s.sources().isEmpty() && s.uncertainty().isEmpty());
    assertEquals("", s.description());
  }

  @Test
  void shouldReportEveryProblemNotJustTheFirst() {
    String json =
        essayWith(
            r -> {
              ((ObjectNode) r.get("depin")).put("sellSharePct", 140);
              ((ObjectNode) r.get("chips")).put("usefulLifeYears", 0);
            });
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> ScenarioReader.parse(json, FILE));
    assertEquals(2, e.problems().size());
    assertEquals("chips.usefulLifeYears", e.problems().get(1).location());
  }
}
