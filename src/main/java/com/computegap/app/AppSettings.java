package com.computegap.app;

import com.computegap.viewmodel.Preferences;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Preferences kept between runs (recent files, theme, language) in {@code settings.properties} in
 * the user's application-data folder. A missing or damaged file means defaults; a failed write is
 * ignored rather than interrupting the user, since nothing in it is their work.
 */
public final class AppSettings implements Preferences {

  private static final String RECENT_PREFIX = "recent.";

  private final Path file;
  private final Properties values = new Properties();

  public AppSettings(Path folder) {
    this.file = folder.resolve("settings.properties");
    if (Files.isRegularFile(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        values.load(in);
      } catch (IOException | IllegalArgumentException e) {
        values.clear();
      }
    }
  }

  /**
   * The per-user folder for settings and autosaves: {@code gapx.home} if set (tests), else {@code
   * %APPDATA%\ComputeGapExplorer} on Windows, {@code ~/Library/Application
   * Support/ComputeGapExplorer} on macOS and {@code $XDG_DATA_HOME/compute-gap-explorer} (default
   * {@code ~/.local/share}) elsewhere.
   */
  public static Path defaultFolder() {
    String override = System.getProperty("gapx.home");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String home = System.getProperty("user.home");
    if (os.contains("win") && System.getenv("APPDATA") != null) {
      return Path.of(System.getenv("APPDATA"), "ComputeGapExplorer");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Application Support", "ComputeGapExplorer");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return Path.of(
        xdg != null && !xdg.isBlank() ? xdg : Path.of(home, ".local", "share").toString(),
        "compute-gap-explorer");
  }

  @Override
  public String get(String key, String fallback) {
    return values.getProperty(key, fallback);
  }

  @Override
  public void put(String key, String value) {
    values.setProperty(key, value);
    store();
  }

  public List<Path> recentFiles() {
    List<Path> files = new ArrayList<>();
    for (int i = 0; values.containsKey(RECENT_PREFIX + i); i++) {
      try {
        files.add(Path.of(values.getProperty(RECENT_PREFIX + i)));
      } catch (RuntimeException e) {
        // an unusable entry is skipped
      }
    }
    return files;
  }

  public void setRecentFiles(List<Path> files) {
    values.keySet().removeIf(k -> k.toString().startsWith(RECENT_PREFIX));
    for (int i = 0; i < files.size(); i++) {
      values.setProperty(RECENT_PREFIX + i, files.get(i).toString());
    }
    store();
  }

  private void store() {
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        values.store(out, "Compute Gap Explorer settings");
      }
    } catch (IOException e) {
      // Settings are a convenience; losing one write must not disturb the user's work.
    }
  }
}
