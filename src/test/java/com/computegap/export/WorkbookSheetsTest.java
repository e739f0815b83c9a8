package com.computegap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Column;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.Scenario;
import com.computegap.model.Statistic;
import com.computegap.scenario.BundledScenarios;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What the workbook's sheets hold besides the numbers: names, validations, sources, layout, Monte
 * Carlo.
 */
class WorkbookSheetsTest {

  private static final Scenario ESSAY = BundledScenarios.load(BundledScenarios.ESSAY);

  @Test
  void shouldNameValidateAndSourceEveryInput() throws IOException {
    try (WorkbookProbe probe = new WorkbookProbe(WorkbookExport.bytes(ESSAY, Locale.US))) {
      XSSFWorkbook wb = probe.wb;
      XSSFSheet inputs = wb.getSheet("Inputs");
      List<? extends DataValidation> validations = inputs.getDataValidations();
      assertEquals(probe.inputs.size(), validations.size(), "one validation per input");
      for (var e : probe.inputs.entrySet()) {
        Cell c = e.getValue();
        String ref = "Inputs!$C$" + (c.getRowIndex() + 1);
        assertTrue(
            wb.getAllNames().stream().anyMatch(n -> n.getRefersToFormula().equals(ref)),
            e.getKey() + " is a named cell");
      }
      int row = probe.inputs.get("depin.sellSharePct").getRowIndex() + 1;
      assertEquals("Inputs!$C$" + row, wb.getName("depin.sellSharePct").getRefersToFormula());
      String rule =
          validations.stream()
              .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstRow() == row - 1)
              .findFirst()
              .orElseThrow()
              .getValidationConstraint()
              .getFormula1();
      assertEquals("AND(ISNUMBER(C" + row + "),C" + row + ">=0,C" + row + "<=100)", rule);
      // the essay's source for the sell share is its comment
      assertEquals(
          ESSAY.sourceOf("depin.sellSharePct"),
          probe.inputs.get("depin.sellSharePct").getCellComment().getString().getString());
      assertEquals(
          "hyperscalers[Meta].capexUsdB",
          inputs
              .getRow(probe.inputs.get("hyperscalers[Meta].capexUsdB").getRowIndex())
              .getCell(1)
              .getStringCellValue());
      assertEquals(
          "Inputs!$C$" + (probe.inputs.get("hyperscalers[Meta].capexUsdB").getRowIndex() + 1),
          wb.getName("hyperscalers_4.capexUsdB").getRefersToFormula());
    }
  }

  @Test
  void shouldWriteEveryModelCellAsAFormulaWithFrozenHeadersAndOnePageWidePrinting()
      throws IOException {
    try (WorkbookProbe probe = new WorkbookProbe(WorkbookExport.bytes(ESSAY, Locale.US))) {
      Sheet model = probe.wb.getSheet("Model");
      assertEquals(
          Column.outputs().size(),
          probe.modelRows.keySet().stream().filter(k -> Column.byKey(k) != null).count(),
          "a row per output column");
      int cells = 0;
      for (int r : probe.modelRows.values()) {
        for (int n = 0; n < ESSAY.years(); n++) {
          assertEquals(CellType.FORMULA, model.getRow(r).getCell(3 + n).getCellType());
          cells++;
        }
      }
      assertTrue(cells > 40 * ESSAY.years(), "outputs and workings: " + cells);
      assertEquals(CellType.FORMULA, model.getRow(2).getCell(3).getCellType(), "year headers too");
      assertEquals(3, model.getPaneInformation().getHorizontalSplitPosition());
      assertEquals(3, model.getPaneInformation().getVerticalSplitPosition());
      for (Sheet sheet : probe.wb) {
        assertTrue(sheet.getFitToPage(), sheet.getSheetName());
        assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName());
        assertEquals(0, sheet.getPrintSetup().getFitHeight(), sheet.getSheetName());
      }
      assertEquals(
          List.of("Inputs", "Model", "Summary", "Actuals", "Monte Carlo"),
          List.of(
              probe.wb.getSheetName(0),
              probe.wb.getSheetName(1),
              probe.wb.getSheetName(2),
              probe.wb.getSheetName(3),
              probe.wb.getSheetName(4)));
    }
  }

  @Test
  void shouldMarkTheMonteCarloTablesAsValuesWithSeedAndRuns() throws IOException {
    assertTrue(!ESSAY.uncertainty().isEmpty());
    MonteCarloResult mc = MonteCarlo.run(ESSAY, MonteCarlo.Options.of(10_000, 1));
    try (WorkbookProbe probe = new WorkbookProbe(WorkbookExport.bytes(ESSAY, Locale.US))) {
      Sheet sheet = probe.wb.getSheet("Monte Carlo");
      String note = sheet.getRow(1).getCell(0).getStringCellValue();
      assertTrue(
          note.contains("10,000 runs") && note.contains("seed 1") && note.contains("not formulas"),
          note);
      int checked = 0;
      for (int r = 3; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Column c = Column.byKey(row.getCell(1).getStringCellValue());
        Statistic stat =
            Statistic.valueOf(row.getCell(2).getStringCellValue().toUpperCase(Locale.ROOT));
        for (int n = 0; n < ESSAY.years(); n++) {
          Cell cell = row.getCell(3 + n);
          assertTrue(cell.getCellType() != CellType.FORMULA);
          double expected = mc.get(c, ESSAY.startYear() + n, stat);
          double actual =
              cell.getCellType() == CellType.NUMERIC
                  ? cell.getNumericCellValue()
                  : probe.value(cell, "Monte Carlo " + c.key());
          assertTrue(
              WorkbookFormulaTest.close(expected, actual, 0), c.key() + " " + stat + ": " + actual);
          checked++;
        }
      }
      assertEquals(Column.outputs().size() * Statistic.values().length * ESSAY.years(), checked);
    }
    Scenario noRanges = ESSAY.withUncertainty(List.of());
    try (WorkbookProbe probe = new WorkbookProbe(WorkbookExport.bytes(noRanges, Locale.US))) {
      assertEquals(1, probe.wb.getSheet("Monte Carlo").getLastRowNum());
    }
  }

  @Test
  void shouldWriteTheLabelsInJapanese() throws IOException {
    try (WorkbookProbe probe = new WorkbookProbe(WorkbookExport.bytes(ESSAY, Locale.JAPAN))) {
      Row header = probe.wb.getSheet("Inputs").getRow(2);
      assertEquals("パラメータ", header.getCell(0).getStringCellValue());
      assertNotNull(probe.modelRows.get("spendGapRatio"), "keys stay the contract's names");
      assertEquals(170.5, probe.model("hyperscalerAiCapexUsdB", 0), 1e-9);
    }
  }
}
