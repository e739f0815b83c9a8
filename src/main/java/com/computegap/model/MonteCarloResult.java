package com.computegap.model;

import java.util.List;

/**
 * The outcome of a completed {@link MonteCarlo} run: for every output column ({@link
 * Column#outputs()}) and every modelled year, the mean and the p5, p25, p50, p75 and p95
 * percentiles over the runs (see {@link Percentiles} for the rules on NaN and Infinity), plus how
 * many runs gave NaN or an infinite value there. Immutable; a cancelled run never produces one.
 */
public final class MonteCarloResult {

  private static final int STATS = Statistic.all().size();

  private final int runs;
  private final long seed;
  private final int startYear;
  private final int years;
  private final List<UncertainParameter> parameters;

  /** {@code [(output * STATS + statistic) * years + yearIndex]}, output = column ordinal - 1. */
  private final double[] values;

  /** {@code [output * years + yearIndex]}. */
  private final int[] nanCounts;

  private final int[] infiniteCounts;

  MonteCarloResult(
      int runs,
      long seed,
      int startYear,
      int years,
      List<UncertainParameter> parameters,
      double[] values,
      int[] nanCounts,
      int[] infiniteCounts) {
    this.runs = runs;
    this.seed = seed;
    this.startYear = startYear;
    this.years = years;
    this.parameters = List.copyOf(parameters);
    this.values = values;
    this.nanCounts = nanCounts;
    this.infiniteCounts = infiniteCounts;
  }

  /** Number of runs (samples per column and year). */
  public int runs() {
    return runs;
  }

  public long seed() {
    return seed;
  }

  public int startYear() {
    return startYear;
  }

  public int years() {
    return years;
  }

  public int endYear() {
    return startYear + years - 1;
  }

  /**
   * The uncertain parameters that were drawn, in draw order (the scenario's {@code uncertainty}).
   */
  public List<UncertainParameter> parameters() {
    return parameters;
  }

  /**
   * One statistic of one output in one year, in the column's unit; may be {@code Infinity} or
   * {@code NaN} (see {@link Percentiles}).
   *
   * @throws IllegalArgumentException for {@link Column#YEAR} or a year outside the horizon
   */
  public double get(Column column, int year, Statistic statistic) {
    return values[(output(column) * STATS + statistic.ordinal()) * years + yearIndex(year)];
  }

  /**
   * One statistic of one output for every year, in year order (a fresh array: a fan-chart line).
   */
  public double[] series(Column column, Statistic statistic) {
    double[] out = new double[years];
    System.arraycopy(values, (output(column) * STATS + statistic.ordinal()) * years, out, 0, years);
    return out;
  }

  /** How many runs gave {@code NaN} (0/0, left out of every statistic) for this output and year. */
  public int nanCount(Column column, int year) {
    return nanCounts[output(column) * years + yearIndex(year)];
  }

  /** How many runs gave {@code Infinity} (x/0) for this output and year; they sort last. */
  public int infiniteCount(Column column, int year) {
    return infiniteCounts[output(column) * years + yearIndex(year)];
  }

  private static int output(Column column) {
    if (column == Column.YEAR) {
      throw new IllegalArgumentException("year is not an output column");
    }
    return column.ordinal() - 1;
  }

  private int yearIndex(int year) {
    int n = year - startYear;
    if (n < 0 || n >= years) {
      throw new IllegalArgumentException(
          "year " + year + " is outside the horizon " + startYear + ".." + endYear());
    }
    return n;
  }
}
