package com.computegap.export;

import static com.computegap.export.WorkbookInputs.cell;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.Scenario;
import com.computegap.model.Unit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Actuals sheet (MODEL.md section 7, "The reality check"): each reported figure beside the
 * model's value for it and the error, both formulas. The model's value is looked up by year in the
 * Model sheet ({@code INDEX/MATCH} on the year headers, so it follows a changed first year); a
 * figure for one company reads that company's capex (or AI capex) row. A year outside the horizon
 * leaves both cells empty; the error follows the division rules ("∞", "-∞", "NaN" for an actual of
 * 0).
 */
final class WorkbookActuals {

  static final String SHEET = "Actuals";
  static final int FIRST_ROW = 3;
  static final int COL_ACTUAL = 4;
  static final int COL_MODEL = 5;
  static final int COL_ERROR = 6;

  private WorkbookActuals() {}

  static void write(
      XSSFWorkbook wb, Scenario s, WorkbookModel model, WorkbookText text, WorkbookStyles styles) {
    XSSFSheet sheet = wb.createSheet(SHEET);
    cell(sheet.createRow(0), 0, text.format("workbook.actuals.title", s.name()), styles.title);
    cell(
        sheet.createRow(1),
        0,
        text.get(s.actuals().isEmpty() ? "workbook.actuals.none" : "workbook.actuals.note"),
        styles.note);
    Row header = sheet.createRow(2);
    String[] heads = {
      "workbook.model.column",
      "workbook.model.key",
      "workbook.actuals.company",
      "workbook.actuals.year",
      "workbook.actuals.actual",
      "workbook.actuals.model",
      "workbook.actuals.error",
      "workbook.inputs.source",
      "workbook.actuals.asOf"
    };
    for (int c = 0; c < heads.length; c++) {
      cell(header, c, text.get(heads[c]), styles.header);
    }
    String years = model.yearHeaders();
    int r = FIRST_ROW;
    for (Actual a : s.actuals()) {
      Row row = sheet.createRow(r);
      Column series = a.series();
      cell(row, 0, text.get("export.column." + series.key()), styles.label);
      cell(row, 1, series.key(), styles.label);
      cell(row, 2, a.company() == null ? "" : a.company(), styles.label);
      Cell year = row.createCell(3);
      year.setCellValue(a.year());
      year.setCellStyle(styles.result(Unit.YEAR));
      Cell actual = row.createCell(COL_ACTUAL);
      actual.setCellValue(a.value());
      actual.setCellStyle(styles.result(series.unit()));
      String key = series.key();
      if (a.company() != null) {
        int i = companyIndex(s, a.company());
        key =
            (series == Column.HYPERSCALER_AI_CAPEX_USD_B ? "company.ai." : "company.capex.")
                + (i + 1);
      }
      String y = ref(r, 3);
      Cell m = row.createCell(COL_MODEL);
      m.setCellFormula(
          "IFERROR(INDEX(" + model.range(key) + ",MATCH(" + y + "," + years + ",0)),\"\")");
      m.setCellStyle(styles.result(series.unit()));
      String mv = ref(r, COL_MODEL);
      String av = ref(r, COL_ACTUAL);
      String diff = "100*(" + mv + "-" + av + ")";
      Cell e = row.createCell(COL_ERROR);
      e.setCellFormula(
          "IF(ISTEXT("
              + mv
              + "),"
              + mv
              + ",IF("
              + av
              + "=0,IF("
              + diff
              + ">0,\""
              + WorkbookModel.INFINITY
              + "\",IF("
              + diff
              + "<0,\"-"
              + WorkbookModel.INFINITY
              + "\",\""
              + WorkbookModel.NAN
              + "\")),"
              + diff
              + "/"
              + av
              + "))");
      e.setCellStyle(styles.result(Unit.PCT));
      cell(row, 7, a.source(), styles.wrap);
      cell(row, 8, a.asOf() == null ? "" : a.asOf().toString(), styles.label);
      r++;
    }
    sheet.setColumnWidth(0, 36 * 256);
    sheet.setColumnWidth(1, 24 * 256);
    sheet.setColumnWidth(2, 14 * 256);
    sheet.setColumnWidth(3, 8 * 256);
    sheet.setColumnWidth(COL_ACTUAL, 16 * 256);
    sheet.setColumnWidth(COL_MODEL, 16 * 256);
    sheet.setColumnWidth(COL_ERROR, 12 * 256);
    sheet.setColumnWidth(7, 60 * 256);
    sheet.setColumnWidth(8, 12 * 256);
    sheet.createFreezePane(0, FIRST_ROW);
    sheet.setRepeatingRows(new CellRangeAddress(0, FIRST_ROW - 1, -1, -1));
    WorkbookExport.printOnePageWide(sheet, true);
  }

  private static int companyIndex(Scenario s, String company) {
    for (int i = 0; i < s.hyperscalers().size(); i++) {
      if (s.hyperscalers().get(i).name().equals(company)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no hyperscaler named " + company);
  }

  private static String ref(int row, int col) {
    return new CellReference(row, col).formatAsString(false);
  }
}
