package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unsaved changes survive a crash and are offered at the next start; a clean exit leaves nothing.
 */
class AutosaveRecoveryTest {

  @Test
  void shouldRecoverUnsavedChangesOfACrashedSession(@TempDir Path home, @TempDir Path docs)
      throws Exception {
    ExplorerViewModel first = ViewModels.immediate();
    first.saveAs(docs.resolve("plan"));
    first.parameter("depin.tokenPriceMultiplier").commitText("4");
    Scenario unsaved = first.scenario();
    AutosaveStore crashed = new AutosaveStore(home);
    crashed.save(unsaved, first.fileProperty().get());
    crashed.abandon(); // the process dies: no clean-up

    try (AutosaveStore next = new AutosaveStore(home)) {
      List<AutosaveStore.Recovery> offers = next.orphans();
      assertEquals(1, offers.size());
      ExplorerViewModel second = ViewModels.immediate();
      second.recover(offers.get(0));
      assertEquals(unsaved, second.scenario());
      assertEquals(docs.resolve("plan.gapx.json"), second.fileProperty().get());
      assertTrue(second.isDirty(), "recovered changes are unsaved until the user saves");
      second.undo();
      assertEquals(
          1, second.scenario().depin().tokenPriceMultiplier(), "undo goes back to the file");
      next.discard(offers.get(0));
      assertEquals(List.of(), next.orphans());
    }
  }

  @Test
  void shouldRecoverANeverSavedDocumentAsUnsaved(@TempDir Path home) throws Exception {
    ExplorerViewModel first = ViewModels.immediate();
    first.parameter("chips.supplyK").commitText("999");
    AutosaveStore crashed = new AutosaveStore(home);
    crashed.save(first.scenario(), null);
    crashed.abandon();
    try (AutosaveStore next = new AutosaveStore(home)) {
      ExplorerViewModel second = ViewModels.immediate();
      second.recover(next.orphans().get(0));
      assertEquals(999, second.scenario().chips().supplyK());
      assertEquals(null, second.fileProperty().get());
      assertTrue(second.isDirty());
    }
  }

  @Test
  void shouldNotOfferALiveSessionsOrACleanlyClosedSessionsFiles(@TempDir Path home)
      throws Exception {
    ExplorerViewModel vm = ViewModels.immediate();
    try (AutosaveStore live = new AutosaveStore(home);
        AutosaveStore other = new AutosaveStore(home)) {
      live.save(vm.scenario(), null);
      assertEquals(List.of(), other.orphans(), "a running window's autosave is not a crash");
    }
    try (var files = Files.list(home)) {
      assertEquals(List.of(), files.toList(), "a clean exit leaves no files behind");
    }
  }
}
