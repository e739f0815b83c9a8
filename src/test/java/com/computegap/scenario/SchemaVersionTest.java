package com.computegap.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.Distribution;
import com.computegap.model.ParameterPath;
import com.computegap.model.RandomScenarios;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schema versions 1 and 2 (MODEL.md section 7): reading both, and saving the lowest that holds the
 * content.
 */
class SchemaVersionTest {

  private static Scenario essayVersion1() {
    // the essay without its schema 2 lists (actuals, claims): nothing left that needs version 2
    Scenario s =
        BundledScenarios.load(BundledScenarios.ESSAY).withActuals(List.of()).withClaims(List.of());
    assertEquals(1, s.requiredSchemaVersion());
    return s;
  }

  private static JsonNode tree(Scenario s) throws Exception {
    return ScenarioJson.readTree(ScenarioWriter.toJson(s));
  }

  @Test
  void shouldSaveAFileWithoutSection7ContentAsVersion1() throws Exception {
    JsonNode t = tree(essayVersion1());
    assertEquals(1, t.get("schemaVersion").intValue());
    assertFalse(t.get("depin").has("priceImpactElasticity"));
    assertFalse(t.get("chips").has("priceFlexPct"));
    assertFalse(t.has("actuals"));
    assertEquals(
        essayVersion1(), ScenarioReader.parse(ScenarioWriter.toJson(essayVersion1()), "x"));
  }

  @Test
  void shouldSaveVersion2AsSoonAsOneSection7NumberIsSet() throws Exception {
    Scenario s = essayVersion1();
    for (String field :
        List.of(
            "priceImpactElasticity",
            "usageRevenueUsdB",
            "usageRevenueGrowthPct",
            "tailEmissionPctPerYear")) {
      JsonNode t = tree(ParameterPath.parse("depin." + field).with(s, 0.5));
      assertEquals(2, t.get("schemaVersion").intValue(), field);
      assertEquals(0.5, t.get("depin").get(field).doubleValue(), field);
      assertTrue(t.get("chips").has("priceFlexPct"), "every section 7 number is written out");
    }
    assertEquals(
        2, tree(s.withChips(s.chips().withPriceFlexPct(10))).get("schemaVersion").intValue());
    Scenario withActual =
        s.withActuals(List.of(new Actual(Column.SUPPLY_K, null, 2024, 1, "x", null)));
    assertEquals(2, tree(withActual).get("schemaVersion").intValue());
    List<UncertainParameter> ranges = new ArrayList<>(s.uncertainty());
    ranges.add(new UncertainParameter("depin.usageRevenueUsdB", new Distribution.Uniform(0, 1)));
    assertEquals(
        2,
        tree(s.withUncertainty(ranges)).get("schemaVersion").intValue(),
        "a range on a section 7 number needs version 2 even at its default");
  }

  @Test
  void shouldLoadAVersion2FileWithoutSection7ContentAsItsVersion1Twin() throws Exception {
    String v1 = ScenarioWriter.toJson(essayVersion1());
    String declared2 = v1.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
    assertEquals(ScenarioReader.parse(v1, "a"), ScenarioReader.parse(declared2, "b"));
    assertEquals(v1, ScenarioWriter.toJson(ScenarioReader.parse(declared2, "b")));
  }

  @Test
  void shouldGiveSection7NumbersTheirDefaultsWhenAbsentOrNull() throws Exception {
    String json =
        ScenarioWriter.toJson(essayVersion1())
            .replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")
            .replace(
                "\"initialInstalledK\": 50",
                "\"initialInstalledK\": 50, \"usageRevenueUsdB\": null");
    Scenario s = ScenarioReader.parse(json, "x");
    assertEquals(0, s.depin().usageRevenueUsdB());
    assertEquals(essayVersion1(), s);
  }

  @Test
  void shouldRefuseASection7FieldInAVersion1File() {
    String json =
        ScenarioWriter.toJson(essayVersion1())
            .replace(
                "\"initialInstalledK\": 50", "\"initialInstalledK\": 50, \"usageRevenueUsdB\": 1");
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> ScenarioReader.parse(json, "v1.gapx.json"));
    assertEquals(
        "v1.gapx.json: depin.usageRevenueUsdB needs schemaVersion 2 (the file declares schemaVersion 1;"
            + " set \"schemaVersion\": 2 to use it)",
        e.getMessage());
  }

  @Test
  void shouldRoundTripRandomVersion2ScenariosWithActuals() throws Exception {
    RandomScenarios random = new RandomScenarios(4242L);
    for (int i = 0; i < 500; i++) {
      Scenario s = RandomScenarios.fileValid(random.nextVersion2());
      List<Actual> actuals = new ArrayList<>();
      if (i % 2 == 0) {
        actuals.add(
            new Actual(
                Column.TOKEN_PRICE_INDEX,
                null,
                s.startYear(),
                i * 0.125,
                "src " + i,
                i % 4 == 0 ? LocalDate.of(2024, 2, 29) : null));
        if (!s.hyperscalers().isEmpty()) {
          actuals.add(
              new Actual(
                  Column.HYPERSCALER_AI_CAPEX_USD_B,
                  s.hyperscalers().get(0).name(),
                  2100,
                  1e-3 * i,
                  "a, \"b\"\nc",
                  null));
        }
      }
      s = s.withActuals(actuals);
      String text = ScenarioWriter.toJson(s);
      Scenario back = ScenarioReader.parse(text, "random");
      assertEquals(s, back, text);
      assertEquals(s.requiredSchemaVersion(), tree(s).get("schemaVersion").intValue());
      assertEquals(text, ScenarioWriter.toJson(back));
    }
  }

  @Test
  void shouldReadTheBundledVersion1FileTheOldWay() throws Exception {
    // a version 1 file exactly as this build's predecessor wrote it (the corpus base)
    Scenario s =
        ScenarioReader.read(java.nio.file.Path.of("src/test/resources/valid/version1.gapx.json"));
    assertEquals(1, s.schemaVersion());
    assertTrue(s.actuals().isEmpty());
    assertTrue(s.depin().isVersion1() && s.chips().isVersion1());
  }
}
