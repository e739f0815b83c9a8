package com.computegap.export;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.RandomScenarios;
import com.computegap.model.Scenario;
import com.computegap.model.Unit;
import com.computegap.model.YearRow;
import com.computegap.scenario.BundledScenarios;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second spreadsheet engine: LibreOffice, headless, recalculates workbooks whose inputs were
 * typed over by POI (so no cached value can be stale), and its results are compared with the Java
 * model. Skipped, with a message, where {@code soffice} is not installed.
 */
class WorkbookLibreOfficeTest {

  @TempDir Path dir;

  private static String soffice() {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(folder, "soffice");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }

  @Test
  void shouldRecalculateInLibreOfficeToTheJavaModel() throws Exception {
    String soffice = soffice();
    Assumptions.assumeTrue(
        soffice != null,
        "soffice (LibreOffice) is not installed: LibreOffice recalculation not checked");
    List<Scenario> targets = new ArrayList<>();
    BundledScenarios.ALL.forEach(f -> targets.add(BundledScenarios.load(f)));
    RandomScenarios random = new RandomScenarios(2026L);
    for (int i = 0; i < 15; i++) {
      targets.add(random.nextVersion2());
    }
    Random draws = new Random(7L);
    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = Files.createDirectories(dir.resolve("out"));
    List<String> command =
        new ArrayList<>(
            List.of(
                soffice,
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "xlsx",
                "--outdir",
                out.toString()));
    for (int i = 0; i < targets.size(); i++) {
      Scenario target = targets.get(i);
      Path file = in.resolve("book" + i + ".xlsx");
      // the workbook of other numbers, with the target's inputs typed over and no value cached
      try (XSSFWorkbook wb =
              WorkbookExport.build(WorkbookFormulaTest.perturbed(target, draws), Locale.US);
          OutputStream os = Files.newOutputStream(file)) {
        var sheet = wb.getSheet("Inputs");
        var inputs = new WorkbookInputs(target).inputs();
        for (int r = 0; r < inputs.size(); r++) {
          sheet
              .getRow(WorkbookInputs.FIRST_ROW + r)
              .getCell(WorkbookInputs.COL_VALUE)
              .setCellValue(inputs.get(r).value());
        }
        wb.write(os);
      }
      command.add(file.toString());
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "soffice finished");
    for (int i = 0; i < targets.size(); i++) {
      Path file = out.resolve("book" + i + ".xlsx");
      assertTrue(Files.exists(file), "LibreOffice converted book" + i + ": " + log);
      compare(file, targets.get(i), "scenario " + i);
    }
  }

  private static void compare(Path file, Scenario s, String what) throws IOException {
    ModelResult expected = GapModel.compute(s);
    try (InputStream is = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(is)) {
      var model = wb.getSheet("Model");
      java.util.Map<String, Integer> rows = new java.util.HashMap<>();
      for (int r = 3; r <= model.getLastRowNum(); r++) {
        Cell key = model.getRow(r) == null ? null : model.getRow(r).getCell(1);
        if (key != null && key.getCellType() == CellType.STRING) {
          rows.put(key.getStringCellValue(), r);
        }
      }
      double supplySoFar = 0;
      for (int n = 0; n < s.years(); n++) {
        YearRow row = expected.rows().get(n);
        supplySoFar = Math.max(supplySoFar, row.supplyK());
        for (Column c : Column.outputs()) {
          double e = c.of(row);
          double a = cached(model.getRow(rows.get(c.key())).getCell(3 + n), what + " " + c.key());
          double floor = c.unit() == Unit.K ? supplySoFar : 0;
          boolean illConditioned =
              c == Column.COMPUTE_GAP_RATIO
                  && row.depinEffectiveK() <= WorkbookFormulaTest.TOLERANCE * supplySoFar;
          if (!WorkbookFormulaTest.close(e, a, floor) && !illConditioned) {
            fail(
                what
                    + ", year "
                    + row.year()
                    + ", "
                    + c.key()
                    + ": Java "
                    + e
                    + ", LibreOffice "
                    + a);
          }
        }
      }
    }
  }

  /** The value LibreOffice stored for a formula cell; "∞" and "NaN" as in the README. */
  private static double cached(Cell cell, String where) {
    if (cell.getCellType() != CellType.FORMULA) {
      throw new AssertionError(where + ": not a formula");
    }
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC -> cell.getNumericCellValue();
      case STRING ->
          switch (cell.getStringCellValue()) {
            case "∞" -> Double.POSITIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> throw new AssertionError(where + ": text " + cell.getStringCellValue());
          };
      default -> throw new AssertionError(where + ": " + cell.getCachedFormulaResultType());
    };
  }
}
