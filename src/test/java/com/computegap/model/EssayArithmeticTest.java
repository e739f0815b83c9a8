package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computegap.scenario.BundledScenarios;
import org.junit.jupiter.api.Test;

/** The essay's own comparison, which MODEL.md names as the check of the whole model. */
class EssayArithmeticTest {

  private final YearRow first =
      GapModel.compute(BundledScenarios.load(BundledScenarios.ESSAY)).first();

  @Test
  void shouldSumTheFourHyperscalersTo170point5() {
    assertEquals(45 + 48 + 44 + 33.5, first.hyperscalerAiCapexUsdB(), 1e-12);
    assertEquals(170.5, first.hyperscalerCapexUsdB(), 1e-12);
  }

  @Test
  void shouldSpreadEightyBillionOverThreeYears() {
    assertEquals(80.0 / 3, first.depinGrossIncentiveUsdB(), 1e-12);
    assertEquals(80.0 / 3, first.depinAiCapexUsdB(), 1e-12);
  }

  @Test
  void shouldGiveASpendGapOf6point39() {
    assertEquals(170.5 / (80.0 / 3), first.spendGapRatio(), 1e-12);
    assertEquals(6.39, first.spendGapRatio(), 0.005);
  }

  @Test
  void shouldNeedTokenPricesAbout6point4TimesTodaysForParity() {
    // With buyers absorbing everything, price x 26.667 = 170.5.
    assertEquals(170.5 / (80.0 / 3), first.parityTokenPriceMultiplier(), 1e-12);
    assertEquals(170.5, first.parityBuyerDemandUsdB(), 1e-12);
  }

  @Test
  void shouldSummariseTheHorizon() {
    Summary s = GapModel.compute(BundledScenarios.load(BundledScenarios.ESSAY)).summary();
    assertEquals(170.5 * 5, s.totalHyperscalerAiCapexUsdB(), 1e-9);
    assertEquals(80.0, s.totalDepinAiCapexUsdB(), 1e-9);
    assertEquals(170.5 * 5 / 80.0, s.cumulativeSpendGapRatio(), 1e-12);
    assertEquals(2.0, s.incentiveVsTodayCapRatio(), 1e-12);
  }
}
