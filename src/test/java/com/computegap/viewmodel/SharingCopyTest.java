package com.computegap.viewmodel;

import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.scenario.ScenarioFiles;
import com.computegap.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharingCopyTest {

    @Test
    void shouldNoteEveryChangedParameterWithOldAndNewValuesAndKeepTheSources(@TempDir Path dir) throws Exception {
        ExplorerViewModel vm = ViewModels.immediate();
        vm.parameter("depin.tokenPriceMultiplier").commitText("3");
        vm.parameter("hyperscalers[Meta].growthPct").commitText("20");
        Scenario copy = vm.sharingCopy();
        String note = copy.description();
        assertTrue(note.startsWith(BundledScenarios.load(BundledScenarios.ESSAY).description()), note);
        assertTrue(note.contains("Shared copy: 2 parameter(s) changed from “Essay baseline (April 2024)”:"), note);
        assertTrue(note.contains("• Token price: 1 × today → 3 × today (depin.tokenPriceMultiplier)"), note);
        assertTrue(note.contains("• Meta · Capex growth: 0 %/yr → 20 %/yr (hyperscalers[Meta].growthPct)"), note);
        assertEquals(vm.scenario().sources(), copy.sources());

        Path file = dir.resolve("for-partner" + ScenarioFiles.EXTENSION);
        ScenarioFiles.save(copy, file);
        Scenario received = ScenarioReader.read(file);
        assertEquals(copy, received);
        assertEquals(3, received.depin().tokenPriceMultiplier());
        assertEquals(null, vm.fileProperty().get(), "sharing a copy does not change the document's file");
    }

    @Test
    void shouldSayWhenNothingChanged() {
        ExplorerViewModel vm = ViewModels.immediate();
        assertTrue(vm.sharingCopy().description().endsWith("Shared copy: no parameter changed from “Essay baseline (April 2024)”."));
    }
}
