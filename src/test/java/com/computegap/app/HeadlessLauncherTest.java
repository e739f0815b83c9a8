package com.computegap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real {@link Launcher#main} in a fresh JVM, as a user's shell runs it. The headless commands
 * never load JavaFX (MODEL.md section 4): run with {@code -verbose:class}, since in-process checks
 * would be fooled by UI tests that loaded JavaFX earlier in the same JVM. And bad input of every
 * kind (mistyped commands, bad options, hostile files) gets exit status 2, exactly one stderr line
 * and nothing on stdout, with no display and under a 64 MB heap; the whole bad-file corpus goes
 * through the same entry method in-process in {@link LauncherTest}.
 */
class HeadlessLauncherTest {

  private static final String ESSAY = Path.of("scenarios", "essay-2024.gapx.json").toString();

  @TempDir static Path dir;

  /** At most two children at once: the build machine has two cores, shared. */
  private static final ExecutorService CHILDREN = Executors.newFixedThreadPool(2);

  @AfterAll
  static void stopChildren() {
    CHILDREN.shutdownNow();
  }

  /** One bad command line: the exact stderr line, or a fragment of it, and the exit status. */
  private record Case(
      String name, List<String> args, int status, String line, boolean exact, File stdout) {
    static Case exact(String name, String line, String... args) {
      return new Case(name, List.of(args), 2, line, true, null);
    }

    static Case containing(String name, String fragment, String... args) {
      return new Case(name, List.of(args), 2, fragment, false, null);
    }
  }

  @TestFactory
  List<DynamicTest> shouldAnswerBadInputWithOneLineAndStatus2() throws Exception {
    List<Case> cases = badInputCases();
    List<Future<ChildJvm.Run>> runs = new ArrayList<>();
    for (Case c : cases) {
      runs.add(CHILDREN.submit(() -> ChildJvm.launch(c.args(), c.stdout())));
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Future<ChildJvm.Run> run = runs.get(i);
      tests.add(
          DynamicTest.dynamicTest(
              c.name(), () -> check(c, run.get(2 * ChildJvm.TIMEOUT_SECONDS, TimeUnit.SECONDS))));
    }
    return tests;
  }

  private static void check(Case c, ChildJvm.Run r) {
    Supplier<String> context = () -> c.args() + " -> status " + r.status() + ", stderr: " + r.err();
    assertEquals(c.status(), r.status(), context);
    assertEquals("", r.out(), context);
    assertTrue(r.err().endsWith("\n"), context);
    String line = r.err().substring(0, r.err().length() - 1);
    assertFalse(
        line.contains("\n")
            || line.contains("\r")
            || line.chars().anyMatch(ch -> ch < 0x20 && ch != '\t'),
        () -> "exactly one line, no control characters: " + context.get());
    assertTrue(line.startsWith("error: "), context);
    assertFalse(line.contains("Exception") || line.contains("\tat "), context);
    if (c.exact()) {
      assertEquals(c.line(), line);
    } else {
      assertTrue(line.contains(c.line()), () -> "expected '" + c.line() + "' in: " + line);
    }
  }

  private static List<Case> badInputCases()
      throws IOException, URISyntaxException, InterruptedException {
    List<Case> cases = new ArrayList<>();
    // ---- the command line ----
    cases.add(
        Case.exact(
            "mistyped command",
            "error: unknown command 'valdate' (did you mean 'validate'?)",
            "valdate",
            "my.gapx.json"));
    cases.add(
        Case.exact(
            "command in the wrong case",
            "error: unknown command 'Model' (did you mean 'model'?)",
            "Model"));
    cases.add(
        Case.containing(
            "unknown word",
            "error: unknown command 'frobnicate' (expected backtest, export, help, model,",
            "frobnicate"));
    cases.add(
        Case.exact(
            "unknown short option",
            "error: unknown option '-x' (expected --help, --version, a command"
                + " or a scenario file; run 'help' for usage)",
            "-x"));
    cases.add(
        Case.exact(
            "mistyped --version",
            "error: unknown option '--verison' (did you mean '--version'?)",
            "--verison"));
    cases.add(
        Case.containing(
            "--version with an argument", "--version takes no arguments", "--version", "x"));
    cases.add(Case.exact("no arguments and no display", "error: " + Launcher.NO_DISPLAY));
    cases.add(Case.exact("a scenario file and no display", "error: " + Launcher.NO_DISPLAY, ESSAY));
    cases.add(
        Case.exact(
            "a missing file for the window",
            "error: missing.gapx.json: no such file",
            "missing.gapx.json"));
    cases.add(
        Case.containing("two files for the window", "the window opens one file", ESSAY, ESSAY));
    cases.add(
        Case.exact(
            "a newline in an option value",
            "error: --format x\\ny: expected csv or json (run 'help' for usage)",
            "model",
            ESSAY,
            "--format",
            "x\ny"));
    cases.add(
        Case.exact(
            "a terminal escape in an option value",
            "error: --format \\u001b[31mred: expected csv or json (run 'help' for usage)",
            "model",
            ESSAY,
            "--format",
            "\u001b[31mred"));
    cases.add(
        Case.containing(
            "an unknown command option",
            "unknown option '--formt' (did you mean '--format'?)",
            "model",
            ESSAY,
            "--formt",
            "csv"));
    cases.add(Case.containing("no file for a command", "model: no scenario file given", "model"));
    cases.add(
        Case.containing(
            "runs out of range",
            "--runs 0: expected 1..10000000",
            "montecarlo",
            ESSAY,
            "--runs",
            "0"));
    cases.add(
        Case.containing(
            "a seed too large for a long",
            "--seed 99999999999999999999: expected",
            "montecarlo",
            ESSAY,
            "--seed",
            "99999999999999999999"));
    cases.add(
        Case.containing(
            "an exponent too large for --set",
            ESSAY
                + ": --set description=1e2147483648: the number"
                + " 1e2147483648 is out of range",
            "model",
            ESSAY,
            "--set",
            "description=1e2147483648"));
    cases.add(
        Case.containing(
            "a nearly whole number of years",
            "years = 4.99999999999999999 must be a whole number",
            "validate",
            ESSAY,
            "--set",
            "years=4.99999999999999999"));
    cases.add(
        Case.containing(
            "a company named 0",
            "hyperscalers[0].name = \"0\" cannot name a company",
            "validate",
            ESSAY,
            "--set",
            "hyperscalers[0].name=\"0\""));
    cases.add(
        Case.containing(
            "a company named *",
            "hyperscalers[1].name = \"*\" cannot name a company",
            "validate",
            ESSAY,
            "--set",
            "hyperscalers[1].name=\"*\""));
    String longSet = "hyperscalers[" + "]!=".repeat(8_000) + "].growthPct=5";
    cases.add(
        Case.containing(
            "a 24 KB --set argument",
            "error: " + ESSAY + ": --set hyperscalers[]!=]!=",
            "validate",
            ESSAY,
            "--set",
            longSet));
    // ---- files that are not regular files ----
    Path fifo = dir.resolve("pipe.gapx.json");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      cases.add(
          Case.containing(
              "a named pipe with no writer",
              "is a named pipe (FIFO), not a regular file",
              "validate",
              fifo.toString()));
    }
    cases.add(
        Case.containing(
            "a device",
            "/dev/zero: is a character device, not a regular file",
            "model",
            "/dev/zero"));
    cases.add(
        Case.containing("a folder", "is a folder, not a scenario file", "validate", "scenarios"));
    // ---- hostile files under 1 MiB ----
    String essay = Files.readString(Path.of(ESSAY));
    Path refs =
        write(
            "empty-references.gapx.json",
            essay.replaceFirst("\"references\": \\[", "\"references\": [" + "{},".repeat(330_000)));
    cases.add(
        Case.containing(
            "330,000 empty references in under 1 MiB",
            "references has more than 1000 entries",
            "validate",
            refs.toString()));
    Path longKey =
        write(
            "long-sources-key.gapx.json",
            essay.replaceFirst(
                "\"sources\": \\{",
                "\"sources\": { \"hyperscalers[" + "]".repeat(970_000) + "x\": \"s\","));
    cases.add(
        Case.containing(
            "a 0.97 MB sources key",
            "the JSON exceeds a size limit: Name length",
            "validate",
            longKey.toString()));
    StringBuilder flood = new StringBuilder();
    for (int i = 0; i < 900; i++) {
      flood.append("\"unknown").append(i).append("\": [").append("0,".repeat(300)).append("0],");
    }
    Path problems = write("problem-flood.gapx.json", essay.replaceFirst("\\{", "{" + flood));
    cases.add(
        Case.containing(
            "900 unknown fields of 300 numbers each",
            "unknown0: unknown field",
            "validate",
            problems.toString()));
    for (String file :
        List.of(
            "exponent-overflow-schema-version",
            "exponent-underflow",
            "years-almost-five",
            "schema-version-almost-one",
            "201-references",
            "1001-sources",
            "1001-entries-in-unknown-field",
            "company-named-007",
            "mega-project-named-digits",
            "control-chars-in-company-name",
            "control-chars-in-key",
            "deep-nesting-arrays",
            "number-2000-digits",
            "binary-junk",
            "invalid-utf8",
            "truncated-mid-object",
            "duplicate-key-top",
            "many-problems")) {
      Path path = corpus().resolve(file + ".gapx.json");
      cases.add(
          Case.containing(
              "corpus: " + file, LauncherTest.expectedFragment(file), "validate", path.toString()));
    }
    // ---- output that cannot be written ----
    File full = new File("/dev/full");
    if (full.exists()) {
      cases.add(
          new Case(
              "stdout on a full disk",
              List.of("model", ESSAY),
              1,
              "error: cannot write the output: standard output failed",
              false,
              full));
      cases.add(
          new Case(
              "--version on a full disk",
              List.of("--version"),
              1,
              "error: cannot write the output: standard output failed",
              false,
              full));
    }
    return cases;
  }

  private static Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    assertTrue(Files.size(p) < 1 << 20, name + " is under 1 MiB");
    return p;
  }

  static Path corpus() throws URISyntaxException {
    return Path.of(HeadlessLauncherTest.class.getResource("/bad/expected.tsv").toURI()).getParent();
  }

  @ParameterizedTest
  @CsvSource({"validate, 0, ok", "model, 0, 'year,hyperscalerCapexUsdB,'", "help, 0, usage:"})
  void shouldRunCommandWithoutLoadingAnyJavaFxClass(String command, int status, String expected)
      throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                javaExecutable(),
                "-verbose:class",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName(),
                command));
    if (!command.equals("help")) {
      args.add(Path.of("scenarios", "essay-2024.gapx.json").toString());
    }
    Process p = new ProcessBuilder(args).redirectErrorStream(false).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");

    assertEquals(status, p.exitValue(), err);
    List<String> loaded =
        out.lines().filter(l -> l.startsWith("[") && l.contains("class,load")).toList();
    // The class log works (so an empty match below means something): the launcher and the CLI are
    // in it.
    assertTrue(
        loaded.stream().anyMatch(l -> l.contains(" com.computegap.cli.Cli ")),
        "class log captured");
    List<String> javafx =
        loaded.stream()
            .filter(
                l ->
                    l.contains(" javafx.")
                        || l.contains(" com.sun.javafx.")
                        || l.contains(" com.computegap.app.GuiMain ")
                        || l.contains(" com.computegap.app.ExplorerApp "))
            .toList();
    assertEquals(List.of(), javafx, "JavaFX classes loaded by '" + command + "'");
    String programOutput = String.join("\n", out.lines().filter(l -> !l.startsWith("[")).toList());
    assertTrue(programOutput.startsWith(expected), programOutput);
  }

  private static String javaExecutable() throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    if (!java.toFile().canExecute()) {
      throw new IOException("no java launcher at " + java);
    }
    return java.toString();
  }
}
