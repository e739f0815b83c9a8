package com.computegap.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The yearly equations of MODEL.md section 2: a pure function from a {@link Scenario} to a
 * {@link ModelResult}. Cheap enough to run on every slider event (a 30-year scenario takes a
 * few microseconds; see the README for the measured figure).
 *
 * <p>Growth factors {@code (1 + x/100)^n} are carried from year to year by multiplication
 * rather than {@code Math.pow}: the contract allows it, the results agree to about 1e-14, and it
 * keeps the recompute free of transcendental calls.
 */
public final class GapModel {

    private GapModel() {
    }

    /** Computes the whole horizon. The scenario is assumed valid (see the scenario validator). */
    public static ModelResult compute(Scenario s) {
        int years = s.years();
        DepinParams d = s.depin();
        ChipParams c = s.chips();
        List<Hyperscaler> companies = s.hyperscalers();
        int companyCount = companies.size();

        double[] companyFactor = new double[companyCount];
        double[] companyStep = new double[companyCount];
        for (int k = 0; k < companyCount; k++) {
            companyFactor[k] = 1.0;
            companyStep[k] = step(companies.get(k).growthPct());
        }
        Growth drift = new Growth(d.tokenPriceDriftPctPerYear());
        Growth demand = new Growth(d.buyerDemandGrowthPct());
        Growth price = new Growth(c.unitPriceChangePctPerYear());
        Growth supplyGrowth = new Growth(c.supplyGrowthPct());
        Growth other = new Growth(c.otherBuyersGrowthPct());

        double depinShare = d.aiSharePct() / 100 * (1 - d.cloudResoldSharePct() / 100);
        double emissionPerYear = d.newIncentiveCapUsdB() / d.emissionYears();
        int life = c.usefulLifeYears();
        double[] hyperscalerUnits = new double[years];
        double[] depinUnits = new double[years];
        List<YearRow> rows = new ArrayList<>(years);
        double totalHyperscalerAi = 0;
        double totalDepinAi = 0;

        for (int n = 0; n < years; n++) {
            int t = s.startYear() + n;

            double hyperscalerCapex = 0;
            double hyperscalerAi = 0;
            for (int k = 0; k < companyCount; k++) {
                Hyperscaler h = companies.get(k);
                double capex = h.capexUsdB() * companyFactor[k];
                hyperscalerCapex += capex;
                hyperscalerAi += capex * h.aiSharePct() / 100;
                companyFactor[k] *= companyStep[k];
            }
            for (MegaProject p : s.megaProjects()) {
                hyperscalerAi += p.spendIn(t);
            }

            double emission = n < d.emissionYears() ? emissionPerYear : 0.0;
            double gross = emission * d.tokenPriceMultiplier() * drift.factor;
            double sellPressure = gross * d.sellSharePct() / 100;
            double buyerDemand = d.buyerDemandUsdB() * demand.factor;
            double cashRealized = Math.min(sellPressure, buyerDemand);
            double depinAi = cashRealized * d.aiSharePct() / 100 * (1 - d.cloudResoldSharePct() / 100);

            double unitPrice = c.unitPriceUsdK() * price.factor;
            double supply = c.supplyK() * supplyGrowth.factor * shockFactor(c.shock(), t);
            double hyperscalerDemand = Ratios.divide(
                    hyperscalerAi * s.hyperscalerAcceleratorSharePct() / 100 * 1000, unitPrice);
            double otherDemand = Ratios.divide(c.otherBuyersUsdB() * other.factor * 1000, unitPrice);
            double depinDemand = Ratios.divide(depinAi * d.acceleratorSharePct() / 100 * 1000, unitPrice);

            // Priority order: hyperscalers up to their cap, other buyers, DePIN, then the leftover back
            // to the hyperscalers. Rounding must never hand out more than there is: the cap is applied
            // as a fraction (never above 1), each remainder is taken from the previous one (never below
            // 0), and the hyperscalers' total is capped at their demand, which firstCall +
            // (demand - firstCall) could exceed by one rounding step.
            double firstCall = Math.min(hyperscalerDemand, supply * (c.hyperscalerPriorityCapPct() / 100));
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
            double hyperscalerInstalled = c.hyperscalerInitialInstalledK() * baseLeft
                    + inService(hyperscalerUnits, n, life);
            double depinInstalled = d.initialInstalledK() * baseLeft + inService(depinUnits, n, life);
            double depinEffective = depinInstalled * d.frontierEfficiencyPct() / 100;

            double parityPrice = Ratios.divide(hyperscalerAi,
                    emission * drift.factor * d.sellSharePct() / 100 * depinShare);
            double parityDemand = Ratios.divide(hyperscalerAi, depinShare);

            rows.add(new YearRow(t, hyperscalerCapex, hyperscalerAi, gross, sellPressure, buyerDemand,
                    cashRealized, depinAi, Ratios.divide(hyperscalerAi, depinAi),
                    Ratios.sharePct(depinAi, hyperscalerAi), unitPrice, supply, hyperscalerDemand,
                    hyperscalerGot, otherDemand, otherUnits, depinDemand, depinGot, unallocated,
                    hyperscalerInstalled, depinInstalled, depinEffective,
                    Ratios.divide(hyperscalerInstalled, depinEffective), parityPrice, parityDemand));
            totalHyperscalerAi += hyperscalerAi;
            totalDepinAi += depinAi;

            drift.advance();
            demand.advance();
            price.advance();
            supplyGrowth.advance();
            other.advance();
        }

        Summary summary = new Summary(totalHyperscalerAi, totalDepinAi,
                Ratios.divide(totalHyperscalerAi, totalDepinAi),
                rows.get(years - 1).computeGapRatio(),
                Ratios.divide(d.newIncentiveCapUsdB(), d.marketCapUsdB()));
        return new ModelResult(rows, summary);
    }

    private static double step(double pct) {
        return 1 + pct / 100;
    }

    private static double shockFactor(SupplyShock shock, int year) {
        return shock != null && shock.activeIn(year) ? 1 - shock.supplyCutPct() / 100 : 1.0;
    }

    /** Units bought in years {@code max(0, n-L+1) .. n}: those still in service in year n. */
    private static double inService(double[] bought, int n, int life) {
        double sum = 0;
        for (int y = Math.max(0, n - life + 1); y <= n; y++) {
            sum += bought[y];
        }
        return sum;
    }

    /** A running growth factor {@code (1 + pct/100)^n}, starting at n = 0. */
    private static final class Growth {
        private final double step;
        private double factor = 1.0;

        Growth(double pct) {
            this.step = step(pct);
        }

        void advance() {
            factor *= step;
        }
    }
}
