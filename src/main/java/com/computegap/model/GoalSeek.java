package com.computegap.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Goal seek: which value of one input (a {@link ParameterPath}) makes an output in a year equal a
 * number, or equal another output in the same year ("DePIN AI capex matches the hyperscalers'")?
 *
 * <h2>Search</h2>
 *
 * <ol>
 *   <li>The search range is the field's valid range, capped at {@code ±}{@value #SEARCH_LIMIT}
 *       where it is unbounded; whole-number fields are searched over whole numbers only.
 *   <li>If the scenario's own value already meets the goal, it is the answer.
 *   <li>Otherwise the output is sampled on a grid: 101 evenly spaced points over a bounded range,
 *       every whole number of a whole-number range (at most 1,001 of them), and for a range
 *       unbounded above a geometric ladder from the current value (doubling up to the limit and
 *       halving down to 1e-12 of it, plus the lower bound).
 *   <li>Each pair of neighbouring grid points where {@code output - target} changes sign brackets a
 *       crossing; the bracket nearest the current value is bisected first (to adjacent doubles, or
 *       adjacent whole numbers), then the next, until one meets the goal.
 *   <li>The goal is met when {@code |output - target| <= 1e-6 * max(|target|, 1e-3)}: 1e-6
 *       relative, and an absolute 1e-9 near zero.
 * </ol>
 *
 * A {@code NaN} output or target (0/0) counts as "no information" at that point; an infinite one
 * has a sign and can bracket a crossing. The search cannot see a crossing that goes there and back
 * between two grid points.
 *
 * <h2>When nothing meets the goal</h2>
 *
 * The result says why ({@link Status}) and gives the closest approach found: the parameter value,
 * the output and the target there. On a plateau (for example DePIN capex capped by what token
 * buyers bring) the closest value is pushed back towards the current value to where the plateau
 * begins.
 */
public final class GoalSeek {

  /** Relative tolerance on the output. */
  public static final double RELATIVE_TOLERANCE = 1e-6;

  /** Below this |target| the tolerance stops shrinking: an absolute 1e-9 in the output's unit. */
  public static final double TOLERANCE_FLOOR = 1e-3;

  /** How far an unbounded range is searched. */
  public static final double SEARCH_LIMIT = 1e12;

  private static final int LINEAR_POINTS = 101;
  private static final int MAX_WHOLE_NUMBERS = 1001;
  private static final int LADDER_STEPS_DOWN = 40;
  private static final int MAX_BISECTIONS = 200;

  private GoalSeek() {}

  /**
   * What the output must equal.
   *
   * @param column the output to move, never {@link Column#YEAR}
   * @param year the year in which it is read
   * @param otherColumn the output it must equal in the same year, or {@code null} for {@link
   *     #value}
   * @param value the number it must equal when {@code otherColumn} is {@code null} (ignored
   *     otherwise)
   */
  public record Goal(Column column, int year, Column otherColumn, double value) {

    public Goal {
      if (column == null || column == Column.YEAR || otherColumn == Column.YEAR) {
        throw new IllegalArgumentException("goal columns must be output columns");
      }
      if (otherColumn == null && !Double.isFinite(value)) {
        throw new IllegalArgumentException("the target value must be finite, got " + value);
      }
    }

    /** {@code column} in {@code year} equals {@code value}. */
    public static Goal of(Column column, int year, double value) {
      return new Goal(column, year, null, value);
    }

    /** {@code column} equals {@code otherColumn}, both in {@code year}. */
    public static Goal matching(Column column, int year, Column otherColumn) {
      return new Goal(column, year, otherColumn, Double.NaN);
    }

    /** The target in a computed row: the fixed value or the other column's. */
    public double target(YearRow row) {
      return otherColumn == null ? value : otherColumn.of(row);
    }

    /**
     * For example {@code depinAiCapexUsdB in 2024 = hyperscalerAiCapexUsdB} or {@code ... = 30.0}.
     */
    public String describe() {
      return column.key()
          + " in "
          + year
          + " = "
          + (otherColumn == null ? Double.toString(value) : otherColumn.key());
    }
  }

  /** The outcome of a search. Only {@link #SOLVED} meets the goal. */
  public enum Status {
    /** A value in range meets the goal. */
    SOLVED,
    /** The output stays above the target over the whole searched range. */
    STAYS_ABOVE,
    /** The output stays below the target over the whole searched range. */
    STAYS_BELOW,
    /** The output crosses the target only by jumping over it (a discontinuity, such as x/0). */
    JUMPS_PAST,
    /**
     * The output crosses the target between two consecutive whole numbers of a whole-number field.
     */
    BETWEEN_WHOLE_NUMBERS,
    /** The output or the target is NaN (0/0) everywhere in the range. */
    UNDEFINED
  }

  /**
   * The answer.
   *
   * @param status whether the goal was met, and if not why
   * @param parameter the input searched
   * @param goal the goal
   * @param startValue the input's value in the scenario (clamped into the search range)
   * @param value the solution when {@link #solved()}; otherwise where the output came closest
   * @param output the output at {@code value}
   * @param target the target at {@code value} (for {@link Goal#matching} it moves with the input)
   * @param searchedFrom the low end of the range searched
   * @param searchedTo the high end of the range searched
   * @param evaluations model evaluations used
   */
  public record Result(
      Status status,
      ParameterPath parameter,
      Goal goal,
      double startValue,
      double value,
      double output,
      double target,
      double searchedFrom,
      double searchedTo,
      int evaluations) {

    public boolean solved() {
      return status == Status.SOLVED;
    }

    /**
     * One English sentence for logs and the command line; the UI builds its own from the fields.
     */
    public String describe() {
      String at = parameter.text() + " = " + format(value);
      String reached = goal.column().key() + " = " + format(output) + ", target " + format(target);
      String range = format(searchedFrom) + " .. " + format(searchedTo);
      return switch (status) {
        case SOLVED -> at + " gives " + reached + " (" + goal.year() + ")";
        case STAYS_ABOVE, STAYS_BELOW ->
            "no value of "
                + parameter.text()
                + " in "
                + range
                + " makes "
                + goal.describe()
                + ": the output stays "
                + (status == Status.STAYS_ABOVE ? "above" : "below")
                + " the target; closest at "
                + at
                + " ("
                + reached
                + ")";
        case JUMPS_PAST ->
            "no value of "
                + parameter.text()
                + " in "
                + range
                + " makes "
                + goal.describe()
                + ": the output jumps past the target at "
                + at
                + " ("
                + reached
                + ")";
        case BETWEEN_WHOLE_NUMBERS ->
            "no whole number "
                + parameter.text()
                + " in "
                + range
                + " makes "
                + goal.describe()
                + ": the target lies between two whole numbers; closest at "
                + at
                + " ("
                + reached
                + ")";
        case UNDEFINED ->
            "no value of "
                + parameter.text()
                + " in "
                + range
                + " makes "
                + goal.describe()
                + ": the output or the target is undefined (0/0) throughout";
      };
    }

    private static String format(double v) {
      return String.format(Locale.ROOT, "%.9g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }
  }

  /**
   * The two searches the essay implies: what token price, or what buyer demand, makes DePIN AI
   * capex match the hyperscalers' in the first year. Each moves one input, so each is capped by the
   * other: cash realised is {@code min(sell pressure, buyer demand)}. In every bundled scenario
   * neither reaches parity alone, and the result says so ({@link Status#STAYS_BELOW}) with the cap
   * that binds: for the essay baseline, token prices above 1.5x add nothing because buyers bring 40
   * B. The model's {@code parityTokenPriceMultiplier} and {@code parityBuyerDemandUsdB} columns
   * answer the question with the other constraint lifted.
   */
  public enum Preset {
    /**
     * {@code depin.tokenPriceMultiplier} at which DePIN AI capex equals hyperscaler AI capex in the
     * first year.
     */
    TOKEN_PRICE_FOR_CAPEX_PARITY("depin.tokenPriceMultiplier"),
    /**
     * {@code depin.buyerDemandUsdB} at which DePIN AI capex equals hyperscaler AI capex in the
     * first year.
     */
    BUYER_DEMAND_FOR_CAPEX_PARITY("depin.buyerDemandUsdB");

    private final ParameterPath parameter;

    Preset(String path) {
      this.parameter = ParameterPath.parse(path);
    }

    public ParameterPath parameter() {
      return parameter;
    }

    /** {@code depinAiCapexUsdB = hyperscalerAiCapexUsdB} in the scenario's first year. */
    public Goal goal(Scenario s) {
      return Goal.matching(
          Column.DEPIN_AI_CAPEX_USD_B, s.startYear(), Column.HYPERSCALER_AI_CAPEX_USD_B);
    }

    public Result solve(Scenario s) {
      return GoalSeek.solve(s, parameter, goal(s));
    }
  }

  /**
   * Searches {@code parameter} for a value meeting {@code goal}; see the class comment.
   *
   * @throws IllegalArgumentException when the goal's year is outside the horizon, or the parameter
   *     does not resolve in the scenario or is {@code startYear}/{@code years}
   */
  public static Result solve(Scenario scenario, ParameterPath parameter, Goal goal) {
    return new Search(scenario, parameter, goal).run();
  }

  /** One evaluated point: input, output, target. */
  private record Point(double x, double output, double target) {

    double gap() {
      return output - target;
    }

    boolean defined() {
      return !Double.isNaN(output) && !Double.isNaN(target) && !Double.isNaN(gap());
    }

    boolean meets() {
      if (Double.isNaN(output) || Double.isNaN(target)) {
        return false;
      }
      return output == target
          || Math.abs(output - target)
              <= RELATIVE_TOLERANCE * Math.max(Math.abs(target), TOLERANCE_FLOOR);
    }

    /** |gap| with undefined points last. */
    double miss() {
      return defined() ? Math.abs(gap()) : Double.POSITIVE_INFINITY;
    }
  }

  /**
   * A grid point that meets the goal, or the start of a sign change; {@code distance} from the
   * current value.
   */
  private record Candidate(int index, boolean meets, double distance) {}

  private static final class Search {
    private final Scenario scenario;
    private final ParameterPath parameter;
    private final Goal goal;
    private final boolean whole;
    private final double lo;
    private final double hi;
    private final boolean unboundedAbove;
    private int evaluations;

    Search(Scenario scenario, ParameterPath parameter, Goal goal) {
      if (goal.year() < scenario.startYear() || goal.year() > scenario.endYear()) {
        throw new IllegalArgumentException(
            "year "
                + goal.year()
                + " is outside the horizon "
                + scenario.startYear()
                + ".."
                + scenario.endYear());
      }
      MonteCarlo.variablePath(parameter.text(), scenario);
      this.scenario = scenario;
      this.parameter = parameter;
      this.goal = goal;
      NumericField field = parameter.field();
      ValueRange range = field.validRange();
      this.whole = field.wholeNumber();
      this.unboundedAbove = range.max() == Double.POSITIVE_INFINITY;
      double low = Math.max(range.lowestValid(), -SEARCH_LIMIT);
      double high = Math.min(range.clamp(Double.MAX_VALUE), SEARCH_LIMIT);
      this.lo = whole ? Math.ceil(low) : low;
      this.hi = whole ? Math.floor(high) : high;
    }

    Result run() {
      double x0 = clampToSearch(parameter.get(scenario));
      Point start = eval(x0);
      if (start.meets()) {
        return result(Status.SOLVED, x0, start);
      }
      List<Point> grid = new ArrayList<>();
      for (double x : gridPoints(x0)) {
        grid.add(x == x0 ? start : eval(x));
      }
      List<Point> defined = grid.stream().filter(Point::defined).toList();
      if (defined.isEmpty()) {
        return result(Status.UNDEFINED, x0, start);
      }

      // Candidate answers, nearest the current value first: grid points that meet the goal, and
      // neighbouring grid points between which the gap changes sign.
      List<Candidate> candidates = new ArrayList<>();
      for (int i = 0; i < defined.size(); i++) {
        Point a = defined.get(i);
        if (a.meets()) {
          candidates.add(new Candidate(i, true, Math.abs(a.x() - x0)));
        } else if (i + 1 < defined.size()) {
          Point b = defined.get(i + 1);
          if (!b.meets() && (a.gap() < 0) != (b.gap() < 0)) {
            candidates.add(new Candidate(i, false, distance(x0, a.x(), b.x())));
          }
        }
      }
      candidates.sort(Comparator.comparingDouble(Candidate::distance));
      Point firstCrossing = null;
      for (Candidate c : candidates) {
        Point a = defined.get(c.index());
        Point found = c.meets() ? a : bisect(a, defined.get(c.index() + 1));
        if (found.meets()) {
          return result(Status.SOLVED, found.x(), found);
        }
        if (firstCrossing == null) {
          firstCrossing = found;
        }
      }
      if (firstCrossing != null) {
        return result(
            whole ? Status.BETWEEN_WHOLE_NUMBERS : Status.JUMPS_PAST,
            firstCrossing.x(),
            firstCrossing);
      }

      // No crossing: report the closest approach, nearest the current value among equals.
      Point best = defined.get(0);
      for (Point p : defined) {
        if (p.miss() < best.miss()
            || (p.miss() == best.miss() && Math.abs(p.x() - x0) < Math.abs(best.x() - x0))) {
          best = p;
        }
      }
      best = towardStart(best, defined, x0);
      return result(best.gap() > 0 ? Status.STAYS_ABOVE : Status.STAYS_BELOW, best.x(), best);
    }

    private static double distance(double x0, double a, double b) {
      double from = Math.min(a, b);
      double to = Math.max(a, b);
      return x0 < from ? from - x0 : x0 > to ? x0 - to : 0;
    }

    /**
     * Bisects a sign change of the gap down to adjacent doubles or whole numbers; the better end.
     */
    private Point bisect(Point a, Point b) {
      Point best = a.miss() <= b.miss() ? a : b;
      for (int i = 0; i < MAX_BISECTIONS; i++) {
        double m = whole ? Math.floor(a.x() + (b.x() - a.x()) / 2) : a.x() + (b.x() - a.x()) / 2;
        if (m <= a.x() || m >= b.x()) {
          break;
        }
        Point p = eval(m);
        if (!p.defined()) {
          break;
        }
        if (p.miss() < best.miss()) {
          best = p;
        }
        if (p.gap() == 0) {
          break;
        }
        if ((p.gap() < 0) == (a.gap() < 0)) {
          a = p;
        } else {
          b = p;
        }
      }
      return best;
    }

    /**
     * On a plateau the closest approach holds over a whole interval: move it back towards the
     * current value, to the plateau's edge, by bisecting between it and its grid neighbour on that
     * side. Only an exactly equal output counts as the plateau, so a smooth minimum stays put.
     */
    private Point towardStart(Point best, List<Point> defined, double x0) {
      if (whole || best.x() == x0) {
        return best;
      }
      int i = defined.indexOf(best);
      int j = best.x() > x0 ? i - 1 : i + 1;
      if (j < 0 || j >= defined.size()) {
        return best;
      }
      Point near = defined.get(j);
      for (int k = 0; k < MAX_BISECTIONS; k++) {
        double m = near.x() + (best.x() - near.x()) / 2;
        if (m == near.x() || m == best.x()) {
          break;
        }
        Point p = eval(m);
        // Exactly the same output and target: still on the plateau (a min() cap gives equal bits).
        if (p.output() == best.output() && p.target() == best.target()) {
          best = p;
        } else {
          near = p;
        }
      }
      return best;
    }

    /** The grid of the class comment, ascending, without duplicates, containing {@code x0}. */
    private TreeSet<Double> gridPoints(double x0) {
      TreeSet<Double> xs = new TreeSet<>();
      xs.add(x0);
      xs.add(lo);
      xs.add(hi);
      if (whole && hi - lo < MAX_WHOLE_NUMBERS) {
        for (double x = lo; x <= hi; x++) {
          xs.add(x);
        }
      } else if (unboundedAbove) {
        double anchor = x0 > 0 ? x0 : 1;
        for (double x = anchor; x <= hi; x *= 2) {
          xs.add(clampToSearch(x));
        }
        double x = anchor;
        for (int k = 0; k < LADDER_STEPS_DOWN && x / 2 > lo; k++) {
          x /= 2;
          xs.add(clampToSearch(x));
        }
      } else {
        for (int i = 0; i < LINEAR_POINTS; i++) {
          xs.add(clampToSearch(lo + (hi - lo) * i / (LINEAR_POINTS - 1)));
        }
      }
      return xs;
    }

    private double clampToSearch(double x) {
      double v = Math.max(lo, Math.min(hi, Double.isNaN(x) ? lo : x));
      return whole ? Math.rint(v) : v;
    }

    private Point eval(double x) {
      evaluations++;
      YearRow row = GapModel.compute(parameter.with(scenario, x)).row(goal.year());
      return new Point(x, goal.column().of(row), goal.target(row));
    }

    private Result result(Status status, double x, Point p) {
      return new Result(
          status,
          parameter,
          goal,
          clampToSearch(parameter.get(scenario)),
          x,
          p.output(),
          p.target(),
          lo,
          hi,
          evaluations);
    }
  }
}
