package com.computegap.model;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The uncertain inputs of every Monte Carlo run. Each run takes one uniform number per {@code
 * uncertainty} entry from its block's random stream, in list order. Without correlations that
 * number is used as it is; a correlated parameter instead takes the number that {@link ImanConover}
 * assigned to the run: the same numbers as without correlations, reordered over the runs, so each
 * parameter's distribution over the runs is exactly what it would be alone, and the uncorrelated
 * parameters keep their draws bit for bit.
 *
 * <p>The reordering needs every run's numbers up front: {@code 8 * runs} bytes per correlated
 * parameter, computed once and read by every pass and thread.
 */
final class RunInputs {

  private final ParameterDraw[] draws;

  /** Per uncertainty entry: its column in {@link #columns}, or -1 when drawn independently. */
  private final int[] column;

  private final double[][] columns;

  private RunInputs(ParameterDraw[] draws, int[] column, double[][] columns) {
    this.draws = draws;
    this.column = column;
    this.columns = columns;
  }

  /**
   * The inputs of {@code runs} runs from {@code seed} (every draw resolved; correlations induced).
   */
  static RunInputs of(Scenario scenario, List<Correlation> correlations, long seed, int runs) {
    List<UncertainParameter> uncertainty = scenario.uncertainty();
    ParameterDraw[] draws = new ParameterDraw[uncertainty.size()];
    for (int j = 0; j < draws.length; j++) {
      draws[j] = ParameterDraw.of(uncertainty.get(j), scenario);
    }
    CorrelatedInputs correlated = CorrelatedInputs.resolve(uncertainty, correlations);
    int[] column = new int[draws.length];
    Arrays.fill(column, -1);
    if (correlated.isEmpty()) {
      return new RunInputs(draws, column, new double[0][]);
    }
    int[] members = correlated.members();
    for (int c = 0; c < members.length; c++) {
      column[members[c]] = c;
    }
    double[][] columns = new double[members.length][runs];
    int blocks = (runs + MonteCarlo.BLOCK_RUNS - 1) / MonteCarlo.BLOCK_RUNS;
    for (int b = 0; b < blocks; b++) {
      SplittableRandom rng = new SplittableRandom(MonteCarlo.blockSeed(seed, b));
      int end = Math.min(runs, (b + 1) * MonteCarlo.BLOCK_RUNS);
      for (int run = b * MonteCarlo.BLOCK_RUNS; run < end; run++) {
        for (int j = 0; j < draws.length; j++) {
          double u = Sampling.uniformOpen(rng);
          if (column[j] >= 0) {
            columns[column[j]][run] = u;
          }
        }
      }
    }
    // The permutations' seed: a stream no block uses (blocks are numbered from 0).
    ImanConover.reorder(columns, correlated.matrix(), MonteCarlo.blockSeed(seed, -2));
    return new RunInputs(draws, column, columns);
  }

  /** Number of uncertain parameters. */
  int count() {
    return draws.length;
  }

  ParameterDraw draw(int j) {
    return draws[j];
  }

  /**
   * Sets run {@code run}'s inputs in {@code kernel}, taking this run's numbers from {@code rng}
   * (positioned at the run's first number); writes the values drawn into {@code values} when it is
   * not {@code null}.
   */
  void apply(GapKernel kernel, SplittableRandom rng, int run, double[] values) {
    for (int j = 0; j < draws.length; j++) {
      double u = Sampling.uniformOpen(rng);
      int c = column[j];
      double v = draws[j].value(c < 0 ? u : columns[c][run]);
      draws[j].apply(kernel, v);
      if (values != null) {
        values[j] = v;
      }
    }
  }
}
