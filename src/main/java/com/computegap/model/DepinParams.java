package com.computegap.model;

/**
 * The decentralised GPU networks ("DePIN"): token incentives, who buys the tokens, and what the
 * proceeds become. Money in billions of US dollars, chips in thousands of H100-equivalents,
 * percentages 0..100.
 *
 * @param marketCapUsdB             today's market cap of all DePIN tokens; used in a KPI only
 * @param newIncentiveCapUsdB       new token market cap emitted as incentives, at today's prices
 * @param emissionYears             the emission is spread evenly over this many years from t0, 1..30
 * @param tokenPriceMultiplier      token price in t0 relative to today, {@code >= 0}
 * @param tokenPriceDriftPctPerYear yearly token price change, {@code > -100}
 * @param sellSharePct              share of emitted tokens that operators sell to pay for hardware
 * @param buyerDemandUsdB           cash that token buyers bring in t0
 * @param buyerDemandGrowthPct      yearly growth of that cash, {@code > -100}
 * @param aiSharePct                share of incentives that go to AI compute
 * @param cloudResoldSharePct       share that only rents hyperscaler cloud capacity (adds no chips)
 * @param acceleratorSharePct       share of DePIN AI capex that buys accelerators
 * @param frontierEfficiencyPct     share of installed compute usable for frontier-scale work
 * @param initialInstalledK         installed base in t0 before new purchases
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
        double initialInstalledK) {

    public DepinParams withMarketCapUsdB(double value) {
        return new DepinParams(value, newIncentiveCapUsdB, emissionYears, tokenPriceMultiplier,
                tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
    }

    public DepinParams withNewIncentiveCapUsdB(double value) {
        return new DepinParams(marketCapUsdB, value, emissionYears, tokenPriceMultiplier,
                tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
    }

    public DepinParams withEmissionYears(int value) {
        return new DepinParams(marketCapUsdB, newIncentiveCapUsdB, value, tokenPriceMultiplier,
                tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
    }

    public DepinParams withTokenPriceMultiplier(double value) {
        return new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears, value,
                tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
    }

    public DepinParams withTokenPriceDriftPctPerYear(double value) {
        return new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears, tokenPriceMultiplier, value,
                sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct, cloudResoldSharePct,
                acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
    }

    public DepinParams withSellSharePct(double value) {
        return new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears, tokenPriceMultiplier,
                tokenPriceDriftPctPerYear, value, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
    }

    public DepinParams withBuyerDemandUsdB(double value) {
        return new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears, tokenPriceMultiplier,
                tokenPriceDriftPctPerYear, sellSharePct, value, buyerDemandGrowthPct, aiSharePct,
                cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
    }

    public DepinParams withBuyerDemandGrowthPct(double value) {
        return new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears, tokenPriceMultiplier,
                tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, value, aiSharePct,
                cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
    }

    public DepinParams withAiSharePct(double value) {
        return new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears, tokenPriceMultiplier,
                tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, value,
                cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
    }

    public DepinParams withCloudResoldSharePct(double value) {
        return new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears, tokenPriceMultiplier,
                tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                value, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
    }

    public DepinParams withAcceleratorSharePct(double value) {
        return new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears, tokenPriceMultiplier,
                tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                cloudResoldSharePct, value, frontierEfficiencyPct, initialInstalledK);
    }

    public DepinParams withFrontierEfficiencyPct(double value) {
        return new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears, tokenPriceMultiplier,
                tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                cloudResoldSharePct, acceleratorSharePct, value, initialInstalledK);
    }

    public DepinParams withInitialInstalledK(double value) {
        return new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears, tokenPriceMultiplier,
                tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, value);
    }
}
