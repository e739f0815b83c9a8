package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every Infinity/NaN rule of MODEL.md section 2. */
class DivisionRulesTest {

  @Test
  void shouldGiveInfinityForPositiveOverZeroAndNanForZeroOverZero() {
    assertEquals(Double.POSITIVE_INFINITY, Ratios.divide(3, 0));
    assertTrue(Double.isNaN(Ratios.divide(0, 0)));
    assertEquals(1.5, Ratios.divide(3, 2));
    assertEquals(0, Ratios.sharePct(0, 0));
    assertEquals(25, Ratios.sharePct(1, 3));
  }

  @Test
  void shouldReportInfiniteGapsWhenDepinSpendsNothingAndGetsNoChips() {
    YearRow r = GapModel.compute(TestScenarios.simple(1, 100, 80)).first();
    assertAll(
        () -> assertEquals(0, r.depinAiCapexUsdB()),
        () -> assertEquals(Double.POSITIVE_INFINITY, r.spendGapRatio()),
        () -> assertEquals(0, r.depinShareOfAiCapexPct()),
        () -> assertEquals(0, r.depinEffectiveK()),
        () -> assertEquals(Double.POSITIVE_INFINITY, r.computeGapRatio()),
        // no emission at all: no token price can reach parity
        () -> assertEquals(Double.POSITIVE_INFINITY, r.parityTokenPriceMultiplier()),
        () -> assertEquals(1, r.parityBuyerDemandUsdB(), 1e-12));
  }

  @Test
  void shouldGiveNanWhenBothSidesAreZero() {
    YearRow r = GapModel.compute(TestScenarios.simple(0, 100, 80)).first();
    assertAll(
        () -> assertTrue(Double.isNaN(r.spendGapRatio())),
        () -> assertEquals(0, r.depinShareOfAiCapexPct(), "share is 0 when both spends are 0"),
        () -> assertTrue(Double.isNaN(r.computeGapRatio())),
        // section 7: no buyer cash is needed for parity, so the parity price is 0 (version 1: 0/0)
        () -> assertEquals(0, r.parityBuyerDemandUsdB()),
        () -> assertEquals(0, r.parityTokenPriceMultiplier()));
  }

  @Test
  void shouldMakeParityBuyerDemandInfiniteWhenNothingGoesToAi() {
    Scenario s = TestScenarios.withBuyers(1, 100, 80, 0, 5);
    s = s.withDepin(s.depin().withAiSharePct(0));
    YearRow r = GapModel.compute(s).first();
    assertEquals(Double.POSITIVE_INFINITY, r.parityBuyerDemandUsdB());
    assertEquals(Double.POSITIVE_INFINITY, r.parityTokenPriceMultiplier());
    assertEquals(Double.POSITIVE_INFINITY, r.spendGapRatio());
  }

  @Test
  void shouldMakeParityBuyerDemandInfiniteWhenEverythingIsResoldCloud() {
    Scenario s = TestScenarios.withBuyers(1, 100, 80, 0, 5);
    s = s.withDepin(s.depin().withCloudResoldSharePct(100));
    YearRow r = GapModel.compute(s).first();
    assertEquals(0, r.depinAiCapexUsdB());
    assertEquals(Double.POSITIVE_INFINITY, r.parityBuyerDemandUsdB());
  }

  @Test
  void shouldMakeParityPriceInfiniteAfterTheEmissionEnds() {
    Scenario s = TestScenarios.withBuyers(1, 100, 80, 0, 5).withYears(2);
    var rows = GapModel.compute(s).rows();
    assertEquals(1 / 5.0, rows.get(0).parityTokenPriceMultiplier(), 1e-12);
    assertEquals(Double.POSITIVE_INFINITY, rows.get(1).parityTokenPriceMultiplier());
  }

  @Test
  void shouldCapCashAtBuyerDemandAndGiveZeroWhenBuyersBringNothing() {
    Scenario s = TestScenarios.withBuyers(1, 100, 80, 0, 5);
    s = s.withDepin(s.depin().withBuyerDemandUsdB(2));
    YearRow r = GapModel.compute(s).first();
    assertEquals(5, r.depinSellPressureUsdB(), 1e-12);
    assertEquals(2, r.depinCashRealizedUsdB(), 1e-12);
    s = s.withDepin(s.depin().withBuyerDemandUsdB(0));
    YearRow none = GapModel.compute(s).first();
    assertEquals(0, none.depinCashRealizedUsdB());
    assertEquals(Double.POSITIVE_INFINITY, none.spendGapRatio());
  }

  @Test
  void shouldGiveAnInfiniteIncentiveRatioWhenTodaysMarketCapIsZero() {
    Scenario s = TestScenarios.withBuyers(1, 100, 80, 0, 5);
    s = s.withDepin(s.depin().withMarketCapUsdB(0));
    assertEquals(
        Double.POSITIVE_INFINITY, GapModel.compute(s).summary().incentiveVsTodayCapRatio());
    s = s.withDepin(s.depin().withNewIncentiveCapUsdB(0));
    assertTrue(Double.isNaN(GapModel.compute(s).summary().incentiveVsTodayCapRatio()));
  }

  @Test
  void shouldOverflowToInfinityRatherThanWrapOrThrow() {
    Scenario s = TestScenarios.simple(1e300, 100, 80).withYears(30);
    s = s.withHyperscalers(java.util.List.of(new Hyperscaler("Co", 1e300, 1000, 100)));
    YearRow last = GapModel.compute(s).last();
    assertEquals(Double.POSITIVE_INFINITY, last.hyperscalerAiCapexUsdB());
    assertEquals(Double.POSITIVE_INFINITY, last.spendGapRatio());
  }
}
