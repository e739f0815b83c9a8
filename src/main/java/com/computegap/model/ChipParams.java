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

    /** The value of one numeric field; {@code field} is the JSON name inside {@code chips}. */
    public double get(String field) {
        return switch (field) {
            case "supplyK" -> supplyK;
            case "supplyGrowthPct" -> supplyGrowthPct;
            case "unitPriceUsdK" -> unitPriceUsdK;
            case "unitPriceChangePctPerYear" -> unitPriceChangePctPerYear;
            case "hyperscalerPriorityCapPct" -> hyperscalerPriorityCapPct;
            case "otherBuyersUsdB" -> otherBuyersUsdB;
            case "otherBuyersGrowthPct" -> otherBuyersGrowthPct;
            case "usefulLifeYears" -> usefulLifeYears;
            case "hyperscalerInitialInstalledK" -> hyperscalerInitialInstalledK;
            default -> throw new IllegalArgumentException("no numeric field chips." + field);
        };
    }

    /** A copy with one numeric field replaced; {@code field} is the JSON name inside {@code chips}. */
    public ChipParams with(String field, double v) {
        return switch (field) {
            case "supplyK" -> new ChipParams(v, supplyGrowthPct, unitPriceUsdK, unitPriceChangePctPerYear,
                    hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears,
                    hyperscalerInitialInstalledK, shock);
            case "supplyGrowthPct" -> new ChipParams(supplyK, v, unitPriceUsdK, unitPriceChangePctPerYear,
                    hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears,
                    hyperscalerInitialInstalledK, shock);
            case "unitPriceUsdK" -> new ChipParams(supplyK, supplyGrowthPct, v, unitPriceChangePctPerYear,
                    hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears,
                    hyperscalerInitialInstalledK, shock);
            case "unitPriceChangePctPerYear" -> new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK, v,
                    hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears,
                    hyperscalerInitialInstalledK, shock);
            case "hyperscalerPriorityCapPct" -> new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK,
                    unitPriceChangePctPerYear, v, otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears,
                    hyperscalerInitialInstalledK, shock);
            case "otherBuyersUsdB" -> new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK,
                    unitPriceChangePctPerYear, hyperscalerPriorityCapPct, v, otherBuyersGrowthPct, usefulLifeYears,
                    hyperscalerInitialInstalledK, shock);
            case "otherBuyersGrowthPct" -> new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK,
                    unitPriceChangePctPerYear, hyperscalerPriorityCapPct, otherBuyersUsdB, v, usefulLifeYears,
                    hyperscalerInitialInstalledK, shock);
            case "usefulLifeYears" -> new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK,
                    unitPriceChangePctPerYear, hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct,
                    (int) v, hyperscalerInitialInstalledK, shock);
            case "hyperscalerInitialInstalledK" -> new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK,
                    unitPriceChangePctPerYear, hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct,
                    usefulLifeYears, v, shock);
            default -> throw new IllegalArgumentException("no numeric field chips." + field);
        };
    }

    public ChipParams withShock(SupplyShock value) {
        return new ChipParams(supplyK, supplyGrowthPct, unitPriceUsdK, unitPriceChangePctPerYear,
                hyperscalerPriorityCapPct, otherBuyersUsdB, otherBuyersGrowthPct, usefulLifeYears,
                hyperscalerInitialInstalledK, value);
    }
}
