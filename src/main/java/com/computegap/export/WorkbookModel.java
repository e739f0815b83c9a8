package com.computegap.export;

import static com.computegap.export.WorkbookInputs.name;

import com.computegap.model.Column;
import com.computegap.model.NumericField;
import com.computegap.model.Scenario;
import com.computegap.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Model sheet: one column per modelled year, one row per output column of MODEL.md section 4
 * (in that order, keyed by the column's CSV name in column B), then the workings the equations need
 * (each company's capex, each mega project's spend, the emission, the allocation's remainders, the
 * share of the starting base still in service). Every cell, the year headers included, is a formula
 * over the Inputs sheet's named cells and earlier years, so changing an input recomputes the table.
 *
 * <p>Division rules: a division whose divisor can be 0 is written {@code IF(y=0, IF(x>0, "∞",
 * "NaN"), x/y)}: Excel has no infinity, so an infinite result is the text "∞" and an undefined one
 * the text "NaN", exactly where the app prints Infinity and NaN.
 */
final class WorkbookModel {

  static final String SHEET = "Model";
  static final int YEAR_ROW = 2;
  static final int FIRST_ROW = 3;
  static final int COL_LABEL = 0;
  static final int COL_KEY = 1;
  static final int COL_UNIT = 2;
  static final int FIRST_YEAR_COL = 3;

  /** The text an infinite result shows. */
  static final String INFINITY = "∞";

  /** The text an undefined result shows. */
  static final String NAN = "NaN";

  private record Line(String key, String label, Unit unit, Function<Ctx, String> formula) {}

  private final Scenario s;
  private final WorkbookText text;
  private final List<Line> outputs = new ArrayList<>();
  private final List<Line> workings = new ArrayList<>();
  private final Map<String, Integer> rows = new LinkedHashMap<>();

  WorkbookModel(Scenario s, WorkbookText text) {
    this.s = s;
    this.text = text;
    WorkbookOutputFormulas formulas = new WorkbookOutputFormulas(s);
    for (Column c : Column.outputs()) {
      outputs.add(
          new Line(
              c.key(), text.get("export.column." + c.key()), c.unit(), formulas.output(c.key())));
    }
    defineWorkings();
    int r = FIRST_ROW;
    for (Line l : outputs) {
      rows.put(l.key(), r++);
    }
    r++; // the "Workings" heading
    for (Line l : workings) {
      rows.put(l.key(), r++);
    }
  }

  /** The sheet row (0-based) of a key. */
  int row(String key) {
    Integer r = rows.get(key);
    if (r == null) {
      throw new IllegalArgumentException("no Model row " + key);
    }
    return r;
  }

  /** The absolute reference {@code Model!$D$5} of a key in year {@code n} (0-based). */
  String ref(String key, int n) {
    return SHEET
        + "!"
        + new CellReference(row(key), FIRST_YEAR_COL + n, true, true).formatAsString(false);
  }

  /** The absolute range of a key over the whole horizon. */
  String range(String key) {
    return ref(key, 0)
        + ":"
        + new CellReference(row(key), FIRST_YEAR_COL + s.years() - 1, true, true)
            .formatAsString(false);
  }

  /** The absolute range of the year headers, {@code Model!$D$3:$H$3}. */
  String yearHeaders() {
    return SHEET
        + "!"
        + new CellReference(YEAR_ROW, FIRST_YEAR_COL, true, true).formatAsString(false)
        + ":"
        + new CellReference(YEAR_ROW, FIRST_YEAR_COL + s.years() - 1, true, true)
            .formatAsString(false);
  }

  /** The formula context of one year column. */
  final class Ctx {
    final int n;

    Ctx(int n) {
      this.n = n;
    }

    /** The cell of {@code key} in this year. */
    String at(String key) {
      return new CellReference(row(key), FIRST_YEAR_COL + n).formatAsString(false);
    }

    /** The cell of {@code key} in the previous year (n > 0). */
    String prev(String key) {
      return new CellReference(row(key), FIRST_YEAR_COL + n - 1).formatAsString(false);
    }

    /**
     * The years from the first through this one, of {@code key}'s row; {@code null} gives the year
     * headers.
     */
    String upTo(String key) {
      int r = key == null ? YEAR_ROW : row(key);
      return new CellReference(r, FIRST_YEAR_COL, false, true).formatAsString(false)
          + ":"
          + new CellReference(r, FIRST_YEAR_COL + n, false, false).formatAsString(false);
    }

    String year() {
      return new CellReference(YEAR_ROW, FIRST_YEAR_COL + n, true, false).formatAsString(false);
    }

    /** {@code g(x) = (1 + x/100)^n} for the input named {@code pct}. */
    String g(NumericField pct) {
      return "POWER(1+" + name(pct) + "/100," + at("n") + ")";
    }
  }

  /** {@code x / y} with MODEL.md's division rules. */
  static String div(String x, String y) {
    return "IF(" + y + "=0,IF(" + x + ">0,\"" + INFINITY + "\",\"" + NAN + "\")," + x + "/" + y
        + ")";
  }

  private void defineWorkings() {
    working(
        "n",
        text.get("workbook.row.n"),
        Unit.YEARS,
        c -> c.year() + "-" + name(NumericField.START_YEAR));
    for (int i = 0; i < s.hyperscalers().size(); i++) {
      int k = i;
      String company = s.hyperscalers().get(i).name();
      working(
          "company.capex." + (i + 1),
          text.format("workbook.row.companyCapex", company),
          Unit.USD_B,
          c ->
              name(NumericField.HYPERSCALER_CAPEX, k)
                  + "*POWER(1+"
                  + name(NumericField.HYPERSCALER_GROWTH, k)
                  + "/100,"
                  + c.at("n")
                  + ")");
    }
    for (int i = 0; i < s.hyperscalers().size(); i++) {
      int k = i;
      working(
          "company.ai." + (i + 1),
          text.format("workbook.row.companyAi", s.hyperscalers().get(i).name()),
          Unit.USD_B,
          c ->
              c.at("company.capex." + (k + 1))
                  + "*"
                  + name(NumericField.HYPERSCALER_AI_SHARE, k)
                  + "/100");
    }
    for (int i = 0; i < s.megaProjects().size(); i++) {
      int k = i;
      String start = name(NumericField.MEGA_START_YEAR, k);
      String years = name(NumericField.MEGA_YEARS, k);
      working(
          "mega." + (i + 1),
          text.format("workbook.row.mega", s.megaProjects().get(i).name()),
          Unit.USD_B,
          c ->
              "IF(AND("
                  + c.year()
                  + ">="
                  + start
                  + ","
                  + c.year()
                  + "<"
                  + start
                  + "+"
                  + years
                  + "),"
                  + name(NumericField.MEGA_TOTAL, k)
                  + "/"
                  + years
                  + ",0)");
    }
    String cap = name(NumericField.DEPIN_NEW_INCENTIVE_CAP);
    working(
        "emission",
        text.get("workbook.row.emission"),
        Unit.USD_B,
        c ->
            "IF("
                + c.at("n")
                + "<"
                + name(NumericField.DEPIN_EMISSION_YEARS)
                + ","
                + cap
                + "/"
                + name(NumericField.DEPIN_EMISSION_YEARS)
                + ","
                + cap
                + "*"
                + name(NumericField.DEPIN_TAIL_EMISSION)
                + "/100)");
    working(
        "tokenDrift",
        text.get("workbook.row.tokenDrift"),
        Unit.MULTIPLIER,
        c -> c.g(NumericField.DEPIN_TOKEN_PRICE_DRIFT));
    working(
        "absorption",
        text.get("workbook.row.absorption"),
        Unit.RATIO,
        c ->
            "IF("
                + c.at("depinSellPressureUsdB")
                + ">0,"
                + c.at("buyerDemandUsdB")
                + "/"
                + c.at("depinSellPressureUsdB")
                + ",1)");
    working(
        "feedback",
        text.get("workbook.row.feedback"),
        Unit.MULTIPLIER,
        c ->
            c.n == 0
                ? "1"
                : c.prev("feedback")
                    + "*POWER(MIN(10,MAX(0.1,"
                    + c.prev("absorption")
                    + ")),"
                    + name(NumericField.DEPIN_PRICE_IMPACT_ELASTICITY)
                    + ")");
    working(
        "keep",
        text.get("workbook.row.keep"),
        Unit.RATIO,
        c ->
            name(NumericField.DEPIN_AI_SHARE)
                + "/100*(1-"
                + name(NumericField.DEPIN_CLOUD_RESOLD_SHARE)
                + "/100)");
    // A cap of 100 % takes the supply itself rather than supply * 1: POI multiplies operands
    // rounded to 15 digits, and the rounded product would leave a phantom remainder for the other
    // buyers.
    working(
        "otherSpend",
        text.get("workbook.row.otherSpend"),
        Unit.USD_B,
        c ->
            name(NumericField.CHIPS_OTHER_BUYERS)
                + "*"
                + c.g(NumericField.CHIPS_OTHER_BUYERS_GROWTH));
    working(
        "chipBudget",
        text.get("workbook.row.chipBudget"),
        Unit.USD_B,
        c ->
            c.at("hyperscalerAiCapexUsdB")
                + "*"
                + name(NumericField.HYPERSCALER_ACCELERATOR_SHARE)
                + "/100+"
                + c.at("otherSpend")
                + "+"
                + c.at("depinAiCapexUsdB")
                + "*"
                + name(NumericField.DEPIN_ACCELERATOR_SHARE)
                + "/100");
    working(
        "priceRatio",
        text.get("workbook.row.priceRatio"),
        Unit.RATIO,
        c ->
            "IF("
                + c.at("supplyK")
                + ">0,"
                + c.at("chipBudget")
                + "*1000/"
                + c.at("listPriceUsdK")
                + "/"
                + c.at("supplyK")
                + ",IF("
                + c.at("chipBudget")
                + ">0,\""
                + INFINITY
                + "\",1))");
    String priority = name(NumericField.CHIPS_PRIORITY_CAP);
    working(
        "firstCall",
        text.get("workbook.row.firstCall"),
        Unit.K,
        c ->
            "MIN("
                + c.at("hyperscalerDemandK")
                + ",IF("
                + priority
                + "=100,"
                + c.at("supplyK")
                + ","
                + c.at("supplyK")
                + "*("
                + priority
                + "/100)))");
    working(
        "afterDepin",
        text.get("workbook.row.afterDepin"),
        Unit.K,
        c ->
            c.at("supplyK")
                + "-"
                + c.at("firstCall")
                + "-"
                + c.at("otherUnitsK")
                + "-"
                + c.at("depinUnitsK"));
    working(
        "leftover",
        text.get("workbook.row.leftover"),
        Unit.K,
        c ->
            "MIN("
                + c.at("hyperscalerDemandK")
                + "-"
                + c.at("firstCall")
                + ","
                + c.at("afterDepin")
                + ")");
    working(
        "baseLeft",
        text.get("workbook.row.baseLeft"),
        Unit.RATIO,
        c -> "MAX(0,1-" + c.at("n") + "/" + name(NumericField.CHIPS_USEFUL_LIFE) + ")");
    working(
        "parityDenominator",
        text.get("workbook.row.parityDenominator"),
        Unit.USD_B,
        c ->
            c.at("emission")
                + "*"
                + c.at("tokenDrift")
                + "*"
                + c.at("feedback")
                + "*"
                + name(NumericField.DEPIN_SELL_SHARE)
                + "/100");
  }

  private void working(String key, String label, Unit unit, Function<Ctx, String> formula) {
    workings.add(new Line(key, label, unit, formula));
  }

  /** Writes the sheet. */
  void write(XSSFWorkbook wb, WorkbookStyles styles) {
    XSSFSheet sheet = wb.createSheet(SHEET);
    WorkbookInputs.cell(
        sheet.createRow(0), 0, text.format("workbook.model.title", s.name()), styles.title);
    WorkbookInputs.cell(sheet.createRow(1), 0, text.get("workbook.model.note"), styles.note);
    Row header = sheet.createRow(YEAR_ROW);
    WorkbookInputs.cell(header, COL_LABEL, text.get("workbook.model.column"), styles.header);
    WorkbookInputs.cell(header, COL_KEY, text.get("workbook.model.key"), styles.header);
    WorkbookInputs.cell(header, COL_UNIT, text.get("workbook.inputs.unit"), styles.header);
    for (int n = 0; n < s.years(); n++) {
      Cell c = header.createCell(FIRST_YEAR_COL + n);
      c.setCellFormula(
          n == 0
              ? name(NumericField.START_YEAR)
              : new CellReference(YEAR_ROW, FIRST_YEAR_COL + n - 1).formatAsString(false) + "+1");
      c.setCellStyle(styles.header);
    }
    for (Line l : outputs) {
      line(sheet, l, styles);
    }
    WorkbookInputs.cell(
        sheet.createRow(FIRST_ROW + outputs.size()),
        COL_LABEL,
        text.get("workbook.model.workings"),
        styles.header);
    for (Line l : workings) {
      line(sheet, l, styles);
    }
    sheet.setColumnWidth(COL_LABEL, 44 * 256);
    sheet.setColumnWidth(COL_KEY, 26 * 256);
    sheet.setColumnWidth(COL_UNIT, 12 * 256);
    for (int n = 0; n < s.years(); n++) {
      sheet.setColumnWidth(FIRST_YEAR_COL + n, 15 * 256);
    }
    sheet.createFreezePane(FIRST_YEAR_COL, FIRST_ROW);
    sheet.setRepeatingRows(new CellRangeAddress(0, YEAR_ROW, -1, -1));
    sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, COL_UNIT));
    WorkbookExport.printOnePageWide(sheet, true);
  }

  private void line(XSSFSheet sheet, Line l, WorkbookStyles styles) {
    Row row = sheet.createRow(row(l.key()));
    WorkbookInputs.cell(row, COL_LABEL, l.label(), styles.label);
    WorkbookInputs.cell(row, COL_KEY, l.key(), styles.label);
    WorkbookInputs.cell(row, COL_UNIT, text.get(l.unit().symbolKey()), styles.label);
    for (int n = 0; n < s.years(); n++) {
      Cell c = row.createCell(FIRST_YEAR_COL + n);
      c.setCellFormula(l.formula().apply(new Ctx(n)));
      c.setCellStyle(styles.result(l.unit()));
    }
  }
}
