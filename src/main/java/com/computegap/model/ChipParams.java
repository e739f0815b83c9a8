package com.computegap.model;

/**
 * Accelerator supply, prices and the order in which buyers are served. Chips in thousands of
 * H100-equivalents, prices in thousands of US dollars per H100-equivalent, money in billions.
 *
 * @param supplyK                      accelerators produced in t0, {@code >= 0}
 * @param supplyGrowthPct              yearly growth of that output, {@code > -100}
 * @param unitPriceUsdK                price per H100-equivalent in t0, {@code > 0}
 * @param unitPriceChangePctPerYear    yearly price change, {@code > -100}
 * @param hyperscalerPriorityCapPct    most of the supply the hyperscalers may take first, 0..100
 * @param otherBuyersUsdB              accelerator spend of sovereigns, enterprises and China in t0
 * @param otherBuyersGrowthPct         yearly growth of that spend, {@code > -100}
 * @param usefulLifeYears              years an accelerator stays in service, 1..15
 * @param hyperscalerInitialInstalledK hyperscaler installed base in t0 before new purchases
 * @param shock                        a supply cut, or {@code null} for none
 */
public record ChipParams(
        double supplyK,
        double supplyGrowthPct,
        double unitPriceUsdK,
        double unitPriceChangePctPerYear,
        double hyperscalerPriorityCapPct,
        double otherBuyersUsdB,
        double otherBuyersGrowthPct,
        int usefulLifeYears,
        double hyperscalerInitialInstalledK,
        SupplyShock shock) {

    public ChipParams withSupplyK(double value) {
        return new ChipParams(value, supplyGrowthPct, unitPriceUsdK, unitPriceChangePctPerYear,
                hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears,
                hyperscalerInitialInstalledK, shock);
    }

    public ChipParams withSupplyGrowthPct(double value) {
        return new ChipParams(supplyK, value, unitPriceUsdK, unitPriceChangePctPerYear,
                hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears,
                hyperscalerInitialInstalledK, shock);
    }

    public ChipParams withUnitPriceUsdK(double value) {
        return new ChipParams(supplyK, supplyGrowthPct, value, unitPriceChangePctPerYear,
                hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears,
                hyperscalerInitialInstalledK, shock);
    }

    public ChipParams withUnitPriceChangePctPerYear(double value) {
        return new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK, value, hyperscalerPriorityCapPct,
                otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears, hyperscalerInitialInstalledK, shock);
    }

    public ChipParams withHyperscalerPriorityCapPct(double value) {
        return new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK, unitPriceChangePctPerYear, value,
                otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears, hyperscalerInitialInstalledK, shock);
    }

    public ChipParams withOtherBuyersUsdB(double value) {
        return new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK, unitPriceChangePctPerYear,
                hyperscalerPriorityCapPct, value, otherBuyersGrowthPct, usefulLifeYears,
                hyperscalerInitialInstalledK, shock);
    }

    public ChipParams withOtherBuyersGrowthPct(double value) {
        return new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK, unitPriceChangePctPerYear,
                hyperscalerPriorityCapPct, otherBuyersUsdB, value, usefulLifeYears,
                hyperscalerInitialInstalledK, shock);
    }

    public ChipParams withUsefulLifeYears(int value) {
        return new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK, unitPriceChangePctPerYear,
                hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct, value,
                hyperscalerInitialInstalledK, shock);
    }

    public ChipParams withHyperscalerInitialInstalledK(double value) {
        return new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK, unitPriceChangePctPerYear,
                hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears, value,
                shock);
    }

    public ChipParams withShock(SupplyShock value) {
        return new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK, unitPriceChangePctPerYear,
                hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears,
                hyperscalerInitialInstalledK, value);
    }
}
