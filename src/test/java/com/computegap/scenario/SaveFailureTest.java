package com.computegap.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a failed or successful save leaves on disk (MODEL.md section 6).
 *
 * <p>The tests run as root, which ignores file permissions, so a read-only file or folder cannot be
 * used to make a save fail. Failures are simulated instead: the {@link AtomicFileWriter.Content}
 * callback writes half of the new text and then throws, as a full disk or a yanked USB stick would.
 */
class SaveFailureTest {

  private static final Scenario ESSAY = BundledScenarios.load(BundledScenarios.ESSAY);

  @Test
  void shouldLeaveTheOldFileByteIdenticalWhenWritingFailsHalfWay(@TempDir Path dir)
      throws Exception {
    Path target = dir.resolve("essay.gapx.json");
    ScenarioFiles.save(ESSAY.withName("Older version"), target);
    ScenarioFiles.save(ESSAY, target);
    byte[] before = Files.readAllBytes(target);
    byte[] bakBefore = Files.readAllBytes(AtomicFileWriter.backupOf(target));
    byte[] next =
        ScenarioWriter.toJson(ESSAY.withName("Half-written")).getBytes(StandardCharsets.UTF_8);

    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                AtomicFileWriter.write(
                    target,
                    out -> {
                      out.write(next, 0, next.length / 2);
                      throw new IOException("simulated: no space left on device");
                    }));

    assertEquals("simulated: no space left on device", thrown.getMessage());
    assertArrayEquals(before, Files.readAllBytes(target));
    assertArrayEquals(
        bakBefore, Files.readAllBytes(AtomicFileWriter.backupOf(target)), "backup untouched");
    assertEquals(
        List.of("essay.gapx.json", "essay.gapx.json.bak"), namesIn(dir), "no temporary file left");
  }

  @Test
  void shouldLeaveNoFileWhenTheFirstSaveFailsHalfWay(@TempDir Path dir) {
    Path target = dir.resolve("new.gapx.json");

    assertThrows(
        UncheckedIOException.class,
        () ->
            AtomicFileWriter.write(
                target,
                out -> {
                  out.write("{\"schemaVersion\": 1, \"na".getBytes(StandardCharsets.UTF_8));
                  throw new UncheckedIOException(new IOException("simulated: device removed"));
                }));

    assertEquals(List.of(), namesIn(dir));
  }

  @Test
  void shouldKeepThePreviousVersionAsBakAfterASuccessfulSave(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("essay.gapx.json");
    Scenario changed = ESSAY.withName("Essay, edited");
    ScenarioFiles.save(ESSAY, target);
    byte[] first = Files.readAllBytes(target);

    ScenarioFiles.save(changed, target);

    assertArrayEquals(first, Files.readAllBytes(AtomicFileWriter.backupOf(target)));
    assertEquals(changed, ScenarioReader.read(target));
    assertEquals(ESSAY, ScenarioReader.read(AtomicFileWriter.backupOf(target)));
    assertEquals(
        List.of("essay.gapx.json", "essay.gapx.json.bak"), namesIn(dir), "no temporary file left");
  }

  @Test
  void shouldSayTheFolderIsGoneWhenSavingIntoAFolderThatNoLongerExists(@TempDir Path dir)
      throws Exception {
    Path folder = Files.createDirectory(dir.resolve("project"));
    Path target = folder.resolve("essay.gapx.json");
    Files.delete(folder);

    ScenarioException e =
        assertThrows(
            ScenarioException.class, () -> ScenarioFiles.save(ESSAY, target, "essay.gapx.json"));

    assertEquals(
        "essay.gapx.json: cannot save: the folder does not exist (any more)", e.getMessage());
    assertFalse(Files.exists(folder));
  }

  @Test
  void shouldSayWhenAFolderInThePathIsAFile(@TempDir Path dir) throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "plain text");

    ScenarioException e =
        assertThrows(
            ScenarioException.class,
            () ->
                ScenarioFiles.save(
                    ESSAY, notAFolder.resolve("essay.gapx.json"), "essay.gapx.json"));

    assertEquals("essay.gapx.json: cannot save: a folder in its path is a file", e.getMessage());
    assertEquals("plain text", Files.readString(notAFolder));
  }

  @Test
  void shouldRefuseToSaveOverAFolder(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("essay.gapx.json"));
    Files.writeString(folder.resolve("inside.txt"), "kept");

    ScenarioException e =
        assertThrows(
            ScenarioException.class, () -> ScenarioFiles.save(ESSAY, folder, "essay.gapx.json"));

    assertEquals(
        "essay.gapx.json: cannot save: a folder of that name is in the way", e.getMessage());
    assertTrue(Files.isDirectory(folder));
    assertEquals("kept", Files.readString(folder.resolve("inside.txt")));
    assertEquals(List.of("essay.gapx.json"), namesIn(dir));
  }

  private static List<String> namesIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
