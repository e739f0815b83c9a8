package com.computegap.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.computegap.model.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved files are readable by others ({@code rw-r--r--}), as files a user writes with any other
 * program are under the usual umask 022; only what is written {@code PRIVATE} stays the user's own.
 */
class FilePermissionsTest {

  @TempDir Path dir;

  @BeforeEach
  void posixOnly() throws Exception {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
  }

  private static String mode(Path file) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @Test
  void shouldSaveAScenarioAndItsBackupReadableByOthers() throws Exception {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    Path target = dir.resolve("plan.gapx.json");
    ScenarioFiles.save(essay, target);
    ScenarioFiles.save(essay.withName("Second"), target);

    assertEquals("rw-r--r--", mode(target));
    assertEquals("rw-r--r--", mode(AtomicFileWriter.backupOf(target)));
  }

  @Test
  void shouldWriteAFileReadableByOthersByDefault() throws Exception {
    Path target = dir.resolve("table.csv");
    AtomicFileWriter.write(target, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("rw-r--r--", mode(target));
  }

  @Test
  void shouldKeepAPrivateFileToTheUserEvenWhenItReplacesASharedOne() throws Exception {
    Path target = dir.resolve("autosave.gapx.json");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));

    AtomicFileWriter.write(target, out -> out.write('x'), false, AtomicFileWriter.Access.PRIVATE);

    assertEquals("rw-------", mode(target));
    assertEquals("x", Files.readString(target));
  }
}
