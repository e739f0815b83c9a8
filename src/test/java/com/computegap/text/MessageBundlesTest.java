package com.computegap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.chart.ChartKind;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterGroup;
import com.computegap.model.Unit;
import com.computegap.scenario.BundledScenarios;
import com.computegap.viewmodel.Theme;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete, every key the code asks for exists, and no key is left unused. */
class MessageBundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/com/computegap");
  // a whole literal key as the first argument; "param." + x is a built key, covered by
  // dynamicKeys()
  private static final Pattern LOOKUP =
      Pattern.compile("Messages\\.(?:get|format|has)\\(\\s*\"([^\"]+)\"\\s*[,)]");
  private static final Pattern LITERAL =
      Pattern.compile("\"([A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9\\[\\]_-]+)+)\"");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  private static String mainSources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(f)).append('\n');
      }
    }
    return all.toString();
  }

  /** Keys built at run time from enums and file names rather than written as literals. */
  private static Set<String> dynamicKeys() {
    Set<String> keys = new HashSet<>();
    for (NumericField f : NumericField.all()) {
      keys.add("param." + f.template() + ".label");
      keys.add("param." + f.template() + ".help");
    }
    for (KpiKind k : KpiKind.values()) {
      keys.add(k.keyStem() + ".title");
      keys.add(k.keyStem() + ".help");
    }
    for (Theme t : Theme.values()) {
      keys.add(t.labelKey());
    }
    for (ParameterGroup g : ParameterGroup.values()) {
      keys.add(g.titleKey());
    }
    for (Unit u : Unit.values()) {
      keys.add(u.symbolKey());
    }
    for (String name : BundledScenarios.ALL) {
      keys.add(DocumentNames.bundledLabelKey(name));
    }
    for (ChartKind kind : ChartKind.values()) {
      String stem = "chart." + kind.name().toLowerCase(java.util.Locale.ROOT) + ".";
      keys.add(stem + "name");
      keys.add(stem + "axis");
      keys.add("presentation.caption." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (String side : new String[] {"spend", "compute"}) {
      for (String what : new String[] {"Infinite", "Undefined", "Zero"}) {
        keys.add("chart.gap.note." + side + what);
      }
    }
    return keys;
  }

  @Test
  void shouldHaveTheSameKeysInEnglishAndJapanese() throws IOException {
    Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
    Set<String> ja = new TreeSet<>(load("messages_ja.properties").stringPropertyNames());
    Set<String> missingInJa = new TreeSet<>(en);
    missingInJa.removeAll(ja);
    Set<String> missingInEn = new TreeSet<>(ja);
    missingInEn.removeAll(en);
    assertEquals(Set.of(), missingInJa, "keys missing in messages_ja.properties");
    assertEquals(Set.of(), missingInEn, "keys missing in messages.properties");
  }

  @Test
  void shouldDefineEveryKeyTheCodeLooksUp() throws IOException {
    Properties en = load("messages.properties");
    Set<String> missing = new TreeSet<>();
    Matcher m = LOOKUP.matcher(mainSources());
    while (m.find()) {
      if (!en.containsKey(m.group(1))) {
        missing.add(m.group(1));
      }
    }
    for (String key : dynamicKeys()) {
      if (!en.containsKey(key)) {
        missing.add(key);
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void shouldUseEveryKeyItDefines() throws IOException {
    Set<String> used = new HashSet<>(dynamicKeys());
    Matcher m = LITERAL.matcher(mainSources());
    while (m.find()) {
      used.add(m.group(1));
    }
    // compact charts use KEY.short wherever the bundle has one
    used.addAll(used.stream().map(k -> k + ".short").toList());
    Set<String> unused = new TreeSet<>(load("messages.properties").stringPropertyNames());
    unused.removeAll(used);
    assertEquals(Set.of(), unused, "keys no code refers to");
  }

  @Test
  void shouldNotLoseApostrophesInFormattedMessages() throws IOException {
    // MessageFormat swallows a single ' : patterns with {0} must write typographic quotes or ''.
    for (String bundle : new String[] {"messages.properties", "messages_ja.properties"}) {
      Properties p = load(bundle);
      for (String key : p.stringPropertyNames()) {
        String v = p.getProperty(key);
        assertTrue(!v.contains("{0}") || !v.replace("''", "").contains("'"), bundle + ": " + key);
      }
    }
  }
}
