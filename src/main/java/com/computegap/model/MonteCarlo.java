package com.computegap.model;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

/**
 * The Monte Carlo engine of MODEL.md section 3: runs the model many times with the scenario's
 * uncertain parameters drawn at random and reports, for every output column and year, the mean and
 * the nearest-rank percentiles p5, p25, p50, p75 and p95 ({@link MonteCarloResult}).
 *
 * <h2>Draws</h2>
 *
 * <ul>
 *   <li>One draw per uncertain parameter per run, the same in every year, drawn in the order of the
 *       scenario's {@code uncertainty} list (if a path appears twice, the later entry wins).
 *   <li>{@code hyperscalers[*].x} (and {@code megaProjects[*].x}) applies one draw to every
 *       element.
 *   <li>Every distribution is drawn by inverting its distribution function at one uniform number
 *       ({@link Sampling}); lognormal from its p5 and p95.
 *   <li>Every draw, of any distribution, is clamped to the field's valid range (MODEL.md requires
 *       it for normal draws; for lognormal it can bite on a field with an upper bound such as a
 *       percentage, and uniform and triangular bounds are validated to lie inside anyway), and then
 *       whole-number fields ({@code emissionYears}, {@code usefulLifeYears}, years of mega projects
 *       and of the shock) are rounded half-even with {@link Math#rint}, as {@link
 *       ParameterPath#with} does. An open bound ({@code unitPriceUsdK > 0}) clamps to the nearest
 *       valid double.
 *   <li>{@code startYear} and {@code years} cannot be uncertain (they change which years exist): an
 *       {@link IllegalArgumentException}, as for a path that does not resolve in the scenario.
 * </ul>
 *
 * <h2>Reproducibility</h2>
 *
 * The runs are cut into fixed blocks of {@value #BLOCK_RUNS}; block {@code b} draws from its own
 * {@link SplittableRandom} seeded from {@code (seed, b)} only. Percentiles are exact order
 * statistics of all the runs' outputs ({@code -0.0} counted as {@code 0.0}), and the mean is summed
 * per block in run order and then over blocks in block order, so the result is bit-identical for a
 * seed whatever the thread count or the scheduling, on any platform ({@link StrictMath} for
 * transcendental functions).
 *
 * <h2>Memory and speed</h2>
 *
 * The model runs through an allocation-free kernel ({@code GapKernel}) that is bit-identical to
 * {@link GapModel#compute}, a tile of runs at a time into a small row-major buffer. Up to {@value
 * #STORE_LIMIT_BYTES} bytes of samples (for example 10,000 runs over 10 years) every sample is
 * kept, column-major in a few large arrays, and each series goes through a histogram-guided
 * multi-quickselect ({@link Percentiles}). Beyond that nothing is kept ({@link
 * StreamedPercentiles}): the draws are re-run in a short pilot and a few passes (typically two)
 * that count values in ever narrower key ranges around each wanted rank and finally gather the few
 * hundred values left, so 100,000 runs over 10 years need a few MB instead of 192 MB (fresh memory
 * is slow to touch the first time, which dominated a cold run); both ways give the same bits. A
 * scenario without uncertain parameters is computed once: every percentile and the mean then equal
 * the deterministic value.
 *
 * <h2>Progress and cancellation</h2>
 *
 * {@link Progress#update} is called after every block of every pass, from worker threads,
 * serialised and with non-decreasing {@code done}; {@code total} grows by one pass in the rare case
 * that a pass more than planned is needed, and the last call has {@code done == total}. A {@link
 * CancelFlag} (or an interrupt of the calling thread) is checked between blocks and series; the
 * call then returns within a few milliseconds by throwing {@link CancellationException} and no
 * result is produced.
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

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private MonteCarlo() {}

  /**
   * How to run.
   *
   * @param runs number of runs (samples), {@code 1 .. 2^31-1}
   * @param seed the seed; equal seeds give bit-identical results
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
    STREAM,
    /**
     * {@link #STREAM}, but a window of values is gathered only once at most {@value #SMALL_WINDOW}
     * are left in it: more passes, so tests exercise the narrowing on few runs.
     */
    STREAM_SMALL_WINDOWS
  }

  /** The collect cap of {@link Strategy#STREAM_SMALL_WINDOWS}. */
  static final int SMALL_WINDOW = 64;

  /**
   * Receives progress: {@code done} of {@code total} work units (runs simulated, over all passes).
   */
  @FunctionalInterface
  public interface Progress {

    /** Called from worker threads, one call at a time; must return quickly. */
    void update(long done, long total);

    static Progress none() {
      return (done, total) -> {};
    }
  }

  /** Runs without progress reports or cancellation. */
  public static MonteCarloResult run(Scenario scenario, Options options) {
    return run(scenario, options, Progress.none(), new CancelFlag());
  }

  /**
   * Runs the scenario's uncertainty.
   *
   * @throws IllegalArgumentException when an uncertain parameter does not resolve or may not vary
   * @throws CancellationException when {@code cancel} was set or the calling thread interrupted
   *     (its interrupt status is kept)
   */
  public static MonteCarloResult run(
      Scenario scenario, Options options, Progress progress, CancelFlag cancel) {
    return run(scenario, options, progress, cancel, Strategy.AUTO);
  }

  /**
   * {@link #run(Scenario, Options, Progress, CancelFlag)} with a chosen strategy (tests compare
   * them).
   */
  static MonteCarloResult run(
      Scenario scenario, Options options, Progress progress, CancelFlag cancel, Strategy strategy) {
    return new Job(scenario, options, progress, cancel, strategy).run();
  }

  /** A path that may vary in {@code s}: resolves, and is not {@code startYear} or {@code years}. */
  static ParameterPath variablePath(String text, Scenario s) {
    ParameterPath path = ParameterPath.parse(text);
    if (path.field() == NumericField.START_YEAR || path.field() == NumericField.YEARS) {
      throw new IllegalArgumentException(
          text + " cannot vary: it changes which years the table has");
    }
    String reason = path.unresolvedReason(s);
    if (reason != null) {
      throw new IllegalArgumentException(reason);
    }
    return path;
  }

  /**
   * The seed of block {@code b}'s random stream: a function of the run seed and the block index
   * only.
   */
  static long blockSeed(long seed, long block) {
    return mix64(mix64(seed) + GOLDEN_GAMMA * (block + 1));
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser, as used by {@link SplittableRandom}. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Every stored sample: series {@code k} is {@code slab(k)[start(k) .. start(k) + runs)}. Series
   * are packed into slabs of about {@value #SLAB_BYTES} bytes rather than one array each: G1 gives
   * every array above half a region (0.5 MB at a 512 MB heap) whole regions of its own, which would
   * waste a fifth of the memory at 100,000 runs, while one array for everything would need a single
   * contiguous run of free regions.
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

  /**
   * What one worker owns: its kernel, its tile, its counts of NaN and infinite outputs per series.
   */
  private static final class Worker {
    final int index;
    final GapKernel kernel;
    final double[] tile;
    final int[] nan;
    final int[] positiveInfinite;
    final int[] negativeInfinite;

    Worker(int index, Scenario scenario, int seriesCount) {
      this.index = index;
      kernel = new GapKernel(scenario);
      tile = new double[TILE_RUNS * seriesCount];
      nan = new int[seriesCount];
      positiveInfinite = new int[seriesCount];
      negativeInfinite = new int[seriesCount];
    }
  }

  /**
   * Receives the outputs of {@code tileRuns} consecutive runs, row-major, {@code seriesCount} per
   * run.
   */
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
    private final RunInputs inputs;
    private final int runs;
    private final int years;
    private final int seriesCount;
    private final int blocks;

    /**
     * Where series {@code id} (output-major: {@code output * years + yearIndex}) sits in a run's
     * row.
     */
    private final int[] source;

    private final Worker[] workers;

    /**
     * Per block and series: finite outputs, the first of them, and the sum of their offsets from
     * it.
     */
    private final int[] blockFinite;

    private final double[] blockShift;
    private final double[] blockSum;
    private final double[] stats;
    private long totalWork;
    private long doneWork;
    private final ParallelTasks tasks;

    Job(
        Scenario scenario,
        Options options,
        Progress progress,
        CancelFlag cancel,
        Strategy strategy) {
      this.scenario = scenario;
      this.options = options;
      this.progress = progress;
      this.cancel = cancel;
      this.strategy = strategy;
      this.runs = options.runs();
      this.inputs = RunInputs.of(scenario, scenario.correlations(), options.seed(), runs);
      this.years = scenario.years();
      this.seriesCount = GapKernel.OUTPUTS * years;
      this.blocks = (runs + BLOCK_RUNS - 1) / BLOCK_RUNS;
      this.source = new int[seriesCount];
      for (int id = 0; id < seriesCount; id++) {
        source[id] = (id % years) * GapKernel.OUTPUTS + id / years;
      }
      this.workers = new Worker[inputs.count() == 0 ? 0 : Math.min(options.threads(), blocks)];
      this.tasks = new ParallelTasks(workers.length, cancel);
      boolean sampled = inputs.count() > 0;
      this.blockFinite = new int[sampled ? blocks * seriesCount : 0];
      this.blockShift = new double[blockFinite.length];
      this.blockSum = new double[blockFinite.length];
      this.stats = new double[seriesCount * Percentiles.SLOTS];
    }

    MonteCarloResult run() {
      tasks.noteCallerInterrupt();
      tasks.throwIfStopped();
      if (inputs.count() == 0) {
        deterministic();
      } else {
        for (int w = 0; w < workers.length; w++) {
          workers[w] = new Worker(w, scenario, seriesCount);
        }
        boolean store =
            strategy == Strategy.STORE
                || (strategy == Strategy.AUTO && 8L * runs * seriesCount <= STORE_LIMIT_BYTES);
        if (store) {
          stored();
        } else {
          streamed();
        }
        moments();
      }
      tasks.throwIfStopped();
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
      simulate(
          blocks,
          (worker, block, tileStart, tileRuns) -> {
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
      tasks.run(
          seriesCount,
          (worker, j) -> {
            Percentiles.summarizeInPlace(
                samples.slab(j), samples.start(j), runs, stats, j * Percentiles.SLOTS);
            advance((long) runs * (j + 1) / seriesCount - (long) runs * j / seriesCount);
          });
    }

    /**
     * No sample kept: the same draws are re-run in passes ({@link StreamedPercentiles}), the first
     * full pass also gathering the moments.
     */
    private void streamed() {
      int pilotRuns = Math.min(BLOCK_RUNS, runs);
      totalWork = 2L * runs + pilotRuns;
      int collectCap =
          strategy == Strategy.STREAM_SMALL_WINDOWS
              ? SMALL_WINDOW
              : StreamedPercentiles.DEFAULT_COLLECT_CAP;
      var search =
          new StreamedPercentiles(runs, seriesCount, source, workers.length, stats, collectCap);
      search.find(
          new StreamedPercentiles.Passes() {
            @Override
            public void pilot(StreamedPercentiles.Tiles sink) {
              simulate(
                  1,
                  (worker, block, tileStart, tileRuns) ->
                      sink.accept(worker.index, worker.tile, tileRuns));
            }

            @Override
            public void firstPass(StreamedPercentiles.Tiles sink) {
              simulate(
                  blocks,
                  (worker, block, tileStart, tileRuns) -> {
                    gatherMoments(worker, block, tileRuns);
                    sink.accept(worker.index, worker.tile, tileRuns);
                  });
            }

            @Override
            public void laterPass(StreamedPercentiles.Tiles sink) {
              tasks.throwIfStopped();
              if (doneWork + runs > totalWork) {
                totalWork += runs;
              }
              simulate(
                  blocks,
                  (worker, block, tileStart, tileRuns) ->
                      sink.accept(worker.index, worker.tile, tileRuns));
            }
          });
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
     * non-NaN sample or with both infinities, {@code ±Infinity} with one of them, otherwise {@code
     * s0 + (sum over blocks in order of (blockSum + finite * (blockShift - s0))) / finite}, where
     * each block sums its samples in run order as offsets from its first finite sample and {@code
     * s0} is the first finite sample of all: exact for a constant output, and the same whatever the
     * thread count.
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
     * stays in cache) and handed to {@code sink}. {@code -0.0} outputs become {@code 0.0}, so equal
     * values always have equal bits.
     */
    private void simulate(int blockCount, TileSink sink) {
      tasks.run(
          blockCount,
          (w, block) -> {
            Worker worker = workers[w];
            GapKernel kernel = worker.kernel;
            double[] tile = worker.tile;
            SplittableRandom rng = new SplittableRandom(blockSeed(options.seed(), block));
            int start = block * BLOCK_RUNS;
            int end = Math.min(runs, start + BLOCK_RUNS);
            for (int tileStart = start; tileStart < end; tileStart += TILE_RUNS) {
              int tileRuns = Math.min(TILE_RUNS, end - tileStart);
              computeTile(kernel, rng, tile, tileStart, tileRuns);
              sink.accept(worker, block, tileStart, tileRuns);
            }
            advance(end - start);
          });
    }

    /**
     * Runs {@code tileRuns} runs from {@code tileStart} into {@code tile}. A method of its own,
     * away from the sink: each pass brings a new sink, and compiled code that had the runs and the
     * sink in one loop was thrown away and compiled again at every pass, which costs a fresh JVM
     * (the command line) more than the passes' arithmetic.
     */
    private void computeTile(
        GapKernel kernel, SplittableRandom rng, double[] tile, int tileStart, int tileRuns) {
      for (int r = 0, o = 0; r < tileRuns; r++, o += seriesCount) {
        inputs.apply(kernel, rng, tileStart + r, null);
        kernel.run(tile, o);
      }
      for (int i = 0, n = tileRuns * seriesCount; i < n; i++) {
        tile[i] += 0.0;
      }
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
      return new MonteCarloResult(
          runs,
          options.seed(),
          scenario.startYear(),
          years,
          scenario.uncertainty(),
          values,
          nan,
          infinite);
    }

    private synchronized void advance(long work) {
      doneWork += work;
      progress.update(doneWork, totalWork);
    }
  }
}
