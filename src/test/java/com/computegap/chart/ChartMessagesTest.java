package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every chart string exists in English and Japanese, and the Japanese is a translation. */
class ChartMessagesTest {

  /** The headless chart building and the JavaFX chart hosts. */
  private static final List<Path> SOURCES =
      List.of(
          Path.of("src/main/java/com/computegap/chart"),
          Path.of("src/main/java/com/computegap/view/chart"));

  private static final Pattern KEY_LITERAL = Pattern.compile("\"(chart\\.[A-Za-z.]+[A-Za-z])\"");

  /** Strings that read the same in both languages. */
  private static final Set<String> SAME_IN_BOTH =
      Set.of("chart.note.compare", "chart.allocation.series.depin", "chart.tooltip.ratio");

  @Test
  void shouldHaveEveryChartKeyInBothLanguages() throws IOException {
    Properties en = load("messages.properties");
    Properties ja = load("messages_ja.properties");

    assertEquals(chartKeys(en), chartKeys(ja));
  }

  @Test
  void shouldTranslateChartStringsIntoJapanese() throws IOException {
    Properties en = load("messages.properties");
    Properties ja = load("messages_ja.properties");
    List<String> untranslated = new ArrayList<>();
    for (String key : chartKeys(en)) {
      if (!SAME_IN_BOTH.contains(key) && en.getProperty(key).equals(ja.getProperty(key))) {
        untranslated.add(key);
      }
    }
    assertEquals(List.of(), untranslated);
  }

  @Test
  void shouldDefineEveryKeyTheChartsUse() throws IOException {
    Properties en = load("messages.properties");
    Set<String> used = new TreeSet<>();
    for (Path folder : SOURCES) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.toList()) {
          Matcher m = KEY_LITERAL.matcher(Files.readString(f));
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    for (ChartKind kind : ChartKind.values()) {
      used.add(kind.nameKey());
      used.add(kind.textKey("axis"));
    }
    for (String which : List.of("spend", "compute")) {
      for (String what : List.of("Infinite", "Undefined", "Zero")) {
        used.add("chart.gap.note." + which + what);
      }
    }
    used.removeIf(k -> k.equals("chart.gap.note.spend") || k.equals("chart.gap.note.compute"));
    List<String> missing = new ArrayList<>();
    for (String key : used) {
      if (!en.containsKey(key)) {
        missing.add(key);
      }
      if (key.contains(".note.")
          && !key.endsWith(".short")
          && !key.equals("chart.note.compare")
          && !key.startsWith("chart.waterfall")
          && !en.containsKey(key + ".short")) {
        missing.add(key + ".short");
      }
    }
    assertTrue(used.size() > 40, "found the keys in the sources: " + used.size());
    assertEquals(List.of(), missing);
  }

  private static Set<String> chartKeys(Properties p) {
    Set<String> keys = new TreeSet<>();
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith("chart.")) {
        keys.add(k);
      }
    }
    return keys;
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ChartMessagesTest.class.getResourceAsStream("/com/computegap/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
