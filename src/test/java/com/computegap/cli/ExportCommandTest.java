package com.computegap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export FILE --to OUT [--set ...] [--lang en|ja]}, run in-process. */
class ExportCommandTest {

  private static final String ESSAY = "scenarios/essay-2024.gapx.json";

  @TempDir Path dir;

  @Test
  void shouldReplaceAnExistingWorkbookWithTheScenarioAsChangedBySet() throws IOException {
    Path out = dir.resolve("essay.xlsx");
    Files.writeString(out, "an older file");
    CliTest.Run r =
        CliTest.run("export", ESSAY, "--to", out.toString(), "--set", "depin.sellSharePct=50");
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err());
    try (InputStream in = Files.newInputStream(out);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      var inputs = wb.getSheet("Inputs");
      var nameRef = wb.getName("depin.sellSharePct").getRefersToFormula();
      assertEquals("Inputs!$C$", nameRef.substring(0, 10));
      int row = Integer.parseInt(nameRef.substring(10)) - 1;
      assertEquals(50.0, inputs.getRow(row).getCell(2).getNumericCellValue());
      assertEquals(CellType.FORMULA, wb.getSheet("Model").getRow(3).getCell(3).getCellType());
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary or backup file left beside it");
    }
  }

  @Test
  void shouldWriteTheBriefAsPdfInJapanese() throws IOException {
    Path out = dir.resolve("brief.PDF");
    CliTest.Run r = CliTest.run("export", "--lang=ja", ESSAY, "--to=" + out);
    assertEquals(0, r.status(), r.err());
    byte[] head = new byte[5];
    System.arraycopy(Files.readAllBytes(out), 0, head, 0, 5);
    assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), head);
  }

  @Test
  void shouldRefuseBadExportOptionsWithOneLineAndExitStatus2() throws IOException {
    Path old = dir.resolve("old.xlsx");
    Files.writeString(old, "keep me");
    String[][] bad = {
      {"export", ESSAY},
      {"export", ESSAY, "--to", dir.resolve("x.docx").toString()},
      {"export", ESSAY, "--to", old.toString(), "--lang", "fr"},
      {"export", ESSAY, "--to"},
      {"export", ESSAY, "--to", old.toString(), "--set", "depin.sellSharePct=140"},
      {"export", "no-such-file.gapx.json", "--to", old.toString()},
      {
        "export",
        ESSAY,
        "--to",
        dir.resolve("missing-folder/x.xlsx/y.xlsx")
            .toString()
            .replace("missing-folder", old.getFileName().toString())
      },
    };
    for (String[] args : bad) {
      CliTest.Run r = CliTest.run(args);
      String what = String.join(" ", args);
      assertEquals(2, r.status(), what + ": " + r.err());
      assertEquals("", r.out(), what);
      assertTrue(
          r.err().startsWith("error: ") && r.err().endsWith("\n") && r.err().lines().count() == 1,
          what + ": " + r.err());
    }
    assertEquals("keep me", Files.readString(old), "a failed export leaves the old file");
    Path deck = dir.resolve("deck.pptx");
    CliTest.Run made = CliTest.run("export", ESSAY, "--to", deck.toString());
    assertEquals(0, made.status(), made.err());
    assertEquals("", made.err());
    // A .pptx is a zip whose first entry starts with the local-file signature PK\3\4.
    byte[] head = Arrays.copyOf(Files.readAllBytes(deck), 4);
    assertArrayEquals(new byte[] {'P', 'K', 3, 4}, head);
  }
}
