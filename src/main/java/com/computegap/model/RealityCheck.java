package com.computegap.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The reality check of MODEL.md section 7: every {@link Actual} of a scenario beside the model's
 * value for the same series, company and year, and the error in percent. A pure function of the
 * scenario and its computed table.
 */
public final class RealityCheck {

  /** The band the summary counts: an error within plus or minus this many percent. */
  public static final double WITHIN_PCT = 10;

  /**
   * One reported figure held against the model.
   *
   * @param actual the reported figure
   * @param model the model's value, {@code NaN} when {@link #hasModel()} is false
   * @param errorPct {@code 100 * (model - actual) / actual} (division rules: Infinity, -Infinity or
   *     NaN for an actual of 0), {@code NaN} without a model value
   * @param hasModel whether the model has a value: the year lies inside the horizon and the
   *     company, when named, is one of the scenario's
   */
  public record Row(Actual actual, double model, double errorPct, boolean hasModel) {}

  /**
   * The summary line: how many figures the model meets within {@link #WITHIN_PCT}.
   *
   * @param within figures with a finite error of at most 10 % either way
   * @param compared figures that have a model value
   * @param total all figures, including those outside the horizon
   */
  public record Summary(int within, int compared, int total) {}

  private RealityCheck() {}

  /**
   * One row per actual of {@code s}, in file order; {@code result} is {@code GapModel.compute(s)}.
   */
  public static List<Row> rows(Scenario s, ModelResult result) {
    List<Row> rows = new ArrayList<>(s.actuals().size());
    for (Actual a : s.actuals()) {
      double model = modelValue(s, result, a);
      boolean has = !Double.isNaN(model) || inHorizon(s, a) && companyKnown(s, a);
      rows.add(new Row(a, model, has ? errorPct(model, a.value()) : Double.NaN, has));
    }
    return rows;
  }

  /** The summary over {@code rows}. */
  public static Summary summary(List<Row> rows) {
    int within = 0;
    int compared = 0;
    for (Row r : rows) {
      if (r.hasModel()) {
        compared++;
        if (isWithin(r.errorPct())) {
          within++;
        }
      }
    }
    return new Summary(within, compared, rows.size());
  }

  /** Whether an error counts as within the band: finite and at most 10 % either way. */
  public static boolean isWithin(double errorPct) {
    return Double.isFinite(errorPct) && Math.abs(errorPct) <= WITHIN_PCT;
  }

  /** {@code 100 * (model - actual) / actual} with the division rules of MODEL.md section 2. */
  public static double errorPct(double model, double actual) {
    double diff = 100 * (model - actual);
    if (actual == 0) {
      return diff > 0 ? Double.POSITIVE_INFINITY : diff < 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
    }
    return diff / actual;
  }

  /**
   * The model's value for {@code a}: that year's column, or for a figure with a company that
   * company's {@code capexUsdB * g(growthPct)} (times {@code aiSharePct/100} for AI capex). {@code
   * NaN} when the year is outside the horizon or the company is not in the scenario.
   */
  public static double modelValue(Scenario s, ModelResult result, Actual a) {
    YearRow row = result.row(a.year());
    if (row == null) {
      return Double.NaN;
    }
    if (a.company() == null) {
      return a.series().of(row);
    }
    for (Hyperscaler h : s.hyperscalers()) {
      if (h.name().equals(a.company())) {
        double capex = h.capexUsdB() * Math.pow(1 + h.growthPct() / 100, a.year() - s.startYear());
        return a.series() == Column.HYPERSCALER_AI_CAPEX_USD_B
            ? capex * h.aiSharePct() / 100
            : capex;
      }
    }
    return Double.NaN;
  }

  private static boolean inHorizon(Scenario s, Actual a) {
    return a.year() >= s.startYear() && a.year() <= s.endYear();
  }

  private static boolean companyKnown(Scenario s, Actual a) {
    return a.company() == null
        || s.hyperscalers().stream().anyMatch(h -> h.name().equals(a.company()));
  }
}
