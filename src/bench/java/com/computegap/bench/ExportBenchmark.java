package com.computegap.bench;

import com.computegap.chart.ChartTheme;
import com.computegap.export.DeckExport;
import com.computegap.export.WorkbookExport;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The deck (.pptx) and the workbook (.xlsx) of {@code reality-2026}, warm: everything the export
 * does except writing the file (the bytes are what {@code export --to} renames into place). Both
 * include their 10,000-run Monte Carlo (the fan slides, the percentile sheet), since the scenario
 * has ranges. Forked with the app's 512 MB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class ExportBenchmark {

  private static final LocalDate DATE = LocalDate.of(2026, 3, 1);

  private Scenario reality;

  @Setup
  public void load() {
    reality = BundledScenarios.load(BundledScenarios.REALITY_2026);
  }

  @Benchmark
  public byte[] deckReality2026() {
    return DeckExport.pptx(reality, Locale.US, ChartTheme.LIGHT, DATE);
  }

  @Benchmark
  public byte[] deckReality2026Japanese() {
    return DeckExport.pptx(reality, Locale.JAPAN, ChartTheme.DARK, DATE);
  }

  @Benchmark
  public byte[] workbookReality2026() {
    return WorkbookExport.bytes(reality, Locale.US);
  }
}
