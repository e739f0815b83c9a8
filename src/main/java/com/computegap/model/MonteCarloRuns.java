package com.computegap.model;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

/**
 * The Monte Carlo runs one by one, in run order, with their inputs and outputs: what {@link
 * MonteCarlo} summarises, for the analyses that need each run (claims, distributions, the samples
 * file). Run {@code r} here has exactly the inputs of run {@code r} there (same block streams, same
 * correlations), so a count over these runs equals a count over the samples file and agrees with
 * the engine's percentiles.
 */
public final class MonteCarloRuns {

  /** Receives one run; the arrays are reused for the next run, so copy what you keep. */
  @FunctionalInterface
  public interface Visitor {

    /**
     * @param run the run's index, {@code 0 .. runs-1}
     * @param inputs the value drawn for each {@code uncertainty} entry, in list order
     * @param row the run's outputs: read them with {@link #value}
     */
    void visit(int run, double[] inputs, double[] row);
  }

  private static final int CHECK_EVERY = 1024;

  private MonteCarloRuns() {}

  /**
   * Runs {@code runs} runs of {@code scenario} from {@code seed} on the calling thread.
   *
   * @throws IllegalArgumentException when an uncertain parameter or a correlation does not resolve
   * @throws CancellationException when {@code cancel} is set (checked every 1,024 runs)
   */
  public static void forEach(
      Scenario scenario, int runs, long seed, CancelFlag cancel, Visitor visitor) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be >= 1, got " + runs);
    }
    RunInputs inputs = RunInputs.of(scenario, scenario.correlations(), seed, runs);
    GapKernel kernel = new GapKernel(scenario);
    double[] values = new double[inputs.count()];
    double[] row = new double[GapKernel.OUTPUTS * scenario.years()];
    int blocks = (runs + MonteCarlo.BLOCK_RUNS - 1) / MonteCarlo.BLOCK_RUNS;
    for (int b = 0; b < blocks; b++) {
      SplittableRandom rng = new SplittableRandom(MonteCarlo.blockSeed(seed, b));
      int end = Math.min(runs, (b + 1) * MonteCarlo.BLOCK_RUNS);
      for (int run = b * MonteCarlo.BLOCK_RUNS; run < end; run++) {
        if (run % CHECK_EVERY == 0 && cancel.isCancelled()) {
          throw new CancellationException("Monte Carlo runs cancelled");
        }
        inputs.apply(kernel, rng, run, values);
        kernel.run(row, 0);
        for (int i = 0; i < row.length; i++) {
          row[i] += 0.0;
        }
        visitor.visit(run, values, row);
      }
    }
  }

  /**
   * Output {@code column} in year index {@code yearIndex} ({@code 0} = start year) of a run's row.
   */
  public static double value(double[] row, Column column, int yearIndex) {
    return row[yearIndex * GapKernel.OUTPUTS + column.ordinal() - 1];
  }
}
