package com.computegap.bench;

import com.computegap.model.Column;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.Scenario;
import com.computegap.model.Statistic;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Wall time and peak heap of the Monte Carlo target case (100,000 runs x 10 years x 10 uncertain
 * parameters, percentiles included), in a fresh JVM so that the first call shows the cold cost.
 *
 * <p>{@code ./mvnw -Pbench -DskipTests verify} runs it under {@code -Xmx512m} before the JMH benchmarks;
 * alone: {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@mc-harness}. By hand, with the test
 * class path: {@code java -Xmx512m -cp ... com.computegap.bench.MonteCarloHarness [runs] [repeats] [threads]}.
 * The first run includes JIT compilation (what a user waits for on the first click); the best of
 * the rest is the steady state. The machine is shared, so figures are noisy.
 */
public final class MonteCarloHarness {

    private MonteCarloHarness() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : BenchScenarios.TARGET_RUNS;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Scenario scenario = BenchScenarios.monteCarloTarget();
        MonteCarlo.Options options = MonteCarlo.Options.of(runs, 1).withThreads(threads);
        System.out.printf(Locale.ROOT, "Monte Carlo harness: %d runs x %d years x %d uncertain parameters,"
                        + " %d threads, max heap %d MiB, sample budget %d MiB%n",
                runs, scenario.years(), scenario.uncertainty().size(), threads,
                Runtime.getRuntime().maxMemory() >> 20, options.maxSampleBytes() >> 20);
        long best = Long.MAX_VALUE;
        double checksum = 0;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            MonteCarloResult r = MonteCarlo.run(scenario, options);
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            checksum += r.get(Column.SPEND_GAP_RATIO, scenario.endYear(), Statistic.P50);
            System.out.printf(Locale.ROOT, "  run %d: %.1f ms%s%n", i + 1, t / 1e6, i == 0 ? " (cold JVM)" : "");
        }
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        System.out.printf(Locale.ROOT, "best %.1f ms; peak heap %d MiB (sum of heap pools' peaks); %d GCs, %d ms;"
                + " checksum %s%n", best / 1e6, peakHeapBytes() >> 20, gcCount, gcMillis, checksum);
    }

    /** The sum of every heap pool's peak usage: an upper bound on the peak heap in use. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
