package com.computegap.text;

import com.computegap.scenario.ScenarioFiles;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one naming service for documents: the name shown in the window title, menus and questions,
 * the stem of a suggested file name for a save or an export, and the extension of scenario files.
 * Case changes use {@link Locale#ROOT}, so a file name never depends on the user's language.
 */
public final class DocumentNames {

  /** The extension of scenario files, with its dots ({@code .gapx.json}). */
  public static final String EXTENSION = ScenarioFiles.EXTENSION;

  /** The stem for a document whose name leaves nothing usable. */
  static final String FALLBACK_STEM = "scenario";

  /** Longest stem suggested for a file name. */
  static final int MAX_STEM = 60;

  private DocumentNames() {}

  /**
   * {@code file} with {@link #EXTENSION} appended unless it already ends with it ({@code .json}
   * replaced).
   */
  public static Path withExtension(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(EXTENSION)) {
      return file;
    }
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return file.resolveSibling(stem + EXTENSION);
  }

  /** The file name without folder and extension, for window titles and menus. */
  public static String displayName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
  }

  /**
   * The document's name: its file's {@link #displayName}, or the scenario's name while it has no
   * file.
   */
  public static String documentName(Path file, String scenarioName) {
    return file != null ? displayName(file) : scenarioName;
  }

  /**
   * A file-name stem from a free-text name: characters that file systems refuse (and brackets)
   * become spaces, runs of spaces one hyphen, lower case in {@link Locale#ROOT}, at most {@value
   * #MAX_STEM} characters; {@value #FALLBACK_STEM} when nothing is left.
   */
  public static String fileStem(String name) {
    String cleaned =
        name.replaceAll("[\\\\/:*?\"<>|()]+", " ")
            .strip()
            .replaceAll("\\s+", "-")
            .toLowerCase(Locale.ROOT);
    return cleaned.isEmpty()
        ? FALLBACK_STEM
        : cleaned.length() > MAX_STEM ? cleaned.substring(0, MAX_STEM) : cleaned;
  }

  /** The message key of a bundled scenario's label, from its file name ({@code bundled.essay}). */
  public static String bundledLabelKey(String fileName) {
    return "bundled." + displayName(Path.of(fileName));
  }
}
