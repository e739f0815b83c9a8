package com.computegap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Column;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonteCarloCommandTest {

  private static final String ESSAY = "scenarios/essay-2024.gapx.json";

  private static CliTest.Run cli(String... args) {
    return CliTest.run(args);
  }

  @Test
  void shouldPrintTheLongFormWithOneLinePerYearAndOutputColumn() {
    CliTest.Run r = cli("montecarlo", ESSAY, "--runs", "2000", "--seed", "5");
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("year,column,mean,p5,p25,p50,p75,p95", lines.get(0));
    int outputs = Column.outputs().size();
    assertEquals(1 + 5 * outputs, lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      assertEquals(8, f.length, lines.get(i));
      assertEquals(Integer.toString(2024 + (i - 1) / outputs), f[0]);
      assertEquals(Column.outputs().get((i - 1) % outputs).key(), f[1]);
      for (int k = 2; k < 8; k++) {
        Double.parseDouble(f[k]);
      }
      double p5 = Double.parseDouble(f[3]);
      double p95 = Double.parseDouble(f[7]);
      assertTrue(p5 <= p95 || Double.isNaN(p5), lines.get(i));
    }
  }

  @Test
  void shouldRepeatItselfForASeedAndChangeWithIt() {
    CliTest.Run a = cli("montecarlo", ESSAY, "--runs", "3000", "--seed", "9");
    CliTest.Run b = cli("montecarlo", "--seed=9", ESSAY, "--runs=3000");
    CliTest.Run c = cli("montecarlo", ESSAY, "--runs", "3000", "--seed", "10");
    assertEquals(a.out(), b.out());
    assertNotEquals(a.out(), c.out());
  }

  @Test
  void shouldGiveTheModelValueEverywhereWithoutUncertainty() {
    CliTest.Run mc = cli("montecarlo", ESSAY, "--runs", "50", "--set", "uncertainty=null");
    CliTest.Run model = cli("model", ESSAY);
    assertEquals(0, mc.status(), mc.err());
    List<String> header = List.of(model.out().lines().toList().get(0).split(","));
    String[] firstYear = model.out().lines().toList().get(1).split(",");
    for (String line : mc.out().lines().toList().subList(1, 1 + Column.outputs().size())) {
      String[] f = line.split(",");
      String expected = firstYear[header.indexOf(f[1])];
      for (int k = 2; k < 8; k++) {
        assertEquals(expected, f[k], line);
      }
    }
  }

  @Test
  void shouldApplySetBeforeRunning() {
    CliTest.Run r = cli("montecarlo", ESSAY, "--runs", "200", "--set", "chips.supplyK=1234");
    String supply =
        r.out().lines().toList().stream()
            .filter(l -> l.startsWith("2024,supplyK,"))
            .findFirst()
            .orElseThrow();
    assertEquals("2024,supplyK,1234.0,1234.0,1234.0,1234.0,1234.0,1234.0", supply);
  }

  @Test
  void shouldExitWithTwoForABadFile(@TempDir Path dir) throws Exception {
    CliTest.Run missing = cli("montecarlo", dir.resolve("absent.gapx.json").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().startsWith("error: "), missing.err());
    assertEquals(1, missing.err().lines().count());
    assertEquals("", missing.out());

    Path broken = dir.resolve("broken.gapx.json");
    Files.writeString(broken, "{ \"schemaVersion\": 1, ");
    CliTest.Run invalid = cli("montecarlo", broken.toString());
    assertEquals(2, invalid.status());
    assertTrue(invalid.err().startsWith("error: "), invalid.err());
    assertTrue(invalid.err().contains("broken.gapx.json"), invalid.err());
  }

  @Test
  void shouldExitWithTwoForBadOptions() {
    assertEquals(2, cli("montecarlo", ESSAY, "--runs", "0").status());
    assertEquals(2, cli("montecarlo", ESSAY, "--format", "json").status());
    assertEquals(2, cli("montecarlo", ESSAY, "--set", "depin.sellSharePct=140").status());
  }
}
