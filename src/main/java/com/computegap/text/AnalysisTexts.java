package com.computegap.text;

import com.computegap.model.Column;
import com.computegap.model.Distribution;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.Unit;

/**
 * Names and numbers of the analysis views (uncertainty ranges, fans, tornado, goal seek) in the
 * current language: parameter names with their company, output column names, values with units and
 * distributions in words. Pure functions of their arguments and {@link Messages}.
 */
public final class AnalysisTexts {

  private AnalysisTexts() {}

  /** A parameter's name as a partner reads it: {@link ParameterNames#of}. */
  public static String parameter(ParameterPath path, Scenario s) {
    return ParameterNames.of(path, s);
  }

  /** The company or mega project a list path names: {@link ParameterNames#element}. */
  public static String element(ParameterPath path, Scenario s) {
    return ParameterNames.element(path, s);
  }

  /** The short unit label of a field or column, for example {@code B USD} or {@code %/yr}. */
  public static String unit(Unit unit) {
    return Messages.get(unit.symbolKey());
  }

  /** An input value with its unit: {@code 0.3 × today}, {@code 40 %}, {@code 2030 year}. */
  public static String input(NumericField field, double v) {
    if (field.unit() == Unit.YEAR && Double.isFinite(v)) {
      return Formats.year((int) Math.rint(v));
    }
    return Formats.withUnit(v, field.unit());
  }

  /**
   * An input value without its unit, as typed: {@code 0.3}, {@code 1,500}; years without grouping.
   */
  public static String number(NumericField field, double v) {
    if (field.unit() == Unit.YEAR && Double.isFinite(v) && v == Math.rint(v)) {
      return Formats.year((int) v);
    }
    return Formats.amount(v);
  }

  /** The localised name of an output column, for example {@code Spend gap}. */
  public static String column(Column c) {
    return switch (c) {
      case YEAR -> Messages.get("unc.column.year");
      case HYPERSCALER_CAPEX_USD_B -> Messages.get("unc.column.hyperscalerCapexUsdB");
      case HYPERSCALER_AI_CAPEX_USD_B -> Messages.get("unc.column.hyperscalerAiCapexUsdB");
      case DEPIN_GROSS_INCENTIVE_USD_B -> Messages.get("unc.column.depinGrossIncentiveUsdB");
      case DEPIN_SELL_PRESSURE_USD_B -> Messages.get("unc.column.depinSellPressureUsdB");
      case BUYER_DEMAND_USD_B -> Messages.get("unc.column.buyerDemandUsdB");
      case DEPIN_CASH_REALIZED_USD_B -> Messages.get("unc.column.depinCashRealizedUsdB");
      case DEPIN_AI_CAPEX_USD_B -> Messages.get("unc.column.depinAiCapexUsdB");
      case SPEND_GAP_RATIO -> Messages.get("unc.column.spendGapRatio");
      case DEPIN_SHARE_OF_AI_CAPEX_PCT -> Messages.get("unc.column.depinShareOfAiCapexPct");
      case UNIT_PRICE_USD_K -> Messages.get("unc.column.unitPriceUsdK");
      case SUPPLY_K -> Messages.get("unc.column.supplyK");
      case HYPERSCALER_DEMAND_K -> Messages.get("unc.column.hyperscalerDemandK");
      case HYPERSCALER_UNITS_K -> Messages.get("unc.column.hyperscalerUnitsK");
      case OTHER_DEMAND_K -> Messages.get("unc.column.otherDemandK");
      case OTHER_UNITS_K -> Messages.get("unc.column.otherUnitsK");
      case DEPIN_DEMAND_K -> Messages.get("unc.column.depinDemandK");
      case DEPIN_UNITS_K -> Messages.get("unc.column.depinUnitsK");
      case UNALLOCATED_K -> Messages.get("unc.column.unallocatedK");
      case HYPERSCALER_INSTALLED_K -> Messages.get("unc.column.hyperscalerInstalledK");
      case DEPIN_INSTALLED_K -> Messages.get("unc.column.depinInstalledK");
      case DEPIN_EFFECTIVE_K -> Messages.get("unc.column.depinEffectiveK");
      case COMPUTE_GAP_RATIO -> Messages.get("unc.column.computeGapRatio");
      case PARITY_TOKEN_PRICE_MULTIPLIER -> Messages.get("unc.column.parityTokenPriceMultiplier");
      case PARITY_BUYER_DEMAND_USD_B -> Messages.get("unc.column.parityBuyerDemandUsdB");
      case TOKEN_PRICE_INDEX -> Messages.get("unc.column.tokenPriceIndex");
      case USAGE_REVENUE_USD_B -> Messages.get("unc.column.usageRevenueUsdB");
      case LIST_PRICE_USD_K -> Messages.get("unc.column.listPriceUsdK");
    };
  }

  /**
   * An output value with its unit: {@code 6.39×}, {@code 170.5 B USD}, {@code 12 %}; "∞" and "–" as
   * such.
   */
  public static String output(Column c, double v) {
    if (!Double.isFinite(v)) {
      return Formats.nonFinite(v);
    }
    return switch (c.unit()) {
      case RATIO -> Formats.times(v);
      case MULTIPLIER -> Formats.withUnit(v, Unit.MULTIPLIER);
      default -> Formats.withUnit(v, c.unit());
    };
  }

  /** An output value without its unit, short: {@code 6.39×} for ratios, {@code 170.5} otherwise. */
  public static String outputShort(Column c, double v) {
    if (!Double.isFinite(v)) {
      return Formats.nonFinite(v);
    }
    return c.unit() == Unit.RATIO ? Formats.times(v) : Formats.amount(v);
  }

  /**
   * A distribution in words with units: {@code Uniform, 10 – 50 %}, {@code Triangular, 0 – 40 %/yr,
   * most likely 10}, {@code Normal, mean 27.5, sd 2 k USD/unit}, {@code Lognormal, 90 % between 0.3
   * and 3 × today}.
   */
  public static String distribution(Distribution d, NumericField field) {
    String unit = unitAfterNumber(field);
    if (d instanceof Distribution.Uniform u) {
      return Messages.format(
          "unc.dist.describe.uniform", number(field, u.low()), number(field, u.high()), unit);
    }
    if (d instanceof Distribution.Triangular t) {
      return Messages.format(
          "unc.dist.describe.triangular",
          number(field, t.low()),
          number(field, t.high()),
          unit,
          number(field, t.mode()));
    }
    if (d instanceof Distribution.Normal n) {
      return Messages.format(
          "unc.dist.describe.normal", number(field, n.mean()), number(field, n.sd()), unit);
    }
    Distribution.LogNormal l = (Distribution.LogNormal) d;
    return Messages.format(
        "unc.dist.describe.lognormal", number(field, l.p5()), number(field, l.p95()), unit);
  }

  /** Years as a compact list of runs: {@code 2027–2028, 2030}. */
  public static String yearRuns(java.util.List<Integer> years) {
    java.util.List<String> runs = new java.util.ArrayList<>();
    int i = 0;
    while (i < years.size()) {
      int j = i;
      while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
        j++;
      }
      runs.add(
          j == i
              ? Formats.year(years.get(i))
              : Formats.year(years.get(i)) + "\u2013" + Formats.year(years.get(j)));
      i = j + 1;
    }
    return String.join(", ", runs);
  }

  /** The low and high end the tornado uses, as {@code 0.3 → 3 × today}. */
  public static String span(double low, double high, NumericField field) {
    return Messages.format(
            "unc.span", number(field, low), number(field, high), unitAfterNumber(field))
        .strip();
  }

  /** The unit written after a bare number; none after a year ("2027", not "2027 year"). */
  private static String unitAfterNumber(NumericField field) {
    return field.unit() == Unit.YEAR ? "" : unit(field.unit());
  }
}
