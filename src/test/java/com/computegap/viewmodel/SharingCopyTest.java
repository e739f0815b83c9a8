package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.scenario.ScenarioFiles;
import com.computegap.scenario.ScenarioReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharingCopyTest {

  @Test
  void shouldNoteEveryChangedParameterWithOldAndNewValuesAndKeepTheSources(@TempDir Path dir)
      throws Exception {
    ExplorerViewModel vm = ViewModels.immediate();
    vm.parameter("depin.tokenPriceMultiplier").commitText("3");
    vm.parameter("hyperscalers[Meta].growthPct").commitText("20");
    Scenario copy = vm.sharingCopy();
    String note = copy.description();
    assertTrue(note.startsWith(BundledScenarios.load(BundledScenarios.ESSAY).description()), note);
    assertTrue(
        note.contains("Shared copy: 2 parameter(s) changed from “Essay baseline (April 2024)”:"),
        note);
    assertTrue(
        note.contains("• Token price: 1 × today → 3 × today (depin.tokenPriceMultiplier)"), note);
    assertTrue(
        note.contains("• Meta · Capex growth: 0 %/yr → 20 %/yr (hyperscalers[Meta].growthPct)"),
        note);
    assertEquals(vm.scenario().sources(), copy.sources());

    Path file = dir.resolve("for-partner" + ScenarioFiles.EXTENSION);
    ScenarioFiles.save(copy, file);
    Scenario received = ScenarioReader.read(file);
    assertEquals(copy, received);
    assertEquals(3, received.depin().tokenPriceMultiplier());
    assertEquals(
        null, vm.fileProperty().get(), "sharing a copy does not change the document's file");
  }

  @Test
  void shouldSayWhenNothingChanged() {
    ExplorerViewModel vm = ViewModels.immediate();
    assertTrue(
        vm.sharingCopy()
            .description()
            .endsWith("Shared copy: no parameter changed from “Essay baseline (April 2024)”."));
  }

  @Test
  void shouldSaveTheSharingCopyWithTheExtensionAndKeepTheDocumentsFile(@TempDir Path dir)
      throws Exception {
    ExplorerViewModel vm = ViewModels.immediate();
    vm.parameter("depin.tokenPriceMultiplier").commitText("3");
    Path written = vm.saveSharingCopy(dir.resolve("for-partner"));
    assertEquals(dir.resolve("for-partner" + ScenarioFiles.EXTENSION), written);
    assertEquals(vm.sharingCopy(), ScenarioReader.read(written));
    assertEquals(null, vm.fileProperty().get());
    assertTrue(vm.isDirty(), "the document itself stays unsaved");
  }

  @Test
  void shouldReportAFailedSaveAsADocumentProblem(@TempDir Path dir) {
    ExplorerViewModel vm = ViewModels.immediate();
    Path folder = dir.resolve("taken" + ScenarioFiles.EXTENSION);
    folder.toFile().mkdir();
    DocumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            DocumentException.class, () -> vm.saveSharingCopy(folder));
    assertEquals("taken" + ScenarioFiles.EXTENSION, e.file());
    assertEquals(1, e.messages().size());
    assertTrue(
        e.messages().get(0).contains("a folder of that name is in the way"), e.messages().get(0));
  }
}
