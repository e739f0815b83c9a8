package com.computegap.model;

import java.util.List;

/**
 * A frozen copy of the version 1 kernel (MODEL.md section 2 only), as it was before section 7: the
 * oracle for "every version 1 file gives its old numbers", compared bit for bit. Test code only;
 * never change its arithmetic.
 */
final class GapKernelVersion1 {

  /** Output values per modelled year: {@link Column#outputs()}, in that order. */
  static final int OUTPUTS = 24;

  private final int startYear;
  private final int years;
  private final int companyCount;
  private final int megaCount;

  private final double[] companyCapex;
  private final double[] companyGrowth;
  private final double[] companyAiShare;
  private final int[] megaStart;
  private final int[] megaYears;
  private final double[] megaTotal;
  private double hyperscalerAcceleratorSharePct;

  private double newIncentiveCapUsdB;
  private int emissionYears;
  private double tokenPriceMultiplier;
  private double tokenPriceDriftPctPerYear;
  private double sellSharePct;
  private double buyerDemandUsdB;
  private double buyerDemandGrowthPct;
  private double depinAiSharePct;
  private double cloudResoldSharePct;
  private double depinAcceleratorSharePct;
  private double frontierEfficiencyPct;
  private double depinInitialInstalledK;

  private double supplyK;
  private double supplyGrowthPct;
  private double unitPriceUsdK;
  private double unitPriceChangePctPerYear;
  private double hyperscalerPriorityCapPct;
  private double otherBuyersUsdB;
  private double otherBuyersGrowthPct;
  private int usefulLifeYears;
  private double hyperscalerInitialInstalledK;
  private final boolean hasShock;
  private int shockYear;
  private int shockDurationYears;
  private double shockSupplyCutPct;

  private final double[] companyFactor;
  private final double[] companyStep;
  private final double[] hyperscalerUnits;
  private final double[] depinUnits;

  /** A kernel holding the values of {@code s}. */
  GapKernelVersion1(Scenario s) {
    startYear = s.startYear();
    years = s.years();
    List<Hyperscaler> companies = s.hyperscalers();
    companyCount = companies.size();
    companyCapex = new double[companyCount];
    companyGrowth = new double[companyCount];
    companyAiShare = new double[companyCount];
    for (int k = 0; k < companyCount; k++) {
      Hyperscaler h = companies.get(k);
      companyCapex[k] = h.capexUsdB();
      companyGrowth[k] = h.growthPct();
      companyAiShare[k] = h.aiSharePct();
    }
    List<MegaProject> projects = s.megaProjects();
    megaCount = projects.size();
    megaStart = new int[megaCount];
    megaYears = new int[megaCount];
    megaTotal = new double[megaCount];
    for (int k = 0; k < megaCount; k++) {
      MegaProject p = projects.get(k);
      megaStart[k] = p.startYear();
      megaYears[k] = p.years();
      megaTotal[k] = p.totalUsdB();
    }
    hyperscalerAcceleratorSharePct = s.hyperscalerAcceleratorSharePct();

    DepinParams d = s.depin();
    newIncentiveCapUsdB = d.newIncentiveCapUsdB();
    emissionYears = d.emissionYears();
    tokenPriceMultiplier = d.tokenPriceMultiplier();
    tokenPriceDriftPctPerYear = d.tokenPriceDriftPctPerYear();
    sellSharePct = d.sellSharePct();
    buyerDemandUsdB = d.buyerDemandUsdB();
    buyerDemandGrowthPct = d.buyerDemandGrowthPct();
    depinAiSharePct = d.aiSharePct();
    cloudResoldSharePct = d.cloudResoldSharePct();
    depinAcceleratorSharePct = d.acceleratorSharePct();
    frontierEfficiencyPct = d.frontierEfficiencyPct();
    depinInitialInstalledK = d.initialInstalledK();

    ChipParams c = s.chips();
    supplyK = c.supplyK();
    supplyGrowthPct = c.supplyGrowthPct();
    unitPriceUsdK = c.unitPriceUsdK();
    unitPriceChangePctPerYear = c.unitPriceChangePctPerYear();
    hyperscalerPriorityCapPct = c.hyperscalerPriorityCapPct();
    otherBuyersUsdB = c.otherBuyersUsdB();
    otherBuyersGrowthPct = c.otherBuyersGrowthPct();
    usefulLifeYears = c.usefulLifeYears();
    hyperscalerInitialInstalledK = c.hyperscalerInitialInstalledK();
    SupplyShock shock = c.shock();
    hasShock = shock != null;
    if (hasShock) {
      shockYear = shock.year();
      shockDurationYears = shock.durationYears();
      shockSupplyCutPct = shock.supplyCutPct();
    }

    companyFactor = new double[companyCount];
    companyStep = new double[companyCount];
    hyperscalerUnits = new double[years];
    depinUnits = new double[years];
  }

  int years() {
    return years;
  }

  /** {@link #run(double[], int)} at offset 0. */
  void run(double[] out) {
    run(out, 0);
  }

  /**
   * Computes the horizon into {@code out}: year {@code n} (0-based) fills {@code out[offset + n *
   * OUTPUTS .. offset + n * OUTPUTS + OUTPUTS - 1]} in {@link Column#outputs()} order.
   */
  void run(double[] out, int offset) {
    for (int k = 0; k < companyCount; k++) {
      companyFactor[k] = 1.0;
      companyStep[k] = step(companyGrowth[k]);
    }
    double driftStep = step(tokenPriceDriftPctPerYear);
    double demandStep = step(buyerDemandGrowthPct);
    double priceStep = step(unitPriceChangePctPerYear);
    double supplyStep = step(supplyGrowthPct);
    double otherStep = step(otherBuyersGrowthPct);
    double drift = 1.0;
    double demand = 1.0;
    double price = 1.0;
    double supplyGrowth = 1.0;
    double other = 1.0;

    double depinShare = depinAiSharePct / 100 * (1 - cloudResoldSharePct / 100);
    double emissionPerYear = newIncentiveCapUsdB / emissionYears;
    int life = usefulLifeYears;

    for (int n = 0, o = offset; n < years; n++, o += OUTPUTS) {
      int t = startYear + n;

      double hyperscalerCapex = 0;
      double hyperscalerAi = 0;
      for (int k = 0; k < companyCount; k++) {
        double capex = companyCapex[k] * companyFactor[k];
        hyperscalerCapex += capex;
        hyperscalerAi += capex * companyAiShare[k] / 100;
        companyFactor[k] *= companyStep[k];
      }
      for (int k = 0; k < megaCount; k++) {
        hyperscalerAi +=
            t >= megaStart[k] && t < megaStart[k] + megaYears[k]
                ? megaTotal[k] / megaYears[k]
                : 0.0;
      }

      double emission = n < emissionYears ? emissionPerYear : 0.0;
      double gross = emission * tokenPriceMultiplier * drift;
      double sellPressure = gross * sellSharePct / 100;
      double buyerDemand = buyerDemandUsdB * demand;
      double cashRealized = Math.min(sellPressure, buyerDemand);
      double depinAi = cashRealized * depinAiSharePct / 100 * (1 - cloudResoldSharePct / 100);

      double unitPrice = unitPriceUsdK * price;
      boolean shockActive = hasShock && t >= shockYear && t < shockYear + shockDurationYears;
      double supply = supplyK * supplyGrowth * (shockActive ? 1 - shockSupplyCutPct / 100 : 1.0);
      double hyperscalerDemand =
          Ratios.divide(hyperscalerAi * hyperscalerAcceleratorSharePct / 100 * 1000, unitPrice);
      double otherDemand = Ratios.divide(otherBuyersUsdB * other * 1000, unitPrice);
      double depinDemand =
          Ratios.divide(depinAi * depinAcceleratorSharePct / 100 * 1000, unitPrice);

      // Priority order: hyperscalers up to their cap, other buyers, DePIN, then the leftover back
      // to the hyperscalers. Rounding must never hand out more than there is: the cap is applied
      // as a fraction (never above 1), each remainder is taken from the previous one (never below
      // 0), and the hyperscalers' total is capped at their demand, which firstCall +
      // (demand - firstCall) could exceed by one rounding step.
      double firstCall = Math.min(hyperscalerDemand, supply * (hyperscalerPriorityCapPct / 100));
      double afterFirstCall = supply - firstCall;
      double otherUnits = Math.min(otherDemand, afterFirstCall);
      double afterOthers = afterFirstCall - otherUnits;
      double depinGot = Math.min(depinDemand, afterOthers);
      double afterDepin = afterOthers - depinGot;
      double leftoverToHyperscalers = Math.min(hyperscalerDemand - firstCall, afterDepin);
      double hyperscalerGot = Math.min(hyperscalerDemand, firstCall + leftoverToHyperscalers);
      double unallocated = afterDepin - leftoverToHyperscalers;
      hyperscalerUnits[n] = hyperscalerGot;
      depinUnits[n] = depinGot;

      double baseLeft = Math.max(0.0, 1.0 - (double) n / life);
      double hyperscalerInstalled =
          hyperscalerInitialInstalledK * baseLeft + inService(hyperscalerUnits, n, life);
      double depinInstalled = depinInitialInstalledK * baseLeft + inService(depinUnits, n, life);
      double depinEffective = depinInstalled * frontierEfficiencyPct / 100;

      double parityPrice =
          Ratios.divide(hyperscalerAi, emission * drift * sellSharePct / 100 * depinShare);
      double parityDemand = Ratios.divide(hyperscalerAi, depinShare);

      out[o] = hyperscalerCapex;
      out[o + 1] = hyperscalerAi;
      out[o + 2] = gross;
      out[o + 3] = sellPressure;
      out[o + 4] = buyerDemand;
      out[o + 5] = cashRealized;
      out[o + 6] = depinAi;
      out[o + 7] = Ratios.divide(hyperscalerAi, depinAi);
      out[o + 8] = Ratios.sharePct(depinAi, hyperscalerAi);
      out[o + 9] = unitPrice;
      out[o + 10] = supply;
      out[o + 11] = hyperscalerDemand;
      out[o + 12] = hyperscalerGot;
      out[o + 13] = otherDemand;
      out[o + 14] = otherUnits;
      out[o + 15] = depinDemand;
      out[o + 16] = depinGot;
      out[o + 17] = unallocated;
      out[o + 18] = hyperscalerInstalled;
      out[o + 19] = depinInstalled;
      out[o + 20] = depinEffective;
      out[o + 21] = Ratios.divide(hyperscalerInstalled, depinEffective);
      out[o + 22] = parityPrice;
      out[o + 23] = parityDemand;

      drift *= driftStep;
      demand *= demandStep;
      price *= priceStep;
      supplyGrowth *= supplyStep;
      other *= otherStep;
    }
  }

  private static double step(double pct) {
    return 1 + pct / 100;
  }

  /** Units bought in years {@code max(0, n-L+1) .. n}: those still in service in year n. */
  private static double inService(double[] bought, int n, int life) {
    double sum = 0;
    for (int y = Math.max(0, n - life + 1); y <= n; y++) {
      sum += bought[y];
    }
    return sum;
  }
}
