package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.scenario.BundledScenarios;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DepinFunnelTest {

  static List<String> bundled() {
    return BundledScenarios.ALL;
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldEndTheMoneyStagesOnTheModelsDepinAiCapexAndChipDemand(String file) {
    Scenario s = BundledScenarios.load(file);
    for (YearRow row : GapModel.compute(s).rows()) {
      DepinFunnel f = DepinFunnel.of(s, row);

      assertEquals(row.depinGrossIncentiveUsdB(), f.emittedUsdB());
      assertEquals(row.depinAiCapexUsdB(), f.aiCapexUsdB());
      assertEquals(
          row.depinDemandK(),
          f.acceleratorSpendUsdB() * 1000 / f.unitPriceUsdK(),
          1e-9 * Math.max(1, row.depinDemandK()));
      assertEquals(row.depinEffectiveK(), f.effectiveK());
      assertEquals(row.depinCashRealizedUsdB(), f.cashUsdB(), 1e-12 * Math.max(1, f.cashUsdB()));
      assertEquals(row.usageRevenueUsdB(), f.usageRevenueUsdB());
      assertTrue(f.absorbedUsdB() <= f.soldUsdB());
      // usage revenue joins the token cash before the AI share: the chain runs through the cash
      double[] stages = {f.cashUsdB(), f.aiShareUsdB(), f.aiCapexUsdB(), f.acceleratorSpendUsdB()};
      for (int i = 1; i < stages.length; i++) {
        // x * 100 / 100 may differ from x in the last bit, hence the tolerance
        assertTrue(
            stages[i] <= stages[i - 1] * (1 + 1e-12),
            "stage " + i + " keeps at most what stage " + (i - 1) + " had in " + row.year());
      }
    }
  }
}
