package com.computegap.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Claim;
import com.computegap.model.ClaimOp;
import com.computegap.model.Column;
import com.computegap.model.Correlation;
import com.computegap.model.Distribution;
import com.computegap.model.Hyperscaler;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The schema 2 lists {@code correlations} and {@code claims} in the file (spec 15): what loads,
 * what is refused and with which message, and that saving and loading again gives an equal
 * scenario.
 */
class AnalyticsFormatTest {

  private static final String FILE = "x.gapx.json";

  /** The essay with its own lists removed: uncertainty of eight parameters, actuals, version 2. */
  private static Scenario essay() {
    return BundledScenarios.load(BundledScenarios.ESSAY)
        .withCorrelations(List.of())
        .withClaims(List.of());
  }

  private static Scenario withLists() {
    return essay()
        .withCorrelations(
            List.of(
                new Correlation("depin.tokenPriceMultiplier", "depin.buyerDemandUsdB", 0.6),
                new Correlation("hyperscalers[*].growthPct", "chips.supplyGrowthPct", -0.35)))
        .withClaims(
            List.of(
                new Claim(
                    "DePIN reaches 10 % of hyperscaler AI capex by 2028",
                    Column.DEPIN_SHARE_OF_AI_CAPEX_PCT, 2028, ClaimOp.GE, 10),
                new Claim(
                    "Gap, \"quoted\", under 100x", Column.SPEND_GAP_RATIO, 2024, ClaimOp.LT, 100),
                new Claim("a", Column.SUPPLY_K, 2026, ClaimOp.LE, 2.5e3),
                new Claim("b", Column.UNIT_PRICE_USD_K, 2025, ClaimOp.GT, -0.125)));
  }

  private static String json(Consumer<ObjectNode> change) {
    ObjectNode root = ScenarioWriter.toTree(withLists());
    change.accept(root);
    return root.toString();
  }

  private static String failure(String json) {
    return assertThrows(ScenarioException.class, () -> ScenarioReader.parse(json, FILE))
        .getMessage();
  }

  private static ObjectNode correlation(ObjectNode root, int i) {
    return (ObjectNode) root.get("correlations").get(i);
  }

  private static ObjectNode claim(ObjectNode root, int i) {
    return (ObjectNode) root.get("claims").get(i);
  }

  @Test
  void shouldLoadAnEqualScenarioAfterSaving() throws Exception {
    Scenario s = withLists();
    Scenario back = ScenarioReader.parse(ScenarioWriter.toJson(s), FILE);
    assertEquals(s, back);
    assertEquals(s.correlations(), back.correlations());
    assertEquals(s.claims(), back.claims());
  }

  @Test
  void shouldWriteBothListsAfterActualsInOrderWithTheSpecFields() throws Exception {
    JsonNode t = ScenarioJson.readTree(ScenarioWriter.toJson(withLists()));
    List<String> fields = new ArrayList<>();
    t.fieldNames().forEachRemaining(fields::add);
    int actuals = fields.indexOf("actuals");
    assertTrue(actuals > 0);
    assertEquals(
        List.of("actuals", "correlations", "claims"), fields.subList(actuals, actuals + 3));
    assertEquals(fields.size(), actuals + 3, "the two lists come last");
    JsonNode c1 = t.get("correlations").get(1);
    assertEquals("hyperscalers[*].growthPct", c1.get("a").textValue());
    assertEquals("chips.supplyGrowthPct", c1.get("b").textValue());
    assertEquals(-0.35, c1.get("rho").doubleValue());
    JsonNode q = t.get("claims").get(2);
    assertEquals(List.of("label", "column", "year", "op", "value"), names(q));
    assertEquals("supplyK", q.get("column").textValue());
    assertEquals("<=", q.get("op").textValue());
    assertTrue(q.get("value").isIntegralNumber(), "2500 is written as a whole number");
    assertEquals(2500, q.get("value").intValue());
    assertEquals(">", t.get("claims").get(3).get("op").textValue());
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  @Test
  void shouldWriteVersion2ForClaimsAloneAndVersion1WithoutAnySchema2Content() throws Exception {
    Scenario v1 = essay().withActuals(List.of());
    assertEquals(
        1, ScenarioJson.readTree(ScenarioWriter.toJson(v1)).get("schemaVersion").intValue());
    Scenario claims = v1.withClaims(withLists().claims());
    JsonNode t = ScenarioJson.readTree(ScenarioWriter.toJson(claims));
    assertEquals(2, t.get("schemaVersion").intValue());
    assertFalse(t.has("correlations"), "an empty list is left out");
    assertEquals(claims, ScenarioReader.parse(ScenarioWriter.toJson(claims), FILE));
    Scenario correlations = v1.withCorrelations(withLists().correlations());
    assertEquals(
        2,
        ScenarioJson.readTree(ScenarioWriter.toJson(correlations)).get("schemaVersion").intValue());
  }

  @Test
  void shouldTreatAbsentNullAndEmptyListsAsNone() throws Exception {
    for (Consumer<ObjectNode> change :
        List.<Consumer<ObjectNode>>of(
            r -> {
              r.remove("correlations");
              r.remove("claims");
            },
            r -> {
              r.putNull("correlations");
              r.putNull("claims");
            },
            r -> {
              r.putArray("correlations");
              r.putArray("claims");
            })) {
      Scenario s = ScenarioReader.parse(json(change), FILE);
      assertEquals(List.of(), s.correlations());
      assertEquals(List.of(), s.claims());
    }
  }

  @Test
  void shouldRefuseNonEmptyListsInAVersion1FileButAcceptEmptyOnes() throws Exception {
    Scenario v1 = essay().withActuals(List.of());
    ObjectNode root = ScenarioWriter.toTree(v1);
    root.set("claims", ScenarioWriter.toTree(withLists()).get("claims"));
    assertEquals(
        "x.gapx.json: claims needs schemaVersion 2 (the file declares schemaVersion 1;"
            + " set \"schemaVersion\": 2 to use it)",
        failure(root.toString()));
    root.remove("claims");
    root.set("correlations", ScenarioWriter.toTree(withLists()).get("correlations"));
    assertTrue(failure(root.toString()).contains("correlations needs schemaVersion 2"));
    root.putArray("correlations");
    root.putArray("claims");
    assertEquals(v1, ScenarioReader.parse(root.toString(), FILE));
  }

  @Test
  void shouldMatchParamsExactlyAsWrittenInUncertainty() {
    String json = json(r -> correlation(r, 0).put("a", "depin.tokenPriceMultiplier "));
    assertEquals(
        "x.gapx.json: correlations[0].a = \"depin.tokenPriceMultiplier \" is not the param of an"
            + " uncertainty entry (only uncertain parameters can be correlated; write the path"
            + " exactly as in uncertainty)",
        failure(json));
    // A company's own growth is a parameter path, but the file makes only [*] uncertain.
    assertTrue(
        failure(json(r -> correlation(r, 1).put("a", "hyperscalers[0].growthPct")))
            .startsWith("x.gapx.json: correlations[1].a = \"hyperscalers[0].growthPct\" is not"));
  }

  @Test
  void shouldRefuseAParameterCorrelatedWithItselfAndARepeatedPairInEitherOrder() {
    assertEquals(
        "x.gapx.json: correlations[0]: depin.tokenPriceMultiplier is correlated with itself"
            + " (a and b must differ)",
        failure(json(r -> correlation(r, 0).put("b", "depin.tokenPriceMultiplier"))));
    String reversed =
        json(
            r ->
                ((ArrayNode) r.get("correlations"))
                    .addObject()
                    .put("a", "depin.buyerDemandUsdB")
                    .put("b", "depin.tokenPriceMultiplier")
                    .put("rho", 0.1));
    assertEquals(
        "x.gapx.json: correlations[2]: the pair depin.buyerDemandUsdB, depin.tokenPriceMultiplier"
            + " is already given; each pair may appear once",
        failure(reversed));
  }

  @Test
  void shouldAcceptRhoUpToPlusMinus095AndRefuseBeyond() throws Exception {
    assertEquals(
        0.95,
        ScenarioReader.parse(json(r -> correlation(r, 0).put("rho", 0.95)), FILE)
            .correlations()
            .get(0)
            .rho());
    assertEquals(
        -0.95,
        ScenarioReader.parse(json(r -> correlation(r, 0).put("rho", -0.95)), FILE)
            .correlations()
            .get(0)
            .rho());
    assertTrue(
        failure(json(r -> correlation(r, 0).put("rho", 0.9500001)))
            .startsWith(
                "x.gapx.json: correlations[0].rho = 0.9500001 is out of range -0.95..0.95"));
    assertTrue(
        failure(json(r -> correlation(r, 1).put("rho", -1)))
            .startsWith("x.gapx.json: correlations[1].rho = -1 is out of range"));
  }

  @Test
  void shouldNameTheParametersOfAMatrixThatIsNotPositiveDefinite() {
    // rho(x,y) = rho(x,z) = 0.9 but rho(y,z) = -0.9: det = 1 - 3(0.81) - 2(0.729) < 0.
    String json =
        json(
            r -> {
              ArrayNode list = r.putArray("correlations");
              list.addObject()
                  .put("a", "depin.buyerDemandUsdB")
                  .put("b", "depin.frontierEfficiencyPct")
                  .put("rho", 0.9);
              list.addObject()
                  .put("a", "depin.buyerDemandUsdB")
                  .put("b", "chips.unitPriceUsdK")
                  .put("rho", 0.9);
              list.addObject()
                  .put("a", "chips.unitPriceUsdK")
                  .put("b", "depin.frontierEfficiencyPct")
                  .put("rho", -0.9);
            });
    // Named in the order of the uncertainty list (buyer demand 3rd, efficiency 4th, price 8th).
    assertEquals(
        "x.gapx.json: correlations: not positive definite; the conflict involves"
            + " depin.buyerDemandUsdB, depin.frontierEfficiencyPct, chips.unitPriceUsdK",
        failure(json));
  }

  @Test
  void shouldAcceptAValidThreeWayMatrix() throws Exception {
    // 0.5, 0.5, 0.5: eigenvalues 2, 0.5, 0.5, all positive.
    String json =
        json(
            r -> {
              ArrayNode list = r.putArray("correlations");
              list.addObject().put("a", "depin.buyerDemandUsdB").put("b", "chips.unitPriceUsdK");
              list.addObject()
                  .put("a", "chips.unitPriceUsdK")
                  .put("b", "depin.frontierEfficiencyPct");
              list.addObject()
                  .put("a", "depin.frontierEfficiencyPct")
                  .put("b", "depin.buyerDemandUsdB");
              list.forEach(o -> ((ObjectNode) o).put("rho", 0.5));
            });
    assertEquals(3, ScenarioReader.parse(json, FILE).correlations().size());
  }

  @Test
  void shouldCheckEveryFieldOfAClaim() {
    assertEquals(
        "x.gapx.json: claims[0].year = 2101 is out of range 2000..2100",
        failure(json(r -> claim(r, 0).put("year", 2101))));
    assertTrue(
        failure(json(r -> claim(r, 1).put("year", 1999)))
            .contains("claims[1].year = 1999 is out of range 2000..2100"));
    assertTrue(
        failure(json(r -> claim(r, 0).put("year", 2025.5)))
            .contains("claims[0].year = 2025.5 must be a whole number"));
    assertTrue(
        failure(json(r -> claim(r, 0).put("column", "year")))
            .contains("claims[0].column = \"year\" is not an output column"));
    assertTrue(
        failure(json(r -> claim(r, 0).put("op", "=<")))
            .contains(
                "claims[0].op = \"=<\" is not a comparison (expected \"<\", \"<=\", \">\" or"
                    + " \">=\")"));
    assertTrue(
        failure(json(r -> claim(r, 0).put("label", "")))
            .contains("claims[0].label has 0 characters; it must have 1..200"));
    assertTrue(
        failure(json(r -> claim(r, 0).put("label", "y".repeat(201))))
            .contains("claims[0].label has 201 characters"));
    assertTrue(
        failure(json(r -> claim(r, 2).remove("value")))
            .contains("claims[2].value is missing (a required field)"));
    assertTrue(
        failure(json(r -> claim(r, 0).put("threshold", 3)))
            .contains("claims[0].threshold: unknown field"));
  }

  @Test
  void shouldAcceptLabelsOfExactly200CharactersAndTheHorizonsEnds() throws Exception {
    String label = "\u65e5".repeat(200); // characters, not bytes
    Scenario s =
        ScenarioReader.parse(
            json(
                r -> {
                  claim(r, 0).put("label", label).put("year", 2024);
                  claim(r, 1).put("year", 2028);
                }),
            FILE);
    assertEquals(label, s.claims().get(0).label());
    assertEquals(2024, s.claims().get(0).year());
    assertEquals(2028, s.claims().get(1).year());
  }

  @Test
  void shouldKeepAClaimOutsideTheHorizonSoThatMovingTheHorizonNeverBreaksTheFile()
      throws Exception {
    // a horizon of one year (2024) leaves the claims of 2025..2028 outside it
    Scenario s =
        ScenarioReader.parse(
            json(
                r -> {
                  r.put("years", 1);
                  claim(r, 0).put("year", 2000);
                  claim(r, 1).put("year", 2100);
                }),
            FILE);
    assertEquals(2000, s.claims().get(0).year());
    assertEquals(2100, s.claims().get(1).year());
    assertEquals(s, ScenarioReader.parse(ScenarioWriter.toJson(s), FILE));
  }

  @Test
  void shouldLimitTheListsTo500And100Entries() throws Exception {
    assertEquals(500, InputLimits.maxEntries("correlations"));
    assertEquals(100, InputLimits.maxEntries("claims"));
    assertEquals(100, ScenarioReader.parse(claimsTimes(100), FILE).claims().size());
    assertEquals(
        "x.gapx.json: claims has 101 entries; at most 100 are allowed", failure(claimsTimes(101)));
  }

  private static String claimsTimes(int n) {
    return json(
        r -> {
          JsonNode one = r.get("claims").get(0);
          ArrayNode list = r.putArray("claims");
          for (int i = 0; i < n; i++) {
            list.add(one.deepCopy());
          }
        });
  }

  /**
   * The largest lists the format allows: 100 uncertain parameters (34 companies' three fields) and
   * 500 correlations, each parameter in 10 pairs of rho 0.05, so every row of the matrix sums to
   * 1.5 with 1 on the diagonal: diagonally dominant, hence positive definite.
   */
  static Scenario largest() {
    Scenario base = essay();
    List<Hyperscaler> companies = new ArrayList<>();
    List<UncertainParameter> ranges = new ArrayList<>();
    for (int i = 0; i < 34; i++) {
      String name = "Company " + (char) ('A' + i % 26) + (i / 26);
      companies.add(new Hyperscaler(name, 30, 10, 80));
      ranges.add(
          new UncertainParameter(
              "hyperscalers[" + name + "].capexUsdB", new Distribution.Uniform(10, 50)));
      ranges.add(
          new UncertainParameter(
              "hyperscalers[" + name + "].growthPct", new Distribution.Uniform(0, 20)));
      ranges.add(
          new UncertainParameter(
              "hyperscalers[" + name + "].aiSharePct", new Distribution.Uniform(50, 100)));
    }
    List<UncertainParameter> hundred = ranges.subList(0, 100);
    List<Correlation> pairs = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      for (int d = 1; d <= 5; d++) {
        pairs.add(
            new Correlation(hundred.get(i).param(), hundred.get((i + d) % 100).param(), 0.05));
      }
    }
    return base.withHyperscalers(companies)
        .withSources(java.util.Map.of())
        .withActuals(List.of())
        .withUncertainty(hundred)
        .withCorrelations(pairs);
  }

  @Test
  void shouldLoadTheLargestCorrelationListAndSaveItBack() throws Exception {
    Scenario s = largest();
    String text = ScenarioWriter.toJson(s);
    assertTrue(text.length() < InputLimits.MAX_FILE_BYTES, "under 1 MiB: " + text.length());
    Scenario back = ScenarioReader.parse(text, FILE);
    assertEquals(500, back.correlations().size());
    assertEquals(s, back);
    // one more pair is over the limit
    ObjectNode root = ScenarioWriter.toTree(s);
    ((ArrayNode) root.get("correlations"))
        .addObject()
        .put("a", s.uncertainty().get(0).param())
        .put("b", s.uncertainty().get(50).param())
        .put("rho", 0.05);
    assertEquals(
        "x.gapx.json: correlations has 501 entries; at most 500 are allowed",
        failure(root.toString()));
  }
}
