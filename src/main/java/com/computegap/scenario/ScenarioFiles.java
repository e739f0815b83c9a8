package com.computegap.scenario;

import com.computegap.model.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Saving of scenario files ({@code *.gapx.json}); their names are {@code text.DocumentNames}'. */
public final class ScenarioFiles {

  /** The extension of scenario files, with its dots. */
  public static final String EXTENSION = ".gapx.json";

  private ScenarioFiles() {}

  /**
   * Saves {@code scenario} to {@code file} atomically (see {@link AtomicFileWriter}).
   *
   * @throws ScenarioException naming the file and the reason; the file on disk is then unchanged
   */
  public static void save(Scenario scenario, Path file) throws ScenarioException {
    save(scenario, file, file.toString());
  }

  /** As {@link #save(Scenario, Path)}, naming the file {@code label} in messages. */
  public static void save(Scenario scenario, Path file, String label) throws ScenarioException {
    byte[] bytes = ScenarioWriter.toJson(scenario).getBytes(StandardCharsets.UTF_8);
    // Never write a file the app would refuse to open: check the text exactly as it would be read.
    try {
      ScenarioReader.parse(bytes, label, java.util.List.of());
    } catch (ScenarioException e) {
      throw new ScenarioException(
          label,
          "cannot save: the scenario would not load back (" + e.problems().get(0).message() + ")",
          e);
    }
    if (Files.isDirectory(file)) {
      throw new ScenarioException(label, "cannot save: a folder of that name is in the way");
    }
    try {
      AtomicFileWriter.write(file, out -> out.write(bytes));
    } catch (NoSuchFileException e) {
      throw new ScenarioException(label, "cannot save: the folder does not exist (any more)", e);
    } catch (AccessDeniedException e) {
      throw new ScenarioException(
          label, "cannot save: permission denied (the file or its folder is read-only)", e);
    } catch (FileSystemException e) {
      // The reason alone: the exception's own message repeats the path.
      String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
      throw new ScenarioException(
          label,
          "cannot save: "
              + (reason.equals("Not a directory") ? "a folder in its path is a file" : reason),
          e);
    } catch (IOException e) {
      throw new ScenarioException(label, "cannot save: " + e.getMessage(), e);
    }
  }
}
