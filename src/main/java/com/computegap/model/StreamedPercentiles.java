package com.computegap.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact percentiles of {@link MonteCarlo} without keeping the samples: the same draws are run
 * again in a few passes, and each pass narrows every wanted rank down to a smaller range of keys
 * (the sortable bits of a value) until few enough values are left to gather and select from. The
 * result is bit-identical to sorting every sample; how the passes are run (threads, blocks, random
 * streams, moments) is the caller's business, through {@link Passes}.
 *
 * <p>One instance serves one {@link #find}. Within a pass, tiles of worker {@code w} only touch
 * that worker's slot, so the passes may hand tiles from several threads at once, one thread per
 * worker index.
 */
final class StreamedPercentiles {

  private static final int BUCKET_BITS = 10;
  private static final int BUCKETS = 1 << BUCKET_BITS;

  /**
   * The first histogram's bins for keys outside the pilot's range, beside its {@value #BUCKETS}
   * buckets: below it the negative keys, zero and the positive keys, above it the finite keys and
   * +∞. Zero and +∞ get bins of their own because they are the model's point masses (units a buyer
   * cannot get, a ratio over nothing): kept out of the range, they no longer stretch it over a
   * thousand octaves, and a rank that falls on them is settled by the first pass. (Zero is in a bin
   * of its own when the pilot's smallest other value is positive, as for every count and amount of
   * the model; in a range that spans zero it is one key of a bucket.)
   */
  private static final int NEGATIVE_BIN = 0;

  private static final int ZERO_BIN = 1;
  private static final int SMALL_BIN = 2;
  private static final int FIRST_BUCKET = 3;
  private static final int LARGE_BIN = FIRST_BUCKET + BUCKETS;
  private static final int INFINITY_BIN = LARGE_BIN + 1;
  private static final int FIRST_BINS = INFINITY_BIN + 1;

  private static final long INFINITY_KEY = key(Double.POSITIVE_INFINITY);

  /**
   * By default a window is gathered in full on the next pass whatever its size, within {@link
   * #COLLECT_BUDGET}: gathering even 100,000 values costs less than running every draw again.
   */
  static final int DEFAULT_COLLECT_CAP = Integer.MAX_VALUE;

  /** At most this many values gathered in one pass, over all windows. */
  private static final long COLLECT_BUDGET = 4L << 20;

  /**
   * Receives the outputs of {@code tileRuns} consecutive runs, row-major, {@code seriesCount} per
   * run.
   */
  @FunctionalInterface
  interface Tiles {
    void accept(int worker, double[] tile, int tileRuns);
  }

  /** Runs the draws for the search; every pass hands each of its runs' outputs once to the sink. */
  interface Passes {

    /** The runs of the first block only: they aim the first histogram. */
    void pilot(Tiles sink);

    /** Every run, the first time. */
    void firstPass(Tiles sink);

    /** Every run again, with the same draws; may throw to stop the search. */
    void laterPass(Tiles sink);
  }

  private final int runs;
  private final int seriesCount;

  /** A window with at most this many values is gathered in full on the next pass. */
  private final int collectCap;

  /** Where series {@code j} sits in a run's row. */
  private final int[] source;

  private final int workerCount;

  /**
   * Receives the percentiles: series {@code j}'s statistic {@code s} at {@code j *
   * Percentiles.SLOTS + s}.
   */
  private final double[] stats;

  /** What each worker gathers in the current pass. */
  private final Gathered[] gathered;

  /** Per worker and series: the NaN outputs of the first pass. */
  private final int[][] nanCounts;

  /** The first pass's windows, one per series: they also route values to later windows. */
  private Windows whole;

  /**
   * @param runs runs per full pass
   * @param seriesCount outputs per run
   * @param source where series {@code j} sits in a run's row of {@code seriesCount} outputs
   * @param workerCount the passes hand tiles from workers {@code 0 .. workerCount-1}
   * @param stats receives the percentiles; the mean and count slots are left alone
   * @param collectCap a window with at most this many values is gathered on the next pass, a larger
   *     one histogrammed again ({@link #DEFAULT_COLLECT_CAP}; tests pass small caps to exercise the
   *     narrowing)
   */
  StreamedPercentiles(
      int runs, int seriesCount, int[] source, int workerCount, double[] stats, int collectCap) {
    this.runs = runs;
    this.seriesCount = seriesCount;
    this.collectCap = collectCap;
    this.source = source;
    this.workerCount = workerCount;
    this.stats = stats;
    this.gathered = new Gathered[workerCount];
    this.nanCounts = new int[workerCount][seriesCount];
  }

  /**
   * No sample kept; the same draws are re-run in passes. A pilot over the first block finds each
   * series' range of keys (sortable bits of the value) apart from 0 and +∞; the first full pass
   * gathers the moments and a {@value #BUCKETS}-bucket histogram of that range, with five more bins
   * for the keys outside it (0 and +∞ among them, each a bin of its own); each later pass either
   * histograms, inside the buckets that hold a wanted rank, or, once at most the collect cap of
   * values are left there, gathers them for a quickselect. Counting is order-free and the gathered
   * values give the same order statistic in any order, so the result is exactly that of sorting
   * every sample. Typically the pilot and two passes; every histogram narrows a range by 2^10, so a
   * rank is pinned down after at most eight (a bin outside the range can be 2^63 keys wide).
   */
  void find(Passes passes) {
    // Pilot: the key range of each series over the first block aims the first histogram.
    long[][] pilot = new long[workerCount][];
    for (int w = 0; w < workerCount; w++) {
      pilot[w] = new long[2 * seriesCount];
      for (int j = 0; j < seriesCount; j++) {
        pilot[w][2 * j] = Long.MAX_VALUE;
        pilot[w][2 * j + 1] = Long.MIN_VALUE;
      }
    }
    passes.pilot(
        (worker, tile, tileRuns) -> {
          long[] range = pilot[worker];
          for (int j = 0; j < seriesCount; j++) {
            for (int r = 0, o = source[j]; r < tileRuns; r++, o += seriesCount) {
              double x = tile[o];
              // the point masses 0 and +∞ have bins of their own outside the range
              if (x == x && x != 0 && x != Double.POSITIVE_INFINITY) {
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
        // Only 0, +∞ or NaN in the pilot (a series that is 0 every run, say): the positive finite
        // keys as the range, so that 0 and +∞ still fall in bins of their own.
        lo = 1;
        hi = INFINITY_KEY - 1;
      }
      rows.add(new long[] {j, lo, hi, 0, runs});
      none.add(new int[][] {new int[0], new int[0]});
    }
    whole = new Windows(rows, none, seriesCount, collectCap);
    for (int w = 0; w < whole.count; w++) {
      whole.collect[w] = false;
      whole.open[w] = true;
    }
    firstPass(passes);
    // The ranks are known once the NaN counts are.
    int[] nan = new int[seriesCount];
    for (int[] counts : nanCounts) {
      for (int j = 0; j < seriesCount; j++) {
        nan[j] += counts[j];
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
      pass(passes, windows);
      windows = narrow(windows);
    }
  }

  /**
   * The first full pass: per series a histogram over the pilot's key range with five extra bins for
   * the keys outside it ({@link #firstBin(long, long, long, int)}; window {@code j} is series
   * {@code j}), and the NaN counts.
   */
  private void firstPass(Passes passes) {
    for (int w = 0; w < workerCount; w++) {
      gathered[w] = new Gathered(whole);
    }
    passes.firstPass(
        (worker, tile, tileRuns) -> {
          int[][] histograms = gathered[worker].histogram;
          int[] nan = nanCounts[worker];
          for (int j = 0; j < seriesCount; j++) {
            int[] h = histograms[j];
            long lo = whole.lo[j];
            long hi = whole.hi[j];
            int shift = whole.shift[j];
            for (int r = 0, o = source[j]; r < tileRuns; r++, o += seriesCount) {
              double x = tile[o];
              if (x == x) {
                h[firstBin(key(x), lo, hi, shift)]++;
              } else {
                nan[j]++;
              }
            }
          }
        });
  }

  /**
   * A later pass: histograms of the open windows' keys, or their values once few are left. Every
   * window lies inside one bin of its series' first histogram, so a table from that bin to the
   * first window in it sends most values (those in no window) on after one lookup.
   */
  private void pass(Passes passes, Windows windows) {
    for (int w = 0; w < workerCount; w++) {
      gathered[w] = new Gathered(windows);
    }
    int[][] route = new int[seriesCount][];
    for (int j = 0; j < seriesCount; j++) {
      if (windows.first[j] < windows.first[j + 1]) {
        route[j] = new int[FIRST_BINS];
        Arrays.fill(route[j], -1);
        for (int w = windows.first[j + 1] - 1; w >= windows.first[j]; w--) {
          route[j][firstBin(j, windows.lo[w])] = w;
        }
      }
    }
    passes.laterPass(
        (worker, tile, tileRuns) -> {
          Gathered g = gathered[worker];
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
              int w = table[firstBin(key, lo, hi, shift)];
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

  /** The bin of {@code key} in series {@code j}'s first histogram. */
  private int firstBin(int j, long key) {
    return firstBin(key, whole.lo[j], whole.hi[j], whole.shift[j]);
  }

  /**
   * The bin of {@code key} in a first histogram over {@code lo .. hi}: a bucket inside, one of the
   * point-mass and outside bins beyond ({@link #NEGATIVE_BIN} … {@link #INFINITY_BIN}).
   */
  private static int firstBin(long key, long lo, long hi, int shift) {
    if (key < lo) {
      return key < 0 ? NEGATIVE_BIN : key == 0 ? ZERO_BIN : SMALL_BIN;
    }
    if (key > hi) {
      return key == INFINITY_KEY ? INFINITY_BIN : LARGE_BIN;
    }
    return FIRST_BUCKET + (int) ((key - lo) >>> shift);
  }

  /**
   * The keys {@code {lo, hi}} of bin {@code bin} of series window {@code w}'s first histogram; the
   * inverse of {@link #firstBin(long, long, long, int)}. An empty bin may get an empty range.
   */
  private static long[] firstBinRange(Windows windows, int w, int bin) {
    long lo = windows.lo[w];
    long hi = windows.hi[w];
    switch (bin) {
      case NEGATIVE_BIN:
        return new long[] {Long.MIN_VALUE, Math.min(lo, 0) - 1};
      case ZERO_BIN:
        return new long[] {0, 0};
      case SMALL_BIN:
        return new long[] {1, lo - 1};
      case LARGE_BIN:
        // hi is below +∞'s key: the pilot's range leaves +∞ out, and so does its fallback
        return new long[] {hi + 1, INFINITY_KEY - 1};
      case INFINITY_BIN:
        return new long[] {INFINITY_KEY, INFINITY_KEY};
      default:
        return bucketRange(windows, w, bin - FIRST_BUCKET);
    }
  }

  /** The keys {@code {lo, hi}} of bucket {@code b} of window {@code w}. */
  private static long[] bucketRange(Windows windows, int w, int b) {
    int shift = windows.shift[w];
    long width = windows.hi[w] - windows.lo[w];
    long offset = (long) b << shift;
    long end = offset + ((1L << shift) - 1);
    if (Long.compareUnsigned(end, width) > 0) {
      end = width;
    }
    return new long[] {windows.lo[w] + offset, windows.lo[w] + end};
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
      for (Gathered g : gathered) {
        min = Math.min(min, g.minKey[w]);
        max = Math.max(max, g.maxKey[w]);
      }
      if (min == max) {
        for (int p : windows.percentiles[w]) {
          answer(j, p, value(min));
        }
      } else if (windows.collect[w]) {
        double[] all = new double[windows.size[w]];
        int n = 0;
        for (Gathered g : gathered) {
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
    return new Windows(rows, wanted, seriesCount, collectCap);
  }

  /**
   * Finds each wanted rank's bucket in window {@code w} and opens a window per bucket. An open
   * window's first three and last two bins hold the keys below and above its range ({@link
   * #firstBinRange}).
   */
  private void split(Windows windows, int w, List<long[]> rows, List<int[][]> wanted) {
    boolean open = windows.open[w];
    int bins = windows.bins(w);
    int[] histogram = new int[bins];
    for (Gathered g : gathered) {
      int[] h = g.histogram[w];
      for (int b = 0; b < bins; b++) {
        histogram[b] += h[b];
      }
    }
    int[] ranks = windows.ranks[w];
    long before = windows.below[w];
    int i = 0;
    for (int bin = 0; bin < bins && i < ranks.length; bin++) {
      long after = before + histogram[bin];
      int from = i;
      while (i < ranks.length && ranks[i] < after) {
        i++;
      }
      if (i > from) {
        long[] range = open ? firstBinRange(windows, w, bin) : bucketRange(windows, w, bin);
        long lo = range[0];
        long hi = range[1];
        int[] r = Arrays.copyOfRange(ranks, from, i);
        int[] p = Arrays.copyOfRange(windows.percentiles[w], from, i);
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

  /**
   * The sortable key of a non-NaN double without {@code -0.0}: signed order of keys = order of
   * values.
   */
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
   * Each holds some wanted ranks; {@code below} counts the series' non-NaN values with smaller
   * keys.
   */
  private static final class Windows {
    final int count;
    final int[] series;
    final long[] lo;
    final long[] hi;
    final int[] shift;
    final boolean[] collect;

    /**
     * An open window (a whole series, on the first pass) also counts the keys below {@code lo} and
     * above {@code hi}, in the extra bins of {@link #firstBin(long, long, long, int)}.
     */
    final boolean[] open;

    final long[] below;
    final int[] size;
    final int[][] ranks;
    final int[][] percentiles;

    /** Windows of series {@code j} are {@code [first[j], first[j + 1])}. */
    final int[] first;

    /** The bins of window {@code w}'s histogram. */
    int bins(int w) {
      return open[w] ? FIRST_BINS : BUCKETS;
    }

    Windows(List<long[]> rows, List<int[][]> wanted, int seriesCount, int collectCap) {
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
        if (size[w] <= collectCap && collected + size[w] <= COLLECT_BUDGET) {
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
      Arrays.fill(minKey, Long.MAX_VALUE);
      Arrays.fill(maxKey, Long.MIN_VALUE);
      for (int w = 0; w < n; w++) {
        if (windows.collect[w]) {
          values[w] = new double[Math.min(windows.size[w], 64)];
        } else {
          histogram[w] = new int[windows.bins(w)];
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
          values[w] = Arrays.copyOf(values[w], Math.min(windows.size[w], 2 * filled[w]));
        }
        values[w][filled[w]++] = x;
      } else {
        histogram[w][(int) ((key - windows.lo[w]) >>> windows.shift[w])]++;
      }
    }
  }
}
