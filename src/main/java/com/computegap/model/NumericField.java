package com.computegap.model;

import java.util.List;

/**
 * Every numeric input of the model (MODEL.md section 1): where it lives, its unit, its valid range
 * and a sensible slider range. Validation, parameter paths, sliders, Monte Carlo and goal seek all
 * read ranges from here, so a range is written down once.
 *
 * <p>The slider range is what a partner would drag through in a meeting; typed values may go beyond
 * it as long as they stay in the valid range.
 */
public enum NumericField {
  START_YEAR(
      FieldScope.TOP,
      "startYear",
      ParameterGroup.HORIZON,
      Unit.YEAR,
      true,
      ValueRange.closed(2000, 2100),
      2020,
      2035,
      FieldAccess.top(Scenario::startYear, (s, v) -> s.withStartYear((int) (double) v))),
  YEARS(
      FieldScope.TOP,
      "years",
      ParameterGroup.HORIZON,
      Unit.YEARS,
      true,
      ValueRange.closed(1, 30),
      1,
      30,
      FieldAccess.top(Scenario::years, (s, v) -> s.withYears((int) (double) v))),
  HYPERSCALER_CAPEX(
      FieldScope.HYPERSCALER,
      "capexUsdB",
      ParameterGroup.HYPERSCALERS,
      Unit.USD_B,
      false,
      ValueRange.atLeast(0),
      0,
      200,
      FieldAccess.hyperscaler(Hyperscaler::capexUsdB, Hyperscaler::withCapexUsdB)),
  HYPERSCALER_GROWTH(
      FieldScope.HYPERSCALER,
      "growthPct",
      ParameterGroup.HYPERSCALERS,
      Unit.PCT_PER_YEAR,
      false,
      ValueRange.growthRate(),
      -50,
      100,
      FieldAccess.hyperscaler(Hyperscaler::growthPct, Hyperscaler::withGrowthPct)),
  HYPERSCALER_AI_SHARE(
      FieldScope.HYPERSCALER,
      "aiSharePct",
      ParameterGroup.HYPERSCALERS,
      Unit.PCT,
      false,
      ValueRange.closed(0, 100),
      0,
      100,
      FieldAccess.hyperscaler(Hyperscaler::aiSharePct, Hyperscaler::withAiSharePct)),
  HYPERSCALER_ACCELERATOR_SHARE(
      FieldScope.TOP,
      "hyperscalerAcceleratorSharePct",
      ParameterGroup.EFFICIENCY,
      Unit.PCT,
      false,
      ValueRange.closed(0, 100),
      0,
      100,
      FieldAccess.top(
          Scenario::hyperscalerAcceleratorSharePct, Scenario::withHyperscalerAcceleratorSharePct)),
  MEGA_START_YEAR(
      FieldScope.MEGA_PROJECT,
      "startYear",
      ParameterGroup.HYPERSCALERS,
      Unit.YEAR,
      true,
      ValueRange.closed(2000, 2100),
      2020,
      2040,
      FieldAccess.megaProject(MegaProject::startYear, (p, v) -> p.withStartYear((int) (double) v))),
  MEGA_YEARS(
      FieldScope.MEGA_PROJECT,
      "years",
      ParameterGroup.HYPERSCALERS,
      Unit.YEARS,
      true,
      ValueRange.closed(1, 30),
      1,
      15,
      FieldAccess.megaProject(MegaProject::years, (p, v) -> p.withYears((int) (double) v))),
  MEGA_TOTAL(
      FieldScope.MEGA_PROJECT,
      "totalUsdB",
      ParameterGroup.HYPERSCALERS,
      Unit.USD_B,
      false,
      ValueRange.atLeast(0),
      0,
      1000,
      FieldAccess.megaProject(MegaProject::totalUsdB, MegaProject::withTotalUsdB)),
  DEPIN_MARKET_CAP(
      FieldScope.DEPIN,
      "marketCapUsdB",
      ParameterGroup.TOKENS,
      Unit.USD_B,
      false,
      ValueRange.atLeast(0),
      0,
      200,
      FieldAccess.depin(DepinParams::marketCapUsdB, DepinParams::withMarketCapUsdB)),
  DEPIN_NEW_INCENTIVE_CAP(
      FieldScope.DEPIN,
      "newIncentiveCapUsdB",
      ParameterGroup.TOKENS,
      Unit.USD_B,
      false,
      ValueRange.atLeast(0),
      0,
      500,
      FieldAccess.depin(DepinParams::newIncentiveCapUsdB, DepinParams::withNewIncentiveCapUsdB)),
  DEPIN_EMISSION_YEARS(
      FieldScope.DEPIN,
      "emissionYears",
      ParameterGroup.TOKENS,
      Unit.YEARS,
      true,
      ValueRange.closed(1, 30),
      1,
      10,
      FieldAccess.depin(
          DepinParams::emissionYears, (d, v) -> d.withEmissionYears((int) (double) v))),
  DEPIN_TOKEN_PRICE_MULTIPLIER(
      FieldScope.DEPIN,
      "tokenPriceMultiplier",
      ParameterGroup.TOKENS,
      Unit.MULTIPLIER,
      false,
      ValueRange.atLeast(0),
      0,
      10,
      FieldAccess.depin(DepinParams::tokenPriceMultiplier, DepinParams::withTokenPriceMultiplier)),
  DEPIN_TOKEN_PRICE_DRIFT(
      FieldScope.DEPIN,
      "tokenPriceDriftPctPerYear",
      ParameterGroup.TOKENS,
      Unit.PCT_PER_YEAR,
      false,
      ValueRange.growthRate(),
      -50,
      100,
      FieldAccess.depin(
          DepinParams::tokenPriceDriftPctPerYear, DepinParams::withTokenPriceDriftPctPerYear)),
  DEPIN_SELL_SHARE(
      FieldScope.DEPIN,
      "sellSharePct",
      ParameterGroup.TOKENS,
      Unit.PCT,
      false,
      ValueRange.closed(0, 100),
      0,
      100,
      FieldAccess.depin(DepinParams::sellSharePct, DepinParams::withSellSharePct)),
  DEPIN_BUYER_DEMAND(
      FieldScope.DEPIN,
      "buyerDemandUsdB",
      ParameterGroup.TOKENS,
      Unit.USD_B,
      false,
      ValueRange.atLeast(0),
      0,
      300,
      FieldAccess.depin(DepinParams::buyerDemandUsdB, DepinParams::withBuyerDemandUsdB)),
  DEPIN_BUYER_DEMAND_GROWTH(
      FieldScope.DEPIN,
      "buyerDemandGrowthPct",
      ParameterGroup.TOKENS,
      Unit.PCT_PER_YEAR,
      false,
      ValueRange.growthRate(),
      -50,
      100,
      FieldAccess.depin(DepinParams::buyerDemandGrowthPct, DepinParams::withBuyerDemandGrowthPct)),
  DEPIN_AI_SHARE(
      FieldScope.DEPIN,
      "aiSharePct",
      ParameterGroup.TOKENS,
      Unit.PCT,
      false,
      ValueRange.closed(0, 100),
      0,
      100,
      FieldAccess.depin(DepinParams::aiSharePct, DepinParams::withAiSharePct)),
  DEPIN_CLOUD_RESOLD_SHARE(
      FieldScope.DEPIN,
      "cloudResoldSharePct",
      ParameterGroup.TOKENS,
      Unit.PCT,
      false,
      ValueRange.closed(0, 100),
      0,
      100,
      FieldAccess.depin(DepinParams::cloudResoldSharePct, DepinParams::withCloudResoldSharePct)),
  DEPIN_ACCELERATOR_SHARE(
      FieldScope.DEPIN,
      "acceleratorSharePct",
      ParameterGroup.EFFICIENCY,
      Unit.PCT,
      false,
      ValueRange.closed(0, 100),
      0,
      100,
      FieldAccess.depin(DepinParams::acceleratorSharePct, DepinParams::withAcceleratorSharePct)),
  DEPIN_FRONTIER_EFFICIENCY(
      FieldScope.DEPIN,
      "frontierEfficiencyPct",
      ParameterGroup.EFFICIENCY,
      Unit.PCT,
      false,
      ValueRange.closed(0, 100),
      0,
      100,
      FieldAccess.depin(
          DepinParams::frontierEfficiencyPct, DepinParams::withFrontierEfficiencyPct)),
  DEPIN_INITIAL_INSTALLED(
      FieldScope.DEPIN,
      "initialInstalledK",
      ParameterGroup.TOKENS,
      Unit.K,
      false,
      ValueRange.atLeast(0),
      0,
      1000,
      FieldAccess.depin(DepinParams::initialInstalledK, DepinParams::withInitialInstalledK)),
  /** Schema version 2 (MODEL.md section 7). */
  DEPIN_PRICE_IMPACT_ELASTICITY(
      FieldScope.DEPIN,
      "priceImpactElasticity",
      ParameterGroup.TOKENS,
      Unit.COUNT,
      false,
      ValueRange.closed(0, 5),
      0,
      2,
      FieldAccess.depin(
          DepinParams::priceImpactElasticity, DepinParams::withPriceImpactElasticity)),
  /** Schema version 2 (MODEL.md section 7). */
  DEPIN_USAGE_REVENUE(
      FieldScope.DEPIN,
      "usageRevenueUsdB",
      ParameterGroup.TOKENS,
      Unit.USD_B,
      false,
      ValueRange.atLeast(0),
      0,
      50,
      FieldAccess.depin(DepinParams::usageRevenueUsdB, DepinParams::withUsageRevenueUsdB)),
  /** Schema version 2 (MODEL.md section 7). */
  DEPIN_USAGE_REVENUE_GROWTH(
      FieldScope.DEPIN,
      "usageRevenueGrowthPct",
      ParameterGroup.TOKENS,
      Unit.PCT_PER_YEAR,
      false,
      ValueRange.growthRate(),
      -50,
      200,
      FieldAccess.depin(
          DepinParams::usageRevenueGrowthPct, DepinParams::withUsageRevenueGrowthPct)),
  /** Schema version 2 (MODEL.md section 7). */
  DEPIN_TAIL_EMISSION(
      FieldScope.DEPIN,
      "tailEmissionPctPerYear",
      ParameterGroup.TOKENS,
      Unit.PCT_PER_YEAR,
      false,
      ValueRange.closed(0, 100),
      0,
      20,
      FieldAccess.depin(
          DepinParams::tailEmissionPctPerYear, DepinParams::withTailEmissionPctPerYear)),
  CHIPS_SUPPLY(
      FieldScope.CHIPS,
      "supplyK",
      ParameterGroup.CHIPS,
      Unit.K,
      false,
      ValueRange.atLeast(0),
      0,
      10000,
      FieldAccess.chips(ChipParams::supplyK, ChipParams::withSupplyK)),
  CHIPS_SUPPLY_GROWTH(
      FieldScope.CHIPS,
      "supplyGrowthPct",
      ParameterGroup.CHIPS,
      Unit.PCT_PER_YEAR,
      false,
      ValueRange.growthRate(),
      -50,
      100,
      FieldAccess.chips(ChipParams::supplyGrowthPct, ChipParams::withSupplyGrowthPct)),
  CHIPS_UNIT_PRICE(
      FieldScope.CHIPS,
      "unitPriceUsdK",
      ParameterGroup.CHIPS,
      Unit.USD_K,
      false,
      ValueRange.above(0),
      1,
      60,
      FieldAccess.chips(ChipParams::unitPriceUsdK, ChipParams::withUnitPriceUsdK)),
  CHIPS_UNIT_PRICE_CHANGE(
      FieldScope.CHIPS,
      "unitPriceChangePctPerYear",
      ParameterGroup.CHIPS,
      Unit.PCT_PER_YEAR,
      false,
      ValueRange.growthRate(),
      -50,
      50,
      FieldAccess.chips(
          ChipParams::unitPriceChangePctPerYear, ChipParams::withUnitPriceChangePctPerYear)),
  CHIPS_PRIORITY_CAP(
      FieldScope.CHIPS,
      "hyperscalerPriorityCapPct",
      ParameterGroup.CHIPS,
      Unit.PCT,
      false,
      ValueRange.closed(0, 100),
      0,
      100,
      FieldAccess.chips(
          ChipParams::hyperscalerPriorityCapPct, ChipParams::withHyperscalerPriorityCapPct)),
  CHIPS_OTHER_BUYERS(
      FieldScope.CHIPS,
      "otherBuyersUsdB",
      ParameterGroup.CHIPS,
      Unit.USD_B,
      false,
      ValueRange.atLeast(0),
      0,
      200,
      FieldAccess.chips(ChipParams::otherBuyersUsdB, ChipParams::withOtherBuyersUsdB)),
  CHIPS_OTHER_BUYERS_GROWTH(
      FieldScope.CHIPS,
      "otherBuyersGrowthPct",
      ParameterGroup.CHIPS,
      Unit.PCT_PER_YEAR,
      false,
      ValueRange.growthRate(),
      -50,
      100,
      FieldAccess.chips(ChipParams::otherBuyersGrowthPct, ChipParams::withOtherBuyersGrowthPct)),
  CHIPS_USEFUL_LIFE(
      FieldScope.CHIPS,
      "usefulLifeYears",
      ParameterGroup.EFFICIENCY,
      Unit.YEARS,
      true,
      ValueRange.closed(1, 15),
      1,
      15,
      FieldAccess.chips(
          ChipParams::usefulLifeYears, (c, v) -> c.withUsefulLifeYears((int) (double) v))),
  CHIPS_HYPERSCALER_INITIAL_INSTALLED(
      FieldScope.CHIPS,
      "hyperscalerInitialInstalledK",
      ParameterGroup.CHIPS,
      Unit.K,
      false,
      ValueRange.atLeast(0),
      0,
      20000,
      FieldAccess.chips(
          ChipParams::hyperscalerInitialInstalledK, ChipParams::withHyperscalerInitialInstalledK)),
  /** Schema version 2 (MODEL.md section 7). */
  CHIPS_PRICE_FLEX(
      FieldScope.CHIPS,
      "priceFlexPct",
      ParameterGroup.CHIPS,
      Unit.PCT,
      false,
      ValueRange.closed(0, 1000),
      0,
      100,
      FieldAccess.chips(ChipParams::priceFlexPct, ChipParams::withPriceFlexPct)),
  SHOCK_YEAR(
      FieldScope.SHOCK,
      "year",
      ParameterGroup.CHIPS,
      Unit.YEAR,
      true,
      ValueRange.closed(2000, 2100),
      2024,
      2040,
      FieldAccess.shock(SupplyShock::year, (k, v) -> k.withYear((int) (double) v))),
  SHOCK_DURATION(
      FieldScope.SHOCK,
      "durationYears",
      ParameterGroup.CHIPS,
      Unit.YEARS,
      true,
      ValueRange.closed(1, 30),
      1,
      10,
      FieldAccess.shock(
          SupplyShock::durationYears, (k, v) -> k.withDurationYears((int) (double) v))),
  SHOCK_SUPPLY_CUT(
      FieldScope.SHOCK,
      "supplyCutPct",
      ParameterGroup.CHIPS,
      Unit.PCT,
      false,
      ValueRange.closed(0, 100),
      0,
      100,
      FieldAccess.shock(SupplyShock::supplyCutPct, SupplyShock::withSupplyCutPct));

  private static final List<NumericField> VALUES = List.of(values());

  private final FieldScope scope;
  private final String name;
  private final ParameterGroup group;
  private final Unit unit;
  private final boolean wholeNumber;
  private final ValueRange valid;
  private final double sliderMin;
  private final double sliderMax;
  private final FieldAccess access;

  NumericField(
      FieldScope scope,
      String name,
      ParameterGroup group,
      Unit unit,
      boolean wholeNumber,
      ValueRange valid,
      double sliderMin,
      double sliderMax,
      FieldAccess access) {
    this.access = access;
    this.scope = scope;
    this.name = name;
    this.group = group;
    this.unit = unit;
    this.wholeNumber = wholeNumber;
    this.valid = valid;
    this.sliderMin = sliderMin;
    this.sliderMax = sliderMax;
  }

  public FieldScope scope() {
    return scope;
  }

  /** The JSON name inside its object, for example {@code sellSharePct}. */
  public String fieldName() {
    return name;
  }

  /**
   * The path with an empty selector for list fields: {@code depin.sellSharePct}, {@code
   * hyperscalers[].capexUsdB}. Used as a resource-bundle key stem.
   */
  public String template() {
    return scope.isList() ? scope.prefix() + "[]." + name : scope.prefix() + name;
  }

  public ParameterGroup group() {
    return group;
  }

  public Unit unit() {
    return unit;
  }

  /** Year, count and version fields: whole numbers only. */
  public boolean wholeNumber() {
    return wholeNumber;
  }

  public ValueRange validRange() {
    return valid;
  }

  public double sliderMin() {
    return sliderMin;
  }

  public double sliderMax() {
    return sliderMax;
  }

  /**
   * The value in {@code s}: of element {@code element} of the list for hyperscaler and mega-project
   * fields (ignored for the others). The shock's fields need a shock.
   */
  public double get(Scenario s, int element) {
    return access.get(s, element);
  }

  /**
   * A copy of {@code s} with the value replaced, at each of {@code elements} for list fields. Whole
   * numbers are truncated: round before ({@link ParameterPath#with} does).
   */
  public Scenario with(Scenario s, int[] elements, double value) {
    return access.with(s, elements, value);
  }

  /** Whether only schema version 2 has this field (MODEL.md section 7); it then has a default. */
  public boolean version2() {
    return this == DEPIN_PRICE_IMPACT_ELASTICITY
        || this == DEPIN_USAGE_REVENUE
        || this == DEPIN_USAGE_REVENUE_GROWTH
        || this == DEPIN_TAIL_EMISSION
        || this == CHIPS_PRICE_FLEX;
  }

  /** The field in {@code scope} named {@code name}, or {@code null}. */
  public static NumericField find(FieldScope scope, String name) {
    for (NumericField f : VALUES) {
      if (f.scope == scope && f.name.equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** All fields in declaration order, without copying. */
  public static List<NumericField> all() {
    return VALUES;
  }
}
