package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.scenario.BundledScenarios;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioDifferenceTest {

  @ParameterizedTest(name = "{0} against {1}")
  @CsvSource({
    "essay-2024.gapx.json, depin-bull.gapx.json",
    "essay-2024.gapx.json, hyperscaler-lockout.gapx.json",
    "essay-2024.gapx.json, taiwan-disruption.gapx.json"
  })
  void shouldSplitTheKpiDifferenceOfTwoBundledScenariosIntoPartsThatAddUp(String fa, String fb) {
    Scenario a = BundledScenarios.load(fa);
    Scenario b = BundledScenarios.load(fb);
    ToDoubleFunction<ModelResult> kpi = r -> r.summary().cumulativeSpendGapRatio();

    ScenarioDifference.Result r = ScenarioDifference.split(a, b, kpi, 200, 1);

    // the values come from the model run on each file, independently of the split
    double va = kpi.applyAsDouble(GapModel.compute(a));
    double vb = kpi.applyAsDouble(GapModel.compute(b));
    assertEquals(va, r.valueA(), 0);
    assertEquals(vb, r.valueB(), 0);
    assertNotNull(r.split());
    assertTrue(r.players().size() >= 2, "the bull case changes several parameters");
    assertEquals(ScenarioDifference.players(a, b), r.players());
    double sum = 0;
    for (double c : r.split().contributions()) {
      sum += c;
    }
    assertEquals(vb - va, sum, 1e-9);
    assertEquals(vb - va, r.split().total(), 1e-9);
  }

  @org.junit.jupiter.api.Test
  void shouldSplitTwoChangedParametersAsTheAverageOfBothOrders() {
    Scenario a = BundledScenarios.load(BundledScenarios.ESSAY);
    ParameterPath growth = ParameterPath.parse("chips.supplyGrowthPct");
    ParameterPath price = ParameterPath.parse("depin.tokenPriceMultiplier");
    Scenario g = growth.with(a, growth.get(a) + 7);
    Scenario p = price.with(a, price.get(a) * 3);
    Scenario b = price.with(g, price.get(a) * 3);
    ToDoubleFunction<ModelResult> kpi = r -> r.summary().cumulativeSpendGapRatio();
    double v0 = kpi.applyAsDouble(GapModel.compute(a));
    double vg = kpi.applyAsDouble(GapModel.compute(g));
    double vp = kpi.applyAsDouble(GapModel.compute(p));
    double vb = kpi.applyAsDouble(GapModel.compute(b));

    ScenarioDifference.Result r = ScenarioDifference.split(a, b, kpi, 10, 1);

    List<String> players = r.players();
    assertEquals(2, players.size());
    int gi = players.indexOf(growth.text());
    int pi = players.indexOf(price.text());
    assertTrue(gi >= 0 && pi >= 0, players.toString());
    // growth first or price first, each with probability one half
    assertEquals(((vg - v0) + (vb - vp)) / 2, r.split().contributions()[gi], 1e-12);
    assertEquals(((vp - v0) + (vb - vg)) / 2, r.split().contributions()[pi], 1e-12);
    assertEquals((vb - vg) - (vp - v0), r.split().interaction(), 1e-12);
  }

  @ParameterizedTest(name = "{0} against {1}")
  @CsvSource({
    "essay-2024.gapx.json, depin-bull.gapx.json",
    "essay-2024.gapx.json, reality-2026.gapx.json",
    "depin-bull.gapx.json, hyperscaler-lockout.gapx.json"
  })
  void shouldGiveTheSameBitsAsBuildingEachSubsetsScenario(String fa, String fb) {
    assertSameBits(BundledScenarios.load(fa), BundledScenarios.load(fb));
  }

  @org.junit.jupiter.api.Test
  void shouldGiveTheSameBitsWhenTheSummaryOnlyInputsAndWholeNumbersChange() {
    Scenario a = BundledScenarios.load(BundledScenarios.ESSAY);
    Scenario b = a;
    for (String path :
        List.of(
            "depin.marketCapUsdB",
            "depin.newIncentiveCapUsdB",
            "depin.emissionYears",
            "chips.usefulLifeYears",
            "hyperscalers[Meta].growthPct")) {
      ParameterPath p = ParameterPath.parse(path);
      b = p.with(b, p.get(a) + 2);
    }
    assertEquals(5, ScenarioDifference.players(a, b).size());
    assertSameBits(a, b);
  }

  private static void assertSameBits(Scenario a, Scenario b) {
    for (ToDoubleFunction<ModelResult> kpi :
        List.<ToDoubleFunction<ModelResult>>of(
            r -> r.summary().cumulativeSpendGapRatio(),
            r -> r.first().parityBuyerDemandUsdB(),
            r -> r.summary().incentiveVsTodayCapRatio())) {
      ScenarioDifference.Result fast = ScenarioDifference.split(a, b, kpi, 50, 1);
      List<ParameterPath> changed = ScenarioDifference.changedParameters(a, b);
      boolean structural = fast.players().contains(ScenarioDifference.STRUCTURE);
      ShapleySplit.Result slow =
          ShapleySplit.split(
              fast.players().size(),
              ScenarioDifference.byScenarios(a, b, changed, structural, kpi),
              50,
              1);
      if (fast.split() != null) {
        assertEquals(
            java.util.Arrays.toString(slow.contributions()),
            java.util.Arrays.toString(fast.split().contributions()));
        assertEquals(slow.total(), fast.split().total(), 0);
      }
    }
  }
}
