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

    /** The value of one numeric field; {@code field} is the JSON name inside {@code depin}. */
    public double get(String field) {
        return switch (field) {
            case "marketCapUsdB" -> marketCapUsdB;
            case "newIncentiveCapUsdB" -> newIncentiveCapUsdB;
            case "emissionYears" -> emissionYears;
            case "tokenPriceMultiplier" -> tokenPriceMultiplier;
            case "tokenPriceDriftPctPerYear" -> tokenPriceDriftPctPerYear;
            case "sellSharePct" -> sellSharePct;
            case "buyerDemandUsdB" -> buyerDemandUsdB;
            case "buyerDemandGrowthPct" -> buyerDemandGrowthPct;
            case "aiSharePct" -> aiSharePct;
            case "cloudResoldSharePct" -> cloudResoldSharePct;
            case "acceleratorSharePct" -> acceleratorSharePct;
            case "frontierEfficiencyPct" -> frontierEfficiencyPct;
            case "initialInstalledK" -> initialInstalledK;
            default -> throw new IllegalArgumentException("no numeric field depin." + field);
        };
    }

    /** A copy with one field replaced; {@code field} is the JSON name inside {@code depin}. */
    public DepinParams with(String field, double v) {
        return switch (field) {
            case "marketCapUsdB" -> new DepinParams(v, newIncentiveCapUsdB, emissionYears, tokenPriceMultiplier,
                    tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                    cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
            case "newIncentiveCapUsdB" -> new DepinParams(marketCapUsdB, v, emissionYears, tokenPriceMultiplier,
                    tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                    cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
            case "emissionYears" -> new DepinParams(marketCapUsdB, newIncentiveCapUsdB, (int) v, tokenPriceMultiplier,
                    tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                    cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
            case "tokenPriceMultiplier" -> new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears, v,
                    tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                    cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
            case "tokenPriceDriftPctPerYear" -> new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears,
                    tokenPriceMultiplier, v, sellSharePct, buyerDemandUsdB, buyerDemandGrowthPct, aiSharePct,
                    cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
            case "sellSharePct" -> new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears,
                    tokenPriceMultiplier, tokenPriceDriftPctPerYear, v, buyerDemandUsdB, buyerDemandGrowthPct,
                    aiSharePct, cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
            case "buyerDemandUsdB" -> new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears,
                    tokenPriceMultiplier, tokenPriceDriftPctPerYear, sellSharePct, v, buyerDemandGrowthPct,
                    aiSharePct, cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
            case "buyerDemandGrowthPct" -> new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears,
                    tokenPriceMultiplier, tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB, v,
                    aiSharePct, cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
            case "aiSharePct" -> new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears,
                    tokenPriceMultiplier, tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB,
                    buyerDemandGrowthPct, v, cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct,
                    initialInstalledK);
            case "cloudResoldSharePct" -> new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears,
                    tokenPriceMultiplier, tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB,
                    buyerDemandGrowthPct, aiSharePct, v, acceleratorSharePct, frontierEfficiencyPct, initialInstalledK);
            case "acceleratorSharePct" -> new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears,
                    tokenPriceMultiplier, tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB,
                    buyerDemandGrowthPct, aiSharePct, cloudResoldSharePct, v, frontierEfficiencyPct, initialInstalledK);
            case "frontierEfficiencyPct" -> new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears,
                    tokenPriceMultiplier, tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB,
                    buyerDemandGrowthPct, aiSharePct, cloudResoldSharePct, acceleratorSharePct, v, initialInstalledK);
            case "initialInstalledK" -> new DepinParams(marketCapUsdB, newIncentiveCapUsdB, emissionYears,
                    tokenPriceMultiplier, tokenPriceDriftPctPerYear, sellSharePct, buyerDemandUsdB,
                    buyerDemandGrowthPct, aiSharePct, cloudResoldSharePct, acceleratorSharePct, frontierEfficiencyPct, v);
            default -> throw new IllegalArgumentException("no numeric field depin." + field);
        };
    }
}
