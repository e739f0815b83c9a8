package com.computegap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartTheme;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export is written {@code rw-r--r--}: a colleague or a mail client can read it. */
class ExportPermissionsTest {

  @Test
  void shouldWriteEveryExportFormatReadableByOthers(@TempDir Path dir) throws Exception {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
    Scenario s = ExportFixtures.scenario(BundledScenarios.ESSAY);
    var result = ExportFixtures.result(s);
    var input = ExportFixtures.input(BundledScenarios.ESSAY);
    for (ChartFormat f : ChartFormat.values()) {
      ChartExport.write(
          f, ChartKind.GAP, input, ChartTheme.LIGHT, 400, 300, 1, dir.resolve("gap." + f));
    }
    TableExport.writeCsv(result, dir.resolve("table.csv"));
    ScenarioBrief.write(s, result, LocalDate.of(2026, 1, 2), dir.resolve("brief.pdf"));
    DeckExport.write(s, Locale.US, ChartTheme.LIGHT, dir.resolve("deck.pptx"));
    WorkbookExport.write(s, Locale.US, dir.resolve("model.xlsx"));

    try (var files = Files.list(dir)) {
      var written = files.toList();
      assertEquals(ChartFormat.values().length + 4, written.size(), written.toString());
      for (Path p : written) {
        assertTrue(Files.size(p) > 0, p + " is empty");
        assertEquals(
            "rw-r--r--",
            PosixFilePermissions.toString(Files.getPosixFilePermissions(p)),
            p.getFileName().toString());
      }
    }
  }
}
