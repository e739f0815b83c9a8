package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Retirement of the installed base: the t0 base retires linearly, bought units serve L years. */
class InstalledBaseTest {

  private static final double EPS = 1e-9;

  /**
   * Useful life 4, hyperscaler base 100, DePIN base 40, 10 units bought every year by each side.
   */
  private static List<YearRow> sixYears() {
    Scenario s = TestScenarios.withBuyers(0.010, 1000, 100, 0, 0.010).withYears(6);
    s =
        s.withDepin(
            s.depin()
                .withInitialInstalledK(40)
                .withFrontierEfficiencyPct(50)
                .withEmissionYears(6)
                .withNewIncentiveCapUsdB(0.060));
    s = s.withChips(s.chips().withHyperscalerInitialInstalledK(100));
    return GapModel.compute(s).rows();
  }

  @Test
  void shouldRetireTheStartingBaseLinearlyOverTheUsefulLife() {
    var rows = sixYears();
    // base share left: 1, 3/4, 1/2, 1/4, 0, 0; units in service: 10, 20, 30, 40, 40, 40
    double[] expected = {100 + 10, 75 + 20, 50 + 30, 25 + 40, 0 + 40, 0 + 40};
    for (int n = 0; n < 6; n++) {
      assertEquals(expected[n], rows.get(n).hyperscalerInstalledK(), EPS, "year index " + n);
    }
  }

  @Test
  void shouldRetireDepinUnitsAfterTheUsefulLifeAndApplyFrontierEfficiency() {
    var rows = sixYears();
    double[] installed = {40 + 10, 30 + 20, 20 + 30, 10 + 40, 0 + 40, 0 + 40};
    for (int n = 0; n < 6; n++) {
      assertEquals(10, rows.get(n).depinUnitsK(), EPS);
      assertEquals(installed[n], rows.get(n).depinInstalledK(), EPS, "year index " + n);
      assertEquals(installed[n] * 0.5, rows.get(n).depinEffectiveK(), EPS);
      assertEquals(
          rows.get(n).hyperscalerInstalledK() / (installed[n] * 0.5),
          rows.get(n).computeGapRatio(),
          EPS);
    }
  }

  @Test
  void shouldKeepAUnitForExactlyOneYearWhenTheUsefulLifeIsOne() {
    Scenario s = TestScenarios.withBuyers(0.010, 1000, 100, 0, 0).withYears(3);
    s = s.withChips(s.chips().withUsefulLifeYears(1).withHyperscalerInitialInstalledK(100));
    var rows = GapModel.compute(s).rows();
    assertEquals(110, rows.get(0).hyperscalerInstalledK(), EPS);
    assertEquals(10, rows.get(1).hyperscalerInstalledK(), EPS);
    assertEquals(10, rows.get(2).hyperscalerInstalledK(), EPS);
  }
}
