package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Messages;
import com.computegap.text.RealityTexts.Closeness;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reality-check rows and their colour bands, on the essay baseline (every company flat from
 * 2024, AI share 100 %, no mega project: Meta 33.5, all four 170.5 B USD a year; DePIN AI capex 80
 * / 3 = 26.667 in 2024; horizon 2024-2028) with reported figures whose errors are worked out by
 * hand.
 */
class RealityCheckViewModelTest {

  private Locale before;
  private ExplorerViewModel document;
  private RealityCheckViewModel vm;

  @BeforeEach
  void setUp() {
    before = Messages.locale();
    Messages.setLocale(Locale.ENGLISH);
    document = ViewModels.immediate();
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    document.change(
        essay.withActuals(
            List.of(
                new Actual(
                    Column.HYPERSCALER_CAPEX_USD_B,
                    "Meta",
                    2024,
                    39.2,
                    "Meta 10-K 2024",
                    LocalDate.of(2025, 1, 29)),
                new Actual(Column.HYPERSCALER_AI_CAPEX_USD_B, null, 2025, 180, "Guidance", null),
                new Actual(Column.HYPERSCALER_AI_CAPEX_USD_B, null, 2026, 413, "Filings", null),
                new Actual(Column.DEPIN_AI_CAPEX_USD_B, null, 2030, 1, "Outside the horizon", null),
                new Actual(Column.DEPIN_AI_CAPEX_USD_B, null, 2024, 0, "Nothing reported", null))),
        null);
    vm = new RealityCheckViewModel(document);
  }

  @AfterEach
  void restore() {
    Messages.setLocale(before);
  }

  @Test
  void shouldListEveryActualInFileOrderBesideTheModel() {
    List<RealityCheckRow> rows = vm.rows();
    assertEquals(5, rows.size());
    assertEquals(
        List.of(2024, 2025, 2026, 2030, 2024), rows.stream().map(RealityCheckRow::year).toList());
    assertEquals(33.5, rows.get(0).model(), 1e-12);
    assertEquals(170.5, rows.get(1).model(), 1e-12);
    assertTrue(Double.isNaN(rows.get(3).model()), "2030 lies outside 2024-2028");
    assertEquals(80.0 / 3, rows.get(4).model(), 1e-9);
  }

  @Test
  void shouldComputeTheErrorAndItsBand() {
    List<RealityCheckRow> rows = vm.rows();
    // (33.5 - 39.2) / 39.2 = -14.54 %: off by more than 10, less than 25
    assertEquals(-14.540816, rows.get(0).errorPct(), 1e-5);
    assertEquals(Closeness.NEAR, rows.get(0).closeness());
    assertEquals("−14.5 %", rows.get(0).errorText());
    // (170.5 - 180) / 180 = -5.28 %
    assertEquals(-5.277778, rows.get(1).errorPct(), 1e-5);
    assertEquals(Closeness.CLOSE, rows.get(1).closeness());
    // (170.5 - 413) / 413 = -58.7 %
    assertEquals(-58.716707, rows.get(2).errorPct(), 1e-5);
    assertEquals(Closeness.FAR, rows.get(2).closeness());
    assertEquals(Closeness.NONE, rows.get(3).closeness());
    assertEquals("–", rows.get(3).modelText());
    assertEquals("–", rows.get(3).errorText());
    // a reported 0 the model misses: +Infinity, far off
    assertEquals(Double.POSITIVE_INFINITY, rows.get(4).errorPct());
    assertEquals(Closeness.FAR, rows.get(4).closeness());
    assertEquals("∞", rows.get(4).errorText());
  }

  @Test
  void shouldNameTheCompanyAndTheSourceWithItsDate() {
    RealityCheckRow meta = vm.rows().get(0);
    assertEquals("Hyperscaler capex · Meta", meta.seriesText());
    assertEquals("39.2", meta.actualText());
    assertEquals("33.5", meta.modelText());
    assertEquals("Meta 10-K 2024 (as of 2025-01-29)", meta.sourceText());
    assertEquals("Guidance", vm.rows().get(1).sourceText());
  }

  @Test
  void shouldSummariseHowManyFiguresTheModelMeets() {
    assertEquals(
        "Within ±10 % of 1 of 4 reported figures; 1 more lie outside the horizon",
        vm.summaryProperty().get());
  }

  @Test
  void shouldFollowASliderMoveWhileActive() {
    document.setParameter(ParameterPath.parse("hyperscalers[Meta].capexUsdB"), 39.2, null);
    RealityCheckRow meta = vm.rows().get(0);
    assertEquals(0, meta.errorPct(), 1e-12);
    assertEquals(Closeness.CLOSE, meta.closeness());
    // the total moved too: 170.5 - 33.5 + 39.2 = 176.2 against 180 is -2.1 %
    assertEquals(100 * (176.2 - 180) / 180, vm.rows().get(1).errorPct(), 1e-9);
    assertEquals(
        "Within ±10 % of 2 of 4 reported figures; 1 more lie outside the horizon",
        vm.summaryProperty().get());
  }

  @Test
  void shouldCatchUpOnlyWhenActiveAgain() {
    vm.activeProperty().set(false);
    document.setParameter(ParameterPath.parse("hyperscalers[Meta].capexUsdB"), 39.2, null);
    assertEquals(33.5, vm.rows().get(0).model(), 1e-12);
    vm.activeProperty().set(true);
    assertEquals(39.2, vm.rows().get(0).model(), 1e-12);
  }

  @Test
  void shouldSayWhenAScenarioListsNoFigures() {
    document.openBundled(BundledScenarios.DEPIN_BULL);
    assertEquals(List.of(), vm.rows());
    assertEquals(Messages.get("reality.summary.none"), vm.summaryProperty().get());
  }
}
