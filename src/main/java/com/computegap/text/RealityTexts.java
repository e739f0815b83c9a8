package com.computegap.text;

import com.computegap.model.Column;

/**
 * What the reality check says, in the window's panel and in the brief alike: how close the model
 * came to a reported figure (a band of the error's size, which both colour), the error as text, the
 * series a figure belongs to and the summary line. Pure functions of their arguments and {@link
 * Messages}.
 */
public final class RealityTexts {

  /** An error within this many percent, either way, counts as a match (the summary's ±10 %). */
  public static final double CLOSE_PCT = 10;

  /** An error within this many percent is "off"; beyond it, "far off". */
  public static final double NEAR_PCT = 25;

  private RealityTexts() {}

  /** How close the model came to one reported figure; the colour follows it. */
  public enum Closeness {
    /** |error| <= 10 %. */
    CLOSE("reality-close"),
    /** 10 % < |error| <= 25 %. */
    NEAR("reality-near"),
    /** |error| > 25 %, or infinite (a reported 0 that the model misses). */
    FAR("reality-far"),
    /** No model value (a year outside the horizon) or an undefined error (0 against 0 is NaN). */
    NONE("reality-none");

    private final String styleClass;

    Closeness(String styleClass) {
      this.styleClass = styleClass;
    }

    /** The CSS style class (and pseudo-class name) of this band. */
    public String styleClass() {
      return styleClass;
    }

    /** The band's name in words, for tooltips and the brief's legend. */
    public String label() {
      return switch (this) {
        case CLOSE -> Messages.get("reality.closeness.close");
        case NEAR -> Messages.get("reality.closeness.near");
        case FAR -> Messages.get("reality.closeness.far");
        case NONE -> Messages.get("reality.closeness.none");
      };
    }
  }

  /**
   * The band of an error in percent ({@code 100 * (model - actual) / actual}); {@code NaN} (no
   * model value, or 0 against 0) is {@link Closeness#NONE}.
   */
  public static Closeness closeness(double errorPct) {
    if (Double.isNaN(errorPct)) {
      return Closeness.NONE;
    }
    double a = Math.abs(errorPct);
    return a <= CLOSE_PCT ? Closeness.CLOSE : a <= NEAR_PCT ? Closeness.NEAR : Closeness.FAR;
  }

  /** The error with its sign: {@code +12.3 %}, {@code −4.0 %}, "∞"; "–" when there is none. */
  public static String error(double errorPct) {
    return Formats.percentChange(errorPct);
  }

  /** A value of {@code series} without its unit ({@code 72.2}, {@code 6.39×}); "–" for none. */
  public static String value(Column series, double v) {
    return AnalysisTexts.outputShort(series, v);
  }

  /** The series in words, with the company when there is one: {@code Hyperscaler capex · Meta}. */
  public static String series(Column series, String company) {
    String name = AnalysisTexts.column(series);
    return company == null || company.isEmpty()
        ? name
        : Messages.format("reality.series.company", name, company);
  }

  /** The unit of {@code series} as shown in a column header, for example {@code B USD}. */
  public static String unit(Column series) {
    return AnalysisTexts.unit(series.unit());
  }

  /** Where a figure comes from: the source, and "as of" its date when there is one. */
  public static String source(String source, String asOf) {
    return asOf == null || asOf.isEmpty()
        ? source
        : Messages.format("reality.source.asOf", source, asOf);
  }

  /**
   * The summary line: "Within ±10 % of 9 of 12 reported figures", followed by how many figures have
   * no model value (their year lies outside the horizon), if any.
   *
   * @param close figures whose error is within ±10 %
   * @param comparable figures that have a model value and an error
   * @param total every reported figure of the scenario
   */
  public static String summary(int close, int comparable, int total) {
    if (total == 0) {
      return Messages.get("reality.summary.none");
    }
    String line =
        Messages.format("reality.summary", close, comparable, Formats.value(CLOSE_PCT, 0));
    int outside = total - comparable;
    return outside == 0 ? line : Messages.format("reality.summary.outside", line, outside);
  }
}
