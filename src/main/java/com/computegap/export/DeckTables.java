package com.computegap.export;

import com.computegap.chart.ChartPalette;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioParameters;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Messages;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * The deck's tables (assumptions with their sources, the reality check), split over as many slides
 * as they need. Row heights come from {@link DeckText}'s estimate of each cell's wrapped text, so a
 * page holds only the rows that fit its box; a cell longer than {@link #MAX_CELL_LINES} lines is
 * cut with "…".
 */
final class DeckTables {

  static final double TEXT = 10.5;
  static final double HEAD = 10.5;
  static final int MAX_CELL_LINES = 4;
  private static final double PAD = 3.6;

  private DeckTables() {}

  /** One table: header, column width shares (summing to 1), rows of cell texts. */
  record Table(List<String> header, double[] shares, List<List<String>> rows) {}

  /** The assumptions table: every numeric parameter of the scenario with its value and source. */
  static Table assumptions(Scenario s) {
    List<List<String>> rows = new ArrayList<>();
    for (ParameterPath p : ScenarioParameters.of(s)) {
      String source = ScenarioParameters.sourceOf(s, p);
      source =
          source == null || source.isBlank()
              ? Messages.get("export.brief.noSource")
              : source.strip();
      rows.add(
          List.of(
              AnalysisTexts.parameter(p, s),
              AnalysisTexts.input(p.field(), p.get(s)).strip(),
              source));
    }
    return new Table(
        List.of(
            Messages.get("export.brief.column.parameter"),
            Messages.get("export.brief.column.value"),
            Messages.get("export.brief.column.source")),
        new double[] {0.34, 0.16, 0.50},
        rows);
  }

  /**
   * Lays {@code table} out on slides from {@code newSlide} (each already titled), in {@code box};
   * returns the slides used (at least one).
   */
  static List<XSLFSlide> place(
      Table table, Supplier<XSLFSlide> newSlide, Rectangle2D box, ChartPalette p, Locale locale) {
    double[] widths = new double[table.shares().length];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = box.getWidth() * table.shares()[i];
    }
    List<XSLFSlide> slides = new ArrayList<>();
    double headHeight = rowHeight(table.header(), widths, HEAD);
    int next = 0;
    do {
      XSLFSlide slide = newSlide.get();
      slides.add(slide);
      XSLFTable t = slide.createTable();
      double used = headHeight;
      addRow(t, table.header(), widths, HEAD, true, headHeight, p, locale, 0);
      int onPage = 0;
      while (next < table.rows().size()) {
        List<String> cells = cut(table.rows().get(next), widths);
        double h = rowHeight(cells, widths, TEXT);
        if (used + h > box.getHeight() && onPage > 0) {
          break;
        }
        addRow(t, cells, widths, TEXT, false, h, p, locale, onPage + 1);
        used += h;
        next++;
        onPage++;
      }
      for (int i = 0; i < widths.length; i++) {
        t.setColumnWidth(i, widths[i]);
      }
      t.setAnchor(new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), used));
    } while (next < table.rows().size());
    return slides;
  }

  /** Each cell cut to {@link #MAX_CELL_LINES} estimated lines. */
  private static List<String> cut(List<String> cells, double[] widths) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      double inner = widths[i] - 2 * PAD;
      double max = MAX_CELL_LINES * TEXT * DeckText.LEADING;
      out.add(DeckText.fit(cells.get(i), inner, max, TEXT, TEXT).text());
    }
    return out;
  }

  private static double rowHeight(List<String> cells, double[] widths, double size) {
    int lines = 1;
    for (int i = 0; i < cells.size(); i++) {
      lines = Math.max(lines, DeckText.lines(cells.get(i), widths[i] - 2 * PAD, size));
    }
    return lines * size * DeckText.LEADING + 2 * PAD + 2;
  }

  private static void addRow(
      XSLFTable t,
      List<String> cells,
      double[] widths,
      double size,
      boolean head,
      double height,
      ChartPalette p,
      Locale locale,
      int index) {
    XSLFTableRow row = t.addRow();
    row.setHeight(height);
    Color fill =
        head
            ? p.hyperscalers()
            : index % 2 == 0 ? DeckSlides.mix(p.gridline(), p.background(), 0.45) : p.background();
    Color ink = head ? Color.WHITE : p.text();
    for (int i = 0; i < cells.size(); i++) {
      XSLFTableCell cell = row.addCell();
      cell.setFillColor(fill);
      cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(PAD, PAD, PAD, PAD));
      cell.setVerticalAlignment(VerticalAlignment.TOP);
      cell.setBorderColor(TableCell.BorderEdge.bottom, p.gridline());
      cell.setBorderWidth(TableCell.BorderEdge.bottom, 0.5);
      cell.clearText();
      XSLFTextParagraph para = cell.addNewTextParagraph();
      para.setTextAlign(TextParagraph.TextAlign.LEFT);
      para.setSpaceBefore(0.0);
      para.setSpaceAfter(0.0);
      XSLFTextRun r = para.addNewTextRun();
      r.setText(cells.get(i));
      DeckText.style(r, size, ink, head, locale);
    }
  }
}
