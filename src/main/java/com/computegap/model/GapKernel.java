package com.computegap.model;

import java.util.List;

/**
 * The yearly equations of MODEL.md sections 2 and 7, the one place they are written: {@link
 * GapModel} runs them once per recompute, the Monte Carlo engine once per run. Inputs are flat,
 * mutable primitives: one instance per worker thread, inputs overwritten per run with {@link #set},
 * outputs written into a caller-owned array by {@link #run}. Nothing is allocated per run.
 *
 * <p>Growth factors {@code (1 + x/100)^n} are carried from year to year by multiplication rather
 * than {@code Math.pow}: the contract allows it, the results agree to about 1e-14, and it keeps the
 * recompute free of transcendental calls. {@code ReferenceModelTest} checks every column against a
 * second implementation typed straight from MODEL.md.
 *
 * <p>Not thread-safe. The horizon ({@code startYear}, {@code years}) and the list sizes are fixed
 * when the kernel is built.
 */
final class GapKernel {

  /** Output values per modelled year: {@link Column#outputs()}, in that order. */
  static final int OUTPUTS = Column.outputs().size();

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
  private double priceImpactElasticity;
  private double usageRevenueUsdB;
  private double usageRevenueGrowthPct;
  private double tailEmissionPctPerYear;

  private double supplyK;
  private double supplyGrowthPct;
  private double unitPriceUsdK;
  private double unitPriceChangePctPerYear;
  private double hyperscalerPriorityCapPct;
  private double otherBuyersUsdB;
  private double otherBuyersGrowthPct;
  private int usefulLifeYears;
  private double hyperscalerInitialInstalledK;
  private double priceFlexPct;
  private final boolean hasShock;
  private int shockYear;
  private int shockDurationYears;
  private double shockSupplyCutPct;

  /** Terms of the binomial series in {@link #feedbackStep}, and how near 1 its base must be. */
  private static final int SERIES_TERMS = 5;

  private static final double NEAR_ONE = 0x1p-10;

  private final double[] binomial = new double[SERIES_TERMS];
  private double lastBase;
  private double lastStep;

  private final double[] companyFactor;
  private final double[] companyStep;
  private final double[] hyperscalerUnits;
  private final double[] depinUnits;

  /** A kernel holding the values of {@code s}. */
  GapKernel(Scenario s) {
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
    priceImpactElasticity = d.priceImpactElasticity();
    usageRevenueUsdB = d.usageRevenueUsdB();
    usageRevenueGrowthPct = d.usageRevenueGrowthPct();
    tailEmissionPctPerYear = d.tailEmissionPctPerYear();

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
    priceFlexPct = c.priceFlexPct();
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

  /**
   * Sets one input. {@code index} is the list element for hyperscaler and mega-project fields and
   * ignored otherwise. Whole-number fields take {@code (int) v}: callers round first, as {@link
   * ParameterPath#with} does. {@code startYear} and {@code years} cannot be set (they fix the shape
   * of the table); {@code depin.marketCapUsdB} feeds only the summary and is ignored.
   */
  void set(NumericField field, int index, double v) {
    switch (field) {
      case HYPERSCALER_CAPEX -> companyCapex[index] = v;
      case HYPERSCALER_GROWTH -> companyGrowth[index] = v;
      case HYPERSCALER_AI_SHARE -> companyAiShare[index] = v;
      case HYPERSCALER_ACCELERATOR_SHARE -> hyperscalerAcceleratorSharePct = v;
      case MEGA_START_YEAR -> megaStart[index] = (int) v;
      case MEGA_YEARS -> megaYears[index] = (int) v;
      case MEGA_TOTAL -> megaTotal[index] = v;
      case DEPIN_MARKET_CAP -> {
        // summary only
      }
      case DEPIN_NEW_INCENTIVE_CAP -> newIncentiveCapUsdB = v;
      case DEPIN_EMISSION_YEARS -> emissionYears = (int) v;
      case DEPIN_TOKEN_PRICE_MULTIPLIER -> tokenPriceMultiplier = v;
      case DEPIN_TOKEN_PRICE_DRIFT -> tokenPriceDriftPctPerYear = v;
      case DEPIN_SELL_SHARE -> sellSharePct = v;
      case DEPIN_BUYER_DEMAND -> buyerDemandUsdB = v;
      case DEPIN_BUYER_DEMAND_GROWTH -> buyerDemandGrowthPct = v;
      case DEPIN_AI_SHARE -> depinAiSharePct = v;
      case DEPIN_CLOUD_RESOLD_SHARE -> cloudResoldSharePct = v;
      case DEPIN_ACCELERATOR_SHARE -> depinAcceleratorSharePct = v;
      case DEPIN_FRONTIER_EFFICIENCY -> frontierEfficiencyPct = v;
      case DEPIN_INITIAL_INSTALLED -> depinInitialInstalledK = v;
      case DEPIN_PRICE_IMPACT_ELASTICITY -> priceImpactElasticity = v;
      case DEPIN_USAGE_REVENUE -> usageRevenueUsdB = v;
      case DEPIN_USAGE_REVENUE_GROWTH -> usageRevenueGrowthPct = v;
      case DEPIN_TAIL_EMISSION -> tailEmissionPctPerYear = v;
      case CHIPS_SUPPLY -> supplyK = v;
      case CHIPS_SUPPLY_GROWTH -> supplyGrowthPct = v;
      case CHIPS_UNIT_PRICE -> unitPriceUsdK = v;
      case CHIPS_UNIT_PRICE_CHANGE -> unitPriceChangePctPerYear = v;
      case CHIPS_PRIORITY_CAP -> hyperscalerPriorityCapPct = v;
      case CHIPS_OTHER_BUYERS -> otherBuyersUsdB = v;
      case CHIPS_OTHER_BUYERS_GROWTH -> otherBuyersGrowthPct = v;
      case CHIPS_USEFUL_LIFE -> usefulLifeYears = (int) v;
      case CHIPS_HYPERSCALER_INITIAL_INSTALLED -> hyperscalerInitialInstalledK = v;
      case CHIPS_PRICE_FLEX -> priceFlexPct = v;
      case SHOCK_YEAR -> shockYear = (int) v;
      case SHOCK_DURATION -> shockDurationYears = (int) v;
      case SHOCK_SUPPLY_CUT -> shockSupplyCutPct = v;
      case START_YEAR, YEARS ->
          throw new IllegalArgumentException(
              field.template() + " cannot vary: it changes which years the table has");
    }
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
    double usageStep = step(usageRevenueGrowthPct);
    double drift = 1.0;
    double demand = 1.0;
    double price = 1.0;
    double supplyGrowth = 1.0;
    double other = 1.0;
    double usageGrowth = 1.0;
    double feedback = 1.0;

    double depinShare = depinAiSharePct / 100 * (1 - cloudResoldSharePct / 100);
    double emissionPerYear = newIncentiveCapUsdB / emissionYears;
    double tailEmission = newIncentiveCapUsdB * tailEmissionPctPerYear / 100;
    boolean priceFeedback = priceImpactElasticity != 0;
    boolean priceFlex = priceFlexPct != 0;
    double flexUp = 1 + priceFlexPct / 100;
    double flexDown = 1 / flexUp;
    int life = usefulLifeYears;
    if (priceFeedback) {
      startFeedback();
    }

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

      // With the section 7 defaults (feedback 1, no tail, no usage revenue, no price flex) every
      // expression below is the version 1 one, rounding step for rounding step.
      double emission = n < emissionYears ? emissionPerYear : tailEmission;
      double gross = emission * tokenPriceMultiplier * drift * feedback;
      double sellPressure = gross * sellSharePct / 100;
      double buyerDemand = buyerDemandUsdB * demand;
      double usage = usageRevenueUsdB * usageGrowth;
      double cashRealized = Math.min(sellPressure, buyerDemand) + usage;
      double depinAi = cashRealized * depinAiSharePct / 100 * (1 - cloudResoldSharePct / 100);

      double listPrice = unitPriceUsdK * price;
      boolean shockActive = hasShock && t >= shockYear && t < shockYear + shockDurationYears;
      double supply = supplyK * supplyGrowth * (shockActive ? 1 - shockSupplyCutPct / 100 : 1.0);
      double unitPrice = listPrice;
      if (priceFlex) {
        double budget =
            hyperscalerAi * hyperscalerAcceleratorSharePct / 100
                + otherBuyersUsdB * other
                + depinAi * depinAcceleratorSharePct / 100;
        // one division, not two: the price is on the year's longest chain of dependent operations
        double ratio =
            supply > 0
                ? budget * 1000 / (listPrice * supply)
                : budget > 0 ? Double.POSITIVE_INFINITY : 1.0;
        unitPrice = listPrice * Math.min(flexUp, Math.max(flexDown, ratio));
      }
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

      // Math.max keeps a NaN (0/0 when both the AI capex and the kept share are 0), as section 7
      // asks.
      double parityDemand = Math.max(0.0, Ratios.divide(hyperscalerAi, depinShare) - usage);
      double parityPrice;
      if (parityDemand == 0) {
        parityPrice = 0.0;
      } else if (usage == 0) {
        // (h / keep) / x written as h / (x * keep): the version 1 order of terms, so a file without
        // usage revenue gives its version 1 numbers bit for bit.
        parityPrice =
            Ratios.divide(
                hyperscalerAi, emission * drift * feedback * sellSharePct / 100 * depinShare);
      } else {
        parityPrice = Ratios.divide(parityDemand, emission * drift * feedback * sellSharePct / 100);
      }

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
      out[o + 24] = tokenPriceMultiplier * drift * feedback;
      out[o + 25] = usage;
      out[o + 26] = listPrice;

      if (priceFeedback) {
        // buyerDemand / sellPressure, with the sell share's "/ 100" moved off the chain that
        // carries the feedback from year to year (gross -> absorption -> next year's gross)
        double absorption = sellPressure > 0 ? buyerDemand * 100 / (gross * sellSharePct) : 1.0;
        feedback *= feedbackStep(Math.min(10.0, Math.max(0.1, absorption)));
      }

      drift *= driftStep;
      demand *= demandStep;
      price *= priceStep;
      supplyGrowth *= supplyStep;
      other *= otherStep;
      usageGrowth *= usageStep;
    }
  }

  /**
   * Prepares {@link #feedbackStep} for this run's elasticity e: the binomial coefficients C(e, k),
   * k = 1..{@value #SERIES_TERMS}, and an empty memo.
   */
  private void startFeedback() {
    double c = 1;
    for (int k = 1; k <= SERIES_TERMS; k++) {
      c *= (priceImpactElasticity - (k - 1)) / k;
      binomial[k - 1] = c;
    }
    lastBase = Double.NaN;
  }

  /**
   * {@code x^e} for the clamped absorption x, without a {@code Math.pow} in the years where none is
   * needed: x = 1 (no sell pressure, or buyers who match it) gives exactly 1; a base equal to last
   * year's (absorption clamped at 0.1 or 10 year after year) reuses last year's factor; a base
   * within {@value #NEAR_ONE} of 1 (where a market that feeds back settles) takes the binomial
   * series 1 + C(e,1) d + ... + C(e,5) d^5 with d = x - 1, whose first omitted term is below
   * |C(e,6)| d^6 <= 0.03 * 2^-60 < 3e-20 for e in 0..5, far inside the rounding of the pow itself.
   */
  private double feedbackStep(double x) {
    if (x == lastBase) {
      return lastStep;
    }
    double d = x - 1;
    double factor;
    if (Math.abs(d) <= NEAR_ONE) {
      double sum = binomial[SERIES_TERMS - 1];
      for (int k = SERIES_TERMS - 2; k >= 0; k--) {
        sum = binomial[k] + d * sum;
      }
      factor = 1 + d * sum;
    } else {
      factor = Math.pow(x, priceImpactElasticity);
    }
    lastBase = x;
    lastStep = factor;
    return factor;
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
