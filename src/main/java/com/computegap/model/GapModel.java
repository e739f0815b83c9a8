package com.computegap.model;

import java.util.List;

/**
 * The yearly equations of MODEL.md section 2: a pure function from a {@link Scenario} to a {@link
 * ModelResult}. Cheap enough to run on every slider event (a 30-year scenario takes a few
 * microseconds; see the README for the measured figure).
 *
 * <p>The equations themselves live once, in {@link GapKernel}, which the Monte Carlo engine also
 * runs without allocating; this class turns the kernel's flat output into immutable rows and the
 * summary.
 */
public final class GapModel {

  /** The most years a scenario may have (MODEL.md section 1); a longer one gets its own array. */
  private static final int LONGEST_HORIZON = 30;

  /**
   * The kernel's flat output, one array per thread for the longest horizon, overwritten whole by
   * each recompute: the rows are the result, and a fresh 6 KB array per slider event cost about a
   * third of the recompute in memory traffic.
   */
  private static final ThreadLocal<double[]> SCRATCH =
      ThreadLocal.withInitial(() -> new double[LONGEST_HORIZON * GapKernel.OUTPUTS]);

  private GapModel() {}

  /** Computes the whole horizon. The scenario is assumed valid (see the scenario validator). */
  public static ModelResult compute(Scenario s) {
    int years = s.years();
    int width = GapKernel.OUTPUTS;
    double[] out = SCRATCH.get();
    if (out.length < years * width) {
      out = new double[years * width];
    }
    new GapKernel(s).run(out);
    return result(
        s.startYear(), years, out, s.depin().newIncentiveCapUsdB(), s.depin().marketCapUsdB());
  }

  /**
   * The rows and summary of a kernel's output {@code out} ({@link GapKernel#run}); the two DePIN
   * amounts feed the summary's incentive-to-market-cap ratio, which the kernel does not compute.
   */
  static ModelResult result(
      int startYear, int years, double[] out, double newIncentiveCapUsdB, double marketCapUsdB) {
    int width = GapKernel.OUTPUTS;
    YearRow[] rows = new YearRow[years];
    double totalHyperscalerAi = 0;
    double totalDepinAi = 0;
    for (int n = 0, o = 0; n < years; n++, o += width) {
      rows[n] =
          new YearRow(
              startYear + n,
              out[o],
              out[o + 1],
              out[o + 2],
              out[o + 3],
              out[o + 4],
              out[o + 5],
              out[o + 6],
              out[o + 7],
              out[o + 8],
              out[o + 9],
              out[o + 10],
              out[o + 11],
              out[o + 12],
              out[o + 13],
              out[o + 14],
              out[o + 15],
              out[o + 16],
              out[o + 17],
              out[o + 18],
              out[o + 19],
              out[o + 20],
              out[o + 21],
              out[o + 22],
              out[o + 23],
              out[o + 24],
              out[o + 25],
              out[o + 26]);
      totalHyperscalerAi += out[o + 1];
      totalDepinAi += out[o + 6];
    }
    Summary summary =
        new Summary(
            totalHyperscalerAi,
            totalDepinAi,
            Ratios.divide(totalHyperscalerAi, totalDepinAi),
            rows[years - 1].computeGapRatio(),
            Ratios.divide(newIncentiveCapUsdB, marketCapUsdB));
    // List.of holds the array's copy; ModelResult's List.copyOf keeps that list as it is
    return new ModelResult(List.of(rows), summary);
  }
}
