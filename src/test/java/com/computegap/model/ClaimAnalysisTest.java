package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimAnalysisTest {

  private static final int RUNS = 4000;
  private static final long SEED = 7;

  /**
   * One company whose whole capex is AI capex, drawn uniformly from 50..150 B USD, and a chip
   * supply drawn from 100..300 K that the claim does not depend on.
   */
  private static Scenario scenario(List<Claim> claims) {
    return TestScenarios.simple(100, 200, 100)
        .withUncertainty(
            List.of(
                new UncertainParameter(
                    "hyperscalers[0].capexUsdB", new Distribution.Uniform(50, 150)),
                new UncertainParameter("chips.supplyK", new Distribution.Uniform(100, 300))))
        .withClaims(claims);
  }

  private static double median(List<Double> v) {
    List<Double> s = new ArrayList<>(v);
    s.sort(null);
    return s.get((int) Math.ceil(0.5 * s.size()) - 1); // nearest rank, as the engine's p50
  }

  @Test
  void shouldCountTheRunsInWhichTheClaimHoldsAndNameWhatWouldHaveToBeTrue() {
    Claim claim =
        new Claim("AI capex above 100", Column.HYPERSCALER_AI_CAPEX_USD_B, 2030, ClaimOp.GT, 100);
    Scenario s = scenario(List.of(claim));
    // AI capex equals the drawn capex (aiSharePct 100), so the claim holds exactly when the draw
    // is above 100: count that on the inputs, not on the outputs the analysis reads
    List<Double> capexWhereHolds = new ArrayList<>();
    List<Double> capexWhereFails = new ArrayList<>();
    MonteCarloRuns.forEach(
        s,
        RUNS,
        SEED,
        new CancelFlag(),
        (run, in, row) -> (in[0] > 100 ? capexWhereHolds : capexWhereFails).add(in[0]));

    ClaimAnalysis.Outcome o = ClaimAnalysis.analyse(s, RUNS, SEED, new CancelFlag()).get(0);

    assertEquals(capexWhereHolds.size(), o.holdsCount());
    assertEquals(RUNS, o.runs());
    assertEquals((double) capexWhereHolds.size() / RUNS, o.probability(), 0);
    assertTrue(o.interval().low() < o.probability() && o.probability() < o.interval().high());
    assertFalse(o.holdsAsSet(), "100 is not above 100");
    ClaimAnalysis.Driver first = o.drivers().get(0);
    assertEquals("hyperscalers[0].capexUsdB", first.param());
    assertEquals(median(capexWhereHolds), first.medianWhereHolds(), 0);
    assertEquals(median(capexWhereFails), first.medianWhereFails(), 0);
    // about 125 against 75 over a p5..p95 spread of about 90
    assertEquals(50.0 / 90, first.gap(), 0.05);
    ClaimAnalysis.Driver supply = o.drivers().get(1);
    assertEquals("chips.supplyK", supply.param());
    assertTrue(supply.gap() < 0.1, "the supply has nothing to do with the claim: " + supply.gap());
  }

  @Test
  void shouldLeaveAClaimOutsideTheHorizonUnanswered() {
    Claim outside = new Claim("Later", Column.HYPERSCALER_AI_CAPEX_USD_B, 2031, ClaimOp.GT, 0);
    ClaimAnalysis.Outcome o =
        ClaimAnalysis.analyse(scenario(List.of(outside)), RUNS, SEED, new CancelFlag()).get(0);

    assertFalse(o.answered());
    assertNull(o.holdsAsSet());
    assertTrue(Double.isNaN(o.probability()));
    assertTrue(Double.isNaN(o.interval().low()) && Double.isNaN(o.interval().high()));
    assertTrue(o.drivers().isEmpty());
  }
}
