package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.scenario.BundledScenarios;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioEditsTest {

  private static final Distribution RANGE = new Distribution.Uniform(0, 10);

  private static Scenario threeProjects() {
    Scenario s = BundledScenarios.load(BundledScenarios.ESSAY);
    List<MegaProject> projects =
        List.of(
            new MegaProject("A", 2025, 2, 10),
            new MegaProject("B", 2025, 2, 20),
            new MegaProject("C", 2025, 2, 30));
    List<UncertainParameter> ranges = new ArrayList<>(s.uncertainty());
    ranges.add(new UncertainParameter("megaProjects[0].totalUsdB", RANGE));
    ranges.add(new UncertainParameter("megaProjects[1].totalUsdB", RANGE));
    ranges.add(new UncertainParameter("megaProjects[2].totalUsdB", RANGE));
    ranges.add(new UncertainParameter("megaProjects[B].years", new Distribution.Uniform(1, 3)));
    ranges.add(
        new UncertainParameter("megaProjects[*].startYear", new Distribution.Uniform(2024, 2026)));
    Map<String, String> sources = new LinkedHashMap<>(s.sources());
    sources.put("megaProjects[2].totalUsdB", "C's source");
    return s.withMegaProjects(projects).withUncertainty(ranges).withSources(sources);
  }

  @Test
  void shouldDropTheRemovedProjectsRangesAndRenumberLaterOnes() {
    Scenario s = ScenarioEdits.removeMegaProject(threeProjects(), 1);
    List<String> paths =
        s.uncertainty().stream()
            .map(UncertainParameter::param)
            .filter(p -> p.startsWith("megaProjects"))
            .toList();
    assertEquals(
        List.of(
            "megaProjects[0].totalUsdB", "megaProjects[1].totalUsdB", "megaProjects[*].startYear"),
        paths);
    assertEquals(
        30, ParameterPath.parse("megaProjects[1].totalUsdB").get(s), "C moved down to index 1");
    assertEquals("C's source", s.sources().get("megaProjects[1].totalUsdB"));
    assertNull(s.sources().get("megaProjects[2].totalUsdB"));
    for (UncertainParameter u : s.uncertainty()) {
      assertNull(ParameterPath.parse(u.param()).unresolvedReason(s), u.param());
    }
  }

  @Test
  void shouldTakeTheShocksRangesAwayWithIt() {
    Scenario taiwan = BundledScenarios.load(BundledScenarios.TAIWAN_DISRUPTION);
    List<UncertainParameter> ranges = new ArrayList<>(taiwan.uncertainty());
    ranges.add(
        new UncertainParameter(
            "chips.shock.supplyCutPct", new Distribution.Triangular(40, 70, 90)));
    Scenario s = taiwan.withUncertainty(ranges);
    assertEquals(ScenarioEdits.shockRanges(taiwan).size() + 1, ScenarioEdits.shockRanges(s).size());
    Scenario without = ScenarioEdits.removeShock(s);
    assertNull(without.chips().shock());
    assertTrue(ScenarioEdits.shockRanges(without).isEmpty());
    List<UncertainParameter> others = new ArrayList<>(taiwan.uncertainty());
    others.removeAll(ScenarioEdits.shockRanges(taiwan));
    assertEquals(others, without.uncertainty());
  }
}
