package com.computegap.export;

import com.computegap.model.Unit;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's cell styles: a title, header rows, input cells (pale yellow, the analyst's usual
 * sign for "type here"), formula cells, and one number format per {@link Unit} with the unit's
 * label in it ({@code 170.50 B USD}, {@code 6.39×}). Text results ("∞", "NaN") are right-aligned
 * like numbers.
 */
final class WorkbookStyles {

  final CellStyle title;
  final CellStyle note;
  final CellStyle header;
  final CellStyle label;
  final CellStyle wrap;
  private final Map<Unit, CellStyle> inputs = new EnumMap<>(Unit.class);
  private final Map<Unit, CellStyle> results = new EnumMap<>(Unit.class);

  WorkbookStyles(XSSFWorkbook wb, WorkbookText text) {
    Font bold = wb.createFont();
    bold.setBold(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    Font grey = wb.createFont();
    grey.setItalic(true);
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

    title = wb.createCellStyle();
    title.setFont(big);
    note = wb.createCellStyle();
    note.setFont(grey);
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    label = wb.createCellStyle();
    label.setVerticalAlignment(VerticalAlignment.TOP);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);

    for (Unit unit : Unit.values()) {
      short format = wb.createDataFormat().getFormat(format(unit, text));
      CellStyle in = wb.createCellStyle();
      in.setDataFormat(wb.createDataFormat().getFormat(inputFormat(unit)));
      in.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      in.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      in.setBorderBottom(BorderStyle.HAIR);
      in.setVerticalAlignment(VerticalAlignment.TOP);
      inputs.put(unit, in);
      CellStyle out = wb.createCellStyle();
      out.setDataFormat(format);
      out.setAlignment(HorizontalAlignment.RIGHT);
      results.put(unit, out);
    }
  }

  /**
   * The style of an input cell in {@code unit}: every digit the scenario holds, no unit (it has a
   * column).
   */
  CellStyle input(Unit unit) {
    return inputs.get(unit);
  }

  /** The style of a result cell in {@code unit}. */
  CellStyle result(Unit unit) {
    return results.get(unit);
  }

  private static String inputFormat(Unit unit) {
    return unit == Unit.YEAR ? "0" : "General";
  }

  /** An Excel number format showing {@code unit}'s label after the number. */
  static String format(Unit unit, WorkbookText text) {
    String symbol = text.get(unit.symbolKey()).replace("\"", "");
    String suffix = symbol.isEmpty() ? "" : "\" " + symbol + "\"";
    return switch (unit) {
      case YEAR -> "0";
      case YEARS, COUNT -> "0" + suffix;
      case USD_B, USD_K -> "#,##0.00" + suffix;
      case K -> "#,##0.0" + suffix;
      case PCT, PCT_PER_YEAR -> "0.0" + suffix;
      case RATIO -> "#,##0.00\"" + symbol + "\"";
      case MULTIPLIER -> "#,##0.000" + suffix;
    };
  }
}
