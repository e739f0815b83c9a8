package com.computegap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Launcher#decide}, the method {@code main} runs before anything else, in-process: every
 * file of the bad-file corpus, and which arguments open the window. {@link HeadlessLauncherTest}
 * runs a representative table of the same through a real child JVM.
 */
class LauncherTest {

  private static final String ESSAY = Path.of("scenarios", "essay-2024.gapx.json").toString();
  private static final Launcher.Environment NO_DISPLAY =
      new Launcher.Environment(Map.of(), "Linux", null);
  private static final Launcher.Environment X11 =
      new Launcher.Environment(Map.of("DISPLAY", ":0"), "Linux", null);

  record Run(Launcher.Outcome outcome, String out, String err) {}

  static Run decide(Launcher.Environment env, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    Launcher.Outcome outcome =
        Launcher.decide(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env);
    return new Run(
        outcome, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The expected message fragment of corpus file {@code name} (without {@code .gapx.json}). */
  static String expectedFragment(String name) {
    String fragment = corpusFragments().get(name + ".gapx.json");
    if (fragment == null) {
      throw new IllegalArgumentException("not in the corpus: " + name);
    }
    return fragment;
  }

  private static Map<String, String> corpusFragments() {
    try {
      Map<String, String> fragments = new LinkedHashMap<>();
      for (String line :
          Files.readAllLines(HeadlessLauncherTest.corpus().resolve("expected.tsv"))) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.split("\t", 2);
          fragments.put(parts[0], parts[1]);
        }
      }
      return fragments;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> corpus() throws URISyntaxException {
    Path folder = HeadlessLauncherTest.corpus();
    List<Arguments> runs = new ArrayList<>();
    corpusFragments()
        .forEach(
            (file, fragment) -> {
              for (String command : List.of("validate", "model", "montecarlo")) {
                runs.add(Arguments.of(command, folder.resolve(file).toString(), fragment));
              }
            });
    return runs.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("corpus")
  void shouldRefuseEveryCorpusFileWithOneLineAndStatus2(
      String command, String file, String fragment) {
    Run r = decide(NO_DISPLAY, command, file, "--runs", "10");
    assertFalse(r.outcome().opensWindow());
    assertEquals(Cli.BAD_INPUT, r.outcome().status(), r.err());
    assertEquals("", r.out());
    assertOneErrorLine(r.err(), "error: " + file + ": ", fragment);
  }

  @Test
  void shouldOpenTheWindowOnlyWithNoArgumentsOrAnExistingFile() {
    Run none = decide(X11);
    assertTrue(none.outcome().opensWindow());
    assertEquals(List.of(), none.outcome().windowArgs());
    Run file = decide(X11, ESSAY);
    assertEquals(List.of(ESSAY), file.outcome().windowArgs());
    assertEquals("", file.out() + file.err());
    for (String[] bad :
        new String[][] {
          {"valdate", ESSAY},
          {"-x"},
          {"--version", "x"},
          {"missing.gapx.json"},
          {ESSAY, ESSAY},
          {"scenarios"},
          {"/dev/null"}
        }) {
      Run r = decide(X11, bad);
      assertFalse(r.outcome().opensWindow(), String.join(" ", bad));
      assertEquals(Cli.BAD_INPUT, r.outcome().status(), String.join(" ", bad));
      assertOneErrorLine(r.err(), "error: ", "");
    }
  }

  @Test
  void shouldRefuseTheWindowWithOneLineWhenThereIsNoDisplay() {
    for (String[] args : new String[][] {{}, {ESSAY}}) {
      Run r = decide(NO_DISPLAY, args);
      assertFalse(r.outcome().opensWindow());
      assertEquals(Cli.BAD_INPUT, r.outcome().status());
      assertEquals("error: " + Launcher.NO_DISPLAY + "\n", r.err());
    }
    assertNull(new Launcher.Environment(Map.of(), "Windows 11", null).missingDisplay());
    assertNull(new Launcher.Environment(Map.of(), "Mac OS X", null).missingDisplay());
    assertNull(
        new Launcher.Environment(Map.of(), "Linux", "Monocle").missingDisplay(), "headless tests");
    assertEquals(
        Launcher.NO_DISPLAY,
        new Launcher.Environment(Map.of("DISPLAY", " "), "Linux", null).missingDisplay());
  }

  @Test
  void shouldPrintTheBuildVersion() throws IOException {
    Run r = decide(NO_DISPLAY, "--version");
    assertEquals(Cli.OK, r.outcome().status());
    String pom = Files.readString(Path.of("pom.xml"));
    // the project's own version: the first <version> after its artifactId
    int at = pom.indexOf("<artifactId>compute-gap-explorer</artifactId>");
    String version = pom.substring(pom.indexOf("<version>", at) + 9, pom.indexOf("</version>", at));
    assertEquals("compute-gap-explorer " + version + "\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void shouldPrintHelpForEveryHelpWord() {
    for (String word : List.of("help", "--help", "-h")) {
      Run r = decide(NO_DISPLAY, word);
      assertEquals(Cli.OK, r.outcome().status());
      assertTrue(r.out().startsWith("usage: compute-gap-explorer"), r.out());
      assertTrue(r.out().contains("--version"), r.out());
    }
  }

  @Test
  void shouldTurnAFailedStdoutWriteIntoStatus1AndOneLine() {
    PrintStream failing =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("No space left on device");
              }
            },
            true,
            StandardCharsets.UTF_8);
    var err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    for (String[] args :
        new String[][] {{"model", ESSAY}, {"validate", ESSAY}, {"help"}, {"--version"}}) {
      err.reset();
      Launcher.Outcome o = Launcher.decide(args, failing, errStream, NO_DISPLAY);
      assertEquals(Cli.INTERNAL_FAULT, o.status(), String.join(" ", args));
      assertOneErrorLine(
          err.toString(StandardCharsets.UTF_8), "error: cannot write the output", "");
    }
  }

  @Test
  void shouldSuggestOnlyCloseCommands() {
    assertEquals(
        "error: unknown command 'mdoel' (did you mean 'model'?)\n",
        decide(NO_DISPLAY, "mdoel").err());
    assertEquals(
        "error: unknown command 'montecralo' (did you mean 'montecarlo'?)\n",
        decide(NO_DISPLAY, "montecralo").err());
    assertEquals(
        "error: unknown command 'xyz' (expected " + expectedList() + "; run 'help' for usage)\n",
        decide(NO_DISPLAY, "xyz").err());
  }

  private static String expectedList() {
    List<String> names = new ArrayList<>(Cli.commandNames());
    String last = names.remove(names.size() - 1);
    return String.join(", ", names) + " or " + last;
  }

  static void assertOneErrorLine(String err, String prefix, String fragment) {
    assertTrue(err.endsWith("\n"), err);
    String line = err.substring(0, err.length() - 1);
    assertFalse(line.contains("\n") || line.contains("\r"), () -> "one line: " + err);
    assertFalse(
        line.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)),
        () -> "no control characters: " + err);
    assertTrue(line.startsWith(prefix), () -> "starts with '" + prefix + "': " + line);
    assertTrue(line.contains(fragment), () -> "expected '" + fragment + "' in: " + line);
    assertFalse(line.contains("Exception") || line.contains("internal fault"), line);
  }
}
