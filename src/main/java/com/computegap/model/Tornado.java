package com.computegap.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sensitivity ("tornado") chart of MODEL.md section 3 for one output in one year: each
 * uncertain parameter moved alone to its low and its high end ({@link Distribution#tornadoLow()}
 * and {@link Distribution#tornadoHigh()}: low/high for uniform and triangular, p5/p95 for normal
 * and lognormal), every other input at its scenario value.
 *
 * <p>The ends are clamped to the field's valid range and whole-number fields rounded, exactly as a
 * Monte Carlo draw would be; {@link Bar#lowInput()} and {@link Bar#highInput()} are the values
 * used. Bars are sorted by swing, largest first; a {@code NaN} swing sorts last and equal swings
 * keep the order of the scenario's {@code uncertainty} list.
 *
 * @param column the output charted, never {@link Column#YEAR}
 * @param year the year charted, inside the scenario's horizon
 * @param base the output with every input at its scenario value
 * @param bars one bar per uncertain parameter, sorted by swing descending
 */
public record Tornado(Column column, int year, double base, List<Bar> bars) {

  public Tornado {
    bars = List.copyOf(bars);
  }

  /**
   * One parameter's bar.
   *
   * @param parameter the uncertain parameter
   * @param lowInput the parameter value at its low end, after clamping and rounding
   * @param highInput the parameter value at its high end, after clamping and rounding
   * @param lowOutput the output with the parameter at {@code lowInput}; may be Infinity or NaN
   * @param highOutput the output with the parameter at {@code highInput}; may be Infinity or NaN
   */
  public record Bar(
      UncertainParameter parameter,
      double lowInput,
      double highInput,
      double lowOutput,
      double highOutput) {

    /**
     * {@code |highOutput - lowOutput|}: the bar's length. {@code Infinity} when exactly one end is
     * infinite, {@code NaN} when either end is NaN or both are infinite.
     */
    public double swing() {
      return Math.abs(highOutput - lowOutput);
    }

    /** The smaller of the two outputs (where the bar starts on the value axis). */
    public double minOutput() {
      return Math.min(lowOutput, highOutput);
    }

    /** The larger of the two outputs (where the bar ends on the value axis). */
    public double maxOutput() {
      return Math.max(lowOutput, highOutput);
    }
  }

  /** Largest swing first, NaN last; {@link List#sort} is stable, so ties keep list order. */
  private static final Comparator<Bar> BY_SWING =
      Comparator.comparingDouble(
          (Bar b) -> {
            double swing = b.swing();
            return Double.isNaN(swing) ? Double.NEGATIVE_INFINITY : -swing;
          });

  /**
   * Computes the tornado of {@code column} in {@code year} over the scenario's uncertain
   * parameters. A scenario without uncertainty gives no bars.
   *
   * @throws IllegalArgumentException for {@link Column#YEAR}, a year outside the horizon, or an
   *     uncertain parameter that does not resolve or may not vary
   */
  public static Tornado of(Scenario scenario, Column column, int year) {
    if (column == Column.YEAR) {
      throw new IllegalArgumentException("year is not an output column");
    }
    if (year < scenario.startYear() || year > scenario.endYear()) {
      throw new IllegalArgumentException(
          "year "
              + year
              + " is outside the horizon "
              + scenario.startYear()
              + ".."
              + scenario.endYear());
    }
    double base = column.of(GapModel.compute(scenario).row(year));
    List<Bar> bars = new ArrayList<>();
    for (UncertainParameter u : scenario.uncertainty()) {
      ParameterPath path = MonteCarlo.variablePath(u.param(), scenario);
      double low = endValue(path, u.distribution().tornadoLow());
      double high = endValue(path, u.distribution().tornadoHigh());
      bars.add(
          new Bar(
              u,
              low,
              high,
              output(scenario, path, low, column, year),
              output(scenario, path, high, column, year)));
    }
    bars.sort(BY_SWING);
    return new Tornado(column, year, base, bars);
  }

  private static double endValue(ParameterPath path, double v) {
    double clamped = path.field().validRange().clamp(v);
    return path.field().wholeNumber() ? Math.rint(clamped) : clamped;
  }

  private static double output(Scenario s, ParameterPath path, double v, Column column, int year) {
    return column.of(GapModel.compute(path.with(s, v)).row(year));
  }
}
