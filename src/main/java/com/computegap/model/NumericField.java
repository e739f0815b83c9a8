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
    START_YEAR(FieldScope.TOP, "startYear", ParameterGroup.HORIZON, Unit.YEAR, true,
            ValueRange.closed(2000, 2100), 2020, 2035),
    YEARS(FieldScope.TOP, "years", ParameterGroup.HORIZON, Unit.YEARS, true,
            ValueRange.closed(1, 30), 1, 30),
    HYPERSCALER_CAPEX(FieldScope.HYPERSCALER, "capexUsdB", ParameterGroup.HYPERSCALERS, Unit.USD_B, false,
            ValueRange.atLeast(0), 0, 200),
    HYPERSCALER_GROWTH(FieldScope.HYPERSCALER, "growthPct", ParameterGroup.HYPERSCALERS, Unit.PCT_PER_YEAR, false,
            ValueRange.growthRate(), -50, 100),
    HYPERSCALER_AI_SHARE(FieldScope.HYPERSCALER, "aiSharePct", ParameterGroup.HYPERSCALERS, Unit.PCT, false,
            ValueRange.closed(0, 100), 0, 100),
    HYPERSCALER_ACCELERATOR_SHARE(FieldScope.TOP, "hyperscalerAcceleratorSharePct", ParameterGroup.EFFICIENCY,
            Unit.PCT, false, ValueRange.closed(0, 100), 0, 100),
    MEGA_START_YEAR(FieldScope.MEGA_PROJECT, "startYear", ParameterGroup.HYPERSCALERS, Unit.YEAR, true,
            ValueRange.closed(2000, 2100), 2020, 2040),
    MEGA_YEARS(FieldScope.MEGA_PROJECT, "years", ParameterGroup.HYPERSCALERS, Unit.YEARS, true,
            ValueRange.closed(1, 30), 1, 15),
    MEGA_TOTAL(FieldScope.MEGA_PROJECT, "totalUsdB", ParameterGroup.HYPERSCALERS, Unit.USD_B, false,
            ValueRange.atLeast(0), 0, 1000),
    DEPIN_MARKET_CAP(FieldScope.DEPIN, "marketCapUsdB", ParameterGroup.TOKENS, Unit.USD_B, false,
            ValueRange.atLeast(0), 0, 200),
    DEPIN_NEW_INCENTIVE_CAP(FieldScope.DEPIN, "newIncentiveCapUsdB", ParameterGroup.TOKENS, Unit.USD_B, false,
            ValueRange.atLeast(0), 0, 500),
    DEPIN_EMISSION_YEARS(FieldScope.DEPIN, "emissionYears", ParameterGroup.TOKENS, Unit.YEARS, true,
            ValueRange.closed(1, 30), 1, 10),
    DEPIN_TOKEN_PRICE_MULTIPLIER(FieldScope.DEPIN, "tokenPriceMultiplier", ParameterGroup.TOKENS, Unit.MULTIPLIER,
            false, ValueRange.atLeast(0), 0, 10),
    DEPIN_TOKEN_PRICE_DRIFT(FieldScope.DEPIN, "tokenPriceDriftPctPerYear", ParameterGroup.TOKENS,
            Unit.PCT_PER_YEAR, false, ValueRange.growthRate(), -50, 100),
    DEPIN_SELL_SHARE(FieldScope.DEPIN, "sellSharePct", ParameterGroup.TOKENS, Unit.PCT, false,
            ValueRange.closed(0, 100), 0, 100),
    DEPIN_BUYER_DEMAND(FieldScope.DEPIN, "buyerDemandUsdB", ParameterGroup.TOKENS, Unit.USD_B, false,
            ValueRange.atLeast(0), 0, 300),
    DEPIN_BUYER_DEMAND_GROWTH(FieldScope.DEPIN, "buyerDemandGrowthPct", ParameterGroup.TOKENS, Unit.PCT_PER_YEAR,
            false, ValueRange.growthRate(), -50, 100),
    DEPIN_AI_SHARE(FieldScope.DEPIN, "aiSharePct", ParameterGroup.TOKENS, Unit.PCT, false,
            ValueRange.closed(0, 100), 0, 100),
    DEPIN_CLOUD_RESOLD_SHARE(FieldScope.DEPIN, "cloudResoldSharePct", ParameterGroup.TOKENS, Unit.PCT, false,
            ValueRange.closed(0, 100), 0, 100),
    DEPIN_ACCELERATOR_SHARE(FieldScope.DEPIN, "acceleratorSharePct", ParameterGroup.EFFICIENCY, Unit.PCT, false,
            ValueRange.closed(0, 100), 0, 100),
    DEPIN_FRONTIER_EFFICIENCY(FieldScope.DEPIN, "frontierEfficiencyPct", ParameterGroup.EFFICIENCY, Unit.PCT,
            false, ValueRange.closed(0, 100), 0, 100),
    DEPIN_INITIAL_INSTALLED(FieldScope.DEPIN, "initialInstalledK", ParameterGroup.TOKENS, Unit.K, false,
            ValueRange.atLeast(0), 0, 1000),
    /** Schema version 2 (MODEL.md section 7). */
    DEPIN_PRICE_IMPACT_ELASTICITY(FieldScope.DEPIN, "priceImpactElasticity", ParameterGroup.TOKENS, Unit.COUNT,
            false, ValueRange.closed(0, 5), 0, 2),
    /** Schema version 2 (MODEL.md section 7). */
    DEPIN_USAGE_REVENUE(FieldScope.DEPIN, "usageRevenueUsdB", ParameterGroup.TOKENS, Unit.USD_B, false,
            ValueRange.atLeast(0), 0, 50),
    /** Schema version 2 (MODEL.md section 7). */
    DEPIN_USAGE_REVENUE_GROWTH(FieldScope.DEPIN, "usageRevenueGrowthPct", ParameterGroup.TOKENS,
            Unit.PCT_PER_YEAR, false, ValueRange.growthRate(), -50, 200),
    /** Schema version 2 (MODEL.md section 7). */
    DEPIN_TAIL_EMISSION(FieldScope.DEPIN, "tailEmissionPctPerYear", ParameterGroup.TOKENS, Unit.PCT_PER_YEAR,
            false, ValueRange.closed(0, 100), 0, 20),
    CHIPS_SUPPLY(FieldScope.CHIPS, "supplyK", ParameterGroup.CHIPS, Unit.K, false,
            ValueRange.atLeast(0), 0, 10000),
    CHIPS_SUPPLY_GROWTH(FieldScope.CHIPS, "supplyGrowthPct", ParameterGroup.CHIPS, Unit.PCT_PER_YEAR, false,
            ValueRange.growthRate(), -50, 100),
    CHIPS_UNIT_PRICE(FieldScope.CHIPS, "unitPriceUsdK", ParameterGroup.CHIPS, Unit.USD_K, false,
            ValueRange.above(0), 1, 60),
    CHIPS_UNIT_PRICE_CHANGE(FieldScope.CHIPS, "unitPriceChangePctPerYear", ParameterGroup.CHIPS,
            Unit.PCT_PER_YEAR, false, ValueRange.growthRate(), -50, 50),
    CHIPS_PRIORITY_CAP(FieldScope.CHIPS, "hyperscalerPriorityCapPct", ParameterGroup.CHIPS, Unit.PCT, false,
            ValueRange.closed(0, 100), 0, 100),
    CHIPS_OTHER_BUYERS(FieldScope.CHIPS, "otherBuyersUsdB", ParameterGroup.CHIPS, Unit.USD_B, false,
            ValueRange.atLeast(0), 0, 200),
    CHIPS_OTHER_BUYERS_GROWTH(FieldScope.CHIPS, "otherBuyersGrowthPct", ParameterGroup.CHIPS, Unit.PCT_PER_YEAR,
            false, ValueRange.growthRate(), -50, 100),
    CHIPS_USEFUL_LIFE(FieldScope.CHIPS, "usefulLifeYears", ParameterGroup.EFFICIENCY, Unit.YEARS, true,
            ValueRange.closed(1, 15), 1, 15),
    CHIPS_HYPERSCALER_INITIAL_INSTALLED(FieldScope.CHIPS, "hyperscalerInitialInstalledK", ParameterGroup.CHIPS,
            Unit.K, false, ValueRange.atLeast(0), 0, 20000),
    /** Schema version 2 (MODEL.md section 7). */
    CHIPS_PRICE_FLEX(FieldScope.CHIPS, "priceFlexPct", ParameterGroup.CHIPS, Unit.PCT, false,
            ValueRange.closed(0, 1000), 0, 100),
    SHOCK_YEAR(FieldScope.SHOCK, "year", ParameterGroup.CHIPS, Unit.YEAR, true,
            ValueRange.closed(2000, 2100), 2024, 2040),
    SHOCK_DURATION(FieldScope.SHOCK, "durationYears", ParameterGroup.CHIPS, Unit.YEARS, true,
            ValueRange.closed(1, 30), 1, 10),
    SHOCK_SUPPLY_CUT(FieldScope.SHOCK, "supplyCutPct", ParameterGroup.CHIPS, Unit.PCT, false,
            ValueRange.closed(0, 100), 0, 100);

    private static final List<NumericField> VALUES = List.of(values());

    private final FieldScope scope;
    private final String name;
    private final ParameterGroup group;
    private final Unit unit;
    private final boolean wholeNumber;
    private final ValueRange valid;
    private final double sliderMin;
    private final double sliderMax;

    NumericField(FieldScope scope, String name, ParameterGroup group, Unit unit, boolean wholeNumber,
                 ValueRange valid, double sliderMin, double sliderMax) {
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
     * The path with an empty selector for list fields: {@code depin.sellSharePct},
     * {@code hyperscalers[].capexUsdB}. Used as a resource-bundle key stem.
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

    /** Whether only schema version 2 has this field (MODEL.md section 7); it then has a default. */
    public boolean version2() {
        return this == DEPIN_PRICE_IMPACT_ELASTICITY || this == DEPIN_USAGE_REVENUE
                || this == DEPIN_USAGE_REVENUE_GROWTH || this == DEPIN_TAIL_EMISSION || this == CHIPS_PRICE_FLEX;
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
