package com.computegap.text;

import com.computegap.model.Claim;
import com.computegap.model.ClaimOp;
import com.computegap.model.WilsonInterval;

/**
 * Claims in words, in the current language: the claim written out with the column's display name
 * ("DePIN share of AI capex 2030 ≥ 10 %"), its probability with the 95 % interval, and whether it
 * holds in the scenario as set. Pure functions of their arguments and {@link Messages}.
 */
public final class ClaimTexts {

  private ClaimTexts() {}

  /** The operator as printed: {@code <}, {@code ≤}, {@code >}, {@code ≥}. */
  public static String op(ClaimOp op) {
    return switch (op) {
      case LT -> "<";
      case LE -> "\u2264";
      case GT -> ">";
      case GE -> "\u2265";
    };
  }

  /** The claim written out: column name, year, operator, value with the column's unit. */
  public static String statement(Claim c) {
    return Messages.format(
        "claims.statement",
        AnalysisTexts.column(c.column()),
        Formats.year(c.year()),
        op(c.op()),
        AnalysisTexts.output(c.column(), c.value()));
  }

  /** A share 0..1 as a percentage with one decimal: {@code 42.1 %}. */
  public static String share(double p) {
    return Messages.format("claims.share", Formats.value(100 * p, 1));
  }

  /** {@code 42.1 % (41.1–43.1)}: the estimate with its 95 % Wilson interval, in percent. */
  public static String probability(WilsonInterval w) {
    return Messages.format(
        "claims.probability",
        Formats.value(100 * w.estimate(), 1),
        Formats.value(100 * w.low(), 1),
        Formats.value(100 * w.high(), 1));
  }

  /** ✓, ✗, or – when the year is outside the horizon ({@code null}). */
  public static String holds(Boolean holds) {
    return holds == null ? "\u2013" : holds ? "\u2713" : "\u2717";
  }
}
