package com.computegap.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.Distribution;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.ParameterPath;
import com.computegap.model.RealityCheck;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the bundled scenarios promise about their own numbers and the reported figures. */
class BundledScenarioFactsTest {

  static List<String> bundled() {
    return BundledScenarios.ALL;
  }

  /** z of the 5th/95th percentile of a normal distribution. */
  private static final double Z95 = 1.6448536269514722;

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldHaveUncertaintyRangesThatContainTheScenariosOwnValues(String name) {
    Scenario s = BundledScenarios.load(name);
    assertFalse(s.uncertainty().isEmpty(), name + " has no ranges");
    for (UncertainParameter u : s.uncertainty()) {
      ParameterPath path = ParameterPath.parse(u.param());
      double[] bounds = bounds(u.distribution());
      assertTrue(path.indices(s).length > 0, name + ": " + u.param() + " addresses nothing");
      for (int i : path.indices(s)) {
        double v =
            path.field().scope().isList() ? ParameterPath.at(path.field(), i).get(s) : path.get(s);
        assertTrue(
            v >= bounds[0] && v <= bounds[1],
            name
                + ": "
                + u.param()
                + " = "
                + v
                + " lies outside its range "
                + bounds[0]
                + ".."
                + bounds[1]);
      }
    }
  }

  @Test
  void shouldNotShareOneCopiedUncertaintyBlock() {
    Set<List<UncertainParameter>> blocks =
        bundled().stream()
            .map(n -> BundledScenarios.load(n).uncertainty())
            .collect(Collectors.toSet());
    assertEquals(bundled().size(), blocks.size());
  }

  /** The central band of a distribution: low..high, or p5..p95 for normal and lognormal. */
  private static double[] bounds(Distribution d) {
    if (d instanceof Distribution.Uniform x) {
      return new double[] {x.low(), x.high()};
    }
    if (d instanceof Distribution.Triangular x) {
      return new double[] {x.low(), x.high()};
    }
    if (d instanceof Distribution.Normal x) {
      return new double[] {x.mean() - Z95 * x.sd(), x.mean() + Z95 * x.sd()};
    }
    Distribution.LogNormal x = (Distribution.LogNormal) d;
    return new double[] {x.p5(), x.p95()};
  }

  @Test
  void shouldReproduceEachCompanysReported2025CapexWithinThreePercent() {
    Scenario s = BundledScenarios.load(BundledScenarios.REALITY_2026);
    ModelResult result = GapModel.compute(s);
    int checked = 0;
    for (RealityCheck.Row row : RealityCheck.rows(s, result)) {
      Actual a = row.actual();
      if (a.company() != null && a.year() == 2025 && a.series() == Column.HYPERSCALER_CAPEX_USD_B) {
        assertTrue(Math.abs(row.errorPct()) <= 3, a.company() + ": " + row.errorPct() + " %");
        // independent of RealityCheck: capex * (1 + growth)^1 from the file's own numbers
        var h =
            s.hyperscalers().stream()
                .filter(c -> c.name().equals(a.company()))
                .findFirst()
                .orElseThrow();
        assertEquals(h.capexUsdB() * (1 + h.growthPct() / 100), row.model(), 1e-9);
        checked++;
      }
    }
    assertEquals(4, checked, "one 2025 actual per company");
  }

  @Test
  void shouldHoldRealityAgainstAtLeastFifteenReportedFiguresFrom2024To2026() {
    Scenario s = BundledScenarios.load(BundledScenarios.REALITY_2026);
    assertTrue(s.actuals().size() >= 15, s.actuals().size() + " actuals");
    Set<Integer> years = s.actuals().stream().map(Actual::year).collect(Collectors.toSet());
    assertEquals(Set.of(2024, 2025, 2026), years);
    for (Actual a : s.actuals()) {
      if (a.year() == 2026) {
        assertTrue(
            a.asOf() != null && a.asOf().getYear() == 2026, "2026 guidance says as of when: " + a);
      }
    }
    // the DePIN side at its reported scale
    assertEquals(10, s.depin().marketCapUsdB(), 1e-9);
    double token2025 = GapModel.compute(s).row(2025).tokenPriceIndex();
    assertEquals(0.2, token2025, 0.02);
    double usage2025 = GapModel.compute(s).row(2025).usageRevenueUsdB();
    assertTrue(usage2025 >= 0.05 && usage2025 <= 0.2, "usage revenue " + usage2025);
  }

  @Test
  void shouldHoldTheEssayAgainstReportedCapexPerCompanyAndInTotal() {
    Scenario s = BundledScenarios.load(BundledScenarios.ESSAY);
    Set<String> seen =
        s.actuals().stream()
            .map(a -> a.year() + " " + (a.company() == null ? "total" : a.company()))
            .collect(Collectors.toSet());
    for (int year : new int[] {2024, 2025}) {
      for (String who : new String[] {"Microsoft", "Amazon", "Alphabet", "Meta", "total"}) {
        assertTrue(seen.contains(year + " " + who), "essay actual for " + year + " " + who);
      }
    }
  }

  @Test
  void shouldUseThePriceFeedbackInOneScenarioAndThePriceFlexInAnother() {
    List<Scenario> all = bundled().stream().map(BundledScenarios::load).toList();
    assertTrue(
        all.stream()
            .anyMatch(
                s ->
                    s.depin().priceImpactElasticity() > 0
                        && s.sourceOf("depin.priceImpactElasticity") != null));
    assertTrue(
        all.stream()
            .anyMatch(
                s -> s.chips().priceFlexPct() > 0 && s.sourceOf("chips.priceFlexPct") != null));
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldSayWhyWhereTheCloudResoldShareIsNotTheEssaysMost(String name) {
    Scenario s = BundledScenarios.load(name);
    String source = s.sourceOf("depin.cloudResoldSharePct");
    assertTrue(source != null && source.contains("most"), name + ": " + source);
  }
}
