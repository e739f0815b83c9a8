package com.computegap.bench;

import com.computegap.model.CancelFlag;
import com.computegap.model.Column;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.Scenario;
import com.computegap.model.Statistic;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * Wall time and peak heap of the Monte Carlo target case (100,000 runs x 10 years x 10 uncertain
 * parameters, percentiles included), in a fresh JVM so that the first call shows the cold cost.
 *
 * <p>{@code ./mvnw -Pbench -DskipTests verify} runs it under {@code -Xmx512m} before the JMH
 * benchmarks; alone: {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@mc-harness}. By hand,
 * with the test class path: {@code java -Xmx512m -cp ... com.computegap.bench.MonteCarloHarness
 * [runs] [repeats] [threads]}. The first run includes JIT compilation (what a user waits for on the
 * first click); the best of the rest is the steady state. The machine is shared, so figures are
 * noisy.
 */
public final class MonteCarloHarness {

  private MonteCarloHarness() {}

  public static void main(String[] args) throws InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : BenchScenarios.TARGET_RUNS;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int threads =
        args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    Scenario scenario = BenchScenarios.monteCarloTarget();
    MonteCarlo.Options options = MonteCarlo.Options.of(runs, 1).withThreads(threads);
    System.out.printf(
        Locale.ROOT,
        "Monte Carlo harness: %d runs x %d years x %d uncertain parameters,"
            + " %d threads, max heap %d MiB%n",
        runs,
        scenario.years(),
        scenario.uncertainty().size(),
        threads,
        Runtime.getRuntime().maxMemory() >> 20);
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    long best = Long.MAX_VALUE;
    double checksum = 0;
    MonteCarloResult kept = null;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      MonteCarloResult r = MonteCarlo.run(scenario, options);
      long t = System.nanoTime() - t0;
      best = Math.min(best, t);
      checksum += r.get(Column.DEPIN_AI_CAPEX_USD_B, scenario.endYear() - 8, Statistic.P50);
      kept = r;
      System.out.printf(
          Locale.ROOT, "  run %d: %.1f ms%s%n", i + 1, t / 1e6, i == 0 ? " (cold JVM)" : "");
    }
    sampler.interrupt();
    sampler.join();
    long gcCount = 0;
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcCount += Math.max(0, gc.getCollectionCount());
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf(
        Locale.ROOT,
        "best %.1f ms; heap in use at most %d MiB (sampled every ms, garbage"
            + " included), %d MiB live after GC with a result held; %d GCs, %d ms; checksum %s (%d runs)%n",
        best / 1e6,
        sampler.maxUsed >> 20,
        live >> 20,
        gcCount,
        gcMillis,
        checksum,
        kept.runs());
    cancelLatency(threads);
  }

  /**
   * Time from setting the cancel flag (at the first progress report of a run that would take a
   * minute) to the call's return, worst of five; the unit tests count the work done after a cancel
   * instead, since wall time depends on the machine's load.
   */
  private static void cancelLatency(int threads) {
    Scenario big = BenchScenarios.monteCarloTarget().withYears(30);
    long worst = 0;
    for (int i = 0; i < 5; i++) {
      CancelFlag cancel = new CancelFlag();
      long[] cancelledAt = new long[1];
      MonteCarlo.Progress progress =
          (d, t) -> {
            if (d > 0 && !cancel.isCancelled()) {
              cancelledAt[0] = System.nanoTime();
              cancel.cancel();
            }
          };
      try {
        MonteCarlo.run(
            big, MonteCarlo.Options.of(2_000_000, 1).withThreads(threads), progress, cancel);
        throw new IllegalStateException("the run was not cancelled");
      } catch (CancellationException expected) {
        worst = Math.max(worst, System.nanoTime() - cancelledAt[0]);
      }
    }
    System.out.printf(Locale.ROOT, "cancel to return: at most %.1f ms over 5 runs%n", worst / 1e6);
  }

  /** Polls the heap in use (live data and garbage not yet collected) and keeps the maximum. */
  private static final class HeapSampler extends Thread {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile long maxUsed;

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        maxUsed = Math.max(maxUsed, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
