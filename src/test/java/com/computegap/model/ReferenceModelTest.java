package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GapModel against a second, deliberately naive implementation typed straight from the MODEL.md
 * equations (Math.pow, the spec's own allocation formulas), on thousands of random valid scenarios.
 * The contract's checks use a relative tolerance of 1e-6; this test holds GapModel to 1e-9.
 */
class ReferenceModelTest {

  private static final double TOLERANCE = 1e-9;

  @Test
  void shouldMatchTheSpecEquationsOnRandomScenarios() {
    RandomScenarios random = new RandomScenarios(20240423L);
    for (int i = 0; i < 3000; i++) {
      Scenario s = random.next();
      List<YearRow> actual = GapModel.compute(s).rows();
      double[][] expected = reference(s);
      assertEquals(s.years(), actual.size());
      for (int n = 0; n < s.years(); n++) {
        for (Column c : Column.all()) {
          double e = expected[n][c.ordinal()];
          double a = c.of(actual.get(n));
          // Allocation remainders are differences of large numbers: judge them on the supply's
          // scale.
          double scale = c.unit() == Unit.K ? expected[n][Column.SUPPLY_K.ordinal()] : 0;
          if (!close(e, a, scale)) {
            fail(
                "scenario "
                    + i
                    + ", year "
                    + (s.startYear() + n)
                    + ", "
                    + c.key()
                    + ": spec gives "
                    + e
                    + ", model "
                    + a
                    + "\n"
                    + s);
          }
        }
      }
    }
  }

  @Test
  void shouldMatchSection7OnRandomVersion2Scenarios() {
    RandomScenarios random = new RandomScenarios(20260412L);
    int withFeedback = 0;
    int withFlex = 0;
    for (int i = 0; i < 3000; i++) {
      Scenario s = random.nextVersion2();
      withFeedback += s.depin().priceImpactElasticity() > 0 ? 1 : 0;
      withFlex += s.chips().priceFlexPct() > 0 ? 1 : 0;
      compare(s, i);
    }
    // the draw reaches the new terms in most scenarios, not just the defaults
    assertTrue(withFeedback > 2000 && withFlex > 2000, withFeedback + " / " + withFlex);
  }

  @Test
  void shouldGiveTheVersion1NumbersBitForBitWithTheSection7Defaults() {
    RandomScenarios random = new RandomScenarios(19700101L);
    int zeroOverZero = 0;
    for (int i = 0; i < 3000; i++) {
      Scenario s = random.next();
      assertEquals(1, s.requiredSchemaVersion());
      double[] old = new double[s.years() * GapKernelVersion1.OUTPUTS];
      new GapKernelVersion1(s).run(old);
      List<YearRow> rows = GapModel.compute(s).rows();
      for (int n = 0; n < s.years(); n++) {
        YearRow row = rows.get(n);
        List<Column> outputs = Column.outputs();
        for (int k = 0; k < GapKernelVersion1.OUTPUTS; k++) {
          Column c = outputs.get(k);
          double v1 = old[n * GapKernelVersion1.OUTPUTS + k];
          double v2 = c.of(row);
          if (c == Column.PARITY_TOKEN_PRICE_MULTIPLIER
              && Double.isNaN(v1)
              && row.hyperscalerAiCapexUsdB() == 0
              && keep(s) > 0) {
            // Section 7: no cash is needed, so the parity price is 0 where version 1 had 0/0.
            assertEquals(0.0, v2);
            zeroOverZero++;
            continue;
          }
          if (Double.doubleToLongBits(v1) != Double.doubleToLongBits(v2)) {
            fail(
                "scenario "
                    + i
                    + ", year "
                    + row.year()
                    + ", "
                    + c.key()
                    + ": version 1 gave "
                    + v1
                    + ", now "
                    + v2
                    + "\n"
                    + s);
          }
        }
        assertEquals(0.0, row.usageRevenueUsdB());
        assertEquals(row.unitPriceUsdK(), row.listPriceUsdK());
        assertTrue(
            close(
                s.depin().tokenPriceMultiplier() * g(s.depin().tokenPriceDriftPctPerYear(), n),
                row.tokenPriceIndex()));
      }
    }
    assertTrue(zeroOverZero > 0, "the random draw should reach the one changed case");
  }

  private static double keep(Scenario s) {
    return s.depin().aiSharePct() / 100 * (1 - s.depin().cloudResoldSharePct() / 100);
  }

  private static void compare(Scenario s, int i) {
    List<YearRow> actual = GapModel.compute(s).rows();
    double[][] expected = reference(s);
    assertEquals(s.years(), actual.size());
    for (int n = 0; n < s.years(); n++) {
      for (Column c : Column.all()) {
        double e = expected[n][c.ordinal()];
        double a = c.of(actual.get(n));
        double scale = c.unit() == Unit.K ? expected[n][Column.SUPPLY_K.ordinal()] : 0;
        if (!close(e, a, scale)
            && !(c == Column.COMPUTE_GAP_RATIO && quotientOfCheckedColumns(e, actual.get(n)))) {
          fail(
              "scenario "
                  + i
                  + ", year "
                  + (s.startYear() + n)
                  + ", "
                  + c.key()
                  + ": spec gives "
                  + e
                  + ", model "
                  + a
                  + "\n"
                  + s);
        }
      }
    }
  }

  /**
   * At the clearing price the supply is shared out to the last unit, so DePIN's units can be the
   * difference of nearly equal large numbers, judged on the supply's scale above; their quotient
   * then carries that rounding. Accept the compute gap when it is exactly the quotient of the
   * model's own (checked) installed bases and within the contract's 1e-6 of the spec, or when
   * DePIN's usable base is below a millionth of the year's supply, where no two orders of
   * evaluation agree.
   */
  private static boolean quotientOfCheckedColumns(double e, YearRow a) {
    double quotient = div(a.hyperscalerInstalledK(), a.depinEffectiveK());
    boolean denominatorIsRoundingNoise = a.depinEffectiveK() < 1e-6 * a.supplyK();
    return Double.compare(quotient, a.computeGapRatio()) == 0
        && (Math.abs(e - quotient) <= 1e-6 * Math.abs(e) || denominatorIsRoundingNoise);
  }

  @Test
  void shouldTellApartAWrongValueFromARightOne() {
    assertTrue(close(1.0, 1.0 + 1e-12));
    assertTrue(!close(1.0, 1.0 + 1e-6));
    assertTrue(close(Double.NaN, Double.NaN));
    assertTrue(!close(Double.POSITIVE_INFINITY, 1e300));
  }

  private static boolean close(double e, double a) {
    return close(e, a, 0);
  }

  private static boolean close(double e, double a, double floor) {
    if (Double.isNaN(e) || Double.isInfinite(e)) {
      return Double.compare(e, a) == 0;
    }
    double scale = Math.max(Math.max(Math.abs(e), Math.abs(a)), Double.isFinite(floor) ? floor : 0);
    return Math.abs(e - a) <= TOLERANCE * Math.max(scale, 1e-300);
  }

  private static double g(double pct, int n) {
    return Math.pow(1 + pct / 100, n);
  }

  private static double div(double x, double y) {
    if (y == 0) {
      return x > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }
    return x / y;
  }

  /** NaN when an argument is NaN, as MODEL.md section 7 asks of clamp. */
  private static double clamp(double x, double lo, double hi) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    return x < lo ? lo : x > hi ? hi : x;
  }

  /** NaN when an argument is NaN, as MODEL.md section 7 asks of max. */
  private static double max(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.NaN;
    }
    return a >= b ? a : b;
  }

  /** MODEL.md sections 2 and 7, one equation per line, in the spec's own order of terms. */
  private static double[][] reference(Scenario s) {
    DepinParams d = s.depin();
    ChipParams c = s.chips();
    int years = s.years();
    double[][] out = new double[years][Column.values().length];
    double[] hUnits = new double[years];
    double[] dUnits = new double[years];
    double feedback = 1;
    double sellBefore = 0;
    double buyersBefore = 0;
    for (int n = 0; n < years; n++) {
      int t = s.startYear() + n;
      double hCapex = 0;
      double hAi = 0;
      for (Hyperscaler h : s.hyperscalers()) {
        hCapex += h.capexUsdB() * g(h.growthPct(), n);
        hAi += h.capexUsdB() * g(h.growthPct(), n) * h.aiSharePct() / 100;
      }
      for (MegaProject p : s.megaProjects()) {
        if (t >= p.startYear() && t <= p.startYear() + p.years() - 1) {
          hAi += p.totalUsdB() / p.years();
        }
      }
      double emission =
          n < d.emissionYears()
              ? d.newIncentiveCapUsdB() / d.emissionYears()
              : d.newIncentiveCapUsdB() * d.tailEmissionPctPerYear() / 100;
      if (n > 0) {
        double absorption = sellBefore > 0 ? buyersBefore / sellBefore : 1;
        feedback = feedback * Math.pow(clamp(absorption, 0.1, 10), d.priceImpactElasticity());
      }
      double priceIndex = d.tokenPriceMultiplier() * g(d.tokenPriceDriftPctPerYear(), n) * feedback;
      double gross = emission * priceIndex;
      double sell = gross * d.sellSharePct() / 100;
      double buyers = d.buyerDemandUsdB() * g(d.buyerDemandGrowthPct(), n);
      double usage = d.usageRevenueUsdB() * g(d.usageRevenueGrowthPct(), n);
      double cash = Math.min(sell, buyers) + usage;
      sellBefore = sell;
      buyersBefore = buyers;
      double dAi = cash * d.aiSharePct() / 100 * (1 - d.cloudResoldSharePct() / 100);
      double list = c.unitPriceUsdK() * g(c.unitPriceChangePctPerYear(), n);
      boolean shocked =
          c.shock() != null
              && t >= c.shock().year()
              && t <= c.shock().year() + c.shock().durationYears() - 1;
      double supply =
          c.supplyK()
              * g(c.supplyGrowthPct(), n)
              * (shocked ? 1 - c.shock().supplyCutPct() / 100 : 1);
      double budget =
          hAi * s.hyperscalerAcceleratorSharePct() / 100
              + c.otherBuyersUsdB() * g(c.otherBuyersGrowthPct(), n)
              + dAi * d.acceleratorSharePct() / 100;
      double ratio =
          supply > 0 ? budget * 1000 / list / supply : budget > 0 ? Double.POSITIVE_INFINITY : 1;
      double f = c.priceFlexPct() / 100;
      double price = c.priceFlexPct() == 0 ? list : list * clamp(ratio, 1 / (1 + f), 1 + f);
      double hDemand = hAi * s.hyperscalerAcceleratorSharePct() / 100 * 1000 / price;
      double oDemand = c.otherBuyersUsdB() * g(c.otherBuyersGrowthPct(), n) * 1000 / price;
      double dDemand = dAi * d.acceleratorSharePct() / 100 * 1000 / price;
      double h1 = Math.min(hDemand, supply * c.hyperscalerPriorityCapPct() / 100);
      double oUnits = Math.min(oDemand, supply - h1);
      double dU = Math.min(dDemand, supply - h1 - oUnits);
      double hU = h1 + Math.min(hDemand - h1, supply - h1 - oUnits - dU);
      double unallocated = supply - hU - oUnits - dU;
      hUnits[n] = hU;
      dUnits[n] = dU;
      int life = c.usefulLifeYears();
      double hInstalled = c.hyperscalerInitialInstalledK() * Math.max(0, 1 - (double) n / life);
      double dInstalled = d.initialInstalledK() * Math.max(0, 1 - (double) n / life);
      for (int y = Math.max(0, n - life + 1); y <= n; y++) {
        hInstalled += hUnits[y];
        dInstalled += dUnits[y];
      }
      double dEff = dInstalled * d.frontierEfficiencyPct() / 100;
      double keep = d.aiSharePct() / 100 * (1 - d.cloudResoldSharePct() / 100);
      double parityDemand = max(0, div(hAi, keep) - usage);
      double parityPrice =
          parityDemand == 0
              ? 0
              : div(
                  parityDemand,
                  emission
                      * g(d.tokenPriceDriftPctPerYear(), n)
                      * feedback
                      * d.sellSharePct()
                      / 100);
      double[] row = {
        t,
        hCapex,
        hAi,
        gross,
        sell,
        buyers,
        cash,
        dAi,
        div(hAi, dAi),
        dAi + hAi == 0 ? 0 : 100 * dAi / (dAi + hAi),
        price,
        supply,
        hDemand,
        hU,
        oDemand,
        oUnits,
        dDemand,
        dU,
        unallocated,
        hInstalled,
        dInstalled,
        dEff,
        div(hInstalled, dEff),
        parityPrice,
        parityDemand,
        priceIndex,
        usage,
        list
      };
      out[n] = row;
    }
    return out;
  }
}
