package com.computegap.export;

import static com.computegap.export.WorkbookInputs.cell;
import static com.computegap.export.WorkbookInputs.name;

import com.computegap.model.Column;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.NumericField;
import com.computegap.model.Scenario;
import com.computegap.model.Statistic;
import com.computegap.model.Unit;
import com.computegap.text.KpiKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The scenario as an Excel workbook in which the model itself lives as formulas: an Inputs sheet
 * (named, validated cells with units and sources), a Model sheet (every cell a formula, MODEL.md
 * sections 2 and 7), a Summary sheet (the KPIs as formulas) and, when the scenario has ranges, a
 * Monte Carlo sheet (percentile tables as values, marked with the seed and run count). The README's
 * "Workbook" section maps the formulas to MODEL.md.
 *
 * <p>Any thread may call these methods; no JavaFX is involved.
 */
public final class WorkbookExport {

  /** Monte Carlo runs behind the workbook's percentile tables (the command line's default). */
  public static final int MONTE_CARLO_RUNS = 10_000;

  /** Monte Carlo seed behind the workbook's percentile tables (the command line's default). */
  public static final long MONTE_CARLO_SEED = 1L;

  static final String SUMMARY = "Summary";
  static final String MONTE_CARLO = "Monte Carlo";

  static {
    PoiLogging.quiet();
  }

  private WorkbookExport() {}

  /**
   * Writes the workbook of {@code scenario} to {@code out}; the file appears whole or not at all,
   * and an existing file is replaced.
   *
   * @param scenario a valid scenario
   * @param language the workbook's language (English or Japanese; others fall back to English)
   * @param out the .xlsx file
   * @throws IOException when the file cannot be written
   */
  public static void write(Scenario scenario, Locale language, Path out) throws IOException {
    ExportFiles.write(out, bytes(scenario, language));
  }

  /** The workbook as .xlsx bytes. */
  public static byte[] bytes(Scenario scenario, Locale language) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(language, "language");
    try (XSSFWorkbook wb = build(scenario, language)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
      wb.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the workbook", e);
    }
  }

  /** The workbook in memory, not yet written; the caller closes it. */
  static XSSFWorkbook build(Scenario scenario, Locale language) {
    WorkbookText text = new WorkbookText(language);
    XSSFWorkbook wb = new XSSFWorkbook();
    WorkbookStyles styles = new WorkbookStyles(wb, text);
    new WorkbookInputs(scenario).write(wb, scenario, text, styles);
    WorkbookModel model = new WorkbookModel(scenario, text);
    model.write(wb, styles);
    summary(wb, scenario, model, text, styles);
    WorkbookActuals.write(wb, scenario, model, text, styles);
    monteCarlo(wb, scenario, text, styles);
    wb.setActiveSheet(1);
    wb.setFirstVisibleTab(0);
    wb.getProperties().getCoreProperties().setTitle(scenario.name());
    wb.getProperties().getCoreProperties().setCreator(text.get("app.title"));
    wb.setForceFormulaRecalculation(true);
    return wb;
  }

  /** Landscape, one page wide (as many pages tall as it takes). */
  static void printOnePageWide(XSSFSheet sheet, boolean landscape) {
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    print.setLandscape(landscape);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
  }

  private static void summary(
      XSSFWorkbook wb, Scenario s, WorkbookModel model, WorkbookText text, WorkbookStyles styles) {
    XSSFSheet sheet = wb.createSheet(SUMMARY);
    cell(sheet.createRow(0), 0, text.format("workbook.summary.title", s.name()), styles.title);
    cell(sheet.createRow(1), 0, text.get("workbook.summary.note"), styles.note);
    Row header = sheet.createRow(2);
    cell(header, 0, text.get("workbook.summary.kpi"), styles.header);
    cell(header, 1, text.get("workbook.model.key"), styles.header);
    cell(header, 2, text.get("workbook.inputs.value"), styles.header);
    cell(header, 3, text.get("workbook.summary.formula"), styles.header);
    int last = s.years() - 1;
    String totalH = "SUM(" + model.range("hyperscalerAiCapexUsdB") + ")";
    String totalD = "SUM(" + model.range("depinAiCapexUsdB") + ")";
    List<String[]> lines =
        List.of(
            new String[] {
              "totalHyperscalerAiCapexUsdB", text.get("workbook.summary.totalHyperscalerAi"), totalH
            },
            new String[] {
              "totalDepinAiCapexUsdB", text.get("workbook.summary.totalDepinAi"), totalD
            },
            new String[] {
              "cumulativeSpendGapRatio",
              text.get(KpiKind.CUMULATIVE_SPEND_GAP.keyStem() + ".title"),
              WorkbookModel.div("C4", "C5")
            },
            new String[] {
              "finalComputeGapRatio",
              text.get(KpiKind.FINAL_COMPUTE_GAP.keyStem() + ".title"),
              model.ref("computeGapRatio", last)
            },
            new String[] {
              "incentiveVsTodayCapRatio",
              text.get("workbook.summary.incentiveVsTodayCap"),
              WorkbookModel.div(
                  name(NumericField.DEPIN_NEW_INCENTIVE_CAP), name(NumericField.DEPIN_MARKET_CAP))
            },
            new String[] {
              "firstYearSpendGapRatio",
              text.get(KpiKind.FIRST_YEAR_SPEND_GAP.keyStem() + ".title"),
              model.ref("spendGapRatio", 0)
            },
            new String[] {
              "firstYearParityTokenPriceMultiplier",
              text.get(KpiKind.PARITY_TOKEN_PRICE.keyStem() + ".title"),
              model.ref("parityTokenPriceMultiplier", 0)
            },
            new String[] {
              "firstYearParityBuyerDemandUsdB",
              text.get(KpiKind.PARITY_BUYER_DEMAND.keyStem() + ".title"),
              model.ref("parityBuyerDemandUsdB", 0)
            });
    Unit[] units = {
      Unit.USD_B,
      Unit.USD_B,
      Unit.RATIO,
      Unit.RATIO,
      Unit.RATIO,
      Unit.RATIO,
      Unit.MULTIPLIER,
      Unit.USD_B
    };
    for (int i = 0; i < lines.size(); i++) {
      String[] l = lines.get(i);
      Row row = sheet.createRow(3 + i);
      cell(row, 0, l[1], styles.label);
      cell(row, 1, l[0], styles.label);
      Cell value = row.createCell(2);
      value.setCellFormula(l[2]);
      value.setCellStyle(styles.result(units[i]));
      cell(row, 3, "=" + l[2], styles.note);
    }
    sheet.setColumnWidth(0, 40 * 256);
    sheet.setColumnWidth(1, 36 * 256);
    sheet.setColumnWidth(2, 18 * 256);
    sheet.setColumnWidth(3, 60 * 256);
    sheet.createFreezePane(0, 3);
    printOnePageWide(sheet, false);
  }

  private static void monteCarlo(
      XSSFWorkbook wb, Scenario s, WorkbookText text, WorkbookStyles styles) {
    XSSFSheet sheet = wb.createSheet(MONTE_CARLO);
    cell(sheet.createRow(0), 0, text.format("workbook.montecarlo.title", s.name()), styles.title);
    if (s.uncertainty().isEmpty()) {
      cell(sheet.createRow(1), 0, text.get("workbook.montecarlo.none"), styles.note);
      printOnePageWide(sheet, true);
      return;
    }
    MonteCarloResult mc =
        MonteCarlo.run(s, MonteCarlo.Options.of(MONTE_CARLO_RUNS, MONTE_CARLO_SEED));
    cell(
        sheet.createRow(1),
        0,
        text.format("workbook.montecarlo.note", mc.runs(), Long.toString(mc.seed())),
        styles.note);
    Row header = sheet.createRow(2);
    cell(header, 0, text.get("workbook.model.column"), styles.header);
    cell(header, 1, text.get("workbook.model.key"), styles.header);
    cell(header, 2, text.get("workbook.montecarlo.statistic"), styles.header);
    for (int n = 0; n < mc.years(); n++) {
      Cell c = header.createCell(3 + n);
      c.setCellValue(mc.startYear() + n);
      c.setCellStyle(styles.header);
    }
    int r = 3;
    for (Column column : Column.outputs()) {
      for (Statistic stat : Statistic.values()) {
        Row row = sheet.createRow(r++);
        cell(row, 0, text.get("export.column." + column.key()), styles.label);
        cell(row, 1, column.key(), styles.label);
        cell(row, 2, stat.key(), styles.label);
        for (int n = 0; n < mc.years(); n++) {
          double v = mc.get(column, mc.startYear() + n, stat);
          Cell c = row.createCell(3 + n);
          if (Double.isNaN(v)) {
            c.setCellValue(WorkbookModel.NAN);
          } else if (Double.isInfinite(v)) {
            c.setCellValue(v > 0 ? WorkbookModel.INFINITY : "-" + WorkbookModel.INFINITY);
          } else {
            c.setCellValue(v);
          }
          c.setCellStyle(styles.result(column.unit()));
        }
      }
    }
    sheet.setColumnWidth(0, 44 * 256);
    sheet.setColumnWidth(1, 26 * 256);
    sheet.setColumnWidth(2, 10 * 256);
    sheet.createFreezePane(3, 3);
    sheet.setRepeatingRows(new CellRangeAddress(0, 2, -1, -1));
    printOnePageWide(sheet, true);
  }
}
