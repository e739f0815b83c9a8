package com.computegap.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an exported workbook the way an analyst's Excel would: inputs by their path (column B of
 * the Inputs sheet), Model cells by key (column B) and year, evaluated by POI's FormulaEvaluator.
 * "∞" reads as +Infinity, "NaN" as NaN; any other text or an Excel error fails.
 */
final class WorkbookProbe implements AutoCloseable {

  final XSSFWorkbook wb;
  final FormulaEvaluator evaluator;
  final Map<String, Cell> inputs = new LinkedHashMap<>();
  final Map<String, Integer> modelRows = new LinkedHashMap<>();
  final Map<String, Integer> summaryRows = new LinkedHashMap<>();

  WorkbookProbe(byte[] xlsx) {
    this(read(xlsx));
  }

  /** Probes a workbook built in memory (no round trip through the file format). */
  WorkbookProbe(XSSFWorkbook workbook) {
    wb = workbook;
    evaluator = wb.getCreationHelper().createFormulaEvaluator();
    Sheet in = wb.getSheet("Inputs");
    for (int r = 3; r <= in.getLastRowNum(); r++) {
      Row row = in.getRow(r);
      inputs.put(row.getCell(1).getStringCellValue(), row.getCell(2));
    }
    keys(wb.getSheet("Model"), modelRows);
    keys(wb.getSheet("Summary"), summaryRows);
  }

  private static XSSFWorkbook read(byte[] xlsx) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void keys(Sheet sheet, Map<String, Integer> into) {
    for (int r = 3; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Cell key = row == null ? null : row.getCell(1);
      if (key != null && key.getCellType() == CellType.STRING) {
        into.put(key.getStringCellValue(), r);
      }
    }
  }

  /** Types {@code value} into the input cell of {@code path}. */
  void set(String path, double value) {
    Cell c = inputs.get(path);
    if (c == null) {
      throw new AssertionError("no input row for " + path + " in " + inputs.keySet());
    }
    c.setCellValue(value);
    evaluator.notifyUpdateCell(c);
  }

  double input(String path) {
    return inputs.get(path).getNumericCellValue();
  }

  /** The evaluated Model cell of {@code key} in year index {@code n}. */
  double model(String key, int n) {
    Integer r = modelRows.get(key);
    if (r == null) {
      throw new AssertionError("no Model row " + key);
    }
    return value(wb.getSheet("Model").getRow(r).getCell(3 + n), "Model " + key + " year " + n);
  }

  /** The evaluated Summary value of {@code key}. */
  double summary(String key) {
    Integer r = summaryRows.get(key);
    if (r == null) {
      throw new AssertionError("no Summary row " + key);
    }
    return value(wb.getSheet("Summary").getRow(r).getCell(2), "Summary " + key);
  }

  /**
   * The model value and error of actual {@code i}, or {@code null} where the sheet leaves them
   * empty.
   */
  double[] actual(int i) {
    Row row = wb.getSheet("Actuals").getRow(3 + i);
    CellValue m = evaluator.evaluate(row.getCell(5));
    CellValue e = evaluator.evaluate(row.getCell(6));
    if (m.getCellType() == CellType.STRING && m.getStringValue().isEmpty()) {
      if (!(e.getCellType() == CellType.STRING && e.getStringValue().isEmpty())) {
        throw new AssertionError("actual " + i + ": an error without a model value");
      }
      return null;
    }
    return new double[] {
      value(row.getCell(5), "actual " + i + " model"),
      value(row.getCell(6), "actual " + i + " error")
    };
  }

  double value(Cell cell, String where) {
    CellValue v = evaluator.evaluate(cell);
    return switch (v.getCellType()) {
      case NUMERIC -> v.getNumberValue();
      case STRING ->
          switch (v.getStringValue()) {
            case "∞" -> Double.POSITIVE_INFINITY;
            case "-∞" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> throw new AssertionError(where + ": unexpected text " + v.getStringValue());
          };
      default -> throw new AssertionError(where + ": " + v.formatAsString());
    };
  }

  @Override
  public void close() throws IOException {
    wb.close();
  }
}
