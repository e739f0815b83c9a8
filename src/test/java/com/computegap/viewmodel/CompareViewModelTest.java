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

  @Test
  void shouldSplitTheChosenKpiOverExactlyTheParametersTheBullCaseChanges() {
    ExplorerViewModel vm = ViewModels.immediate();
    CompareViewModel compare = new CompareViewModel(vm, Runnable::run, Runnable::run);
    compare.kpiProperty().set(KpiKind.FIRST_YEAR_SPEND_GAP);

    compare.compareWithBundled(BundledScenarios.DEPIN_BULL);

    com.computegap.model.ScenarioDifference.Result r = compare.splitProperty().get();
    assertEquals(
        java.util.Set.of(
            "depin.tokenPriceMultiplier",
            "depin.buyerDemandUsdB",
            "depin.buyerDemandGrowthPct",
            "depin.priceImpactElasticity",
            "depin.usageRevenueUsdB",
            "depin.usageRevenueGrowthPct",
            "depin.tailEmissionPctPerYear"),
        java.util.Set.copyOf(r.players()));
    // first-year spend gap: 170.5 / (80 / 3) in the essay, 170.5 / 82 in the bull case
    double difference = 170.5 / 82.0 - 170.5 / (80.0 / 3);
    double sum = java.util.Arrays.stream(r.split().contributions()).sum();
    assertEquals(difference, sum, 1e-9);
    assertTrue(r.split().exact());

    com.computegap.chart.DifferenceBars bars = compare.differenceProperty().get();
    List<com.computegap.chart.DifferenceBars.Row> rows = bars.rows();
    assertEquals(1 + 7 + 1, rows.size(), "A, one step per parameter, B");
    assertEquals(170.5 / (80.0 / 3), rows.get(0).end(), 1e-12);
    assertEquals(170.5 / 82.0, rows.get(rows.size() - 1).end(), 1e-12);
    for (int i = 1; i < rows.size() - 1; i++) {
      assertEquals(rows.get(i - 1).end(), rows.get(i).start(), 1e-12, "steps chain, row " + i);
    }
    assertEquals(170.5 / 82.0, rows.get(rows.size() - 2).end(), 1e-9, "the last step lands on B");

    compare.kpiProperty().set(KpiKind.CUMULATIVE_SPEND_GAP);
    double cumulative =
        KpiKind.CUMULATIVE_SPEND_GAP.valueOf(
                GapModel.compute(BundledScenarios.load(BundledScenarios.DEPIN_BULL)))
            - KpiKind.CUMULATIVE_SPEND_GAP.valueOf(GapModel.compute(vm.scenario()));
    assertEquals(
        cumulative,
        java.util.Arrays.stream(compare.splitProperty().get().split().contributions()).sum(),
        1e-9);
    compare.clear();
    assertNull(compare.differenceProperty().get());
  }

  @Test
  void shouldRelabelTheWaterfallInTheNewLanguageWithoutSplittingAgain() {
    java.util.Locale before = com.computegap.text.Messages.locale();
    try {
      com.computegap.text.Messages.setLocale(java.util.Locale.ENGLISH);
      ExplorerViewModel vm = ViewModels.immediate();
      CompareViewModel compare = new CompareViewModel(vm, Runnable::run, Runnable::run);
      compare.compareWithBundled(BundledScenarios.DEPIN_BULL);
      com.computegap.model.ScenarioDifference.Result split = compare.splitProperty().get();
      String english = compare.differenceProperty().get().title();
      assertEquals("B: DePIN bull case", compare.bNameProperty().get());

      com.computegap.text.Messages.setLocale(java.util.Locale.JAPANESE);
      compare.relocalize();

      assertEquals("B: DePIN\u5f37\u6c17\u30b1\u30fc\u30b9", compare.bNameProperty().get());

      String japanese = compare.differenceProperty().get().title();
      assertTrue(english.startsWith("Why B differs from A"), english);
      assertTrue(japanese.startsWith("B\u304cA\u3068\u9055\u3046\u7406\u7531"), japanese);
      assertSame(split, compare.splitProperty().get(), "the same split, relabelled");
    } finally {
      com.computegap.text.Messages.setLocale(before);
    }
  }

  @Test
  void shouldSplitOnTheWorkerWhenManyParametersDiffer() {
    ExplorerViewModel vm = ViewModels.immediate();
    java.util.ArrayDeque<Runnable> queue = new java.util.ArrayDeque<>();
    CompareViewModel compare = new CompareViewModel(vm, queue::add, Runnable::run);
    Scenario b = vm.scenario();
    int changed = 0;
    for (com.computegap.model.ParameterPath p :
        com.computegap.model.ScenarioParameters.of(vm.scenario())) {
      double v = p.get(b);
      if (changed < 9 && p.field().unit() != com.computegap.model.Unit.YEAR && v > 1) {
        b = p.with(b, v * 1.05);
        changed = com.computegap.model.ScenarioDifference.players(vm.scenario(), b).size();
      }
    }
    assertEquals(9, changed);

    compare.compareWith(b, "B");

    assertNull(compare.splitProperty().get(), "512 runs wait for the worker");
    assertEquals(1, queue.size());
    queue.poll().run();
    assertEquals(9, compare.splitProperty().get().players().size());
    double expected =
        KpiKind.CUMULATIVE_SPEND_GAP.valueOf(GapModel.compute(b))
            - KpiKind.CUMULATIVE_SPEND_GAP.valueOf(GapModel.compute(vm.scenario()));
    assertEquals(
        expected,
        java.util.Arrays.stream(compare.splitProperty().get().split().contributions()).sum(),
        1e-9);
  }
}
