package com.computegap.model;

import java.util.List;
import java.util.Map;

/** Small hand-made scenarios whose numbers can be worked out on paper. */
public final class TestScenarios {

  private TestScenarios() {}

  /**
   * One company with {@code aiCapexUsdB} of AI capex, all of it on accelerators at 1 k USD a unit,
   * so its chip demand in K units is {@code aiCapexUsdB * 1000}. No DePIN money, no other buyers,
   * no installed base, no growth: tests switch on what they need.
   */
  public static Scenario simple(double aiCapexUsdB, double supplyK, double priorityCapPct) {
    return new Scenario(
        1,
        "Hand-made",
        "",
        2030,
        1,
        List.of(new Hyperscaler("Co", aiCapexUsdB, 0, 100)),
        100,
        List.of(),
        new DepinParams(10, 0, 1, 1, 0, 100, 0, 0, 100, 0, 100, 100, 0),
        new ChipParams(supplyK, 0, 1, 0, priorityCapPct, 0, 0, 4, 0, null),
        List.of(),
        Map.of(),
        List.of());
  }

  /**
   * {@link #simple} with other buyers spending {@code otherUsdB} and DePIN spending {@code
   * depinUsdB} on chips.
   */
  public static Scenario withBuyers(
      double aiCapexUsdB,
      double supplyK,
      double priorityCapPct,
      double otherUsdB,
      double depinUsdB) {
    Scenario s = simple(aiCapexUsdB, supplyK, priorityCapPct);
    // DePIN AI capex = emission (newIncentiveCap / 1 year) * price 1 * sell 100 % with ample
    // buyers.
    return s.withDepin(s.depin().withNewIncentiveCapUsdB(depinUsdB).withBuyerDemandUsdB(1e9))
        .withChips(s.chips().withOtherBuyersUsdB(otherUsdB));
  }
}
