package com.computegap.text;

import com.computegap.model.Unit;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers as people read them in a meeting, in the current language's conventions: ratios as {@code
 * 6.39×}, money as {@code 170.5}, counts with grouping. Infinity and NaN become "∞" and "–"; the
 * reason for an ∞ is the caller's to show beside it.
 */
public final class Formats {

  private Formats() {}

  /**
   * Building a DecimalFormat costs tens of microseconds and the slider path formats dozens of
   * values per frame, so formats are kept per thread (DecimalFormat is not thread-safe) and per
   * language.
   */
  private static final ThreadLocal<Map<String, DecimalFormat>> CACHE =
      ThreadLocal.withInitial(HashMap::new);

  private static DecimalFormat pattern(String pattern) {
    Locale locale = Messages.locale();
    return CACHE
        .get()
        .computeIfAbsent(
            locale.toLanguageTag() + '|' + pattern,
            k -> new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)));
  }

  /** Three significant figures for ratios and multipliers: 6.39, 34.7, 347, 3,470. */
  public static String ratio(double v) {
    if (!Double.isFinite(v)) {
      return nonFinite(v);
    }
    double a = Math.abs(v);
    String p = a == 0 ? "0" : a < 0.01 ? "0.###E0" : a < 10 ? "0.00" : a < 100 ? "0.0" : "#,##0";
    return pattern(p).format(v);
  }

  /** A ratio with its sign: {@code 6.39×}. */
  public static String times(double v) {
    return Double.isFinite(v) ? ratio(v) + "×" : nonFinite(v);
  }

  /**
   * A plain value in the field's unit, precise enough to type back: up to {@code decimals}
   * decimals.
   */
  public static String value(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return nonFinite(v);
    }
    return pattern(decimals <= 0 ? "#,##0" : "#,##0." + "#".repeat(decimals)).format(v);
  }

  /** A year without grouping: 2024, not 2,024. */
  public static String year(int year) {
    return Integer.toString(year);
  }

  /** A compact amount for KPI cards and tooltips, three to four significant figures. */
  public static String amount(double v) {
    if (!Double.isFinite(v)) {
      return nonFinite(v);
    }
    double a = Math.abs(v);
    String p = a == 0 ? "0" : a < 1 ? "0.###" : a < 100 ? "0.##" : a < 10000 ? "#,##0.#" : "#,##0";
    return pattern(p).format(v);
  }

  /** A signed percentage change: {@code +12.3 %}, {@code −4.0 %}. */
  public static String percentChange(double pct) {
    if (!Double.isFinite(pct)) {
      return nonFinite(pct);
    }
    String body = pattern("0.0").format(Math.abs(pct));
    return (pct > 0 ? "+" : pct < 0 ? "−" : "±") + body + " %";
  }

  /** Value and unit: {@code 170.5 B USD}, {@code 30 %}. */
  public static String withUnit(double v, Unit unit) {
    String number = unit == Unit.YEAR ? year((int) v) : amount(v);
    return Messages.format("unit.format", number, Messages.get(unit.symbolKey()));
  }

  /** "∞" for infinities, "–" for NaN. */
  public static String nonFinite(double v) {
    return Double.isNaN(v) ? "–" : v > 0 ? "∞" : "−∞";
  }

  /**
   * Parses a number typed in the current language ({@code 1,234.5} or {@code 1.234,5}); also
   * accepts a plain {@code 1234.5}. Returns {@code NaN} when the whole text is not a number.
   */
  public static double parse(String text) {
    String t =
        text == null
            ? ""
            : text.strip().replace('−', '-').replace("%", "").replace("×", "").strip();
    if (t.isEmpty()) {
      return Double.NaN;
    }
    NumberFormat local = NumberFormat.getNumberInstance(Messages.locale());
    ParsePosition pos = new ParsePosition(0);
    Number n = local.parse(t, pos);
    if (n != null && pos.getIndex() == t.length()) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
