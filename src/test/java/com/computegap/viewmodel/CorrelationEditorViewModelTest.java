package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.CorrelatedInputs;
import com.computegap.model.Correlation;
import com.computegap.model.CorrelationPresets.Preset;
import com.computegap.model.Scenario;
import com.computegap.text.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The correlation editor: each change is one undo step, presets apply only to uncertain pairs, the
 * status names the parameters of a matrix that is not positive definite, and Repair gives a valid
 * matrix at least as close as the simplest valid fix.
 */
class CorrelationEditorViewModelTest {

  private static final String TOKEN = "depin.tokenPriceMultiplier";
  private static final String BUYERS = "depin.buyerDemandUsdB";
  private static final String SUPPLY = "chips.supplyGrowthPct";

  private ExplorerViewModel doc;
  private CorrelationEditorViewModel vm;

  @BeforeEach
  void setUp() {
    Messages.setLocale(Locale.US);
    doc = ViewModels.immediate();
    doc.change(doc.scenario().withCorrelations(List.of()), "start");
    vm = new CorrelationEditorViewModel(doc);
  }

  private void set(Correlation... list) {
    doc.change(doc.scenario().withCorrelations(List.of(list)), "test");
  }

  @Test
  void shouldApplyOnlyThePresetPairsOfUncertainParametersAsOneUndoStep() {
    vm.applyPreset(Preset.CRYPTO_CYCLE);
    // the essay has ranges on the token price and buyers' cash but not on buyer demand growth
    assertEquals(List.of(new Correlation(TOKEN, BUYERS, 0.7)), doc.scenario().correlations());
    assertEquals(1, vm.rows().size());
    assertTrue(vm.messageProperty().get().contains("applied to 1 of its pairs; 2 left out"));
    assertTrue(vm.validProperty().get());
    doc.undo();
    assertEquals(List.of(), doc.scenario().correlations());
  }

  @Test
  void shouldClampACoefficientAndUndoEachChange() {
    assertTrue(vm.add(TOKEN, BUYERS, 0.3));
    vm.setRho(0, 2);
    assertEquals(0.95, doc.scenario().correlations().get(0).rho());
    vm.setRho(0, -0.4);
    assertEquals(-0.4, doc.scenario().correlations().get(0).rho());
    doc.undo();
    assertEquals(0.95, doc.scenario().correlations().get(0).rho());
    doc.undo();
    assertEquals(0.3, doc.scenario().correlations().get(0).rho());
    vm.remove(0);
    assertEquals(List.of(), doc.scenario().correlations());
    doc.undo();
    assertEquals(1, vm.rows().size());
  }

  @Test
  void shouldRefuseTheSameParameterTwiceAndARepeatedPair() {
    assertFalse(vm.add(TOKEN, TOKEN, 0.3));
    assertTrue(vm.add(TOKEN, BUYERS, 0.3));
    assertFalse(vm.add(BUYERS, TOKEN, 0.5), "the same pair in the other order");
    assertFalse(vm.add(TOKEN, "chips.otherBuyersUsdB", 0.5), "no range on other buyers");
    assertEquals(1, doc.scenario().correlations().size());
  }

  @Test
  void shouldNameTheParametersOfAMatrixThatIsNotPositiveDefinite() {
    set(
        new Correlation(TOKEN, BUYERS, 0.9),
        new Correlation(TOKEN, SUPPLY, 0.9),
        new Correlation(BUYERS, SUPPLY, -0.9));
    assertFalse(vm.validProperty().get());
    assertTrue(vm.repairableProperty().get());
    String status = vm.statusProperty().get();
    assertTrue(status.startsWith("Not positive definite: involves "), status);
    for (String p : List.of(TOKEN, BUYERS, SUPPLY)) {
      assertTrue(status.contains(vm.name(p)), status + " names " + vm.name(p));
    }
  }

  @Test
  void shouldRepairIntoAValidMatrixAtLeastAsCloseAsShrinkingTowardIndependence() {
    // x = y = 0.9, z = -0.9: det = 1 + 2xyz - x² - y² - z² = 1 - 1.458 - 2.43 < 0
    double x = 0.9;
    double y = 0.9;
    double z = -0.9;
    set(
        new Correlation(TOKEN, BUYERS, x),
        new Correlation(TOKEN, SUPPLY, y),
        new Correlation(BUYERS, SUPPLY, z));
    // the simplest valid fix: scale every coefficient by t until det >= 0 (bisection here)
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 60; i++) {
      double t = (lo + hi) / 2;
      if (1 + 2 * t * t * t * x * y * z - t * t * (x * x + y * y + z * z) > 0) {
        lo = t;
      } else {
        hi = t;
      }
    }
    double shrinkDistance = (1 - lo) * Math.sqrt(x * x + y * y + z * z);

    List<CorrelationEditorViewModel.Change> preview = vm.repairPreview();
    assertEquals(3, preview.size(), "all three coefficients move");
    assertTrue(vm.repair());
    List<Correlation> after = doc.scenario().correlations();
    assertEquals(3, after.size());
    assertTrue(
        CorrelatedInputs.resolve(doc.scenario().uncertainty(), after)
            .matrix()
            .isPositiveDefinite());
    double d2 = 0;
    double[] before = {x, y, z};
    for (int i = 0; i < 3; i++) {
      d2 += Math.pow(after.get(i).rho() - before[i], 2);
      assertEquals(preview.get(i).after(), after.get(i).rho(), "the preview shows what is applied");
      assertEquals(before[i], preview.get(i).before());
    }
    assertTrue(Math.sqrt(d2) <= shrinkDistance + 0.01, Math.sqrt(d2) + " <= " + shrinkDistance);
    assertTrue(vm.validProperty().get());
    assertEquals("Valid: 3 pairs.", vm.statusProperty().get());

    doc.undo();
    assertEquals(x, doc.scenario().correlations().get(0).rho(), "Repair is one undo step");
  }

  @Test
  void shouldSayWhenAPairNamesAParameterWithoutARange() {
    Scenario s = doc.scenario();
    set(new Correlation(TOKEN, "chips.otherBuyersUsdB", 0.3));
    assertFalse(vm.validProperty().get());
    assertFalse(vm.repairableProperty().get());
    assertTrue(vm.statusProperty().get().contains("has no range"), vm.statusProperty().get());
    assertEquals(s.uncertainty(), doc.scenario().uncertainty());
  }
}
