package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.CorrelationPresets.Preset;
import com.computegap.scenario.BundledScenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two correlation presets: only the pairs whose parameters are uncertain, always valid. */
class CorrelationPresetsTest {

  private static final Scenario ESSAY = BundledScenarios.load(BundledScenarios.ESSAY);

  private static final List<String> ALL_SIX =
      List.of(
          "depin.tokenPriceMultiplier",
          "depin.buyerDemandUsdB",
          "depin.buyerDemandGrowthPct",
          "hyperscalers[*].growthPct",
          "chips.supplyGrowthPct",
          "chips.otherBuyersUsdB");

  /** The essay with a plain range on every parameter of both presets (and its own others). */
  private static Scenario withAllSix() {
    List<UncertainParameter> list = new ArrayList<>(ESSAY.uncertainty());
    for (String p : ALL_SIX) {
      if (list.stream().noneMatch(u -> u.param().equals(p))) {
        list.add(new UncertainParameter(p, new Distribution.Uniform(0, 50)));
      }
    }
    return ESSAY.withUncertainty(list).withCorrelations(List.of());
  }

  /** det of a 3x3 correlation matrix with off-diagonals x, y, z: 1 + 2xyz - x² - y² - z². */
  private static double det3(double x, double y, double z) {
    return 1 + 2 * x * y * z - x * x - y * y - z * z;
  }

  @Test
  void shouldApplyOnlyThePairsWhoseParametersAreBothUncertain() {
    // the essay varies the token price and buyers' cash, not buyer demand growth
    Scenario s = ESSAY.withCorrelations(List.of());
    CorrelationPresets.Result r = CorrelationPresets.apply(s, Preset.CRYPTO_CYCLE);
    assertEquals(
        List.of(new Correlation("depin.tokenPriceMultiplier", "depin.buyerDemandUsdB", 0.7)),
        r.correlations());
    assertEquals(1, r.applied().size());
    assertEquals(2, r.skipped().size());
    assertTrue(
        r.skipped().stream()
            .allMatch(p -> p.a().contains("GrowthPct") || p.b().contains("GrowthPct")));

    CorrelationPresets.Result ai = CorrelationPresets.apply(s, Preset.AI_CAPEX_CYCLE);
    assertEquals(
        List.of(new Correlation("hyperscalers[*].growthPct", "chips.supplyGrowthPct", 0.6)),
        ai.correlations());
  }

  @Test
  void shouldGiveAPositiveDefiniteMatrixForEachPresetAndBoth() {
    // each preset's three pairs: a 3x3 matrix with leading minors 1, 1 - x², det > 0
    for (Preset p : Preset.values()) {
      List<CorrelationPresets.Pair> pairs = p.pairs();
      assertEquals(3, pairs.size());
      double x = pairs.get(0).rho();
      double y = pairs.get(1).rho();
      double z = pairs.get(2).rho();
      assertTrue(1 - x * x > 0 && det3(x, y, z) > 0, p + ": det " + det3(x, y, z));
      for (CorrelationPresets.Pair pair : pairs) {
        assertTrue(Math.abs(pair.rho()) <= Correlation.MAX_ABS_RHO);
        assertTrue(pair.basis().startsWith("Assumption"), pair.basis());
      }
    }
    Scenario s = withAllSix();
    Scenario one =
        s.withCorrelations(CorrelationPresets.apply(s, Preset.CRYPTO_CYCLE).correlations());
    List<Correlation> both = CorrelationPresets.apply(one, Preset.AI_CAPEX_CYCLE).correlations();
    assertEquals(6, both.size());
    CorrelatedInputs resolved = CorrelatedInputs.resolve(s.uncertainty(), both);
    assertEquals(6, resolved.members().length);
    assertTrue(resolved.matrix().isPositiveDefinite());
  }

  @Test
  void shouldReplaceTheCoefficientOfAPairAlreadyThereInEitherOrder() {
    Scenario s =
        withAllSix()
            .withCorrelations(
                List.of(
                    new Correlation("depin.buyerDemandUsdB", "depin.tokenPriceMultiplier", 0.1)));
    List<Correlation> out = CorrelationPresets.apply(s, Preset.CRYPTO_CYCLE).correlations();
    assertEquals(3, out.size());
    assertEquals(
        new Correlation("depin.buyerDemandUsdB", "depin.tokenPriceMultiplier", 0.7), out.get(0));
  }

  @Test
  void shouldDropExistingCorrelationsThatWouldConflictWithThePreset() {
    // token price and buyers' cash both strongly tied to supply growth, in opposite directions:
    // with the preset's +0.7 between them the matrix det is 1 + 2(.7)(.9)(-.9) - .49 - .81 - .81 <
    // 0
    assertTrue(det3(0.7, 0.9, -0.9) < 0);
    Correlation t = new Correlation("depin.tokenPriceMultiplier", "chips.supplyGrowthPct", 0.9);
    Correlation b = new Correlation("depin.buyerDemandUsdB", "chips.supplyGrowthPct", -0.9);
    Scenario s = ESSAY.withCorrelations(List.of(t, b));
    CorrelationPresets.Result r = CorrelationPresets.apply(s, Preset.CRYPTO_CYCLE);
    assertEquals(List.of(t, b), r.dropped());
    assertEquals(
        List.of(new Correlation("depin.tokenPriceMultiplier", "depin.buyerDemandUsdB", 0.7)),
        r.correlations());
  }

  @Test
  void shouldMatchParametersByTheirExactPathText() {
    // a range written by index is another path text: the all-companies pair does not apply
    List<UncertainParameter> list = new ArrayList<>();
    for (UncertainParameter u : ESSAY.uncertainty()) {
      list.add(
          u.param().equals("hyperscalers[*].growthPct")
              ? new UncertainParameter("hyperscalers[0].growthPct", u.distribution())
              : u);
    }
    Scenario s = ESSAY.withUncertainty(list).withCorrelations(List.of());
    assertEquals(List.of(), CorrelationPresets.apply(s, Preset.AI_CAPEX_CYCLE).correlations());
  }
}
