package com.computegap.export;

import com.computegap.model.FieldScope;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioParameters;
import com.computegap.model.SupplyShock;
import com.computegap.model.ValueRange;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Inputs sheet: one row per numeric parameter of the scenario (MODEL.md sections 1 and 7) with
 * its path, value, unit, valid range and source. Each value cell is a workbook-wide named cell
 * ({@code depin.sellSharePct}, {@code hyperscalers_1.capexUsdB}, {@code megaProjects_2.totalUsdB}),
 * so the Model sheet's formulas read like the equations; each has a data validation that refuses a
 * value outside the field's valid range and a comment holding the scenario's source for it.
 *
 * <p>The supply shock's three inputs are always present: a scenario without a shock gets a cut of 0
 * %, which MODEL.md's equations treat exactly like no shock, so the analyst can add one in Excel.
 * {@code years} is shown but pinned: it fixes the Model sheet's columns.
 */
final class WorkbookInputs {

  static final String SHEET = "Inputs";
  static final int FIRST_ROW = 3;
  static final int COL_LABEL = 0;
  static final int COL_PATH = 1;
  static final int COL_VALUE = 2;
  static final int COL_UNIT = 3;
  static final int COL_RANGE = 4;
  static final int COL_SOURCE = 5;

  /** One input row: the field, its list element (or -1), path, Excel name and value. */
  record Input(
      NumericField field, int index, String path, String name, double value, String source) {}

  private final List<Input> inputs;

  WorkbookInputs(Scenario s) {
    inputs = inputsOf(s);
  }

  List<Input> inputs() {
    return inputs;
  }

  /**
   * The Excel name of a field's input cell; {@code index} is the list element, ignored otherwise.
   */
  static String name(NumericField f, int index) {
    return switch (f.scope()) {
      case HYPERSCALER -> "hyperscalers_" + (index + 1) + "." + f.fieldName();
      case MEGA_PROJECT -> "megaProjects_" + (index + 1) + "." + f.fieldName();
      default -> f.template();
    };
  }

  /** The Excel name of a field outside any list. */
  static String name(NumericField f) {
    return name(f, -1);
  }

  private static List<Input> inputsOf(Scenario s) {
    List<Input> list = new ArrayList<>();
    SupplyShock shock = s.chips().shock();
    for (NumericField f : NumericField.all()) {
      switch (f.scope()) {
        case HYPERSCALER -> {
          for (int i = 0; i < s.hyperscalers().size(); i++) {
            ParameterPath p = ParameterPath.named(f, s.hyperscalers().get(i).name());
            list.add(
                new Input(f, i, p.text(), name(f, i), p.get(s), ScenarioParameters.sourceOf(s, p)));
          }
        }
        case MEGA_PROJECT -> {
          for (int i = 0; i < s.megaProjects().size(); i++) {
            ParameterPath p = ParameterPath.at(f, i);
            list.add(
                new Input(f, i, p.text(), name(f, i), p.get(s), ScenarioParameters.sourceOf(s, p)));
          }
        }
        case SHOCK -> {
          ParameterPath p = ParameterPath.of(f);
          double v =
              shock != null
                  ? p.get(s)
                  : switch (f) {
                    case SHOCK_YEAR -> s.startYear();
                    case SHOCK_DURATION -> 1;
                    default -> 0;
                  };
          list.add(
              new Input(f, -1, p.text(), name(f), v, shock != null ? s.sourceOf(p.text()) : null));
        }
        default -> {
          ParameterPath p = ParameterPath.of(f);
          list.add(new Input(f, -1, p.text(), name(f), p.get(s), s.sourceOf(p.text())));
        }
      }
    }
    return list;
  }

  /** Writes the sheet and defines the names. */
  void write(XSSFWorkbook wb, Scenario s, WorkbookText text, WorkbookStyles styles) {
    XSSFSheet sheet = wb.createSheet(SHEET);
    Row titleRow = sheet.createRow(0);
    cell(titleRow, 0, text.format("workbook.inputs.title", s.name()), styles.title);
    cell(sheet.createRow(1), 0, text.get("workbook.inputs.note"), styles.note);
    Row header = sheet.createRow(2);
    String[] heads = {
      "workbook.inputs.parameter",
      "workbook.inputs.path",
      "workbook.inputs.value",
      "workbook.inputs.unit",
      "workbook.inputs.range",
      "workbook.inputs.source"
    };
    for (int c = 0; c < heads.length; c++) {
      cell(header, c, text.get(heads[c]), styles.header);
    }
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    XSSFDataValidationHelper validations = new XSSFDataValidationHelper(sheet);
    int r = FIRST_ROW;
    for (Input in : inputs) {
      Row row = sheet.createRow(r);
      NumericField f = in.field();
      cell(row, COL_LABEL, label(s, in, text), styles.label);
      cell(row, COL_PATH, in.path(), styles.label);
      Cell value = row.createCell(COL_VALUE);
      value.setCellValue(in.value());
      value.setCellStyle(styles.input(f.unit()));
      String unit = text.get(f.unit().symbolKey());
      cell(row, COL_UNIT, unit, styles.label);
      cell(
          row,
          COL_RANGE,
          f == NumericField.YEARS
              ? text.get("workbook.inputs.fixed")
              : f.validRange().describe()
                  + (f.wholeNumber() ? " " + text.get("workbook.inputs.whole") : ""),
          styles.label);
      String source = in.source();
      if (f.scope() == FieldScope.SHOCK && s.chips().shock() == null) {
        source = null;
        cell(row, COL_SOURCE, text.get("workbook.inputs.noShock"), styles.label);
      } else {
        cell(
            row,
            COL_SOURCE,
            source != null ? source : text.get("param.tooltip.noSource"),
            styles.label);
      }
      String ref = new CellReference(r, COL_VALUE).formatAsString(false);
      XSSFName name = wb.createName();
      name.setNameName(in.name());
      name.setRefersToFormula(
          SHEET + "!" + new CellReference(r, COL_VALUE, true, true).formatAsString(false));
      validations(sheet, validations, r, ref, in, text);
      if (source != null) {
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(COL_VALUE + 1);
        anchor.setCol2(COL_VALUE + 5);
        anchor.setRow1(r);
        anchor.setRow2(r + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(source));
        comment.setAuthor(text.get("app.title"));
        value.setCellComment(comment);
      }
      r++;
    }
    sheet.setColumnWidth(COL_LABEL, 40 * 256);
    sheet.setColumnWidth(COL_PATH, 36 * 256);
    sheet.setColumnWidth(COL_VALUE, 14 * 256);
    sheet.setColumnWidth(COL_UNIT, 12 * 256);
    sheet.setColumnWidth(COL_RANGE, 26 * 256);
    sheet.setColumnWidth(COL_SOURCE, 70 * 256);
    sheet.createFreezePane(0, FIRST_ROW);
    sheet.setRepeatingRows(new CellRangeAddress(0, FIRST_ROW - 1, -1, -1));
    WorkbookExport.printOnePageWide(sheet, true);
  }

  private static String label(Scenario s, Input in, WorkbookText text) {
    String label = text.get("param." + in.field().template() + ".label");
    return switch (in.field().scope()) {
      case HYPERSCALER -> s.hyperscalers().get(in.index()).name() + ": " + label;
      case MEGA_PROJECT -> s.megaProjects().get(in.index()).name() + ": " + label;
      default -> label;
    };
  }

  private static void validations(
      XSSFSheet sheet,
      XSSFDataValidationHelper helper,
      int r,
      String ref,
      Input in,
      WorkbookText text) {
    NumericField f = in.field();
    String rule =
        f == NumericField.YEARS
            ? ref + "=" + (long) in.value()
            : rule(ref, f.validRange(), f.wholeNumber());
    DataValidationConstraint constraint = helper.createCustomConstraint(rule);
    DataValidation v =
        helper.createValidation(constraint, new CellRangeAddressList(r, r, COL_VALUE, COL_VALUE));
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.setShowErrorBox(true);
    String range =
        f == NumericField.YEARS ? text.get("workbook.inputs.fixed") : f.validRange().describe();
    v.createErrorBox(
        clip(text.get("workbook.inputs.invalid"), 32),
        clip(text.format("workbook.inputs.invalidText", in.path(), range), 255));
    v.setShowPromptBox(true);
    v.createPromptBox(
        clip(text.get("param." + f.template() + ".label"), 32),
        clip(text.get("param." + f.template() + ".help"), 255));
    sheet.addValidationData(v);
  }

  /** The data-validation formula for {@code range} at cell {@code ref}. */
  static String rule(String ref, ValueRange range, boolean whole) {
    StringBuilder sb = new StringBuilder("AND(ISNUMBER(").append(ref).append(')');
    if (Double.isFinite(range.min())) {
      sb.append(',')
          .append(ref)
          .append(range.minInclusive() ? ">=" : ">")
          .append(number(range.min()));
    }
    if (Double.isFinite(range.max())) {
      sb.append(',')
          .append(ref)
          .append(range.maxInclusive() ? "<=" : "<")
          .append(number(range.max()));
    }
    if (whole) {
      sb.append(',').append(ref).append("=INT(").append(ref).append(')');
    }
    return sb.append(')').toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  static void cell(Row row, int col, String value, org.apache.poi.ss.usermodel.CellStyle style) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
  }
}
