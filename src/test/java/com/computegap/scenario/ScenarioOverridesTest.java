package com.computegap.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --set PATH=VALUE} as MODEL.md sections 4 and 5 describe it. */
class ScenarioOverridesTest {

  private static Scenario essayWith(String... sets) throws ScenarioException {
    byte[] bytes = BundledScenarios.bytes(BundledScenarios.ESSAY);
    return ScenarioReader.parse(bytes, "essay", List.of(sets));
  }

  private static String failureOf(String... sets) {
    return assertThrows(ScenarioException.class, () -> essayWith(sets)).getMessage();
  }

  @Test
  void shouldOverrideANestedNumber() throws Exception {
    assertEquals(50, essayWith("depin.sellSharePct=50").depin().sellSharePct());
  }

  @Test
  void shouldAddressHyperscalersByNameIndexAndAll() throws Exception {
    assertEquals(
        12, essayWith("hyperscalers[Meta].growthPct=12").hyperscalers().get(3).growthPct());
    assertEquals(7, essayWith("hyperscalers[0].capexUsdB=7").hyperscalers().get(0).capexUsdB());
    Scenario all = essayWith("hyperscalers[*].aiSharePct=60");
    assertTrue(all.hyperscalers().stream().allMatch(h -> h.aiSharePct() == 60));
  }

  @Test
  void shouldApplyOverridesInOrderAndValidateTheResult() throws Exception {
    assertEquals(
        30, essayWith("depin.sellSharePct=50", "depin.sellSharePct=30").depin().sellSharePct());
    assertEquals(
        "essay: depin.sellSharePct = 140 is out of range 0..100",
        failureOf("depin.sellSharePct=140"));
  }

  @Test
  void shouldReadJsonValuesAndTakeBareWordsAsStrings() throws Exception {
    assertEquals("My case", essayWith("name=\"My case\"").name());
    assertEquals("Bare", essayWith("name=Bare").name());
    assertEquals("", essayWith("description=null").description());
    Scenario shocked =
        essayWith("chips.shock={\"year\":2026,\"durationYears\":2,\"supplyCutPct\":50}");
    assertEquals(2026, shocked.chips().shock().year());
    assertNull(essayWith("chips.shock=null").chips().shock());
  }

  @Test
  void shouldRefuseAPathIntoAnAbsentOptionalObject() {
    String message = failureOf("chips.shock.year=2027");
    assertTrue(message.contains("chips.shock is absent"), message);
  }

  @Test
  void shouldRefuseUnknownNamesAndIndices() {
    assertTrue(failureOf("hyperscalers[Oracle].growthPct=5").contains("no entry named 'Oracle'"));
    assertTrue(failureOf("hyperscalers[9].growthPct=5").contains("index 9 is out of range"));
    assertTrue(failureOf("depin.sellSharePct").contains("expected PATH=VALUE"));
    assertTrue(failureOf("depin.noSuchField=1").contains("depin.noSuchField: unknown field"));
  }

  @Test
  void shouldReportTypeErrorsOfOverridesLikeFileErrors() {
    assertEquals(
        "essay: depin.sellSharePct: expected a number but found a string (\"half\")",
        failureOf("depin.sellSharePct=half"));
  }

  @Test
  void shouldAllowNamesWithDotsAndBrackets() throws Exception {
    // actuals name the companies, so a rename takes them out (the file would not load otherwise)
    Scenario renamed =
        essayWith("actuals=null", "hyperscalers[Meta].name=\"Meta Platforms, Inc.\"");
    byte[] json = ScenarioWriter.toJson(renamed).getBytes(StandardCharsets.UTF_8);
    Scenario s =
        ScenarioReader.parse(json, "x", List.of("hyperscalers[Meta Platforms, Inc.].growthPct=9"));
    assertEquals(9, s.hyperscalers().get(3).growthPct());
  }
}
