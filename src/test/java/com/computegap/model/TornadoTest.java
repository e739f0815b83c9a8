package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.scenario.BundledScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

class TornadoTest {

  private static final Scenario ESSAY = BundledScenarios.load(BundledScenarios.ESSAY);
  private static final double GROSS = 80.0 / 3;

  private static UncertainParameter u(String path, Distribution d) {
    return new UncertainParameter(path, d);
  }

  @Test
  void shouldSortBarsBySwingWithTheirEnds() {
    // 2024 DePIN AI capex = min(26.67 * price * sell/100, buyers 40).
    Scenario s =
        ESSAY.withUncertainty(
            List.of(
                u("depin.sellSharePct", new Distribution.Uniform(60, 100)), // 16.0 .. 26.7
                u(
                    "depin.frontierEfficiencyPct",
                    new Distribution.Uniform(10, 50)), // no effect on capex
                u("depin.tokenPriceMultiplier", new Distribution.Uniform(0.5, 1.2)), // 13.3 .. 32.0
                u(
                    "depin.buyerDemandUsdB",
                    new Distribution.Normal(40, 10)))); // p5 23.6 caps: 23.6 .. 26.7
    Tornado t = Tornado.of(s, Column.DEPIN_AI_CAPEX_USD_B, 2024);

    assertEquals(GROSS, t.base(), 1e-12);
    List<String> order = t.bars().stream().map(b -> b.parameter().param()).toList();
    assertEquals(
        List.of(
            "depin.tokenPriceMultiplier",
            "depin.sellSharePct",
            "depin.buyerDemandUsdB",
            "depin.frontierEfficiencyPct"),
        order);
    Tornado.Bar price = t.bars().get(0);
    assertEquals(0.5, price.lowInput());
    assertEquals(1.2, price.highInput());
    assertEquals(GROSS * 0.5, price.lowOutput(), 1e-12);
    assertEquals(GROSS * 1.2, price.highOutput(), 1e-12);
    assertEquals(GROSS * 0.7, price.swing(), 1e-12);
    Tornado.Bar buyers = t.bars().get(2);
    assertEquals(40 - 10 * Distribution.Normal.Z95, buyers.lowOutput(), 1e-12);
    assertEquals(GROSS, buyers.highOutput(), 1e-12);
    assertEquals(0.0, t.bars().get(3).swing());
  }

  @Test
  void shouldClampEndsToTheValidRangeAndRoundWholeNumbers() {
    Scenario s =
        ESSAY.withUncertainty(
            List.of(
                u("depin.tokenPriceMultiplier", new Distribution.Normal(0.5, 1)), // p5 = -1.14 -> 0
                u("depin.emissionYears", new Distribution.Triangular(2, 3, 4.6)))); // 4.6 -> 5
    Tornado t = Tornado.of(s, Column.DEPIN_GROSS_INCENTIVE_USD_B, 2024);
    Tornado.Bar price =
        t.bars().stream()
            .filter(b -> b.parameter().param().startsWith("depin.token"))
            .findFirst()
            .orElseThrow();
    assertEquals(0.0, price.lowInput());
    assertEquals(0.0, price.lowOutput());
    Tornado.Bar years =
        t.bars().stream()
            .filter(b -> b.parameter().param().equals("depin.emissionYears"))
            .findFirst()
            .orElseThrow();
    assertEquals(5.0, years.highInput());
    assertEquals(16.0, years.highOutput());
    assertEquals(40.0, years.lowOutput());
  }

  @Test
  void shouldPutNaNSwingsLastAndKeepInfinity() {
    // With no hyperscaler capex and no new incentives, the spend gap is 0/0 whatever the sell
    // share.
    Scenario s =
        ParameterPath.parse("hyperscalers[*].capexUsdB")
            .with(ESSAY, 0)
            .withUncertainty(
                List.of(
                    u("depin.newIncentiveCapUsdB", new Distribution.Uniform(0, 80)),
                    u("depin.sellSharePct", new Distribution.Uniform(0, 100))));
    Tornado t = Tornado.of(s, Column.DEPIN_SHARE_OF_AI_CAPEX_PCT, 2024);
    assertEquals(100.0, t.bars().get(0).swing());
    Tornado gap =
        Tornado.of(s.withDepin(s.depin().withNewIncentiveCapUsdB(0)), Column.SPEND_GAP_RATIO, 2024);
    assertTrue(Double.isNaN(gap.bars().get(gap.bars().size() - 1).swing()));
  }

  @Test
  void shouldRejectAYearOutsideTheHorizon() {
    assertThrows(IllegalArgumentException.class, () -> Tornado.of(ESSAY, Column.SUPPLY_K, 2023));
    assertThrows(IllegalArgumentException.class, () -> Tornado.of(ESSAY, Column.YEAR, 2024));
    assertEquals(
        0, Tornado.of(ESSAY.withUncertainty(List.of()), Column.SUPPLY_K, 2024).bars().size());
  }
}
