package com.computegap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code montecarlo} options of issue 15 ({@code --samples-out}, {@code --columns}, {@code
 * --claims}, {@code --format json}) through the real launcher in a fresh JVM: a bad one exits with
 * status 2, exactly one stderr line naming it, nothing on stdout and no samples file left behind.
 */
class MonteCarloLauncherTest {

  private static final String ESSAY = Path.of("scenarios", "essay-2024.gapx.json").toString();

  @TempDir static Path dir;

  /** At most two children at once: the build machine has two cores, shared. */
  private static final ExecutorService CHILDREN = Executors.newFixedThreadPool(2);

  @AfterAll
  static void stopChildren() {
    CHILDREN.shutdownNow();
  }

  private record Case(String name, String line, List<String> args) {}

  private static Case of(String name, String line, String... args) {
    List<String> all = new ArrayList<>(List.of("montecarlo", ESSAY, "--runs", "50"));
    all.addAll(List.of(args));
    return new Case(name, line, all);
  }

  @TestFactory
  List<DynamicTest> shouldRefuseBadMonteCarloOptionsWithOneLineAndStatus2() {
    String samples = dir.resolve("never.csv").toString();
    List<Case> cases =
        List.of(
            of(
                "unknown column",
                "error: --columns: unknown column 'gapRatio' (expected output columns of the"
                    + " model table, such as depinShareOfAiCapexPct,spendGapRatio)"
                    + " (run 'help' for usage)",
                "--samples-out",
                samples,
                "--columns",
                "spendGapRatio,gapRatio"),
            of(
                "mistyped column",
                "error: --columns: unknown column 'supplyk' (did you mean 'supplyK'?)"
                    + " (run 'help' for usage)",
                "--samples-out",
                samples,
                "--columns=supplyk"),
            of(
                "the year column",
                "error: --columns: unknown column 'year' (expected output columns of the model"
                    + " table, such as depinShareOfAiCapexPct,spendGapRatio) (run 'help' for usage)",
                "--samples-out",
                samples,
                "--columns",
                "year"),
            of(
                "an empty column",
                "error: --columns supplyK,: an empty column name (run 'help' for usage)",
                "--samples-out",
                samples,
                "--columns",
                "supplyK,"),
            of(
                "a column twice",
                "error: --columns: 'supplyK' given twice (run 'help' for usage)",
                "--samples-out",
                samples,
                "--columns",
                "supplyK,supplyK"),
            of(
                "columns without a samples file",
                "error: --columns chooses the columns of the samples file: give --samples-out"
                    + " FILE.csv too (run 'help' for usage)",
                "--columns",
                "supplyK"),
            of(
                "samples-out without a value",
                "error: --samples-out needs a value (run 'help' for usage)",
                "--samples-out"),
            of(
                "claims with a value",
                "error: --claims takes no value (--claims=yes) (run 'help' for usage)",
                "--claims=yes"),
            of(
                "a format that does not exist",
                "error: --format xml: expected csv or json (run 'help' for usage)",
                "--format",
                "xml"),
            of(
                "samples into a missing folder",
                "error: "
                    + dir.resolve("absent").resolve("s.csv")
                    + ": cannot write the samples file: its folder does not exist"
                    + " (run 'help' for usage)",
                "--samples-out",
                dir.resolve("absent").resolve("s.csv").toString()),
            of(
                "samples under a file, as if it were a folder",
                "error: "
                    + Path.of(ESSAY).resolve("s.csv")
                    + ": cannot write the samples file: a folder in its path is a file"
                    + " (run 'help' for usage)",
                "--samples-out",
                Path.of(ESSAY).resolve("s.csv").toString()),
            of(
                "samples onto a folder",
                "error: --samples-out " + dir + " is a folder (run 'help' for usage)",
                "--samples-out",
                dir.toString()),
            of(
                "samples onto the scenario file",
                "error: --samples-out "
                    + ESSAY
                    + " is the scenario file itself (run 'help' for usage)",
                "--samples-out",
                ESSAY),
            new Case(
                "a montecarlo option on model",
                "error: --samples-out applies to montecarlo only (run 'help' for usage)",
                List.of("model", ESSAY, "--samples-out", samples)),
            new Case(
                "--claims on validate",
                "error: --claims applies to montecarlo only (run 'help' for usage)",
                List.of("validate", ESSAY, "--claims")));
    List<Future<ChildJvm.Run>> runs = new ArrayList<>();
    for (Case c : cases) {
      runs.add(CHILDREN.submit(() -> ChildJvm.launch(c.args())));
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Future<ChildJvm.Run> run = runs.get(i);
      tests.add(
          DynamicTest.dynamicTest(
              c.name(),
              () -> {
                ChildJvm.Run r = run.get(2 * ChildJvm.TIMEOUT_SECONDS, TimeUnit.SECONDS);
                String context = c.args() + " -> " + r.status() + ", stderr: " + r.err();
                assertEquals(2, r.status(), context);
                assertEquals("", r.out(), context);
                assertTrue(r.err().endsWith("\n"), context);
                String line = r.err().substring(0, r.err().length() - 1);
                assertFalse(line.contains("\n"), "one line: " + context);
                assertEquals(c.line(), line, context);
                assertFalse(Files.exists(Path.of(samples)), "no samples file: " + context);
              }));
    }
    return tests;
  }

  @Test
  void shouldWriteSamplesAndPrintClaimsThroughTheRealLauncher() throws Exception {
    Path samples = dir.resolve("ok.csv");
    ChildJvm.Run r =
        ChildJvm.launch(
            List.of(
                "montecarlo",
                ESSAY,
                "--runs",
                "300",
                "--claims",
                "--samples-out",
                samples.toString(),
                "--columns",
                "depinShareOfAiCapexPct"));
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    List<String> rows = Files.readAllLines(samples);
    assertEquals(301, rows.size());
    assertTrue(rows.get(0).endsWith(",depinShareOfAiCapexPct@2028"), rows.get(0));
    assertTrue(r.out().contains("\nclaims\nlabel,probability,low95,high95\n"), r.out());
    try (var files = Files.list(dir)) {
      assertFalse(
          files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")),
          "no temporary file left");
    }
  }

  /**
   * The largest lists the format allows (100 uncertain parameters, 500 correlations: each parameter
   * in 10 pairs of rho 0.05, a diagonally dominant matrix) are read, checked and run under the
   * child's 64 MB heap.
   */
  @Test
  void shouldValidateAndRunTheLargestCorrelationListIn64Mb() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(Files.readString(Path.of(ESSAY)));
    root.remove(List.of("sources", "actuals", "claims", "megaProjects"));
    ArrayNode companies = root.putArray("hyperscalers");
    List<String> params = new ArrayList<>();
    ArrayNode uncertainty = root.putArray("uncertainty");
    for (int i = 0; i < 34; i++) {
      String name = "Company " + i + "x";
      companies
          .addObject()
          .put("name", name)
          .put("capexUsdB", 30)
          .put("growthPct", 10)
          .put("aiSharePct", 80);
      for (String field : List.of("capexUsdB", "growthPct", "aiSharePct")) {
        if (params.size() < 100) {
          String param = "hyperscalers[" + name + "]." + field;
          params.add(param);
          uncertainty
              .addObject()
              .put("param", param)
              .put("dist", "triangular")
              .put("low", 5)
              .put("mode", field.equals("capexUsdB") ? 30 : 10)
              .put("high", 90);
        }
      }
    }
    ArrayNode correlations = root.putArray("correlations");
    for (int i = 0; i < 100; i++) {
      for (int d = 1; d <= 5; d++) {
        correlations
            .addObject()
            .put("a", params.get(i))
            .put("b", params.get((i + d) % 100))
            .put("rho", 0.05);
      }
    }
    root.putArray("claims")
        .addObject()
        .put("label", "AI capex over 1,000 B in 2028")
        .put("column", "hyperscalerAiCapexUsdB")
        .put("year", 2028)
        .put("op", ">")
        .put("value", 1000);
    Path file = dir.resolve("largest.gapx.json");
    Files.writeString(file, json.writeValueAsString(root));
    assertTrue(Files.size(file) < 1 << 20);

    ChildJvm.Run valid = ChildJvm.launch(List.of("validate", file.toString()));
    assertEquals(0, valid.status(), valid.err());
    assertEquals("ok\n", valid.out());
    ChildJvm.Run run =
        ChildJvm.launch(List.of("montecarlo", file.toString(), "--runs", "500", "--claims"));
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("\n\"AI capex over 1,000 B in 2028\","), run.out());
  }
}
