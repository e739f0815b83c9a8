package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computegap.scenario.BundledScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HyperscalerBreakdownTest {

  static List<String> bundled() {
    return BundledScenarios.ALL;
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldSumCompaniesAndMegaProjectsToTheModelsHyperscalerAiCapex(String file) {
    assertStackEqualsModel(BundledScenarios.load(file));
  }

  @Test
  void shouldGrowEachCompanyAtItsOwnRateAndCountMegaProjectsOnlyInTheirYears() {
    Scenario s =
        BundledScenarios.load(BundledScenarios.ESSAY)
            .withYears(6)
            .withHyperscalers(
                List.of(new Hyperscaler("A", 100, 50, 40), new Hyperscaler("B", 10, -20, 100)))
            .withMegaProjects(
                List.of(
                    new MegaProject("Early", 2022, 6, 60), new MegaProject("Late", 2027, 4, 40)));

    HyperscalerBreakdown b = HyperscalerBreakdown.of(s);

    assertEquals(List.of("A", "B"), b.companyNames());
    assertEquals(100 * 1.5 * 1.5 * 0.40, b.companyAiCapexUsdB(0, 2), 1e-9);
    assertEquals(10 * 0.8 * 0.8 * 0.8, b.companyAiCapexUsdB(1, 3), 1e-9);
    assertEquals(
        10 + 0,
        b.megaProjectsUsdB(1),
        1e-9,
        "2025: only the early project (2022-2027), 60 over 6 years");
    assertEquals(10 + 10, b.megaProjectsUsdB(3), 1e-9, "2027: both projects");
    assertEquals(10, b.megaProjectsUsdB(5), 1e-9, "2029: the early one has ended");
    assertStackEqualsModel(s);
  }

  private static void assertStackEqualsModel(Scenario s) {
    ModelResult r = GapModel.compute(s);
    HyperscalerBreakdown b = HyperscalerBreakdown.of(s);
    assertEquals(r.rows().size(), b.years());
    for (int n = 0; n < b.years(); n++) {
      double sum = b.megaProjectsUsdB(n);
      for (int k = 0; k < b.companyNames().size(); k++) {
        sum += b.companyAiCapexUsdB(k, n);
      }
      double expected = r.rows().get(n).hyperscalerAiCapexUsdB();
      assertEquals(expected, sum, 1e-9 * Math.max(1, expected), "year " + r.rows().get(n).year());
    }
  }
}
