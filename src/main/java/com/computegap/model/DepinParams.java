package com.computegap.model;

import java.util.List;

/**
 * The decentralised GPU networks ("DePIN"): token incentives, who buys the tokens, and what the
 * proceeds become. Money in billions of US dollars, chips in thousands of H100-equivalents,
 * percentages 0..100.
 *
 * <p>The last four components are the schema version 2 numbers of MODEL.md section 7; their
 * defaults (all 0, see {@link #DEFAULT_PRICE_IMPACT_ELASTICITY} and friends) reproduce version 1
 * exactly, and the thirteen-argument constructor fills them in.
 *
 * @param marketCapUsdB today's market cap of all DePIN tokens; used in a KPI only
 * @param newIncentiveCapUsdB new token market cap emitted as incentives, at today's prices
 * @param emissionYears the emission is spread evenly over this many years from t0, 1..30
 * @param tokenPriceMultiplier token price in t0 relative to today, {@code >= 0}
 * @param tokenPriceDriftPctPerYear yearly token price change, {@code > -100}
 * @param sellSharePct share of emitted tokens that operators sell to pay for hardware
 * @param buyerDemandUsdB cash that token buyers bring in t0
 * @param buyerDemandGrowthPct yearly growth of that cash, {@code > -100}
 * @param aiSharePct share of incentives that go to AI compute
 * @param cloudResoldSharePct share that only rents hyperscaler cloud capacity (adds no chips)
 * @param acceleratorSharePct share of DePIN AI capex that buys accelerators
 * @param frontierEfficiencyPct share of installed compute usable for frontier-scale work
 * @param initialInstalledK installed base in t0 before new purchases
 * @param priceImpactElasticity how strongly next year's token price follows this year's absorption
 *     (buyers' cash over sell pressure), 0..5; 0 = no feedback
 * @param usageRevenueUsdB cash the network earns from customers in t0, {@code >= 0}
 * @param usageRevenueGrowthPct yearly growth of that revenue, {@code > -100}
 * @param tailEmissionPctPerYear yearly emission after the emission period, % of {@code
 *     newIncentiveCapUsdB}, 0..100
 */
public record DepinParams(
    double marketCapUsdB,
    double newIncentiveCapUsdB,
    int emissionYears,
    double tokenPriceMultiplier,
    double tokenPriceDriftPctPerYear,
    double sellSharePct,
    double buyerDemandUsdB,
    double buyerDemandGrowthPct,
    double aiSharePct,
    double cloudResoldSharePct,
    double acceleratorSharePct,
    double frontierEfficiencyPct,
    double initialInstalledK,
    double priceImpactElasticity,
    double usageRevenueUsdB,
    double usageRevenueGrowthPct,
    double tailEmissionPctPerYear) {

  public static final double DEFAULT_PRICE_IMPACT_ELASTICITY = 0;
  public static final double DEFAULT_USAGE_REVENUE_USD_B = 0;
  public static final double DEFAULT_USAGE_REVENUE_GROWTH_PCT = 0;
  public static final double DEFAULT_TAIL_EMISSION_PCT_PER_YEAR = 0;

  /** The JSON names of the numeric fields, in file order. */
  public static final List<String> FIELDS =
      List.of(
          "marketCapUsdB",
          "newIncentiveCapUsdB",
          "emissionYears",
          "tokenPriceMultiplier",
          "tokenPriceDriftPctPerYear",
          "sellSharePct",
          "buyerDemandUsdB",
          "buyerDemandGrowthPct",
          "aiSharePct",
          "cloudResoldSharePct",
          "acceleratorSharePct",
          "frontierEfficiencyPct",
          "initialInstalledK",
          "priceImpactElasticity",
          "usageRevenueUsdB",
          "usageRevenueGrowthPct",
          "tailEmissionPctPerYear");

  /** A version 1 parameter set: every section 7 number at its default. */
  public DepinParams(
      double marketCapUsdB,
      double newIncentiveCapUsdB,
      int emissionYears,
      double tokenPriceMultiplier,
      double tokenPriceDriftPctPerYear,
      double sellSharePct,
      double buyerDemandUsdB,
      double buyerDemandGrowthPct,
      double aiSharePct,
      double cloudResoldSharePct,
      double acceleratorSharePct,
      double frontierEfficiencyPct,
      double initialInstalledK) {
    this(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        DEFAULT_PRICE_IMPACT_ELASTICITY,
        DEFAULT_USAGE_REVENUE_USD_B,
        DEFAULT_USAGE_REVENUE_GROWTH_PCT,
        DEFAULT_TAIL_EMISSION_PCT_PER_YEAR);
  }

  /** Whether every section 7 number is at its default, so version 1 can hold these values. */
  public boolean isVersion1() {
    return priceImpactElasticity == DEFAULT_PRICE_IMPACT_ELASTICITY
        && usageRevenueUsdB == DEFAULT_USAGE_REVENUE_USD_B
        && usageRevenueGrowthPct == DEFAULT_USAGE_REVENUE_GROWTH_PCT
        && tailEmissionPctPerYear == DEFAULT_TAIL_EMISSION_PCT_PER_YEAR;
  }

  /** The default of a field, or {@code NaN} for a field that has none (a version 1 field). */
  public static double defaultOf(String field) {
    return switch (field) {
      case "priceImpactElasticity" -> DEFAULT_PRICE_IMPACT_ELASTICITY;
      case "usageRevenueUsdB" -> DEFAULT_USAGE_REVENUE_USD_B;
      case "usageRevenueGrowthPct" -> DEFAULT_USAGE_REVENUE_GROWTH_PCT;
      case "tailEmissionPctPerYear" -> DEFAULT_TAIL_EMISSION_PCT_PER_YEAR;
      default -> Double.NaN;
    };
  }

  public DepinParams withMarketCapUsdB(double value) {
    return new DepinParams(
        value,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withNewIncentiveCapUsdB(double value) {
    return new DepinParams(
        marketCapUsdB,
        value,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withEmissionYears(int value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        value,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withTokenPriceMultiplier(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        value,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withTokenPriceDriftPctPerYear(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        value,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withSellSharePct(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        value,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withBuyerDemandUsdB(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        value,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withBuyerDemandGrowthPct(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        value,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withAiSharePct(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        value,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withCloudResoldSharePct(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        value,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withAcceleratorSharePct(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        value,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withFrontierEfficiencyPct(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        value,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withInitialInstalledK(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        value,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withPriceImpactElasticity(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        value,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withUsageRevenueUsdB(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        value,
        usageRevenueGrowthPct,
        tailEmissionPctPerYear);
  }

  public DepinParams withUsageRevenueGrowthPct(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        value,
        tailEmissionPctPerYear);
  }

  public DepinParams withTailEmissionPctPerYear(double value) {
    return new DepinParams(
        marketCapUsdB,
        newIncentiveCapUsdB,
        emissionYears,
        tokenPriceMultiplier,
        tokenPriceDriftPctPerYear,
        sellSharePct,
        buyerDemandUsdB,
        buyerDemandGrowthPct,
        aiSharePct,
        cloudResoldSharePct,
        acceleratorSharePct,
        frontierEfficiencyPct,
        initialInstalledK,
        priceImpactElasticity,
        usageRevenueUsdB,
        usageRevenueGrowthPct,
        value);
  }
}
