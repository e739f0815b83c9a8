package com.computegap.cli;

import com.computegap.model.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonteCarloCommandTest {

    private static final String ESSAY = "scenarios/essay-2024.gapx.json";

    /** Exit status, stdout and stderr of one command. */
    private record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldPrintTheLongFormWithOneLinePerYearAndOutputColumn() {
        Run r = cli("montecarlo", ESSAY, "--runs", "2000", "--seed", "5");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.lines();
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
        Run a = cli("montecarlo", ESSAY, "--runs", "3000", "--seed", "9");
        Run b = cli("montecarlo", "--seed=9", ESSAY, "--runs=3000");
        Run c = cli("montecarlo", ESSAY, "--runs", "3000", "--seed", "10");
        assertEquals(a.out(), b.out());
        assertNotEquals(a.out(), c.out());
    }

    @Test
    void shouldGiveTheModelValueEverywhereWithoutUncertainty() {
        Run mc = cli("montecarlo", ESSAY, "--runs", "50", "--set", "uncertainty=null");
        Run model = cli("model", ESSAY);
        assertEquals(0, mc.status(), mc.err());
        List<String> header = List.of(model.lines().get(0).split(","));
        String[] firstYear = model.lines().get(1).split(",");
        for (String line : mc.lines().subList(1, 1 + Column.outputs().size())) {
            String[] f = line.split(",");
            String expected = firstYear[header.indexOf(f[1])];
            for (int k = 2; k < 8; k++) {
                assertEquals(expected, f[k], line);
            }
        }
    }

    @Test
    void shouldApplySetBeforeRunning() {
        Run r = cli("montecarlo", ESSAY, "--runs", "200", "--set", "chips.supplyK=1234");
        String supply = r.lines().stream().filter(l -> l.startsWith("2024,supplyK,")).findFirst().orElseThrow();
        assertEquals("2024,supplyK,1234.0,1234.0,1234.0,1234.0,1234.0,1234.0", supply);
    }

    @Test
    void shouldExitWithTwoForABadFile(@TempDir Path dir) throws Exception {
        Run missing = cli("montecarlo", dir.resolve("absent.gapx.json").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("error: "), missing.err());
        assertEquals(1, missing.err().lines().count());
        assertEquals("", missing.out());

        Path broken = dir.resolve("broken.gapx.json");
        Files.writeString(broken, "{ \"schemaVersion\": 1, ");
        Run invalid = cli("montecarlo", broken.toString());
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
