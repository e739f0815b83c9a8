package com.computegap.model;

import java.util.Arrays;

/**
 * The Monte Carlo summary of one output in one year (MODEL.md section 3), computed without sorting:
 *
 * <ul>
 *   <li>{@code NaN} samples are ignored; the statistics are over the {@code m} other samples.
 *   <li>Percentile p is the nearest rank: the {@code ceil(p * m / 100)}-th smallest sample (at
 *       least the first). {@code Infinity} sorts last (and {@code -Infinity} first), so a
 *       percentile is {@code Infinity} exactly when at least that share of the runs gave {@code
 *       Infinity}.
 *   <li>The mean is over the same {@code m} samples: {@code Infinity} when any of them is {@code
 *       Infinity} (and none {@code -Infinity}), otherwise the arithmetic mean of the finite values,
 *       summed in sample order as offsets from the first finite sample (exact for a constant
 *       output, and free of the cancellation a plain sum has for large, tightly spread values).
 *   <li>With no sample left ({@code m == 0}) every statistic is {@code NaN}.
 * </ul>
 *
 * Ties, including {@code -0.0} against {@code 0.0}, are resolved deterministically: the same
 * samples in the same order always give the same bits.
 */
public final class Percentiles {

  /** Below this size a sub-range is finished by insertion sort. */
  private static final int SMALL = 24;

  private Percentiles() {}

  /**
   * The 0-based index in sorted order of percentile {@code percent} (1..100) of {@code count >= 1}
   * samples.
   */
  public static int nearestRankIndex(int percent, int count) {
    if (percent < 1 || percent > 100 || count < 1) {
      throw new IllegalArgumentException("percent " + percent + " of " + count + " samples");
    }
    long rank = ((long) percent * count + 99) / 100;
    return (int) Math.max(0, rank - 1);
  }

  /**
   * The statistics of {@code samples} in {@link Statistic} order ({@code mean, p5, p25, p50, p75,
   * p95}). The array is not changed.
   */
  public static double[] summarize(double[] samples) {
    double[] copy = samples.clone();
    double[] out = new double[SLOTS];
    summarizeInPlace(copy, 0, copy.length, out, 0);
    return Arrays.copyOf(out, Statistic.all().size());
  }

  /**
   * Values written by {@link #summarizeInPlace}: the statistics, then the NaN and infinite counts.
   */
  static final int SLOTS = Statistic.all().size() + 2;

  static final int NAN_COUNT = SLOTS - 2;
  static final int INFINITE_COUNT = SLOTS - 1;

  /**
   * Summarises {@code a[from .. from + n)}, reordering it, into {@code out[offset .. offset +
   * SLOTS)}: the statistics in {@link Statistic} order, the number of NaN samples, the number of
   * infinite ones.
   */
  static void summarizeInPlace(double[] a, int from, int n, double[] out, int offset) {
    // One pass: finite values to the front (in order), infinities counted, NaN dropped.
    int finite = 0;
    int positiveInfinite = 0;
    int negativeInfinite = 0;
    double shift = 0;
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double x = a[from + i];
      if (x - x == 0) {
        if (finite == 0) {
          shift = x;
        }
        if (finite != i) {
          a[from + finite] = x; // only once a NaN or infinity was skipped: no needless writes
        }
        finite++;
        sum += x - shift;
        min = Math.min(min, x);
        max = Math.max(max, x);
      } else if (x == Double.POSITIVE_INFINITY) {
        positiveInfinite++;
      } else if (x == Double.NEGATIVE_INFINITY) {
        negativeInfinite++;
      }
    }
    int m = finite + positiveInfinite + negativeInfinite;
    double mean;
    if (m == 0 || (positiveInfinite > 0 && negativeInfinite > 0)) {
      mean = Double.NaN;
    } else if (positiveInfinite > 0) {
      mean = Double.POSITIVE_INFINITY;
    } else if (negativeInfinite > 0) {
      mean = Double.NEGATIVE_INFINITY;
    } else {
      mean = shift + sum / m;
    }
    out[offset] = mean;
    out[offset + NAN_COUNT] = n - m;
    out[offset + INFINITE_COUNT] = positiveInfinite + negativeInfinite;

    // Nearest ranks over the m sorted samples: -Infinity first, then the finite values, then
    // Infinity.
    var percentiles = Statistic.percentiles();
    int[] ranks = new int[percentiles.size()];
    int[] slots = new int[percentiles.size()];
    int wanted = 0;
    for (Statistic p : percentiles) {
      int slot = offset + p.ordinal();
      int k = m == 0 ? -1 : nearestRankIndex(p.percent(), m);
      if (m == 0) {
        out[slot] = Double.NaN;
      } else if (k < negativeInfinite) {
        out[slot] = Double.NEGATIVE_INFINITY;
      } else if (k >= negativeInfinite + finite) {
        out[slot] = Double.POSITIVE_INFINITY;
      } else {
        ranks[wanted] = k - negativeInfinite;
        slots[wanted++] = slot;
      }
    }
    if (wanted > 0) {
      double[] found = new double[wanted];
      selectFinite(a, from, finite, min, max, ranks, wanted, found, HISTOGRAM_LEVELS);
      for (int i = 0; i < wanted; i++) {
        out[slots[i]] = found[i];
      }
    }
  }

  /** Buckets of one histogram pass. */
  private static final int BUCKETS = 2048;

  /** Histogram passes before the remaining candidates are handed to quickselect. */
  private static final int HISTOGRAM_LEVELS = 3;

  /** Below this many candidates quickselect is cheaper than another histogram pass. */
  private static final int HISTOGRAM_MIN = 8192;

  /**
   * Finds the values of sorted ranks {@code ks[0 .. kCount)} (ascending, 0-based) among the finite
   * values {@code a[from .. from + n)} whose extremes are {@code min} and {@code max}, into {@code
   * found}.
   *
   * <p>A linear histogram over {@code [min, max]} is monotone (subtraction and multiplication by a
   * positive constant never reverse order under rounding), so the bucket holding each rank is known
   * after one counting pass; a second pass gathers only those buckets' values, typically a few
   * hundred out of 100,000, and the search continues inside them. Skewed data (one bucket holding
   * most values) gets another histogram level, then a three-way quickselect.
   */
  private static void selectFinite(
      double[] a,
      int from,
      int n,
      double min,
      double max,
      int[] ks,
      int kCount,
      double[] found,
      int levels) {
    if (min == max) {
      Arrays.fill(found, 0, kCount, min);
      return;
    }
    double scale = BUCKETS / (max - min);
    if (n < HISTOGRAM_MIN || levels == 0 || !(scale > 0 && scale < Double.POSITIVE_INFINITY)) {
      int[] rank = new int[kCount];
      for (int i = 0; i < kCount; i++) {
        rank[i] = from + ks[i];
      }
      select(a, from, from + n, rank, 0, kCount, depthLimit(n));
      for (int i = 0; i < kCount; i++) {
        found[i] = a[rank[i]];
      }
      return;
    }
    int[] counts = new int[BUCKETS];
    for (int i = from, end = from + n; i < end; i++) {
      counts[bucket(a[i], min, scale)]++;
    }
    // The bucket of each rank, and where that bucket starts in sorted order.
    int[] bucketOf = new int[kCount];
    int[] bucketStart = new int[kCount];
    int below = 0;
    for (int b = 0, i = 0; b < BUCKETS && i < kCount; b++) {
      int next = below + counts[b];
      while (i < kCount && ks[i] < next) {
        bucketOf[i] = b;
        bucketStart[i] = below;
        i++;
      }
      below = next;
    }
    // Gather the wanted buckets (distinct, ascending) in one pass.
    int[] slot = new int[BUCKETS];
    Arrays.fill(slot, -1);
    int wanted = 0;
    int[] wantedBucket = new int[kCount];
    for (int i = 0; i < kCount; i++) {
      if (slot[bucketOf[i]] < 0) {
        slot[bucketOf[i]] = wanted;
        wantedBucket[wanted++] = bucketOf[i];
      }
    }
    double[][] gathered = new double[wanted][];
    int[] fill = new int[wanted];
    double[] subMin = new double[wanted];
    double[] subMax = new double[wanted];
    for (int w = 0; w < wanted; w++) {
      gathered[w] = new double[counts[wantedBucket[w]]];
      subMin[w] = Double.POSITIVE_INFINITY;
      subMax[w] = Double.NEGATIVE_INFINITY;
    }
    for (int i = from, end = from + n; i < end; i++) {
      double x = a[i];
      int w = slot[bucket(x, min, scale)];
      if (w >= 0) {
        gathered[w][fill[w]++] = x;
        subMin[w] = Math.min(subMin[w], x);
        subMax[w] = Math.max(subMax[w], x);
      }
    }
    for (int w = 0, i = 0; w < wanted; w++) {
      int first = i;
      while (i < kCount && bucketOf[i] == wantedBucket[w]) {
        i++;
      }
      int[] local = new int[i - first];
      for (int j = first; j < i; j++) {
        local[j - first] = ks[j] - bucketStart[j];
      }
      double[] sub = new double[local.length];
      selectFinite(
          gathered[w],
          0,
          gathered[w].length,
          subMin[w],
          subMax[w],
          local,
          local.length,
          sub,
          levels - 1);
      System.arraycopy(sub, 0, found, first, local.length);
    }
  }

  private static int bucket(double x, double min, double scale) {
    return Math.min(BUCKETS - 1, (int) ((x - min) * scale));
  }

  /**
   * The values of sorted ranks {@code ranks} (0-based, ascending, each below {@code n}) among the
   * non-NaN values {@code a[0 .. n)}, reordering them. Ties between equal values cannot change the
   * result bits as long as the caller has no {@code -0.0} among them.
   */
  static double[] selectRanks(double[] a, int n, int[] ranks) {
    int[] k = ranks.clone();
    select(a, 0, n, k, 0, k.length, depthLimit(n));
    double[] out = new double[k.length];
    for (int i = 0; i < k.length; i++) {
      out[i] = a[k[i]];
    }
    return out;
  }

  private static int depthLimit(int n) {
    return 2 * (32 - Integer.numberOfLeadingZeros(n)) + 8;
  }

  /**
   * Puts the element of sorted rank {@code ks[i]} at index {@code ks[i]}, for every {@code i} in
   * {@code kFrom .. kTo-1}, all inside {@code a[lo .. hi)}; {@code ks} is ascending. A three-way
   * partition keeps runs of equal values (plateaus are common in this model) linear; past the depth
   * limit the sub-range is sorted instead, so the worst case stays n log n.
   */
  private static void select(double[] a, int lo, int hi, int[] ks, int kFrom, int kTo, int depth) {
    while (kFrom < kTo) {
      if (hi - lo <= SMALL) {
        insertionSort(a, lo, hi);
        return;
      }
      if (depth-- == 0) {
        Arrays.sort(a, lo, hi);
        return;
      }
      double pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi - 1]);
      int lt = lo;
      int i = lo;
      int gt = hi;
      while (i < gt) {
        double x = a[i];
        if (x < pivot) {
          a[i++] = a[lt];
          a[lt++] = x;
        } else if (x > pivot) {
          a[i] = a[--gt];
          a[gt] = x;
        } else {
          i++;
        }
      }
      int left = kFrom;
      while (left < kTo && ks[left] < lt) {
        left++;
      }
      int right = left;
      while (right < kTo && ks[right] < gt) {
        right++;
      }
      // Recurse into the smaller side of the work, loop on the other.
      if (left - kFrom <= kTo - right) {
        select(a, lo, lt, ks, kFrom, left, depth);
        lo = gt;
        kFrom = right;
      } else {
        select(a, gt, hi, ks, right, kTo, depth);
        hi = lt;
        kTo = left;
      }
    }
  }

  private static double medianOfThree(double x, double y, double z) {
    if (x < y) {
      return y < z ? y : Math.max(x, z);
    }
    return x < z ? x : Math.max(y, z);
  }

  private static void insertionSort(double[] a, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
      double x = a[i];
      int j = i - 1;
      while (j >= lo && a[j] > x) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }
}
