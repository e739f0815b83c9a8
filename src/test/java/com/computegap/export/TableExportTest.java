package com.computegap.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import com.computegap.model.YearRow;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableExportTest {

  /** MODEL.md section 4, copied by hand: the header is a contract. */
  private static final String CONTRACT_HEADER =
      "year,hyperscalerCapexUsdB,hyperscalerAiCapexUsdB,"
          + "depinGrossIncentiveUsdB,depinSellPressureUsdB,buyerDemandUsdB,depinCashRealizedUsdB,depinAiCapexUsdB,"
          + "spendGapRatio,depinShareOfAiCapexPct,unitPriceUsdK,supplyK,hyperscalerDemandK,hyperscalerUnitsK,"
          + "otherDemandK,otherUnitsK,depinDemandK,depinUnitsK,unallocatedK,hyperscalerInstalledK,depinInstalledK,"
          + "depinEffectiveK,computeGapRatio,parityTokenPriceMultiplier,parityBuyerDemandUsdB,"
          + "tokenPriceIndex,usageRevenueUsdB,listPriceUsdK";

  // the lockout scenario has an infinite compute gap in its last year
  private final ModelResult result =
      ExportFixtures.result(ExportFixtures.scenario(BundledScenarios.TAIWAN_DISRUPTION));

  @Test
  void shouldWriteTheContractHeaderAndRoundTripEveryValue() {
    String[] lines = TableExport.csv(result).split("\n");

    assertEquals(CONTRACT_HEADER, lines[0]);
    assertEquals(result.rows().size() + 1, lines.length);
    for (int i = 0; i < result.rows().size(); i++) {
      YearRow row = result.rows().get(i);
      String[] cells = lines[i + 1].split(",", -1);
      assertEquals(Column.all().size(), cells.length);
      assertEquals(Integer.toString(row.year()), cells[0]);
      for (Column c : Column.outputs()) {
        double back = Double.parseDouble(cells[c.ordinal()]);
        assertEquals(0, Double.compare(c.of(row), back), c.key() + " in " + row.year());
      }
    }
  }

  @Test
  void shouldWriteExcelCsvForGermanyWithSemicolonsCommaDecimalsAndABom() {
    String csv = TableExport.excelCsv(result, Locale.GERMANY);

    assertEquals('\uFEFF', csv.charAt(0));
    String[] lines = csv.substring(1).split("\r\n");
    assertEquals(Column.all().size(), lines[0].split(";", -1).length);
    assertEquals(Messages.get("export.column.hyperscalerAiCapexUsdB"), lines[0].split(";")[2]);
    String[] first = lines[1].split(";", -1);
    assertEquals("170,5", first[Column.HYPERSCALER_AI_CAPEX_USD_B.ordinal()]);
    YearRow row = result.first();
    for (Column c : Column.outputs()) {
      String cell = first[c.ordinal()];
      if (Double.isFinite(c.of(row))) {
        assertFalse(cell.contains("."), "no dot decimals for Germany: " + cell);
        assertEquals(
            c.of(row), Double.parseDouble(cell.replace(',', '.')), Math.ulp(c.of(row)), c.key());
      }
    }
  }

  @Test
  void shouldWriteExcelCsvForTheUsWithCommasAndDotDecimals() {
    String[] lines = TableExport.excelCsv(result, Locale.US).substring(1).split("\r\n");

    assertEquals(Column.all().size(), lines[0].split(",", -1).length);
    assertEquals("170.5", lines[1].split(",", -1)[Column.HYPERSCALER_AI_CAPEX_USD_B.ordinal()]);
    assertEquals(',', TableExport.separatorFor(Locale.UK));
    assertEquals(';', TableExport.separatorFor(Locale.FRANCE));
  }

  @Test
  void shouldWriteInfinityAsTheSymbolAndNaNAsAnEmptyCell() {
    String[] lines = TableExport.excelCsv(result, Locale.GERMANY).substring(1).split("\r\n");
    YearRow last = result.last();
    assertEquals(
        Double.POSITIVE_INFINITY,
        last.computeGapRatio(),
        "precondition: the Taiwan case's last year (DePIN's chips retired)");

    String[] cells = lines[lines.length - 1].split(";", -1);
    assertEquals(TableExport.EXCEL_INFINITY, cells[Column.COMPUTE_GAP_RATIO.ordinal()]);
    assertEquals("", TableExport.excelNumber(Double.NaN, ','));
    assertEquals("0,000001", TableExport.excelNumber(1e-6, ','), "no exponent");
    assertEquals("12345678901234", TableExport.excelNumber(12345678901234.0, '.'), "no grouping");
  }

  @Test
  void shouldQuoteAFieldHoldingTheSeparatorOrAQuote() {
    assertEquals("\"a;b\"", TableExport.quoted("a;b", ';'));
    assertEquals("\"say \"\"hi\"\"\"", TableExport.quoted("say \"hi\"", ','));
    assertEquals("a,b", TableExport.quoted("a,b", ';'));
  }

  @Test
  void shouldTitleEveryColumnInBothLanguages() {
    Locale before = Messages.locale();
    try {
      for (Locale l : new Locale[] {Locale.US, Locale.JAPAN}) {
        Messages.setLocale(l);
        for (Column c : Column.all()) {
          String title = TableExport.columnTitle(c);
          assertFalse(title.startsWith("!"), "missing title for " + c.key() + " in " + l);
        }
      }
      assertEquals("年", TableExport.columnTitle(Column.YEAR));
    } finally {
      Messages.setLocale(before);
    }
  }

  @Test
  void shouldWriteBothFlavoursAsUtf8Files(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("table.csv");
    Path excel = dir.resolve("table-excel.csv");

    TableExport.writeCsv(result, plain);
    TableExport.writeExcelCsv(result, Locale.GERMANY, excel);

    assertTrue(Files.readString(plain).startsWith("year,"));
    byte[] bytes = Files.readAllBytes(excel);
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
  }
}
