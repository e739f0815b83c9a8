package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Distribution;
import com.computegap.model.GapModel;
import com.computegap.model.ParameterGroup;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import com.computegap.scenario.BundledScenarios;
import com.computegap.scenario.ScenarioException;
import com.computegap.scenario.ScenarioReader;
import com.computegap.text.Formats;
import com.computegap.text.KpiKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplorerViewModelTest {

  private final ExplorerViewModel vm = ViewModels.immediate();

  private static final String PRICE = "depin.tokenPriceMultiplier";

  @Test
  void shouldStartOnTheEssayBaselineWithItsKpis() {
    assertEquals(BundledScenarios.load(BundledScenarios.ESSAY), vm.scenario());
    assertEquals("6.39×", vm.kpi(KpiKind.FIRST_YEAR_SPEND_GAP).valueProperty().get());
    assertEquals("", vm.kpi(KpiKind.FIRST_YEAR_SPEND_GAP).deltaProperty().get());
    assertFalse(vm.isDirty());
  }

  @Test
  void shouldRecomputeTheKpisWhenAParameterMoves() {
    vm.parameter(PRICE).sliderPositionProperty().set(2);
    assertEquals(2, vm.scenario().depin().tokenPriceMultiplier());
    double expected = GapModel.compute(vm.scenario()).first().spendGapRatio();
    KpiViewModel kpi = vm.kpi(KpiKind.FIRST_YEAR_SPEND_GAP);
    assertEquals(expected, kpi.rawValue(), 1e-12);
    assertEquals(Formats.times(expected), kpi.valueProperty().get());
    assertEquals(KpiViewModel.Trend.DOWN, kpi.trendProperty().get());
    // twice the price, but buyers bring only 40 B: cash 40 instead of 26.7, the gap falls by a
    // third
    assertEquals("▼ −33.3 %", kpi.deltaProperty().get());
    assertTrue(vm.parameter(PRICE).changedProperty().get());
    assertTrue(vm.isDirty());
    assertTrue(vm.titleProperty().get().startsWith("● "), vm.titleProperty().get());
  }

  @Test
  void shouldUndoAndRedoAParameterChange() {
    vm.parameter(PRICE).commitText("3");
    assertEquals(3, vm.scenario().depin().tokenPriceMultiplier());
    vm.undo();
    assertEquals(1, vm.scenario().depin().tokenPriceMultiplier());
    assertFalse(vm.parameter(PRICE).changedProperty().get());
    assertFalse(vm.isDirty());
    vm.redo();
    assertEquals(3, vm.scenario().depin().tokenPriceMultiplier());
  }

  @Test
  void shouldMakeOneSliderDragOneUndoStep() {
    ParameterViewModel price = vm.parameter(PRICE);
    price.draggingProperty().set(true);
    for (double v = 1.1; v < 4; v += 0.1) {
      price.sliderPositionProperty().set(v);
    }
    price.draggingProperty().set(false);
    assertEquals(1, vm.history().undoDepth());
    vm.undo();
    assertEquals(1, vm.scenario().depin().tokenPriceMultiplier());
  }

  @Test
  void shouldRoundSliderDragsButKeepTypedValues() {
    vm.parameter(PRICE).sliderPositionProperty().set(2.123456);
    assertEquals(2.12, vm.scenario().depin().tokenPriceMultiplier());
    vm.parameter(PRICE).commitText("2.123456");
    assertEquals(2.123456, vm.scenario().depin().tokenPriceMultiplier());
  }

  @Test
  void shouldAcceptTypedValuesBeyondTheSliderButNotBeyondTheValidRange() {
    ParameterViewModel price = vm.parameter(PRICE);
    assertTrue(price.commitText("25"));
    assertEquals(25, vm.scenario().depin().tokenPriceMultiplier());
    assertEquals(price.sliderMaxProperty().get(), price.sliderPositionProperty().get());
    ParameterViewModel sell = vm.parameter("depin.sellSharePct");
    assertFalse(sell.commitText("140"));
    assertEquals("Must be 0..100 (%)", sell.errorProperty().get());
    assertFalse(sell.commitText("lots"));
    assertEquals(100, vm.scenario().depin().sellSharePct());
    assertFalse(vm.parameter("depin.emissionYears").commitText("2.5"));
  }

  @Test
  void shouldExplainAnInfiniteGapInWords() {
    vm.parameter("depin.newIncentiveCapUsdB").commitText("0");
    KpiViewModel gap = vm.kpi(KpiKind.FIRST_YEAR_SPEND_GAP);
    assertEquals("∞", gap.valueProperty().get());
    assertEquals("DePIN emits no incentive value in 2024", gap.reasonProperty().get());
    assertEquals(
        "No tokens are emitted in 2024: no price reaches parity",
        vm.kpi(KpiKind.PARITY_TOKEN_PRICE).reasonProperty().get());
    assertEquals(KpiViewModel.Trend.UNDEFINED, gap.trendProperty().get());
  }

  @Test
  void shouldSayOnTheParityCardThatTheTokenSliderDoesNotMoveIt() {
    // given the essay's parity price, 6.39x today's (MODEL.md section 2: 170.5 / (26.67 * 1 * 1))
    KpiViewModel parity = vm.kpi(KpiKind.PARITY_TOKEN_PRICE);
    assertEquals("6.39×", parity.valueProperty().get());

    // when the token price slider goes to 10x
    vm.parameter("depin.tokenPriceMultiplier").commitText("10");

    // then the card keeps its number and its note names the slider's value
    assertEquals("6.39×", parity.valueProperty().get());
    assertEquals(
        "Counts from today’s price, not the slider (now 10.0×)", parity.noteProperty().get());
    assertEquals("", vm.kpi(KpiKind.FIRST_YEAR_SPEND_GAP).noteProperty().get(), "only parity");

    // and an ∞ parity shows its reason instead
    vm.parameter("depin.newIncentiveCapUsdB").commitText("0");
    assertEquals("", parity.noteProperty().get());
  }

  @Test
  void shouldSaveAndReopenTheSameParametersKeepingTheHistory(@TempDir Path dir) throws Exception {
    vm.parameter("chips.supplyGrowthPct").commitText("55");
    vm.saveAs(dir.resolve("mine"));
    Path file = dir.resolve("mine.gapx.json");
    assertEquals(file, vm.fileProperty().get());
    assertFalse(vm.isDirty());
    assertTrue(vm.history().canUndoProperty().get(), "history survives Save");
    Scenario saved = vm.scenario();

    ExplorerViewModel other = ViewModels.immediate();
    other.open(file);
    assertEquals(saved, other.scenario());
    assertEquals(55, other.scenario().chips().supplyGrowthPct());
    assertEquals(file.toAbsolutePath(), other.recentFiles().files().get(0));

    vm.undo();
    assertTrue(vm.isDirty(), "undoing past the save makes the document dirty again");
  }

  @Test
  void shouldLeaveTheDocumentUntouchedWhenAFileFailsToLoad(@TempDir Path dir) throws Exception {
    vm.parameter(PRICE).commitText("2");
    Scenario before = vm.scenario();
    Path bad = dir.resolve("bad.gapx.json");
    Files.writeString(bad, "{\"schemaVersion\": 1, \"name\": ");
    ScenarioException e = assertThrows(ScenarioException.class, () -> vm.open(bad));
    assertTrue(e.getMessage().startsWith("bad.gapx.json: "), e.getMessage());
    assertSame(before, vm.scenario());
    assertNull(vm.fileProperty().get());
    assertTrue(vm.history().canUndoProperty().get());
    assertTrue(vm.isDirty());
  }

  @Test
  void shouldResetAllAndOneGroupAsSingleSteps() {
    vm.parameter(PRICE).commitText("2");
    vm.parameter("chips.supplyK").commitText("1000");
    vm.resetGroup(ParameterGroup.TOKENS);
    assertEquals(1, vm.scenario().depin().tokenPriceMultiplier());
    assertEquals(1000, vm.scenario().chips().supplyK());
    vm.resetAll();
    assertEquals(vm.originalProperty().get(), vm.scenario());
    vm.undo();
    assertEquals(1000, vm.scenario().chips().supplyK());
  }

  @Test
  void shouldSwitchTheShockOnAndOffAndRememberItsShape() {
    assertNull(vm.parameter("chips.shock.year"));
    vm.setShockEnabled(true);
    assertNotNull(vm.parameter("chips.shock.year"));
    vm.parameter("chips.shock.supplyCutPct").commitText("70");
    vm.setShockEnabled(false);
    assertNull(vm.scenario().chips().shock());
    vm.setShockEnabled(true);
    assertEquals(70, vm.scenario().chips().shock().supplyCutPct());
    vm.undo();
    vm.undo();
    assertEquals(
        70, vm.scenario().chips().shock().supplyCutPct(), "undo of 'off' brings the shock back");
  }

  @Test
  void shouldAddAndRemoveMegaProjectsCountedAsHyperscalerAiCapex() {
    double before = vm.result().first().hyperscalerAiCapexUsdB();
    vm.addMegaProject();
    assertEquals(1, vm.scenario().megaProjects().size());
    vm.parameter("megaProjects[0].startYear").commitText("2024");
    vm.parameter("megaProjects[0].totalUsdB").commitText("40");
    assertEquals(before + 10, vm.result().first().hyperscalerAiCapexUsdB(), 1e-9);
    vm.removeMegaProject(0);
    assertTrue(vm.scenario().megaProjects().isEmpty());
  }

  @Test
  void shouldKeepASavedFileLoadableAfterRemovingThingsThatCarriedRanges(@TempDir Path dir)
      throws Exception {
    vm.addMegaProject();
    vm.setShockEnabled(true);
    Scenario s = vm.scenario();
    List<UncertainParameter> ranges = new ArrayList<>(s.uncertainty());
    ranges.add(
        new UncertainParameter("megaProjects[0].totalUsdB", new Distribution.Uniform(50, 150)));
    ranges.add(
        new UncertainParameter("chips.shock.supplyCutPct", new Distribution.Uniform(30, 70)));
    vm.change(s.withUncertainty(ranges), "ranges");
    vm.removeMegaProject(0);
    vm.setShockEnabled(false);
    vm.saveAs(dir.resolve("clean"));
    Scenario reread = ScenarioReader.read(dir.resolve("clean.gapx.json"));
    assertEquals(vm.scenario(), reread);
    vm.setShockEnabled(true);
    assertTrue(
        vm.scenario().uncertainty().stream()
            .anyMatch(u -> u.param().equals("chips.shock.supplyCutPct")),
        "switching the shock back on brings its range back");
  }

  @Test
  void shouldRefuseToSaveAScenarioThatWouldNotLoadBack(@TempDir Path dir) {
    Scenario s = vm.scenario();
    List<UncertainParameter> ranges = new ArrayList<>(s.uncertainty());
    ranges.add(new UncertainParameter("chips.shock.year", new Distribution.Uniform(2025, 2027)));
    vm.change(s.withUncertainty(ranges), "dangling");
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> vm.saveAs(dir.resolve("bad")));
    assertTrue(e.getMessage().contains("would not load back"), e.getMessage());
    assertTrue(Files.notExists(dir.resolve("bad.gapx.json")));
    assertTrue(vm.isDirty());
  }

  @Test
  void shouldShowEachParametersSourceFromTheScenario() {
    assertEquals(
        "Essay: 30-37 B expected for 2024, heavily towards data centres; midpoint",
        vm.parameter("hyperscalers[Meta].capexUsdB").sourceProperty().get());
    assertEquals(
        "Essay reading: capex held at the 2024 figure (the essay compares one year)",
        vm.parameter("hyperscalers[Meta].growthPct").sourceProperty().get());
    assertTrue(vm.parameter("depin.sellSharePct").tooltip().contains("Valid range: 0..100 (%)"));
  }

  @Test
  void shouldOpenABundledScenarioAsAFreshDocument() {
    vm.parameter(PRICE).commitText("2");
    vm.openBundled(BundledScenarios.TAIWAN_DISRUPTION);
    assertEquals("Taiwan disruption", vm.scenario().name());
    assertFalse(vm.history().canUndoProperty().get());
    assertFalse(vm.isDirty());
    assertEquals(8, vm.result().rows().size());
    assertNotNull(vm.parameter("chips.shock.year"));
  }

  @Test
  void shouldKeepTheWaterfallYearInsideTheHorizon() {
    vm.waterfallYearProperty().set(2028);
    vm.parameter("years").commitText("3");
    assertEquals(2026, vm.waterfallYearProperty().get());
    assertEquals(ParameterPath.parse("years").get(vm.scenario()), 3);
  }
}
