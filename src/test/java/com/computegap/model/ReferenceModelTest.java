package com.computegap.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * GapModel against a second, deliberately naive implementation typed straight from the MODEL.md
 * equations (Math.pow, the spec's own allocation formulas), on thousands of random valid scenarios.
 * The contract's checks use a relative tolerance of 1e-6; this test holds GapModel to 1e-9.
 */
class ReferenceModelTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void shouldMatchTheSpecEquationsOnRandomScenarios() {
        RandomScenarios random = new RandomScenarios(20240423L);
        for (int i = 0; i < 3000; i++) {
            Scenario s = random.next();
            List<YearRow> actual = GapModel.compute(s).rows();
            double[][] expected = reference(s);
            assertEquals(s.years(), actual.size());
            for (int n = 0; n < s.years(); n++) {
                for (Column c : Column.all()) {
                    double e = expected[n][c.ordinal()];
                    double a = c.of(actual.get(n));
                    // Allocation remainders are differences of large numbers: judge them on the supply's scale.
                    double scale = c.unit() == Unit.K ? expected[n][Column.SUPPLY_K.ordinal()] : 0;
                    if (!close(e, a, scale)) {
                        fail("scenario " + i + ", year " + (s.startYear() + n) + ", " + c.key()
                                + ": spec gives " + e + ", model " + a + "\n" + s);
                    }
                }
            }
        }
    }

    @Test
    void shouldTellApartAWrongValueFromARightOne() {
        assertTrue(close(1.0, 1.0 + 1e-12));
        assertTrue(!close(1.0, 1.0 + 1e-6));
        assertTrue(close(Double.NaN, Double.NaN));
        assertTrue(!close(Double.POSITIVE_INFINITY, 1e300));
    }

    private static boolean close(double e, double a) {
        return close(e, a, 0);
    }

    private static boolean close(double e, double a, double floor) {
        if (Double.isNaN(e) || Double.isInfinite(e)) {
            return Double.compare(e, a) == 0;
        }
        double scale = Math.max(Math.max(Math.abs(e), Math.abs(a)), Double.isFinite(floor) ? floor : 0);
        return Math.abs(e - a) <= TOLERANCE * Math.max(scale, 1e-300);
    }

    private static double g(double pct, int n) {
        return Math.pow(1 + pct / 100, n);
    }

    private static double div(double x, double y) {
        if (y == 0) {
            return x > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        return x / y;
    }

    /** MODEL.md section 2, one equation per line, in the spec's own order of terms. */
    private static double[][] reference(Scenario s) {
        DepinParams d = s.depin();
        ChipParams c = s.chips();
        int years = s.years();
        double[][] out = new double[years][Column.values().length];
        double[] hUnits = new double[years];
        double[] dUnits = new double[years];
        for (int n = 0; n < years; n++) {
            int t = s.startYear() + n;
            double hCapex = 0;
            double hAi = 0;
            for (Hyperscaler h : s.hyperscalers()) {
                hCapex += h.capexUsdB() * g(h.growthPct(), n);
                hAi += h.capexUsdB() * g(h.growthPct(), n) * h.aiSharePct() / 100;
            }
            for (MegaProject p : s.megaProjects()) {
                if (t >= p.startYear() && t <= p.startYear() + p.years() - 1) {
                    hAi += p.totalUsdB() / p.years();
                }
            }
            double emission = n < d.emissionYears() ? d.newIncentiveCapUsdB() / d.emissionYears() : 0;
            double priceIndex = d.tokenPriceMultiplier() * g(d.tokenPriceDriftPctPerYear(), n);
            double gross = emission * priceIndex;
            double sell = gross * d.sellSharePct() / 100;
            double buyers = d.buyerDemandUsdB() * g(d.buyerDemandGrowthPct(), n);
            double cash = Math.min(sell, buyers);
            double dAi = cash * d.aiSharePct() / 100 * (1 - d.cloudResoldSharePct() / 100);
            double price = c.unitPriceUsdK() * g(c.unitPriceChangePctPerYear(), n);
            boolean shocked = c.shock() != null && t >= c.shock().year()
                    && t <= c.shock().year() + c.shock().durationYears() - 1;
            double supply = c.supplyK() * g(c.supplyGrowthPct(), n) * (shocked ? 1 - c.shock().supplyCutPct() / 100 : 1);
            double hDemand = hAi * s.hyperscalerAcceleratorSharePct() / 100 * 1000 / price;
            double oDemand = c.otherBuyersUsdB() * g(c.otherBuyersGrowthPct(), n) * 1000 / price;
            double dDemand = dAi * d.acceleratorSharePct() / 100 * 1000 / price;
            double h1 = Math.min(hDemand, supply * c.hyperscalerPriorityCapPct() / 100);
            double oUnits = Math.min(oDemand, supply - h1);
            double dU = Math.min(dDemand, supply - h1 - oUnits);
            double hU = h1 + Math.min(hDemand - h1, supply - h1 - oUnits - dU);
            double unallocated = supply - hU - oUnits - dU;
            hUnits[n] = hU;
            dUnits[n] = dU;
            int life = c.usefulLifeYears();
            double hInstalled = c.hyperscalerInitialInstalledK() * Math.max(0, 1 - (double) n / life);
            double dInstalled = d.initialInstalledK() * Math.max(0, 1 - (double) n / life);
            for (int y = Math.max(0, n - life + 1); y <= n; y++) {
                hInstalled += hUnits[y];
                dInstalled += dUnits[y];
            }
            double dEff = dInstalled * d.frontierEfficiencyPct() / 100;
            double[] row = {t, hCapex, hAi, gross, sell, buyers, cash, dAi, div(hAi, dAi),
                    dAi + hAi == 0 ? 0 : 100 * dAi / (dAi + hAi), price, supply, hDemand, hU, oDemand, oUnits,
                    dDemand, dU, unallocated, hInstalled, dInstalled, dEff, div(hInstalled, dEff),
                    div(hAi, emission * g(d.tokenPriceDriftPctPerYear(), n) * d.sellSharePct() / 100
                            * d.aiSharePct() / 100 * (1 - d.cloudResoldSharePct() / 100)),
                    div(hAi, d.aiSharePct() / 100 * (1 - d.cloudResoldSharePct() / 100))};
            out[n] = row;
        }
        return out;
    }
}
