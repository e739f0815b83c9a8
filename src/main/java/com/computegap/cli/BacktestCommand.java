package com.computegap.cli;

import com.computegap.export.TableFormat;
import com.computegap.model.GapModel;
import com.computegap.model.RealityCheck;
import com.computegap.model.Scenario;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code backtest FILE [--set PATH=VALUE]...} (MODEL.md section 7): every {@code actuals} entry
 * beside the model's value and the error in percent, as CSV in file order. An empty {@code
 * company}, {@code model} or {@code errorPct} where there is none; numbers as {@code model} prints
 * them.
 */
final class BacktestCommand implements Cli.Command {

  static final String HEADER = "series,company,year,actual,model,errorPct,source";

  @Override
  public void run(CommandLine line, Scenario scenario, PrintStream out) {
    out.print(csv(scenario));
  }

  /** Header and one line per actual, each ending with {@code \n}. */
  static String csv(Scenario scenario) {
    List<RealityCheck.Row> rows = RealityCheck.rows(scenario, GapModel.compute(scenario));
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (RealityCheck.Row r : rows) {
      var a = r.actual();
      sb.append(a.series().key())
          .append(',')
          .append(a.company() == null ? "" : quoted(a.company()))
          .append(',')
          .append(a.year())
          .append(',')
          .append(TableFormat.number(a.value()))
          .append(',')
          .append(r.hasModel() ? TableFormat.number(r.model()) : "")
          .append(',')
          .append(r.hasModel() ? TableFormat.number(r.errorPct()) : "")
          .append(',')
          .append(quoted(a.source()))
          .append('\n');
    }
    return sb.toString();
  }

  /** A field quoted as RFC 4180 asks when it holds a comma, a quote or a line break. */
  static String quoted(String field) {
    boolean needs =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0;
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
