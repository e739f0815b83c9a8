package com.computegap.export;

import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import com.computegap.model.YearRow;
import com.computegap.text.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The yearly table as a file, in two flavours.
 *
 * <ul>
 *   <li>{@link #csv}: exactly the command line's {@code model --format csv} (MODEL.md section 4):
 *       the contract's column keys as header, {@code ,} between fields, {@code .} decimals, {@code
 *       Double.toString} precision, {@code Infinity} and {@code NaN} as such, {@code \n} line ends,
 *       no BOM. For scripts and for checking against the model's golden numbers.
 *   <li>{@link #excelCsv}: for a double-click into Excel in the user's own number conventions: a
 *       UTF-8 byte order mark (so Excel reads the encoding right), column headers in the UI
 *       language with their units, the locale's decimal separator and {@code ;} between fields
 *       wherever that separator is a comma (German, French, ...), else {@code ,}; {@code \r\n} line
 *       ends. Numbers are written in full (no grouping, no exponent, every digit of the double's
 *       shortest form). {@code Infinity} is written as {@code ∞}, a text cell Excel leaves alone (a
 *       formula using it gives {@code #VALUE!} rather than a wrong number), and {@code NaN} (0/0)
 *       as an empty cell, which charts and averages skip.
 * </ul>
 *
 * <p>Pure functions of their arguments (plus the current {@link Messages} language for the
 * headers); any thread may call them.
 */
public final class TableExport {

  /** What the Excel flavour writes for positive infinity. */
  public static final String EXCEL_INFINITY = "∞";

  /** What the Excel flavour writes for NaN: an empty cell. */
  public static final String EXCEL_NAN = "";

  private static final char BOM = '\uFEFF';

  private TableExport() {}

  /** The contract CSV, header and one line per year, each ending with {@code \n}. */
  public static String csv(ModelResult result) {
    return TableFormat.csv(result);
  }

  /** Writes {@link #csv} as UTF-8 to {@code file}; the file appears whole or not at all. */
  public static void writeCsv(ModelResult result, Path file) throws IOException {
    ExportFiles.write(file, csv(result).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The Excel-friendly CSV for numbers in {@code numberLocale}'s conventions (typically the
   * system's format locale, {@code Locale.getDefault(Locale.Category.FORMAT)}), starting with the
   * BOM character {@code U+FEFF}.
   */
  public static String excelCsv(ModelResult result, Locale numberLocale) {
    char decimal = DecimalFormatSymbols.getInstance(numberLocale).getDecimalSeparator();
    char separator = separatorFor(numberLocale);
    StringBuilder sb = new StringBuilder().append(BOM);
    boolean first = true;
    for (Column c : Column.all()) {
      if (!first) {
        sb.append(separator);
      }
      first = false;
      sb.append(quoted(columnTitle(c), separator));
    }
    sb.append("\r\n");
    for (YearRow row : result.rows()) {
      sb.append(row.year());
      for (Column c : Column.outputs()) {
        sb.append(separator).append(quoted(excelNumber(c.of(row), decimal), separator));
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  /** Writes {@link #excelCsv} as UTF-8 (with its BOM) to {@code file}. */
  public static void writeExcelCsv(ModelResult result, Locale numberLocale, Path file)
      throws IOException {
    ExportFiles.write(file, excelCsv(result, numberLocale).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code ;} where the locale writes decimals with a comma, else {@code ,}. */
  public static char separatorFor(Locale numberLocale) {
    return DecimalFormatSymbols.getInstance(numberLocale).getDecimalSeparator() == ',' ? ';' : ',';
  }

  /**
   * A number for Excel: plain digits with {@code decimal} as separator; ∞ and NaN as documented.
   */
  static String excelNumber(double v, char decimal) {
    if (Double.isNaN(v)) {
      return EXCEL_NAN;
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? EXCEL_INFINITY : "-" + EXCEL_INFINITY;
    }
    if (v == 0) {
      return "0";
    }
    String plain = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    return decimal == '.' ? plain : plain.replace('.', decimal);
  }

  static String quoted(String field, char separator) {
    boolean needs =
        field.indexOf(separator) >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0;
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /** The column's header in the UI language, with its unit: "Hyperscaler AI capex (B USD)". */
  public static String columnTitle(Column column) {
    return Messages.get(
        switch (column) {
          case YEAR -> "export.column.year";
          case HYPERSCALER_CAPEX_USD_B -> "export.column.hyperscalerCapexUsdB";
          case HYPERSCALER_AI_CAPEX_USD_B -> "export.column.hyperscalerAiCapexUsdB";
          case DEPIN_GROSS_INCENTIVE_USD_B -> "export.column.depinGrossIncentiveUsdB";
          case DEPIN_SELL_PRESSURE_USD_B -> "export.column.depinSellPressureUsdB";
          case BUYER_DEMAND_USD_B -> "export.column.buyerDemandUsdB";
          case DEPIN_CASH_REALIZED_USD_B -> "export.column.depinCashRealizedUsdB";
          case DEPIN_AI_CAPEX_USD_B -> "export.column.depinAiCapexUsdB";
          case SPEND_GAP_RATIO -> "export.column.spendGapRatio";
          case DEPIN_SHARE_OF_AI_CAPEX_PCT -> "export.column.depinShareOfAiCapexPct";
          case UNIT_PRICE_USD_K -> "export.column.unitPriceUsdK";
          case SUPPLY_K -> "export.column.supplyK";
          case HYPERSCALER_DEMAND_K -> "export.column.hyperscalerDemandK";
          case HYPERSCALER_UNITS_K -> "export.column.hyperscalerUnitsK";
          case OTHER_DEMAND_K -> "export.column.otherDemandK";
          case OTHER_UNITS_K -> "export.column.otherUnitsK";
          case DEPIN_DEMAND_K -> "export.column.depinDemandK";
          case DEPIN_UNITS_K -> "export.column.depinUnitsK";
          case UNALLOCATED_K -> "export.column.unallocatedK";
          case HYPERSCALER_INSTALLED_K -> "export.column.hyperscalerInstalledK";
          case DEPIN_INSTALLED_K -> "export.column.depinInstalledK";
          case DEPIN_EFFECTIVE_K -> "export.column.depinEffectiveK";
          case COMPUTE_GAP_RATIO -> "export.column.computeGapRatio";
          case PARITY_TOKEN_PRICE_MULTIPLIER -> "export.column.parityTokenPriceMultiplier";
          case PARITY_BUYER_DEMAND_USD_B -> "export.column.parityBuyerDemandUsdB";
          case TOKEN_PRICE_INDEX -> "export.column.tokenPriceIndex";
          case USAGE_REVENUE_USD_B -> "export.column.usageRevenueUsdB";
          case LIST_PRICE_USD_K -> "export.column.listPriceUsdK";
        });
  }
}
