package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.GapModel;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.KpiKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareViewModelTest {

  private static List<ComparisonRow> parameters(List<ComparisonRow> rows) {
    return rows.stream().filter(r -> r.kind() == ComparisonRow.Kind.PARAMETER).toList();
  }

  @Test
  void shouldListExactlyTheParametersTheBullCaseChanges() {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    Scenario bull = BundledScenarios.load(BundledScenarios.DEPIN_BULL);
    List<ComparisonRow> rows =
        ComparisonTable.of(essay, GapModel.compute(essay), bull, GapModel.compute(bull));
    assertEquals(
        List.of(
            "depin.tokenPriceMultiplier",
            "depin.buyerDemandUsdB",
            "depin.buyerDemandGrowthPct",
            "depin.priceImpactElasticity",
            "depin.usageRevenueUsdB",
            "depin.usageRevenueGrowthPct",
            "depin.tailEmissionPctPerYear"),
        parameters(rows).stream().map(ComparisonRow::key).toList());
    ComparisonRow price = parameters(rows).get(0);
    assertEquals(1, price.a());
    assertEquals(3, price.b());
    assertEquals("+2", price.change());
    assertEquals(5, rows.size() - parameters(rows).size(), "all five KPIs");
  }

  @Test
  void shouldShowBothKpiValuesAndTheChange() {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    Scenario bull = BundledScenarios.load(BundledScenarios.DEPIN_BULL);
    ComparisonRow gap =
        ComparisonTable.of(essay, GapModel.compute(essay), bull, GapModel.compute(bull)).stream()
            .filter(r -> r.key().equals(KpiKind.FIRST_YEAR_SPEND_GAP.nodeId()))
            .findFirst()
            .orElseThrow();
    assertEquals(170.5 / (80.0 / 3), gap.a(), 1e-12);
    // prices triple and buyers absorb everything: 80 B a year, plus 2 B of usage revenue
    assertEquals(170.5 / 82.0, gap.b(), 1e-12);
    assertEquals("6.39×", gap.aText());
    assertEquals("2.08×", gap.bText());
    assertEquals("−67.5 %", gap.change());
  }

  @Test
  void shouldMarkParametersOnlyOneSideHas() {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    Scenario taiwan = BundledScenarios.load(BundledScenarios.TAIWAN_DISRUPTION);
    List<ComparisonRow> rows =
        parameters(
            ComparisonTable.of(essay, GapModel.compute(essay), taiwan, GapModel.compute(taiwan)));
    assertEquals(
        List.of(
            "years",
            "depin.cloudResoldSharePct",
            "chips.priceFlexPct",
            "chips.shock.year",
            "chips.shock.durationYears",
            "chips.shock.supplyCutPct"),
        rows.stream().map(ComparisonRow::key).toList());
    assertEquals("(none)", rows.get(3).aText());
    assertEquals("2025", rows.get(3).bText());
  }

  @Test
  void shouldFollowTheLiveDocumentAfterPinningA() {
    ExplorerViewModel vm = ViewModels.immediate();
    CompareViewModel compare = new CompareViewModel(vm);
    assertNull(compare.resultB());
    compare.pinCurrentAsA();
    Scenario pinned = vm.scenario();
    vm.parameter("depin.sellSharePct").commitText("50");
    assertSame(pinned, compare.scenarioA());
    assertSame(vm.scenario(), compare.scenarioB());
    assertEquals("depin.sellSharePct", parameters(compare.rows()).get(0).key());
    assertTrue(compare.activeProperty().get());
    compare.clear();
    assertTrue(compare.rows().isEmpty());
  }

  @Test
  void shouldCompareWithABundledScenarioByItsFileName() {
    ExplorerViewModel vm = ViewModels.immediate();
    CompareViewModel compare = new CompareViewModel(vm);
    compare.compareWithBundled(BundledScenarios.DEPIN_BULL);
    assertEquals(CompareViewModel.Mode.LIVE_A_FILE_B, compare.mode());
    assertEquals(BundledScenarios.load(BundledScenarios.DEPIN_BULL), compare.scenarioB());
    assertEquals(
        com.computegap.text.Messages.format(
            "compare.file", com.computegap.text.Messages.get("bundled.depin-bull")),
        compare.bNameProperty().get());
    assertEquals(BundledScenarios.ALL, ExplorerViewModel.bundledScenarios());
  }
}
