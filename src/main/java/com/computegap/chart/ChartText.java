package com.computegap.chart;

import com.computegap.text.Messages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Number and text formatting for chart labels and tooltips, in the current {@link Messages}
 * language. Formats are cached per thread because {@link NumberFormat} is not thread-safe and the
 * charts are formatted on the render thread and, for the zoom window, on the JavaFX thread.
 */
public final class ChartText {

  private static final ThreadLocal<Formats> FORMATS = new ThreadLocal<>();

  private ChartText() {}

  /** A bundle string. */
  public static String get(String key) {
    return Messages.get(key);
  }

  /**
   * The short form {@code key.short} in compact charts when the bundle has one, else {@code key}.
   */
  static String compactOr(String key, boolean compact) {
    return compact && Messages.has(key + ".short")
        ? Messages.get(key + ".short")
        : Messages.get(key);
  }

  /** A bundle pattern with its arguments filled in. */
  public static String format(String key, Object... args) {
    return Messages.format(key, args);
  }

  /** Money or chips: one decimal below 100, whole numbers above, grouped thousands; zero is "0". */
  static String amount(double value) {
    Formats f = formats();
    if (value == 0) {
      return "0";
    }
    return Math.abs(value) < 100 ? f.oneDecimal.format(value) : f.whole.format(value);
  }

  /** A ratio such as "6.4×"; "∞" for Infinity and "–" for NaN. */
  static String ratio(double value) {
    if (Double.isInfinite(value)) {
      return "∞";
    }
    if (Double.isNaN(value)) {
      return "–";
    }
    return amount(value) + "×";
  }

  /** A percentage such as "30 %" (value 0..100), with a no-break space so it never wraps apart. */
  static String percent(double value) {
    return formats().upToOneDecimal.format(value) + "\u00a0%";
  }

  /** A plain axis number: grouped, with up to three decimals for values below 1. */
  static String axisNumber(double value) {
    return formats().axis.format(value);
  }

  /** A year as digits, never grouped ("2027", not "2,027"). */
  static String year(int year) {
    return Integer.toString(year);
  }

  /** Years as a compact list of runs: "2027–2028, 2030". */
  static String yearRuns(List<Integer> years) {
    List<String> runs = new ArrayList<>();
    int i = 0;
    while (i < years.size()) {
      int j = i;
      while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
        j++;
      }
      runs.add(j == i ? year(years.get(i)) : year(years.get(i)) + "–" + year(years.get(j)));
      i = j + 1;
    }
    return String.join(", ", runs);
  }

  private static Formats formats() {
    Locale locale = Messages.locale();
    Formats f = FORMATS.get();
    if (f == null || !f.locale.equals(locale)) {
      f = new Formats(locale);
      FORMATS.set(f);
    }
    return f;
  }

  private static final class Formats {
    final Locale locale;
    final NumberFormat whole;
    final NumberFormat oneDecimal;
    final NumberFormat upToOneDecimal;
    final NumberFormat axis;

    Formats(Locale locale) {
      this.locale = locale;
      whole = NumberFormat.getNumberInstance(locale);
      whole.setMaximumFractionDigits(0);
      oneDecimal = NumberFormat.getNumberInstance(locale);
      oneDecimal.setMinimumFractionDigits(1);
      oneDecimal.setMaximumFractionDigits(1);
      upToOneDecimal = NumberFormat.getNumberInstance(locale);
      upToOneDecimal.setMaximumFractionDigits(1);
      axis = NumberFormat.getNumberInstance(locale);
      axis.setMaximumFractionDigits(3);
    }
  }
}
