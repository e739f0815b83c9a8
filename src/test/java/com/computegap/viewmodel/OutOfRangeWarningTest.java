package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import org.junit.jupiter.api.Test;

/**
 * The essay's ranges: token price lognormal p5 0.3 .. p95 3, tokens sold uniform 60..100 %, all
 * companies' growth triangular 0..40 %. Its own values (1, 100, 0) lie inside.
 */
class OutOfRangeWarningTest {

  private static final Scenario ESSAY = BundledScenarios.load(BundledScenarios.ESSAY);

  private static Scenario with(Scenario s, String path, double value) {
    return ParameterPath.parse(path).with(s, value);
  }

  @Test
  void shouldSayNothingWhileEverySliderIsInsideItsRange() {
    assertEquals("", OutOfRangeWarning.of(ESSAY));
    assertEquals("", OutOfRangeWarning.of(with(ESSAY, "depin.tokenPriceMultiplier", 3)), "p95");
    assertEquals("", OutOfRangeWarning.of(with(ESSAY, "depin.sellSharePct", 60)), "low end");
  }

  @Test
  void shouldNameTheParameterItsValueAndItsRange() {
    assertEquals(
        "⚠ Outside its uncertainty range, so the band leaves it out and the scenario line lies"
            + " outside it: Token price 10 (range 0.3–3)",
        OutOfRangeWarning.of(with(ESSAY, "depin.tokenPriceMultiplier", 10)));
  }

  @Test
  void shouldNameEveryParameterOutsideOnOneLine() {
    Scenario s = with(with(ESSAY, "depin.tokenPriceMultiplier", 0.1), "depin.sellSharePct", 50);
    assertEquals(
        "⚠ Outside their uncertainty ranges, so the band leaves them out and the scenario line"
            + " lies outside it: Token price 0.1 (range 0.3–3); Tokens sold 50 (range 60–100)",
        OutOfRangeWarning.of(s));
  }

  @Test
  void shouldJudgeAllCompaniesByTheirMeanAsTheDrawReplacesIt() {
    // growth 0 % for all four; one company at 200 % makes the mean 50 %, above the 40 % top
    Scenario one = with(ESSAY, "hyperscalers[0].growthPct", 200);
    assertEquals(
        "⚠ Outside its uncertainty range, so the band leaves it out and the scenario line lies"
            + " outside it: Capex growth (all companies) 50 (range 0–40)",
        OutOfRangeWarning.of(one));
  }
}
