package com.computegap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Monte Carlo engine of MODEL.md section 3: runs the model many times with the scenario's
 * uncertain parameters drawn at random and reports, for every output column and year, the mean and
 * the nearest-rank percentiles p5, p25, p50, p75 and p95 ({@link MonteCarloResult}).
 *
 * <h2>Draws</h2>
 * <ul>
 *   <li>One draw per uncertain parameter per run, the same in every year, drawn in the order of the
 *       scenario's {@code uncertainty} list (if a path appears twice, the later entry wins).</li>
 *   <li>{@code hyperscalers[*].x} (and {@code megaProjects[*].x}) applies one draw to every element.</li>
 *   <li>Every distribution is drawn by inverting its distribution function at one uniform number
 *       ({@link Sampling}); lognormal from its p5 and p95.</li>
 *   <li>Every draw, of any distribution, is clamped to the field's valid range (MODEL.md requires it
 *       for normal draws; for lognormal it can bite on a field with an upper bound such as a
 *       percentage, and uniform and triangular bounds are validated to lie inside anyway), and then
 *       whole-number fields ({@code emissionYears}, {@code usefulLifeYears}, years of mega projects and
 *       of the shock) are rounded half-even with {@link Math#rint}, as {@link ParameterPath#with} does.
 *       An open bound ({@code unitPriceUsdK > 0}) clamps to the nearest valid double.</li>
 *   <li>{@code startYear} and {@code years} cannot be uncertain (they change which years exist): an
 *       {@link IllegalArgumentException}, as for a path that does not resolve in the scenario.</li>
 * </ul>
 *
 * <h2>Reproducibility</h2>
 * The runs are cut into fixed blocks of {@value #BLOCK_RUNS}; block {@code b} draws from its own
 * {@link SplittableRandom} seeded from {@code (seed, b)} only, and run {@code i} always lands in
 * sample slot {@code i}. Statistics are computed from the stored samples in run order after all runs,
 * so the result is bit-identical for a seed whatever the thread count, the scheduling or the memory
 * budget (see below), on any platform ({@link StrictMath} for transcendental functions).
 *
 * <h2>Memory and speed</h2>
 * Samples are kept column-major, one {@code double[runs]} per (output, year) series, and percentiles
 * are found by a three-way multi-quickselect rather than a sort. The model runs through an
 * allocation-free kernel ({@code GapKernel}) that is bit-identical to {@link GapModel#compute}. When all
 * series would exceed {@link Options#maxSampleBytes()} the outputs are processed in several passes,
 * each re-running the same draws and keeping only some series, so memory stays bounded at the cost of
 * time (results are unchanged). A scenario without uncertain parameters is computed once: every
 * percentile and the mean then equal the deterministic value.
 *
 * <h2>Progress and cancellation</h2>
 * {@link Progress#update} is called after every block and every summarised series, from worker
 * threads, serialised and with non-decreasing {@code done}. A {@link CancelFlag} (or an interrupt of
 * the calling thread) is checked between blocks and series; the call then returns within a few
 * milliseconds by throwing {@link CancellationException} and no result is produced.
 */
public final class MonteCarlo {

    /** Runs per block: the unit of random streams, of scheduling and of cancellation checks. */
    public static final int BLOCK_RUNS = 4096;

    /** Runs computed into a cache-resident buffer before their outputs are copied to the series. */
    private static final int TILE_RUNS = 64;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private MonteCarlo() {
    }

    /**
     * How to run.
     *
     * @param runs           number of runs (samples), {@code >= 1}
     * @param seed           the seed; equal seeds give bit-identical results
     * @param threads        worker threads including the caller, {@code >= 1}; does not affect the result
     * @param maxSampleBytes most memory for stored samples in one pass, {@code >= 8 * runs}; does not affect the result
     */
    public record Options(int runs, long seed, int threads, long maxSampleBytes) {

        public Options {
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be >= 1, got " + runs);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
            if (maxSampleBytes < 8L * runs) {
                throw new IllegalArgumentException("maxSampleBytes must hold one series of " + runs + " runs");
            }
        }

        /** {@code runs} runs from {@code seed} on every core, with the default memory budget. */
        public static Options of(int runs, long seed) {
            return new Options(runs, seed, Runtime.getRuntime().availableProcessors(),
                    Math.max(8L * runs, defaultSampleBudget()));
        }

        public Options withThreads(int value) {
            return new Options(runs, seed, value, maxSampleBytes);
        }

        public Options withMaxSampleBytes(long value) {
            return new Options(runs, seed, threads, value);
        }

        /**
         * 40 % of the maximum heap, at most 1 GiB: enough for 100,000 runs x 10 years x 24 outputs
         * (192 MB) in one pass under {@code -Xmx512m}.
         */
        public static long defaultSampleBudget() {
            return Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 5 * 2);
        }
    }

    /** Receives progress: {@code done} of {@code total} work units (samples written plus samples summarised). */
    @FunctionalInterface
    public interface Progress {

        /** Called from worker threads, one call at a time; must return quickly. */
        void update(long done, long total);

        static Progress none() {
            return (done, total) -> { };
        }
    }

    /** Runs without progress reports or cancellation. */
    public static MonteCarloResult run(Scenario scenario, Options options) {
        return run(scenario, options, Progress.none(), new CancelFlag());
    }

    /**
     * Runs the scenario's uncertainty.
     *
     * @throws IllegalArgumentException  when an uncertain parameter does not resolve or may not vary
     * @throws CancellationException     when {@code cancel} was set or the calling thread interrupted
     *                                   (its interrupt status is kept)
     */
    public static MonteCarloResult run(Scenario scenario, Options options, Progress progress, CancelFlag cancel) {
        return new Job(scenario, options, progress, cancel).run();
    }

    /** A path that may vary in {@code s}: resolves, and is not {@code startYear} or {@code years}. */
    static ParameterPath variablePath(String text, Scenario s) {
        ParameterPath path = ParameterPath.parse(text);
        if (path.field() == NumericField.START_YEAR || path.field() == NumericField.YEARS) {
            throw new IllegalArgumentException(text + " cannot vary: it changes which years the table has");
        }
        String reason = path.unresolvedReason(s);
        if (reason != null) {
            throw new IllegalArgumentException(reason);
        }
        return path;
    }

    /** The seed of block {@code b}'s random stream: a function of the run seed and the block index only. */
    static long blockSeed(long seed, long block) {
        return mix64(mix64(seed) + GOLDEN_GAMMA * (block + 1));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as used by {@link SplittableRandom}. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One uncertain parameter, resolved against the scenario. */
    private record Draw(Distribution distribution, NumericField field, int[] indices, ValueRange range) {

        static Draw of(UncertainParameter u, Scenario s) {
            ParameterPath path = variablePath(u.param(), s);
            NumericField field = path.field();
            return new Draw(u.distribution(), field, path.indices(s), field.validRange());
        }

        /** The parameter value at cumulative probability {@code u}: clamped, then rounded for whole-number fields. */
        double value(double u) {
            double v = range.clamp(Sampling.quantile(distribution, u));
            return field.wholeNumber() ? Math.rint(v) : v;
        }

        void apply(GapKernel kernel, double v) {
            for (int i : indices) {
                kernel.set(field, i, v);
            }
        }
    }

    /** The state of one call to {@link #run}. */
    private static final class Job {
        private final Scenario scenario;
        private final Options options;
        private final Progress progress;
        private final CancelFlag cancel;
        private final Draw[] draws;
        private final int years;
        private final int seriesCount;
        private final long totalWork;
        private long doneWork;
        private volatile boolean interrupted;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(Scenario scenario, Options options, Progress progress, CancelFlag cancel) {
            this.scenario = scenario;
            this.options = options;
            this.progress = progress;
            this.cancel = cancel;
            List<Draw> list = new ArrayList<>();
            for (UncertainParameter u : scenario.uncertainty()) {
                list.add(Draw.of(u, scenario));
            }
            this.draws = list.toArray(new Draw[0]);
            this.years = scenario.years();
            this.seriesCount = GapKernel.OUTPUTS * years;
            this.totalWork = 2L * options.runs() * seriesCount;
        }

        MonteCarloResult run() {
            if (Thread.currentThread().isInterrupted()) {
                interrupted = true;
            }
            throwIfStopped();
            double[] stats = new double[seriesCount * Percentiles.SLOTS];
            if (draws.length == 0) {
                deterministic(stats);
            } else {
                sampled(stats);
            }
            throwIfStopped();
            return result(stats);
        }

        /** No uncertainty: every run is the same, so one run stands for all of them. */
        private void deterministic(double[] stats) {
            double[] row = new double[seriesCount];
            new GapKernel(scenario).run(row);
            double[] one = new double[1];
            for (int id = 0; id < seriesCount; id++) {
                one[0] = row[(id % years) * GapKernel.OUTPUTS + id / years];
                Percentiles.summarizeInPlace(one, 1, stats, id * Percentiles.SLOTS);
                stats[id * Percentiles.SLOTS + Percentiles.NAN_COUNT] *= options.runs();
                stats[id * Percentiles.SLOTS + Percentiles.INFINITE_COUNT] *= options.runs();
            }
            advance(totalWork);
        }

        private void sampled(double[] stats) {
            int runs = options.runs();
            int perPass = (int) Math.max(1, Math.min(seriesCount, options.maxSampleBytes() / (8L * runs)));
            int blocks = (runs + BLOCK_RUNS - 1) / BLOCK_RUNS;
            int threads = options.threads();
            double[][] samples = new double[perPass][runs];
            GapKernel[] kernels = new GapKernel[threads];
            double[][] tiles = new double[threads][];
            for (int w = 0; w < threads; w++) {
                kernels[w] = new GapKernel(scenario);
                tiles[w] = new double[TILE_RUNS * seriesCount];
            }
            for (int from = 0; from < seriesCount && !stopped(); from += perPass) {
                int first = from;
                int count = Math.min(perPass, seriesCount - from);
                int[] source = new int[count];
                for (int k = 0; k < count; k++) {
                    int id = first + k;
                    source[k] = (id % years) * GapKernel.OUTPUTS + id / years;
                }
                parallel(blocks, threads, (worker, block) ->
                        simulate(block, kernels[worker], tiles[worker], samples, source));
                parallel(count, threads, (worker, k) -> {
                    Percentiles.summarizeInPlace(samples[k], runs, stats, (first + k) * Percentiles.SLOTS);
                    advance(runs);
                });
            }
        }

        /**
         * Runs one block and writes the selected series of each run into its sample slot. Runs are
         * computed a tile at a time into a row-major buffer that stays in cache, then copied out
         * series by series: writing each run straight into a few hundred series arrays would hit
         * the same cache sets over and over, since large arrays start on aligned addresses.
         */
        private void simulate(int block, GapKernel kernel, double[] tile, double[][] samples, int[] source) {
            SplittableRandom rng = new SplittableRandom(blockSeed(options.seed(), block));
            int start = block * BLOCK_RUNS;
            int end = Math.min(options.runs(), start + BLOCK_RUNS);
            for (int tileStart = start; tileStart < end; tileStart += TILE_RUNS) {
                int tileRuns = Math.min(TILE_RUNS, end - tileStart);
                for (int r = 0, o = 0; r < tileRuns; r++, o += seriesCount) {
                    for (Draw d : draws) {
                        d.apply(kernel, d.value(Sampling.uniformOpen(rng)));
                    }
                    kernel.run(tile, o);
                }
                for (int k = 0; k < source.length; k++) {
                    double[] series = samples[k];
                    for (int r = 0, o = source[k]; r < tileRuns; r++, o += seriesCount) {
                        series[tileStart + r] = tile[o];
                    }
                }
            }
            advance((long) (end - start) * source.length);
        }

        private MonteCarloResult result(double[] stats) {
            int statCount = Statistic.all().size();
            double[] values = new double[seriesCount * statCount];
            int[] nan = new int[seriesCount];
            int[] infinite = new int[seriesCount];
            for (int id = 0; id < seriesCount; id++) {
                int output = id / years;
                int n = id % years;
                int base = id * Percentiles.SLOTS;
                for (int s = 0; s < statCount; s++) {
                    values[(output * statCount + s) * years + n] = stats[base + s];
                }
                nan[id] = (int) stats[base + Percentiles.NAN_COUNT];
                infinite[id] = (int) stats[base + Percentiles.INFINITE_COUNT];
            }
            return new MonteCarloResult(options.runs(), options.seed(), scenario.startYear(), years,
                    scenario.uncertainty(), values, nan, infinite);
        }

        private synchronized void advance(long work) {
            doneWork += work;
            progress.update(doneWork, totalWork);
        }

        private boolean stopped() {
            return cancel.isCancelled() || interrupted || failure.get() != null;
        }

        private void throwIfStopped() {
            Throwable t = failure.get();
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
            if (cancel.isCancelled() || interrupted) {
                throw new CancellationException("Monte Carlo run cancelled");
            }
        }

        @FunctionalInterface
        private interface Task {
            void run(int worker, int index);
        }

        /**
         * Runs tasks {@code 0 .. count-1} on the caller and up to {@code threads - 1} helper threads,
         * each taking the next task until none is left or the job is stopped. Tasks write only to
         * their own slots, so the order they run in does not matter.
         */
        private void parallel(int count, int threads, Task task) {
            AtomicInteger next = new AtomicInteger();
            int helpers = Math.min(threads, count) - 1;
            Thread[] started = new Thread[Math.max(0, helpers)];
            for (int h = 0; h < started.length; h++) {
                int worker = h + 1;
                started[h] = new Thread(() -> work(worker, count, next, task), "monte-carlo-" + worker);
                started[h].setDaemon(true);
                started[h].start();
            }
            work(0, count, next, task);
            boolean wasInterrupted = false;
            for (Thread t : started) {
                while (true) {
                    try {
                        t.join();
                        break;
                    } catch (InterruptedException e) {
                        wasInterrupted = true;
                        interrupted = true;
                    }
                }
            }
            if (wasInterrupted) {
                Thread.currentThread().interrupt();
            }
            throwIfStopped();
        }

        private void work(int worker, int count, AtomicInteger next, Task task) {
            boolean caller = worker == 0;
            try {
                while (true) {
                    if (caller && Thread.currentThread().isInterrupted()) {
                        interrupted = true;
                    }
                    if (stopped()) {
                        return;
                    }
                    int i = next.getAndIncrement();
                    if (i >= count) {
                        return;
                    }
                    task.run(worker, i);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }
    }
}
