package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.computegap.model.Scenario;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
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

  @Test
  void shouldTakeOverTheLockOfAKilledWindowEvenWhileTheFileLockStaysHeld(@TempDir Path home)
      throws Exception {
    // given a session with unsaved changes owned by another process, whose lock file is locked
    // (here by this JVM, standing in for a lock that outlives its owner on a network file system)
    AutosaveStore crashed = new AutosaveStore(home);
    crashed.save(ViewModels.immediate().scenario(), null);
    crashed.abandon();
    Path lockFile = onlyFile(home, ".lock");
    Process window = new ProcessBuilder("sleep", "60").start();
    try {
      Properties owner = new Properties();
      owner.setProperty(AutosaveStore.PID, Long.toString(window.pid()));
      window
          .toHandle()
          .info()
          .startInstant()
          .ifPresent(t -> owner.setProperty(AutosaveStore.STARTED, t.toString()));
      try (var out = Files.newBufferedWriter(lockFile, StandardCharsets.UTF_8)) {
        owner.store(out, null);
      }
      try (FileChannel held = FileChannel.open(lockFile, StandardOpenOption.WRITE);
          FileLock lock = held.lock();
          AutosaveStore next = new AutosaveStore(home)) {
        assertTrue(lock.isValid());
        assertEquals(List.of(), next.orphans(), "its owner still runs: not a crash");

        // when the owner is killed
        window.destroyForcibly().waitFor();

        // then its autosave is offered although the file lock is still held
        assertEquals(1, next.orphans().size());
      }
    } finally {
      window.destroyForcibly();
    }
  }

  @Test
  void shouldDeleteTheLeftoverLockOfAKilledWindowThatHadNothingUnsaved(@TempDir Path home)
      throws Exception {
    AutosaveStore killed = new AutosaveStore(home);
    killed.abandon();
    Path leftover = onlyFile(home, ".lock");

    try (AutosaveStore next = new AutosaveStore(home)) {
      assertEquals(List.of(), next.orphans());
      assertFalse(Files.exists(leftover), "the dead session's lock is cleaned up");
    }
  }

  @Test
  void shouldKeepTheAutosavePrivateToTheUser(@TempDir Path home) throws Exception {
    assumeTrue(Files.getFileStore(home).supportsFileAttributeView(PosixFileAttributeView.class));
    try (AutosaveStore store = new AutosaveStore(home)) {
      store.save(ViewModels.immediate().scenario(), null);
      Path saved = onlyFile(home, ".gapx.json");
      assertEquals(
          "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
    }
  }

  private static Path onlyFile(Path folder, String suffix) throws Exception {
    try (var files = Files.list(folder)) {
      List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
      assertEquals(1, found.size(), found.toString());
      return found.get(0);
    }
  }
}
