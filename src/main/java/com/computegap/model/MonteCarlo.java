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
 * {@link SplittableRandom} seeded from {@code (seed, b)} only. Percentiles are exact order statistics
 * of all the runs' outputs ({@code -0.0} counted as {@code 0.0}), and the mean is summed per block in
 * run order and then over blocks in block order, so the result is bit-identical for a seed whatever
 * the thread count or the scheduling, on any platform ({@link StrictMath} for transcendental functions).
 *
 * <h2>Memory and speed</h2>
 * The model runs through an allocation-free kernel ({@code GapKernel}) that is bit-identical to
 * {@link GapModel#compute}, a tile of runs at a time into a small row-major buffer. Up to
 * {@value #STORE_LIMIT_BYTES} bytes of samples (for example 10,000 runs over 10 years) every sample
 * is kept, column-major in a few large arrays, and each series goes through a histogram-guided
 * multi-quickselect ({@link Percentiles}). Beyond that nothing is kept: the draws are re-run in
 * a short pilot and a few passes (typically two) that count values in ever narrower key ranges
 * around each wanted rank and finally gather the few hundred values left, so 100,000 runs over
 * 10 years need a few MB instead of 192 MB (fresh memory is slow to touch the first time, which
 * dominated a cold run); both ways give the same bits. A scenario without uncertain parameters is
 * computed once: every percentile and the mean then equal the deterministic value.
 *
 * <h2>Progress and cancellation</h2>
 * {@link Progress#update} is called after every block of every pass, from worker threads, serialised
 * and with non-decreasing {@code done}; {@code total} grows by one pass in the rare case that a pass
 * more than planned is needed, and the last call has {@code done == total}. A {@link CancelFlag} (or an interrupt of
 * the calling thread) is checked between blocks and series; the call then returns within a few
 * milliseconds by throwing {@link CancellationException} and no result is produced.
 */
public final class MonteCarlo {

    /** Runs per block: the unit of random streams, of scheduling and of cancellation checks. */
    public static final int BLOCK_RUNS = 4096;

    /** Runs computed into a cache-resident buffer before their outputs are handed on. */
    private static final int TILE_RUNS = 64;

    /** Target size of one array of stored samples. */
    private static final long SLAB_BYTES = 32L << 20;

    /** Up to this many bytes of samples ({@code 8 * runs * series}) every sample is stored. */
    static final long STORE_LIMIT_BYTES = 32L << 20;

    private static final int BUCKET_BITS = 10;
    private static final int BUCKETS = 1 << BUCKET_BITS;
    /** A window with at most this many values is gathered in full on the next pass. */
    private static final int COLLECT_CAP = 16_384;
    /** At most this many values gathered in one pass, over all windows. */
    private static final long COLLECT_BUDGET = 4L << 20;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private MonteCarlo() {
    }

    /**
     * How to run.
     *
     * @param runs    number of runs (samples), {@code 1 .. 2^31-1}
     * @param seed    the seed; equal seeds give bit-identical results
     * @param threads worker threads including the caller, {@code >= 1}; does not affect the result
     */
    public record Options(int runs, long seed, int threads) {

        public Options {
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be >= 1, got " + runs);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
        }

        /** {@code runs} runs from {@code seed} on every core. */
        public static Options of(int runs, long seed) {
            return new Options(runs, seed, Runtime.getRuntime().availableProcessors());
        }

        public Options withThreads(int value) {
            return new Options(runs, seed, value);
        }
    }

    /** How percentiles are found; both give the same bits, {@link #AUTO} picks by memory. */
    enum Strategy {
        /** {@link #STORE} up to {@link #STORE_LIMIT_BYTES} of samples, {@link #STREAM} beyond. */
        AUTO,
        /** Keep every sample, one pass. */
        STORE,
        /** Keep none: narrow each percentile down over repeated passes with the same draws. */
        STREAM
    }

    /** Receives progress: {@code done} of {@code total} work units (runs simulated, over all passes). */
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
        return run(scenario, options, progress, cancel, Strategy.AUTO);
    }

    /** {@link #run(Scenario, Options, Progress, CancelFlag)} with a chosen strategy (tests compare them). */
    static MonteCarloResult run(Scenario scenario, Options options, Progress progress, CancelFlag cancel,
                                Strategy strategy) {
        return new Job(scenario, options, progress, cancel, strategy).run();
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
    private record Draw(Distribution distribution, NumericField field, int[] indices, ValueRange range,
                        double mu, double sigma) {

        static Draw of(UncertainParameter u, Scenario s) {
            ParameterPath path = variablePath(u.param(), s);
            NumericField field = path.field();
            Distribution d = u.distribution();
            boolean logNormal = d instanceof Distribution.LogNormal l && l.p5() != l.p95();
            double mu = logNormal ? ((Distribution.LogNormal) d).mu() : 0;
            double sigma = logNormal ? ((Distribution.LogNormal) d).sigma() : 0;
            return new Draw(d, field, path.indices(s), field.validRange(), mu, sigma);
        }

        /**
         * The parameter value at cumulative probability {@code u}: {@link Sampling#quantile} (with a
         * lognormal's mu and sigma worked out once), clamped, then rounded for whole-number fields.
         */
        double value(double u) {
            double q = sigma > 0
                    ? StrictMath.exp(mu + sigma * Sampling.inverseStandardNormal(u))
                    : Sampling.quantile(distribution, u);
            double v = range.clamp(q);
            return field.wholeNumber() ? Math.rint(v) : v;
        }

        void apply(GapKernel kernel, double v) {
            for (int i : indices) {
                kernel.set(field, i, v);
            }
        }
    }

    /**
     * Every stored sample: series {@code k} is {@code slab(k)[start(k) .. start(k) + runs)}.
     * Series are packed into slabs of about {@value #SLAB_BYTES} bytes rather than one array each:
     * G1 gives every array above half a region (0.5 MB at a 512 MB heap) whole regions of its own,
     * which would waste a fifth of the memory at 100,000 runs, while one array for everything would
     * need a single contiguous run of free regions.
     */
    private static final class Samples {
        private final double[][] slabs;
        private final int perSlab;
        private final int runs;

        Samples(int series, int runs) {
            this.runs = runs;
            this.perSlab = (int) Math.max(1, SLAB_BYTES / (8L * runs));
            int count = (series + perSlab - 1) / perSlab;
            slabs = new double[count][];
            for (int i = 0; i < count; i++) {
                int inSlab = Math.min(perSlab, series - i * perSlab);
                slabs[i] = new double[inSlab * runs];
            }
        }

        double[] slab(int k) {
            return slabs[k / perSlab];
        }

        int start(int k) {
            return (k % perSlab) * runs;
        }
    }

    /** The sortable key of a non-NaN double without {@code -0.0}: signed order of keys = order of values. */
    static long key(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** The inverse of {@link #key}. */
    static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    /**
     * Key ranges still being narrowed down, sorted by series then by key, disjoint within a series.
     * Each holds some wanted ranks; {@code below} counts the series' non-NaN values with smaller keys.
     */
    private static final class Windows {
        final int count;
        final int[] series;
        final long[] lo;
        final long[] hi;
        final int[] shift;
        final boolean[] collect;
        /** An open window also counts the keys below {@code lo} and above {@code hi}, in two extra bins. */
        final boolean[] open;
        final long[] below;
        final int[] size;
        final int[][] ranks;
        final int[][] percentiles;
        /** Windows of series {@code j} are {@code [first[j], first[j + 1])}. */
        final int[] first;

        Windows(List<long[]> rows, List<int[][]> wanted, int seriesCount) {
            count = rows.size();
            series = new int[count];
            lo = new long[count];
            hi = new long[count];
            shift = new int[count];
            collect = new boolean[count];
            open = new boolean[count];
            below = new long[count];
            size = new int[count];
            ranks = new int[count][];
            percentiles = new int[count][];
            first = new int[seriesCount + 1];
            long collected = 0;
            for (int w = 0; w < count; w++) {
                long[] r = rows.get(w);
                series[w] = (int) r[0];
                lo[w] = r[1];
                hi[w] = r[2];
                below[w] = r[3];
                size[w] = (int) r[4];
                ranks[w] = wanted.get(w)[0];
                percentiles[w] = wanted.get(w)[1];
                long width = hi[w] - lo[w];
                shift[w] = Math.max(0, 64 - Long.numberOfLeadingZeros(width) - BUCKET_BITS);
                if (size[w] <= COLLECT_CAP && collected + size[w] <= COLLECT_BUDGET) {
                    collect[w] = true;
                    collected += size[w];
                }
                first[series[w] + 1] = w + 1;
            }
            for (int j = 1; j <= seriesCount; j++) {
                first[j] = Math.max(first[j], first[j - 1]);
            }
        }
    }

    /** What one worker gathers in one pass over a {@link Windows}. */
    private static final class Gathered {
        final int[][] histogram;
        final double[][] values;
        final int[] filled;
        final long[] minKey;
        final long[] maxKey;

        Gathered(Windows windows) {
            int n = windows.count;
            histogram = new int[n][];
            values = new double[n][];
            filled = new int[n];
            minKey = new long[n];
            maxKey = new long[n];
            java.util.Arrays.fill(minKey, Long.MAX_VALUE);
            java.util.Arrays.fill(maxKey, Long.MIN_VALUE);
            for (int w = 0; w < n; w++) {
                if (windows.collect[w]) {
                    values[w] = new double[Math.min(windows.size[w], 64)];
                } else {
                    histogram[w] = new int[windows.open[w] ? BUCKETS + 2 : BUCKETS];
                }
            }
        }

        void add(Windows windows, int w, long key, double x) {
            if (key < minKey[w]) {
                minKey[w] = key;
            }
            if (key > maxKey[w]) {
                maxKey[w] = key;
            }
            if (windows.collect[w]) {
                if (filled[w] == values[w].length) {
                    values[w] = java.util.Arrays.copyOf(values[w], Math.min(windows.size[w], 2 * filled[w]));
                }
                values[w][filled[w]++] = x;
            } else {
                histogram[w][(int) ((key - windows.lo[w]) >>> windows.shift[w])]++;
            }
        }
    }

    /** What one worker owns: its kernel, its tile, its counts of NaN and infinite outputs per series. */
    private static final class Worker {
        final int index;
        final GapKernel kernel;
        final double[] tile;
        final int[] nan;
        final int[] positiveInfinite;
        final int[] negativeInfinite;
        Gathered gathered;

        Worker(int index, Scenario scenario, int seriesCount) {
            this.index = index;
            kernel = new GapKernel(scenario);
            tile = new double[TILE_RUNS * seriesCount];
            nan = new int[seriesCount];
            positiveInfinite = new int[seriesCount];
            negativeInfinite = new int[seriesCount];
        }
    }

    /** Receives the outputs of {@code tileRuns} consecutive runs, row-major, {@code seriesCount} per run. */
    @FunctionalInterface
    private interface TileSink {
        void accept(Worker worker, int block, int tileStart, int tileRuns);
    }

    /** The state of one call to {@link #run}. */
    private static final class Job {
        private final Scenario scenario;
        private final Options options;
        private final Progress progress;
        private final CancelFlag cancel;
        private final Strategy strategy;
        private final Draw[] draws;
        private final int runs;
        private final int years;
        private final int seriesCount;
        private final int blocks;
        /** Where series {@code id} (output-major: {@code output * years + yearIndex}) sits in a run's row. */
        private final int[] source;
        private final Worker[] workers;
        /** Per block and series: finite outputs, the first of them, and the sum of their offsets from it. */
        private final int[] blockFinite;
        private final double[] blockShift;
        private final double[] blockSum;
        private final double[] stats;
        /** The first pass's windows, one per series: they also route values to later windows. */
        private Windows whole;
        private long totalWork;
        private long doneWork;
        private volatile boolean interrupted;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(Scenario scenario, Options options, Progress progress, CancelFlag cancel, Strategy strategy) {
            this.scenario = scenario;
            this.options = options;
            this.progress = progress;
            this.cancel = cancel;
            this.strategy = strategy;
            List<Draw> list = new ArrayList<>();
            for (UncertainParameter u : scenario.uncertainty()) {
                list.add(Draw.of(u, scenario));
            }
            this.draws = list.toArray(new Draw[0]);
            this.runs = options.runs();
            this.years = scenario.years();
            this.seriesCount = GapKernel.OUTPUTS * years;
            this.blocks = (runs + BLOCK_RUNS - 1) / BLOCK_RUNS;
            this.source = new int[seriesCount];
            for (int id = 0; id < seriesCount; id++) {
                source[id] = (id % years) * GapKernel.OUTPUTS + id / years;
            }
            this.workers = new Worker[draws.length == 0 ? 0 : Math.min(options.threads(), blocks)];
            boolean sampled = draws.length > 0;
            this.blockFinite = new int[sampled ? blocks * seriesCount : 0];
            this.blockShift = new double[blockFinite.length];
            this.blockSum = new double[blockFinite.length];
            this.stats = new double[seriesCount * Percentiles.SLOTS];
        }

        MonteCarloResult run() {
            if (Thread.currentThread().isInterrupted()) {
                interrupted = true;
            }
            throwIfStopped();
            if (draws.length == 0) {
                deterministic();
            } else {
                for (int w = 0; w < workers.length; w++) {
                    workers[w] = new Worker(w, scenario, seriesCount);
                }
                boolean store = strategy == Strategy.STORE
                        || (strategy == Strategy.AUTO && 8L * runs * seriesCount <= STORE_LIMIT_BYTES);
                if (store) {
                    stored();
                } else {
                    streamed();
                }
                moments();
            }
            throwIfStopped();
            if (doneWork < totalWork) {
                advance(totalWork - doneWork);
            }
            return result();
        }

        /** No uncertainty: every run is the same, so one run stands for all of them. */
        private void deterministic() {
            totalWork = 1;
            double[] row = new double[seriesCount];
            new GapKernel(scenario).run(row);
            double[] one = new double[1];
            for (int id = 0; id < seriesCount; id++) {
                one[0] = row[source[id]] + 0.0;
                Percentiles.summarizeInPlace(one, 0, 1, stats, id * Percentiles.SLOTS);
                stats[id * Percentiles.SLOTS + Percentiles.NAN_COUNT] *= runs;
                stats[id * Percentiles.SLOTS + Percentiles.INFINITE_COUNT] *= runs;
            }
            advance(1);
        }

        /** Every sample kept (column-major slabs), one pass, then a multi-quickselect per series. */
        private void stored() {
            totalWork = 2L * runs;
            Samples samples = new Samples(seriesCount, runs);
            simulate(blocks, (worker, block, tileStart, tileRuns) -> {
                gatherMoments(worker, block, tileRuns);
                double[] tile = worker.tile;
                for (int j = 0; j < seriesCount; j++) {
                    double[] slab = samples.slab(j);
                    int at = samples.start(j) + tileStart;
                    for (int r = 0, o = source[j]; r < tileRuns; r++, o += seriesCount) {
                        slab[at + r] = tile[o];
                    }
                }
            });
            parallel(seriesCount, (worker, j) -> {
                Percentiles.summarizeInPlace(samples.slab(j), samples.start(j), runs, stats, j * Percentiles.SLOTS);
                advance((long) runs * (j + 1) / seriesCount - (long) runs * j / seriesCount);
            });
        }

        /**
         * No sample kept; the same draws are re-run in passes. A pilot over the first block finds each
         * series' range of keys (sortable bits of the value); the first full pass gathers the moments
         * and a {@value #BUCKETS}-bucket histogram of that range, with two more bins for keys below and
         * above it; each later pass either histograms, inside the buckets that hold a wanted rank, or,
         * once at most {@value #COLLECT_CAP} values are left there, gathers them for a quickselect.
         * Counting is order-free and the gathered values give the same order statistic in any order,
         * so the result is exactly that of sorting every sample. Typically the pilot and two passes;
         * every histogram narrows a range by 2^10, so a rank is pinned down after at most seven.
         */
        private void streamed() {
            int pilotRuns = Math.min(BLOCK_RUNS, runs);
            totalWork = 2L * runs + pilotRuns;
            // Pilot: the key range of each series over the first block aims the first histogram.
            long[][] pilot = new long[workers.length][];
            for (int w = 0; w < workers.length; w++) {
                pilot[w] = new long[2 * seriesCount];
                for (int j = 0; j < seriesCount; j++) {
                    pilot[w][2 * j] = Long.MAX_VALUE;
                    pilot[w][2 * j + 1] = Long.MIN_VALUE;
                }
            }
            simulate(1, (worker, block, tileStart, tileRuns) -> {
                long[] range = pilot[worker.index];
                double[] tile = worker.tile;
                for (int j = 0; j < seriesCount; j++) {
                    for (int r = 0, o = source[j]; r < tileRuns; r++, o += seriesCount) {
                        double x = tile[o];
                        if (x == x) {
                            long key = key(x);
                            range[2 * j] = Math.min(range[2 * j], key);
                            range[2 * j + 1] = Math.max(range[2 * j + 1], key);
                        }
                    }
                }
            });
            List<long[]> rows = new ArrayList<>();
            List<int[][]> none = new ArrayList<>();
            for (int j = 0; j < seriesCount; j++) {
                long lo = Long.MAX_VALUE;
                long hi = Long.MIN_VALUE;
                for (long[] range : pilot) {
                    lo = Math.min(lo, range[2 * j]);
                    hi = Math.max(hi, range[2 * j + 1]);
                }
                if (lo > hi) {
                    lo = Long.MIN_VALUE;
                    hi = Long.MAX_VALUE;
                }
                rows.add(new long[] {j, lo, hi, 0, runs});
                none.add(new int[][] {new int[0], new int[0]});
            }
            whole = new Windows(rows, none, seriesCount);
            for (int w = 0; w < whole.count; w++) {
                whole.collect[w] = false;
                whole.open[w] = true;
            }
            firstPass(whole);
            // The ranks are known once the NaN counts are.
            int[] nan = new int[seriesCount];
            for (Worker worker : workers) {
                for (int j = 0; j < seriesCount; j++) {
                    nan[j] += worker.nan[j];
                }
            }
            List<Statistic> percentiles = Statistic.percentiles();
            for (int j = 0; j < seriesCount; j++) {
                int m = runs - nan[j];
                int[] r = new int[percentiles.size()];
                int[] p = new int[percentiles.size()];
                for (int i = 0; i < r.length; i++) {
                    r[i] = m == 0 ? -1 : Percentiles.nearestRankIndex(percentiles.get(i).percent(), m);
                    p[i] = i;
                    if (m == 0) {
                        answer(j, i, Double.NaN);
                    }
                }
                whole.ranks[j] = m == 0 ? new int[0] : r;
                whole.percentiles[j] = m == 0 ? new int[0] : p;
            }
            Windows windows = narrow(whole);
            while (windows.count > 0) {
                throwIfStopped();
                if (doneWork + runs > totalWork) {
                    totalWork += runs;
                }
                pass(windows);
                windows = narrow(windows);
            }
        }

        /**
         * The first full pass: the moments, and per series a histogram over the pilot's key range
         * with two extra bins for keys below and above it (window {@code j} is series {@code j}).
         */
        private void firstPass(Windows whole) {
            for (Worker worker : workers) {
                worker.gathered = new Gathered(whole);
            }
            simulate(blocks, (worker, block, tileStart, tileRuns) -> {
                gatherMoments(worker, block, tileRuns);
                double[] tile = worker.tile;
                int[][] histograms = worker.gathered.histogram;
                for (int j = 0; j < seriesCount; j++) {
                    int[] h = histograms[j];
                    long lo = whole.lo[j];
                    long hi = whole.hi[j];
                    int shift = whole.shift[j];
                    for (int r = 0, o = source[j]; r < tileRuns; r++, o += seriesCount) {
                        double x = tile[o];
                        if (x == x) {
                            long key = key(x);
                            h[key < lo ? 0 : key > hi ? BUCKETS + 1 : 1 + (int) ((key - lo) >>> shift)]++;
                        }
                    }
                }
            });
        }

        /**
         * A later pass: histograms of the open windows' keys, or their values once few are left.
         * Every window lies inside one bin of its series' first histogram, so a table from that bin to
         * the first window in it sends most values (those in no window) on after one lookup.
         */
        private void pass(Windows windows) {
            for (Worker worker : workers) {
                worker.gathered = new Gathered(windows);
            }
            int[][] route = new int[seriesCount][];
            for (int j = 0; j < seriesCount; j++) {
                if (windows.first[j] < windows.first[j + 1]) {
                    route[j] = new int[BUCKETS + 2];
                    java.util.Arrays.fill(route[j], -1);
                    for (int w = windows.first[j + 1] - 1; w >= windows.first[j]; w--) {
                        route[j][firstBin(j, windows.lo[w])] = w;
                    }
                }
            }
            simulate(blocks, (worker, block, tileStart, tileRuns) -> {
                double[] tile = worker.tile;
                Gathered g = worker.gathered;
                for (int j = 0; j < seriesCount; j++) {
                    int[] table = route[j];
                    if (table == null) {
                        continue;
                    }
                    int w1 = windows.first[j + 1];
                    long lo = whole.lo[j];
                    long hi = whole.hi[j];
                    int shift = whole.shift[j];
                    for (int r = 0, o = source[j]; r < tileRuns; r++, o += seriesCount) {
                        double x = tile[o];
                        if (x != x) {
                            continue;
                        }
                        long key = key(x);
                        int w = table[key < lo ? 0 : key > hi ? BUCKETS + 1 : 1 + (int) ((key - lo) >>> shift)];
                        for (; w >= 0 && w < w1 && windows.lo[w] <= key; w++) {
                            if (key <= windows.hi[w]) {
                                g.add(windows, w, key, x);
                                break;
                            }
                        }
                    }
                }
            });
        }

        /** The bin of {@code key} in series {@code j}'s first histogram (0 and the last: outside its range). */
        private int firstBin(int j, long key) {
            long lo = whole.lo[j];
            long hi = whole.hi[j];
            return key < lo ? 0 : key > hi ? BUCKETS + 1 : 1 + (int) ((key - lo) >>> whole.shift[j]);
        }

        /** Resolves what a pass settled and returns the windows still open. */
        private Windows narrow(Windows windows) {
            List<long[]> rows = new ArrayList<>();
            List<int[][]> wanted = new ArrayList<>();
            for (int w = 0; w < windows.count; w++) {
                int[] ranks = windows.ranks[w];
                if (ranks.length == 0) {
                    continue;
                }
                int j = windows.series[w];
                long min = Long.MAX_VALUE;
                long max = Long.MIN_VALUE;
                for (Worker worker : workers) {
                    min = Math.min(min, worker.gathered.minKey[w]);
                    max = Math.max(max, worker.gathered.maxKey[w]);
                }
                if (min == max) {
                    for (int p : windows.percentiles[w]) {
                        answer(j, p, value(min));
                    }
                } else if (windows.collect[w]) {
                    double[] all = new double[windows.size[w]];
                    int n = 0;
                    for (Worker worker : workers) {
                        Gathered g = worker.gathered;
                        System.arraycopy(g.values[w], 0, all, n, g.filled[w]);
                        n += g.filled[w];
                    }
                    if (n != all.length) {
                        throw new IllegalStateException("gathered " + n + " values, counted " + all.length);
                    }
                    int[] local = new int[ranks.length];
                    for (int i = 0; i < ranks.length; i++) {
                        local[i] = (int) (ranks[i] - windows.below[w]);
                    }
                    double[] found = Percentiles.selectRanks(all, n, local);
                    for (int i = 0; i < ranks.length; i++) {
                        answer(j, windows.percentiles[w][i], found[i]);
                    }
                } else {
                    split(windows, w, rows, wanted);
                }
            }
            return new Windows(rows, wanted, seriesCount);
        }

        /**
         * Finds each wanted rank's bucket in window {@code w} and opens a window per bucket. An open
         * window's first and last bins hold the keys below and above its range.
         */
        private void split(Windows windows, int w, List<long[]> rows, List<int[][]> wanted) {
            boolean open = windows.open[w];
            int bins = open ? BUCKETS + 2 : BUCKETS;
            int[] histogram = new int[bins];
            for (Worker worker : workers) {
                int[] h = worker.gathered.histogram[w];
                for (int b = 0; b < bins; b++) {
                    histogram[b] += h[b];
                }
            }
            int[] ranks = windows.ranks[w];
            int shift = windows.shift[w];
            long width = windows.hi[w] - windows.lo[w];
            long before = windows.below[w];
            int i = 0;
            for (int bin = 0; bin < bins && i < ranks.length; bin++) {
                long after = before + histogram[bin];
                int from = i;
                while (i < ranks.length && ranks[i] < after) {
                    i++;
                }
                if (i > from) {
                    long lo;
                    long hi;
                    int b = open ? bin - 1 : bin;
                    if (b < 0) {
                        lo = Long.MIN_VALUE;
                        hi = windows.lo[w] - 1;
                    } else if (b == BUCKETS) {
                        lo = windows.hi[w] + 1;
                        hi = Long.MAX_VALUE;
                    } else {
                        long offset = (long) b << shift;
                        long end = offset + ((1L << shift) - 1);
                        if (Long.compareUnsigned(end, width) > 0) {
                            end = width;
                        }
                        lo = windows.lo[w] + offset;
                        hi = windows.lo[w] + end;
                    }
                    int[] r = java.util.Arrays.copyOfRange(ranks, from, i);
                    int[] p = java.util.Arrays.copyOfRange(windows.percentiles[w], from, i);
                    if (lo == hi) {
                        for (int q : p) {
                            answer(windows.series[w], q, value(lo));
                        }
                    } else {
                        rows.add(new long[] {windows.series[w], lo, hi, before, histogram[bin]});
                        wanted.add(new int[][] {r, p});
                    }
                }
                before = after;
            }
            if (i < ranks.length) {
                throw new IllegalStateException("rank " + ranks[i] + " beyond the counted values");
            }
        }

        private void answer(int series, int percentile, double v) {
            stats[series * Percentiles.SLOTS + Statistic.percentiles().get(percentile).ordinal()] = v;
        }

        /** Per-block moments of a tile's outputs, and per-worker NaN and infinity counts. */
        private void gatherMoments(Worker worker, int block, int tileRuns) {
            double[] tile = worker.tile;
            for (int j = 0; j < seriesCount; j++) {
                int at = block * seriesCount + j;
                int finite = blockFinite[at];
                double shift = blockShift[at];
                double sum = blockSum[at];
                for (int r = 0, o = source[j]; r < tileRuns; r++, o += seriesCount) {
                    double x = tile[o];
                    if (x - x == 0) {
                        if (finite == 0) {
                            shift = x;
                        }
                        sum += x - shift;
                        finite++;
                    } else if (x != x) {
                        worker.nan[j]++;
                    } else if (x > 0) {
                        worker.positiveInfinite[j]++;
                    } else {
                        worker.negativeInfinite[j]++;
                    }
                }
                blockFinite[at] = finite;
                blockShift[at] = shift;
                blockSum[at] = sum;
            }
        }

        /**
         * The mean and the NaN and infinity counts from the moments. The mean is {@code NaN} with no
         * non-NaN sample or with both infinities, {@code ±Infinity} with one of them, otherwise
         * {@code s0 + (sum over blocks in order of (blockSum + finite * (blockShift - s0))) / finite}, where
         * each block sums its samples in run order as offsets from its first finite sample and
         * {@code s0} is the first finite sample of all: exact for a constant output, and the same
         * whatever the thread count.
         */
        private void moments() {
            for (int j = 0; j < seriesCount; j++) {
                long nan = 0;
                long positive = 0;
                long negative = 0;
                for (Worker worker : workers) {
                    nan += worker.nan[j];
                    positive += worker.positiveInfinite[j];
                    negative += worker.negativeInfinite[j];
                }
                long finite = 0;
                double s0 = 0;
                double total = 0;
                for (int b = 0; b < blocks; b++) {
                    int at = b * seriesCount + j;
                    int count = blockFinite[at];
                    if (count == 0) {
                        continue;
                    }
                    if (finite == 0) {
                        s0 = blockShift[at];
                    }
                    total += blockSum[at] + count * (blockShift[at] - s0);
                    finite += count;
                }
                double mean;
                if (runs - nan == 0 || (positive > 0 && negative > 0)) {
                    mean = Double.NaN;
                } else if (positive > 0) {
                    mean = Double.POSITIVE_INFINITY;
                } else if (negative > 0) {
                    mean = Double.NEGATIVE_INFINITY;
                } else {
                    mean = s0 + total / finite;
                }
                int base = j * Percentiles.SLOTS;
                stats[base] = mean;
                stats[base + Percentiles.NAN_COUNT] = nan;
                stats[base + Percentiles.INFINITE_COUNT] = positive + negative;
            }
        }

        /**
         * One pass over the runs of the first {@code blockCount} blocks: blocks in parallel, each from
         * its own random stream, computed a tile at a time into the worker's row-major tile (which
         * stays in cache) and handed to {@code sink}.
         * {@code -0.0} outputs become {@code 0.0}, so equal values always have equal bits.
         */
        private void simulate(int blockCount, TileSink sink) {
            parallel(blockCount, (w, block) -> {
                Worker worker = workers[w];
                GapKernel kernel = worker.kernel;
                double[] tile = worker.tile;
                SplittableRandom rng = new SplittableRandom(blockSeed(options.seed(), block));
                int start = block * BLOCK_RUNS;
                int end = Math.min(runs, start + BLOCK_RUNS);
                for (int tileStart = start; tileStart < end; tileStart += TILE_RUNS) {
                    int tileRuns = Math.min(TILE_RUNS, end - tileStart);
                    for (int r = 0, o = 0; r < tileRuns; r++, o += seriesCount) {
                        for (Draw d : draws) {
                            d.apply(kernel, d.value(Sampling.uniformOpen(rng)));
                        }
                        kernel.run(tile, o);
                    }
                    for (int i = 0, n = tileRuns * seriesCount; i < n; i++) {
                        tile[i] += 0.0;
                    }
                    sink.accept(worker, block, tileStart, tileRuns);
                }
                advance(end - start);
            });
        }

        private MonteCarloResult result() {
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
            return new MonteCarloResult(runs, options.seed(), scenario.startYear(), years,
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
         * Runs tasks {@code 0 .. count-1} on the caller and up to {@code workers - 1} helper threads,
         * each taking the next task until none is left or the job is stopped. Tasks write only to
         * their own slots or to their worker's state, so the order they run in does not matter.
         */
        private void parallel(int count, Task task) {
            AtomicInteger next = new AtomicInteger();
            int helpers = Math.max(0, Math.min(workers.length, count) - 1);
            Thread[] started = new Thread[helpers];
            for (int h = 0; h < helpers; h++) {
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
