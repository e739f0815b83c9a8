package com.computegap.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How likely each of a scenario's claims is over its Monte Carlo runs, and what would have to be
 * true for it: for every uncertain input, its median over the runs where the claim holds against
 * the runs where it fails, sorted by how far apart they are (relative to the input's own spread).
 */
public final class ClaimAnalysis {

  /**
   * One input's medians where the claim holds and where it fails.
   *
   * @param param the input's parameter path, as in the file
   * @param medianWhereHolds NaN when the claim never holds
   * @param medianWhereFails NaN when it always holds
   * @param gap {@code |holds - fails|} over the input's p5..p95 spread (0 when the spread is 0; NaN
   *     when either median is)
   */
  public record Driver(
      String param, double medianWhereHolds, double medianWhereFails, double gap) {}

  /**
   * One claim's answer.
   *
   * @param claim the claim
   * @param holdsCount runs in which it holds
   * @param runs runs in all
   * @param interval the probability with its 95 % Wilson interval; all three NaN when the claim is
   *     not answered
   * @param holdsAsSet whether it holds with every input at its scenario value; {@code null} when
   *     its year is outside the horizon (the claim is not answered)
   * @param drivers the inputs, largest gap first (NaN gaps last); empty when not answered
   */
  public record Outcome(
      Claim claim,
      long holdsCount,
      long runs,
      WilsonInterval interval,
      Boolean holdsAsSet,
      List<Driver> drivers) {

    /** The estimated probability, {@code holdsCount / runs}; NaN when not answered. */
    public double probability() {
      return interval.estimate();
    }

    /** Whether the claim's year is inside the horizon, so that the runs answer it. */
    public boolean answered() {
      return holdsAsSet != null;
    }
  }

  private ClaimAnalysis() {}

  /**
   * Every claim of {@code scenario} over {@code runs} runs from {@code seed}. A claim whose year is
   * outside the horizon is not answered: NaN probability and interval, {@code holdsAsSet = null}
   * and no drivers (a file keeps such a claim when its horizon moves).
   */
  public static List<Outcome> analyse(Scenario scenario, int runs, long seed, CancelFlag cancel) {
    List<Claim> claims = scenario.claims();
    if (claims.isEmpty()) {
      return List.of();
    }
    int k = scenario.uncertainty().size();
    double[][] inputs = new double[k][runs];
    boolean[][] holds = new boolean[claims.size()][runs];
    int[] yearIndex = new int[claims.size()];
    for (int c = 0; c < claims.size(); c++) {
      yearIndex[c] = claims.get(c).year() - scenario.startYear();
    }
    MonteCarloRuns.forEach(
        scenario,
        runs,
        seed,
        cancel,
        (run, in, row) -> {
          for (int j = 0; j < k; j++) {
            inputs[j][run] = in[j];
          }
          for (int c = 0; c < yearIndex.length; c++) {
            int y = yearIndex[c];
            if (y >= 0 && y < scenario.years()) {
              Claim claim = claims.get(c);
              holds[c][run] = claim.holds(MonteCarloRuns.value(row, claim.column(), y));
            }
          }
        });
    ModelResult asSet = GapModel.compute(scenario);
    List<Outcome> out = new ArrayList<>();
    for (int c = 0; c < claims.size(); c++) {
      out.add(outcome(scenario, claims.get(c), holds[c], inputs, asSet, yearIndex[c]));
    }
    return List.copyOf(out);
  }

  private static Outcome outcome(
      Scenario scenario,
      Claim claim,
      boolean[] holds,
      double[][] inputs,
      ModelResult asSet,
      int yearIndex) {
    int runs = holds.length;
    if (yearIndex < 0 || yearIndex >= scenario.years()) {
      return unanswered(claim, runs);
    }
    int count = 0;
    for (boolean h : holds) {
      if (h) {
        count++;
      }
    }
    boolean holdsAsSet = claim.holds(claim.column().of(asSet.rows().get(yearIndex)));
    List<Driver> drivers = new ArrayList<>();
    for (int j = 0; j < inputs.length; j++) {
      double[] where = new double[count];
      double[] elsewhere = new double[runs - count];
      for (int r = 0, a = 0, b = 0; r < runs; r++) {
        if (holds[r]) {
          where[a++] = inputs[j][r];
        } else {
          elsewhere[b++] = inputs[j][r];
        }
      }
      double[] all = inputs[j].clone();
      Arrays.sort(all);
      double spread = nearestRank(all, 95) - nearestRank(all, 5);
      double h = median(where);
      double f = median(elsewhere);
      double gap =
          Double.isNaN(h) || Double.isNaN(f)
              ? Double.NaN
              : spread > 0 ? Math.abs(h - f) / spread : 0;
      drivers.add(new Driver(scenario.uncertainty().get(j).param(), h, f, gap));
    }
    drivers.sort(
        Comparator.comparingDouble(
                (Driver d) -> Double.isNaN(d.gap()) ? Double.NEGATIVE_INFINITY : d.gap())
            .reversed());
    return new Outcome(
        claim, count, runs, WilsonInterval.of95(count, runs), holdsAsSet, List.copyOf(drivers));
  }

  /**
   * The answer to a claim whose year lies outside the horizon: NaN probability and interval, {@code
   * holdsAsSet = null}, no drivers.
   */
  public static Outcome unanswered(Claim claim, long runs) {
    return new Outcome(
        claim, 0, runs, new WilsonInterval(Double.NaN, Double.NaN, Double.NaN), null, List.of());
  }

  /**
   * The median (nearest rank, as the engine's p50) of {@code v}, sorted in place; NaN when empty.
   */
  static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(v);
    return nearestRank(v, 50);
  }

  /** Nearest-rank percentile of sorted values: the value at rank {@code ceil(p/100 * n)}. */
  private static double nearestRank(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
