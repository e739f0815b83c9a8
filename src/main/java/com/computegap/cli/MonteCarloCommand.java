package com.computegap.cli;

import com.computegap.export.TableFormat;
import com.computegap.model.Column;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.Scenario;
import com.computegap.model.Statistic;
import java.io.PrintStream;

/**
 * {@code montecarlo FILE [--runs N] [--seed S] [--set PATH=VALUE]...} (MODEL.md section 4): runs
 * the scenario's uncertainty and prints the long-form CSV {@code
 * year,column,mean,p5,p25,p50,p75,p95}, one line per year and output column (years ascending,
 * columns in table order), numbers as {@link Double#toString} prints them ({@code Infinity}, {@code
 * NaN}).
 *
 * <p>A scenario without {@code uncertainty} entries is not an error: every run is the deterministic
 * model, so the mean and every percentile equal the {@code model} command's value.
 */
public final class MonteCarloCommand implements Cli.Command {

  @Override
  public void run(CommandLine line, Scenario scenario, PrintStream out) throws UsageException {
    if (!line.format().equals("csv")) {
      throw new UsageException("montecarlo prints CSV only (--format " + line.format() + ")");
    }
    MonteCarloResult result;
    try {
      result = MonteCarlo.run(scenario, MonteCarlo.Options.of(line.runs(), line.seed()));
    } catch (IllegalArgumentException e) {
      throw new UsageException("montecarlo: " + e.getMessage());
    }
    out.print(csv(result));
  }

  /** The CSV header line, without line break. */
  public static String header() {
    StringBuilder sb = new StringBuilder("year,column");
    for (Statistic s : Statistic.all()) {
      sb.append(',').append(s.key());
    }
    return sb.toString();
  }

  /** Header and one line per year and output column, each ending with {@code \n}. */
  public static String csv(MonteCarloResult result) {
    StringBuilder sb = new StringBuilder(header()).append('\n');
    for (int year = result.startYear(); year <= result.endYear(); year++) {
      for (Column c : Column.outputs()) {
        sb.append(year).append(',').append(c.key());
        for (Statistic s : Statistic.all()) {
          sb.append(',').append(TableFormat.number(result.get(c, year, s)));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
