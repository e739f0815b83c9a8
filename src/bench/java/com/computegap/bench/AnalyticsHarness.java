package com.computegap.bench;

import com.computegap.model.Column;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioDifference;
import com.computegap.model.Statistic;
import com.computegap.scenario.ScenarioWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decision-analytics speed targets, each timed several times and reported as the median (the
 * machine is shared and noisy):
 *
 * <ol>
 *   <li>(a) 100,000 runs x 10 years x 10 uncertain inputs with a 10 x 10 rank-correlation matrix
 *       and every percentile, warm (target under 0.3 s);
 *   <li>(b) the same from the command line in a fresh JVM, {@code java -jar
 *       target/compute-gap-explorer.jar montecarlo FILE --runs 100000}, wall time of the whole
 *       process (target under 0.8 s);
 *   <li>(c) an exact Shapley split over k = 10 changed parameters (1,024 model runs; target under
 *       20 ms);
 *   <li>(d) Squiggle ({@code src/bench/squiggle}, when {@code npm ci} has been run there) on the
 *       same work without correlations (Squiggle has none), against the Java engine on that work
 *       measured in the same run: the ratio of the medians.
 * </ol>
 *
 * <p>{@code ./mvnw -Pbench -DskipTests package exec:exec@analytics-harness} (the jar must exist for
 * (b)); by hand with the test class path: {@code java -Xmx512m -cp ...
 * com.computegap.bench.AnalyticsHarness [repeats=7] [squiggleRepeats=3]}. Squiggle is skipped with
 * {@code squiggleRepeats = 0}.
 */
public final class AnalyticsHarness {

  private AnalyticsHarness() {}

  public static void main(String[] args) throws Exception {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int squiggleRepeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path jar = Path.of(System.getProperty("bench.jar", "target/compute-gap-explorer.jar"));
    Path squiggle = Path.of(System.getProperty("bench.squiggle", "src/bench/squiggle"));
    int threads = Runtime.getRuntime().availableProcessors();
    Scenario correlated = BenchScenarios.correlatedTarget();
    Scenario plain = BenchScenarios.monteCarloTarget();
    int runs = BenchScenarios.TARGET_RUNS;
    System.out.printf(
        Locale.ROOT,
        "load average %.1f at the start%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(
        Locale.ROOT,
        "Analytics harness: %d runs x %d years x %d inputs, %d correlation pairs, %d threads,"
            + " max heap %d MiB, %d repeats (median)%n",
        runs,
        correlated.years(),
        correlated.uncertainty().size(),
        correlated.correlations().size(),
        threads,
        Runtime.getRuntime().maxMemory() >> 20,
        repeats);

    MonteCarlo.Options options = MonteCarlo.Options.of(runs, 1).withThreads(threads);
    double[] a = timeMonteCarlo(correlated, options, repeats);
    report("(a) correlated Monte Carlo, warm", a, 300);

    double[] b = timeCommandLine(jar, correlated, runs, repeats);
    if (b != null) {
      report("(b) montecarlo from the command line, fresh JVM", b, 800);
    }
    double[] bPlain = timeCommandLine(jar, plain, runs, repeats);
    if (bPlain != null) {
      report("(b) the same without correlations", bPlain, -1);
    }

    Scenario[] pair = BenchScenarios.changedPair(10);
    double[] c = timeShapley(pair[0], pair[1], Math.max(repeats, 21));
    report("(c) Shapley split, k = 10 (1,024 model runs)", c, 20);

    if (squiggleRepeats > 0) {
      double[] java = timeMonteCarlo(plain, options, repeats);
      report("(d) Java, the same work without correlations, warm", java, -1);
      double[] sq = timeSquiggle(squiggle, runs, squiggleRepeats);
      if (sq != null) {
        report("(d) Squiggle, the same work, warm runs", sq, -1);
        System.out.printf(
            Locale.ROOT,
            "(d) Squiggle / Java (medians, this run): %.0fx%n",
            median(sq) / median(java));
      }
    }
  }

  private static double[] timeMonteCarlo(Scenario s, MonteCarlo.Options options, int repeats) {
    for (int i = 0; i < 2; i++) {
      MonteCarlo.run(s, options); // warm-up: JIT
    }
    double[] ms = new double[repeats];
    double[] cpu = new double[repeats];
    double checksum = 0;
    for (int i = 0; i < repeats; i++) {
      long c0 = processCpuNanos();
      long t0 = System.nanoTime();
      MonteCarloResult r = MonteCarlo.run(s, options);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (processCpuNanos() - c0) / 1e6;
      checksum += r.get(Column.COMPUTE_GAP_RATIO, s.endYear(), Statistic.P50);
    }
    System.out.printf(
        Locale.ROOT,
        "    CPU time of the process per call: median %.1f ms (all threads; what the call costs"
            + " whatever the load); checksum %s%n",
        median(cpu),
        checksum / repeats);
    return ms;
  }

  private static double[] timeShapley(Scenario a, Scenario b, int repeats) {
    int k = ScenarioDifference.players(a, b).size();
    if (k != 10) {
      throw new IllegalStateException("expected 10 players, got " + k);
    }
    double sink = 0;
    for (int i = 0; i < 30; i++) {
      sink += split(a, b);
    }
    double[] ms = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      sink += split(a, b);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    System.out.printf(Locale.ROOT, "    checksum %s%n", sink);
    return ms;
  }

  private static double split(Scenario a, Scenario b) {
    ScenarioDifference.Result r =
        ScenarioDifference.split(a, b, res -> res.summary().cumulativeSpendGapRatio(), 200, 1);
    return r.split().total();
  }

  /**
   * Wall time of {@code java -jar JAR montecarlo FILE --runs N} from process start to exit, after
   * one untimed call (file cache). {@code null} when the jar is missing or the command fails.
   */
  private static double[] timeCommandLine(Path jar, Scenario s, int runs, int repeats)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      System.out.println("(b) skipped: no " + jar + " (run ./mvnw -Pbench -DskipTests package)");
      return null;
    }
    Path file = Files.createTempFile("analytics-target", ".gapx.json");
    try {
      Files.writeString(file, json(s), StandardCharsets.UTF_8);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command =
          List.of(
              java,
              "-jar",
              jar.toString(),
              "montecarlo",
              file.toString(),
              "--runs",
              Integer.toString(runs));
      if (run(command, true) != 0) {
        return null;
      }
      double[] ms = new double[repeats];
      for (int i = 0; i < repeats; i++) {
        long t0 = System.nanoTime();
        int exit = run(command, false);
        ms[i] = (System.nanoTime() - t0) / 1e6;
        if (exit != 0) {
          return null;
        }
      }
      return ms;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The scenario file, with its correlations even where the writer does not write them yet. */
  static String json(Scenario s) throws IOException {
    ObjectNode tree = ScenarioWriter.toTree(s);
    if (!s.correlations().isEmpty() && !tree.has("correlations")) {
      ArrayNode list = tree.putArray("correlations");
      s.correlations()
          .forEach(c -> list.addObject().put("a", c.a()).put("b", c.b()).put("rho", c.rho()));
      tree.put("schemaVersion", 2);
    }
    return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
  }

  private static int run(List<String> command, boolean show)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    int exit = p.waitFor();
    if (exit != 0 || show) {
      String text = new String(out, StandardCharsets.UTF_8);
      String[] lines = text.split("\n");
      System.out.println(
          "    "
              + (exit != 0 ? "command failed (" + exit + "): " : "output: ")
              + String.join("\n    ", Arrays.copyOf(lines, Math.min(lines.length, 4))));
    }
    return exit;
  }

  /**
   * Squiggle's warm runs ({@code node montecarlo.mjs N repeats}; the first run, cold, is left out),
   * or {@code null} when Node or the package is missing.
   */
  private static double[] timeSquiggle(Path dir, int runs, int repeats)
      throws IOException, InterruptedException {
    if (!Files.isDirectory(dir.resolve("node_modules"))) {
      System.out.println("(d) skipped: run npm ci in " + dir);
      return null;
    }
    Process p =
        new ProcessBuilder(
                "node", "montecarlo.mjs", Integer.toString(runs), Integer.toString(repeats + 1))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      System.out.println("(d) Squiggle failed: " + text);
      return null;
    }
    Matcher m = Pattern.compile("run (\\d+): ([0-9.]+) ms").matcher(text);
    List<Double> warm = new ArrayList<>();
    while (m.find()) {
      if (!m.group(1).equals("1")) {
        warm.add(Double.parseDouble(m.group(2)));
      } else {
        System.out.printf(Locale.ROOT, "    Squiggle cold run: %s ms%n", m.group(2));
      }
    }
    return warm.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** CPU time of this process, all threads, or 0 when the platform does not say. */
  private static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static void report(String what, double[] ms, double targetMs) {
    double[] s = ms.clone();
    Arrays.sort(s);
    System.out.printf(
        Locale.ROOT,
        "%s: median %.1f ms (min %.1f, max %.1f, n %d)%s%n",
        what,
        median(ms),
        s[0],
        s[s.length - 1],
        s.length,
        targetMs > 0
            ? String.format(
                Locale.ROOT,
                "; target < %.0f ms: %s",
                targetMs,
                median(ms) < targetMs ? "met" : "MISSED")
            : "");
  }
}
