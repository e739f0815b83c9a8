package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.GoalSeek.Goal;
import com.computegap.model.GoalSeek.Preset;
import com.computegap.model.GoalSeek.Result;
import com.computegap.model.GoalSeek.Status;
import com.computegap.scenario.BundledScenarios;
import org.junit.jupiter.api.Test;

class GoalSeekTest {

  private static final Scenario ESSAY = BundledScenarios.load(BundledScenarios.ESSAY);
  private static final double GROSS = 80.0 / 3;
  private static final ParameterPath PRICE = ParameterPath.parse("depin.tokenPriceMultiplier");
  private static final ParameterPath BUYERS = ParameterPath.parse("depin.buyerDemandUsdB");
  private static final ParameterPath SELL = ParameterPath.parse("depin.sellSharePct");

  private static void assertMeets(Result r, double target) {
    assertEquals(Status.SOLVED, r.status(), r::describe);
    assertTrue(Math.abs(r.output() - target) <= 1e-6 * Math.abs(target), r::describe);
  }

  @Test
  void shouldHitAFixedTarget() {
    Result r = GoalSeek.solve(ESSAY, PRICE, Goal.of(Column.DEPIN_AI_CAPEX_USD_B, 2024, 30));
    assertMeets(r, 30);
    assertEquals(30 / GROSS, r.value(), 1e-9);
    assertEquals(1.0, r.startValue());
  }

  @Test
  void shouldExpandAnUnboundedRangeFromTheCurrentValue() {
    // Sell pressure 2,667 B at a 100x token price; buyers must bring 1,000 B (the file says 40).
    Scenario rich = PRICE.with(ESSAY, 100);
    Result r = GoalSeek.solve(rich, BUYERS, Goal.of(Column.DEPIN_AI_CAPEX_USD_B, 2024, 1000));
    assertMeets(r, 1000);
    assertEquals(1000, r.value(), 1e-6);
    assertEquals(GoalSeek.SEARCH_LIMIT, r.searchedTo());
  }

  @Test
  void shouldMatchAnotherColumnAndAgreeWithTheParityColumn() {
    // With buyers absorbing everything, the token price preset is the model's own parity
    // multiplier.
    Scenario unlimitedBuyers = BUYERS.with(ESSAY, 1e6);
    Result r = Preset.TOKEN_PRICE_FOR_CAPEX_PARITY.solve(unlimitedBuyers);
    assertMeets(r, 170.5);
    assertEquals(170.5, r.target(), 1e-9);
    double parity = GapModel.compute(unlimitedBuyers).first().parityTokenPriceMultiplier();
    assertEquals(parity, r.value(), parity * 1e-6);
    assertEquals(6.39375, r.value(), 1e-6);

    Result demand = Preset.BUYER_DEMAND_FOR_CAPEX_PARITY.solve(PRICE.with(ESSAY, 10));
    assertMeets(demand, 170.5);
    assertEquals(170.5, demand.value(), 1e-6);
  }

  @Test
  void shouldReportAnUnreachableTargetWithTheClosestValueAndWhere() {
    // The essay baseline: buyers bring 40 B, so no token price lifts DePIN capex to 170.5 B; the
    // cap
    // is reached at a 1.5x price (26.67 * 1.5 = 40).
    Result r = Preset.TOKEN_PRICE_FOR_CAPEX_PARITY.solve(ESSAY);
    assertFalse(r.solved());
    assertEquals(Status.STAYS_BELOW, r.status());
    assertEquals(40.0, r.output(), 1e-9);
    assertEquals(170.5, r.target(), 1e-9);
    assertEquals(1.5, r.value(), 1e-6);
    assertTrue(r.describe().contains("stays below"), r.describe());

    // Buyer demand alone cannot help either: sell pressure caps the cash at 26.67 B, which the
    // current 40 B already reaches, so the closest approach nearest the current value is the
    // current value.
    Result demand = Preset.BUYER_DEMAND_FOR_CAPEX_PARITY.solve(ESSAY);
    assertEquals(Status.STAYS_BELOW, demand.status());
    assertEquals(GROSS, demand.output(), 1e-9);
    assertEquals(40.0, demand.value());

    Result above = GoalSeek.solve(ESSAY, SELL, Goal.of(Column.DEPIN_AI_CAPEX_USD_B, 2024, -5));
    assertEquals(Status.STAYS_ABOVE, above.status());
    assertEquals(0.0, above.value());
  }

  @Test
  void shouldSearchWholeNumbersOnly() {
    ParameterPath years = ParameterPath.parse("depin.emissionYears");
    Result four =
        GoalSeek.solve(ESSAY, years, Goal.of(Column.DEPIN_GROSS_INCENTIVE_USD_B, 2024, 20));
    assertEquals(Status.SOLVED, four.status());
    assertEquals(4.0, four.value());

    // 80/2 = 40 and 80/3 = 26.7: 30 lies between two whole numbers of years.
    Result between =
        GoalSeek.solve(ESSAY, years, Goal.of(Column.DEPIN_GROSS_INCENTIVE_USD_B, 2024, 30));
    assertEquals(Status.BETWEEN_WHOLE_NUMBERS, between.status());
    assertEquals(3.0, between.value());
    assertEquals(GROSS, between.output(), 1e-12);
  }

  @Test
  void shouldCrossInfinityGracefully() {
    // spendGapRatio = 170.5 / (26.67 * s/100) is Infinity at s = 0; the ratio 10 needs s = 63.9375.
    Result r = GoalSeek.solve(ESSAY, SELL, Goal.of(Column.SPEND_GAP_RATIO, 2024, 10));
    assertMeets(r, 10);
    assertEquals(63.9375, r.value(), 1e-6);
  }

  @Test
  void shouldReportAJumpAndAnUndefinedOutput() {
    // No hyperscaler capex: the DePIN share is 0 at s = 0 and 100 for any s > 0, never 50.
    Scenario noHyperscalers = ParameterPath.parse("hyperscalers[*].capexUsdB").with(ESSAY, 0);
    Result jump =
        GoalSeek.solve(noHyperscalers, SELL, Goal.of(Column.DEPIN_SHARE_OF_AI_CAPEX_PCT, 2024, 50));
    assertEquals(Status.JUMPS_PAST, jump.status(), jump::describe);
    assertTrue(jump.value() < 1e-300, jump::describe);

    // ... and with no incentives either the spend gap is 0/0 for every sell share.
    Scenario nothing = noHyperscalers.withDepin(noHyperscalers.depin().withNewIncentiveCapUsdB(0));
    Result undefined = GoalSeek.solve(nothing, SELL, Goal.of(Column.SPEND_GAP_RATIO, 2024, 5));
    assertEquals(Status.UNDEFINED, undefined.status());
  }

  @Test
  void shouldKeepTheCurrentValueWhenItAlreadyMeetsTheGoal() {
    Result r =
        GoalSeek.solve(
            ESSAY, PRICE, Goal.of(Column.DEPIN_AI_CAPEX_USD_B, 2024, GROSS * (1 + 1e-7)));
    assertEquals(Status.SOLVED, r.status());
    assertEquals(1.0, r.value());
    assertEquals(1, r.evaluations());
  }

  @Test
  void shouldRejectGoalsOutsideTheHorizonOrOnTheYearColumn() {
    assertThrows(
        IllegalArgumentException.class,
        () -> GoalSeek.solve(ESSAY, PRICE, Goal.of(Column.DEPIN_AI_CAPEX_USD_B, 2040, 1)));
    assertThrows(IllegalArgumentException.class, () -> Goal.of(Column.YEAR, 2024, 1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GoalSeek.solve(ESSAY, ParameterPath.parse("years"), Goal.of(Column.SUPPLY_K, 2024, 1)));
  }
}
