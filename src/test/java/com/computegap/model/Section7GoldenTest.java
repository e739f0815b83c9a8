package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MODEL.md section 7 worked by hand on small scenarios: the price feedback at both clamps and with
 * no sell pressure, the tail emission, usage revenue and the new parity formulas, the chip price
 * flex at both clamps and inside, and the section's division rules. Expected values come from the
 * arithmetic in the comments, not from the model.
 */
class Section7GoldenTest {

  private static final double EPS = 1e-9;

  /**
   * One company with 100 B of AI capex, all on accelerators at a list price of 1 k USD; DePIN emits
   * 30 B over 3 years (10 B a year) at price 1, sells it all, and buyers bring {@code buyers} a
   * year.
   */
  private static Scenario tokens(double buyers, double elasticity, int years) {
    Scenario s = TestScenarios.simple(100, 1e9, 80).withYears(years);
    DepinParams d =
        s.depin()
            .withNewIncentiveCapUsdB(30)
            .withEmissionYears(3)
            .withBuyerDemandUsdB(buyers)
            .withPriceImpactElasticity(elasticity);
    return s.withDepin(d);
  }

  private static List<YearRow> rows(Scenario s) {
    return GapModel.compute(s).rows();
  }

  @Test
  void shouldCountAbsorptionBelowOneTenthAsOneTenth() {
    // 2024: sell 10, buyers 0.5 -> absorption 0.05 -> clamped to 0.1; elasticity 1 -> 2025 price
    // 0.1.
    // 2025: sell 10 * 0.1 = 1, buyers 0.5 -> absorption 0.5 -> 2026 price 0.1 * 0.5 = 0.05.
    List<YearRow> r = rows(tokens(0.5, 1, 3));
    assertAll(
        () -> assertEquals(1, r.get(0).tokenPriceIndex(), EPS),
        () -> assertEquals(0.1, r.get(1).tokenPriceIndex(), EPS),
        () -> assertEquals(0.05, r.get(2).tokenPriceIndex(), EPS),
        () -> assertEquals(1, r.get(1).depinGrossIncentiveUsdB(), EPS),
        () -> assertEquals(0.5, r.get(2).depinGrossIncentiveUsdB(), EPS),
        () -> assertEquals(0.5, r.get(1).depinCashRealizedUsdB(), EPS));
  }

  @Test
  void shouldCountAbsorptionAboveTenAsTen() {
    // 2024: sell 10, buyers 200 -> absorption 20 -> clamped to 10; elasticity 0.5 -> 2025 price
    // sqrt(10).
    // 2025: sell 10 sqrt(10), absorption 200 / (10 sqrt(10)) = 2 sqrt(10) -> 2026 price
    //       sqrt(10) * sqrt(2 sqrt(10)) = sqrt(2) * 10^(3/4) = 7.9527...
    List<YearRow> r = rows(tokens(200, 0.5, 3));
    assertEquals(Math.sqrt(10), r.get(1).tokenPriceIndex(), EPS);
    assertEquals(Math.sqrt(2) * Math.pow(10, 0.75), r.get(2).tokenPriceIndex(), EPS);
    assertEquals(10 * Math.sqrt(10), r.get(1).depinSellPressureUsdB(), EPS);
  }

  @Test
  void shouldLeaveThePriceAloneWhenNoTokensAreSold() {
    // sell share 0: absorption is 1 by definition, so even elasticity 5 changes nothing
    Scenario s = tokens(0, 5, 4);
    s = s.withDepin(s.depin().withSellSharePct(0).withTokenPriceDriftPctPerYear(10));
    List<YearRow> r = rows(s);
    for (int n = 0; n < 4; n++) {
      assertEquals(Math.pow(1.1, n), r.get(n).tokenPriceIndex(), EPS);
      assertEquals(0, r.get(n).depinSellPressureUsdB());
    }
    // after the emission period (no tail) nothing is sold either: the price stops moving
    List<YearRow> after = rows(tokens(5, 1, 5));
    // 2024 absorption 0.5 -> 0.5; 2025 sell 5, absorption 1 -> 0.5; 2026 sell 5 -> 0.5; then no
    // emission
    assertEquals(0.5, after.get(3).tokenPriceIndex(), EPS);
    assertEquals(0.5, after.get(4).tokenPriceIndex(), EPS);
    assertEquals(0, after.get(4).depinSellPressureUsdB());
  }

  @Test
  void shouldEmitTheTailAfterTheEmissionPeriod() {
    // 30 B over 2 years = 15 a year, then 10 % of 30 = 3 a year
    Scenario s = tokens(1e9, 0, 4);
    s = s.withDepin(s.depin().withEmissionYears(2).withTailEmissionPctPerYear(10));
    List<YearRow> r = rows(s);
    assertEquals(15, r.get(1).depinGrossIncentiveUsdB(), EPS);
    assertEquals(3, r.get(2).depinGrossIncentiveUsdB(), EPS);
    assertEquals(3, r.get(3).depinCashRealizedUsdB(), EPS);
    // the parity price uses the tail as the emission: 100 / (3 * 1 * 1 * 100 %) with keep = 1
    assertEquals(100.0 / 3, r.get(3).parityTokenPriceMultiplier(), EPS);
  }

  @Test
  void shouldAddUsageRevenueToTheCashAndTakeItOffWhatParityNeeds() {
    // usage 2 B growing 50 %: 2, 3, 4.5; AI share 50 %, cloud resale 20 % -> keep 0.4.
    // 2024: cash = min(10, 4) + 2 = 6; DePIN AI capex = 6 * 0.4 = 2.4.
    // parity buyer cash = 100 / 0.4 - 2 = 248; parity price = 248 / (10 * 1 * 1 * 100 %) = 24.8.
    Scenario s = tokens(4, 0, 3);
    s =
        s.withDepin(
            s.depin()
                .withUsageRevenueUsdB(2)
                .withUsageRevenueGrowthPct(50)
                .withAiSharePct(50)
                .withCloudResoldSharePct(20));
    List<YearRow> r = rows(s);
    assertAll(
        () -> assertEquals(4.5, r.get(2).usageRevenueUsdB(), EPS),
        () -> assertEquals(6, r.get(0).depinCashRealizedUsdB(), EPS),
        () -> assertEquals(2.4, r.get(0).depinAiCapexUsdB(), EPS),
        () -> assertEquals(248, r.get(0).parityBuyerDemandUsdB(), EPS),
        () -> assertEquals(24.8, r.get(0).parityTokenPriceMultiplier(), EPS),
        // 2026: 250 - 4.5 = 245.5, over emission 10
        () -> assertEquals(245.5, r.get(2).parityBuyerDemandUsdB(), EPS),
        () -> assertEquals(24.55, r.get(2).parityTokenPriceMultiplier(), EPS),
        () -> assertEquals(100 / 2.4, r.get(0).spendGapRatio(), EPS));
  }

  @Test
  void shouldNeedNoBuyerCashWhenUsageRevenueAloneReachesParity() {
    // 100 / 1 - 300 < 0 -> 0, and then the parity price is 0 too
    Scenario s = tokens(4, 0, 1);
    s = s.withDepin(s.depin().withUsageRevenueUsdB(300));
    YearRow r = rows(s).get(0);
    assertEquals(0, r.parityBuyerDemandUsdB());
    assertEquals(0, r.parityTokenPriceMultiplier());
  }

  @Test
  void shouldFollowTheDivisionRulesInTheParityFormulas() {
    Scenario s = tokens(4, 0, 5);
    // keep = 0 with AI capex > 0: 100 / 0 = Infinity, and Infinity / emission = Infinity
    YearRow noKeep = rows(s.withDepin(s.depin().withAiSharePct(0))).get(0);
    assertEquals(Double.POSITIVE_INFINITY, noKeep.parityBuyerDemandUsdB());
    assertEquals(Double.POSITIVE_INFINITY, noKeep.parityTokenPriceMultiplier());
    // keep = 0 and no AI capex: 0 / 0 = NaN, and max and the division keep the NaN
    Scenario nothing = ParameterPath.parse("hyperscalers[*].capexUsdB").with(s, 0);
    YearRow zeroOverZero =
        rows(nothing.withDepin(nothing.depin().withCloudResoldSharePct(100))).get(0);
    assertTrue(Double.isNaN(zeroOverZero.parityBuyerDemandUsdB()));
    assertTrue(Double.isNaN(zeroOverZero.parityTokenPriceMultiplier()));
    // cash needed but no emission (after the period, no tail): 100 / 0 = Infinity
    YearRow noEmission = rows(s).get(4);
    assertEquals(100, noEmission.parityBuyerDemandUsdB(), EPS);
    assertEquals(Double.POSITIVE_INFINITY, noEmission.parityTokenPriceMultiplier());
    // nothing sold (sell share 0): the same
    YearRow noSales = rows(s.withDepin(s.depin().withSellSharePct(0))).get(0);
    assertEquals(Double.POSITIVE_INFINITY, noSales.parityTokenPriceMultiplier());
  }

  /**
   * One buyer (the company) with 100 B of chip budget at a list price of 1: demand 100,000 K at
   * list.
   */
  private static YearRow flex(double supplyK, double flexPct) {
    Scenario s = TestScenarios.simple(100, supplyK, 80);
    return rows(s.withChips(s.chips().withPriceFlexPct(flexPct))).get(0);
  }

  @Test
  void shouldRaiseThePriceAtMostToTheUpperClampInAShortage() {
    // ratio = 100 * 1000 / 1 / 50,000 = 2; flex 50 % caps it at 1.5
    YearRow r = flex(50_000, 50);
    assertEquals(1, r.listPriceUsdK());
    assertEquals(1.5, r.unitPriceUsdK(), EPS);
    assertEquals(100_000 / 1.5, r.hyperscalerDemandK(), 1e-6);
    assertEquals(50_000, r.hyperscalerUnitsK(), 1e-6);
  }

  @Test
  void shouldLowerThePriceAtMostToTheLowerClampInAGlut() {
    // ratio = 100,000 / 400,000 = 0.25; flex 100 % floors it at 1 / 2 -> demand 200,000, 200,000
    // left over
    YearRow r = flex(400_000, 100);
    assertEquals(0.5, r.unitPriceUsdK(), EPS);
    assertEquals(200_000, r.hyperscalerUnitsK(), 1e-6);
    assertEquals(200_000, r.unallocatedK(), 1e-6);
  }

  @Test
  void shouldClearTheMarketInsideTheClamps() {
    // glut: ratio 0.25 inside 1/5..5 -> price 0.25, demand exactly the supply
    YearRow glut = flex(400_000, 400);
    assertEquals(0.25, glut.unitPriceUsdK(), EPS);
    assertEquals(0, glut.unallocatedK(), 1e-6);
    // shortage: ratio 2 inside 1/2..2 at flex 100 -> price 2
    YearRow shortage = flex(50_000, 100);
    assertEquals(2, shortage.unitPriceUsdK(), EPS);
    assertEquals(0, shortage.unallocatedK(), 1e-6);
    assertEquals(50_000, shortage.hyperscalerDemandK(), 1e-6);
  }

  @Test
  void shouldServeEveryBuyerAtTheClearingPrice() {
    // budgets 100 (hyperscalers) + 20 (others) + 10 (DePIN, all on accelerators) = 130 B;
    // 130,000 K at list over 100,000 supplied -> ratio 1.3, inside 1/1.5..1.5 -> price 1.3
    Scenario s = TestScenarios.withBuyers(100, 100_000, 80, 20, 10);
    YearRow r = rows(s.withChips(s.chips().withPriceFlexPct(50))).get(0);
    assertAll(
        () -> assertEquals(1.3, r.unitPriceUsdK(), EPS),
        () -> assertEquals(100_000 / 1.3, r.hyperscalerUnitsK(), 1e-6),
        () -> assertEquals(20_000 / 1.3, r.otherUnitsK(), 1e-6),
        () -> assertEquals(10_000 / 1.3, r.depinUnitsK(), 1e-6),
        () -> assertEquals(0, r.unallocatedK(), 1e-6));
  }

  @Test
  void shouldFollowTheDivisionRulesOfTheClearingRatio() {
    // no supply but a budget: ratio Infinity -> the upper clamp
    assertEquals(1.5, flex(0, 50).unitPriceUsdK(), EPS);
    // no supply and no budget: ratio 1 -> the list price
    Scenario s =
        ParameterPath.parse("hyperscalers[*].capexUsdB").with(TestScenarios.simple(100, 0, 80), 0);
    YearRow r = rows(s.withChips(s.chips().withPriceFlexPct(50))).get(0);
    assertEquals(1, r.unitPriceUsdK(), EPS);
    // no flex: the list price whatever the ratio
    assertEquals(1, flex(50_000, 0).unitPriceUsdK());
  }

  @Test
  void shouldKeepTheEssaysSixPointThreeNine() {
    Scenario essay =
        com.computegap.scenario.BundledScenarios.load(
            com.computegap.scenario.BundledScenarios.ESSAY);
    YearRow r = GapModel.compute(essay).first();
    assertEquals(170.5, r.hyperscalerAiCapexUsdB(), EPS);
    assertEquals(80.0 / 3, r.depinAiCapexUsdB(), EPS);
    assertEquals(6.39, r.spendGapRatio(), 0.005);
    assertEquals(2, essay.schemaVersion(), "the essay holds actuals, so it is a version 2 file");
  }
}
