package com.computegap.cli;

import com.computegap.export.TableFormat;
import com.computegap.model.CancelFlag;
import com.computegap.model.Claim;
import com.computegap.model.ClaimAnalysis;
import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.MonteCarloRuns;
import com.computegap.model.Scenario;
import com.computegap.model.Statistic;
import com.computegap.model.UncertainParameter;
import com.computegap.model.WilsonInterval;
import com.computegap.model.YearRow;
import com.computegap.scenario.AtomicFileWriter;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code montecarlo FILE [--runs N] [--seed S] [--set PATH=VALUE]... [--format csv|json] [--claims]
 * [--samples-out FILE.csv [--columns a,b]]} (MODEL.md section 4, issue 15): runs the scenario's
 * uncertainty and prints the long-form CSV {@code year,column,mean,p5,p25,p50,p75,p95}, one line
 * per year and output column (years ascending, columns in table order), numbers as {@link
 * Double#toString} prints them ({@code Infinity}, {@code NaN}).
 *
 * <p>{@code --claims} adds a block {@code claims}, header {@code label,probability,low95,high95},
 * one line per claim of the file. {@code --format json} prints {@code
 * {"percentiles":[...],"claims":[...]}} instead ({@code claims} only with {@code --claims}),
 * non-finite numbers as strings. {@code --samples-out} writes one row per run, atomically: each
 * uncertain input by its {@code param} path, then {@code column@year} for each chosen output column
 * (all of them without {@code --columns}) and year. The percentiles, the claim counts and the
 * samples file are the same runs: same seed, same draws ({@link MonteCarloRuns}).
 *
 * <p>A scenario without {@code uncertainty} entries is not an error: every run is the deterministic
 * model, so the mean and every percentile equal the {@code model} command's value.
 */
public final class MonteCarloCommand implements Cli.Command {

  @Override
  public void run(CommandLine line, Scenario scenario, PrintStream out) throws UsageException {
    Path samples = samplesPath(line);
    MonteCarloResult result;
    try {
      result = MonteCarlo.run(scenario, MonteCarlo.Options.of(line.runs(), line.seed()));
    } catch (IllegalArgumentException e) {
      throw new UsageException("montecarlo: " + e.getMessage());
    }
    ClaimCounts counts = new ClaimCounts(scenario);
    if (samples != null) {
      List<Column> columns = line.columns().isEmpty() ? Column.outputs() : line.columns();
      try {
        AtomicFileWriter.write(
            samples,
            stream -> writeSamples(scenario, line.runs(), line.seed(), columns, counts, stream),
            false);
      } catch (IOException | UncheckedIOException e) {
        throw new UsageException(
            samples + ": cannot write the samples file: " + reason(ioCause(e)));
      }
    } else if (line.claims() && !scenario.claims().isEmpty()) {
      MonteCarloRuns.forEach(scenario, line.runs(), line.seed(), new CancelFlag(), counts);
    }
    List<ClaimAnalysis.Outcome> claims = counts.outcomes(line.runs());
    if (line.format().equals("json")) {
      out.print(json(result, line.claims() ? claims : null));
    } else {
      out.print(csv(result));
      if (line.claims()) {
        out.print(claimsCsv(claims));
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "its folder does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      // The reason alone: the exception's own message names the temporary file.
      return f.getReason().equals("Not a directory")
          ? "a folder in its path is a file"
          : f.getReason();
    }
    return ExportCommand.reason(e);
  }

  private static IOException ioCause(Exception e) {
    return e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
  }

  /** The samples file, or {@code null}; never the scenario file itself. */
  private static Path samplesPath(CommandLine line) throws UsageException {
    if (line.samplesOut() == null) {
      return null;
    }
    Path path;
    try {
      path = Path.of(line.samplesOut());
    } catch (InvalidPathException e) {
      throw new UsageException(
          "--samples-out '" + line.samplesOut() + "' is not a valid file path: " + e.getReason());
    }
    Path scenario = Path.of(line.file()).toAbsolutePath().normalize();
    if (path.toAbsolutePath().normalize().equals(scenario)) {
      throw new UsageException(
          "--samples-out " + line.samplesOut() + " is the scenario file itself");
    }
    if (Files.isDirectory(path)) {
      throw new UsageException("--samples-out " + line.samplesOut() + " is a folder");
    }
    return path;
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

  /** The {@code claims} block: its name, a header and one line per claim. */
  public static String claimsCsv(List<ClaimAnalysis.Outcome> claims) {
    StringBuilder sb = new StringBuilder("claims\nlabel,probability,low95,high95\n");
    for (ClaimAnalysis.Outcome o : claims) {
      sb.append(csvCell(o.claim().label()))
          .append(',')
          .append(TableFormat.number(o.probability()))
          .append(',')
          .append(TableFormat.number(o.interval().low()))
          .append(',')
          .append(TableFormat.number(o.interval().high()))
          .append('\n');
    }
    return sb.toString();
  }

  /** A CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
  static String csvCell(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * {@code {"percentiles":[{"year":..,"column":..,"mean":..,"p5":..,...}],"claims":[...]}},
   * pretty-printed, ending with {@code \n}; without {@code claims} when {@code claims} is null.
   */
  public static String json(MonteCarloResult result, List<ClaimAnalysis.Outcome> claims) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeArrayFieldStart("percentiles");
      for (int year = result.startYear(); year <= result.endYear(); year++) {
        for (Column c : Column.outputs()) {
          g.writeStartObject();
          g.writeNumberField("year", year);
          g.writeStringField("column", c.key());
          for (Statistic s : Statistic.all()) {
            number(g, s.key(), result.get(c, year, s));
          }
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      if (claims != null) {
        g.writeArrayFieldStart("claims");
        for (ClaimAnalysis.Outcome o : claims) {
          g.writeStartObject();
          g.writeStringField("label", o.claim().label());
          number(g, "probability", o.probability());
          number(g, "low95", o.interval().low());
          number(g, "high95", o.interval().high());
          if (o.holdsAsSet() == null) {
            g.writeNullField("holdsAsSet");
          } else {
            g.writeBooleanField("holdsAsSet", o.holdsAsSet());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static void number(JsonGenerator g, String name, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(name, v);
    } else {
      g.writeStringField(name, Double.toString(v));
    }
  }

  /** The samples file's header: the uncertain inputs, then {@code column@year}. */
  static String samplesHeader(Scenario scenario, List<Column> columns) {
    StringBuilder sb = new StringBuilder();
    for (UncertainParameter u : scenario.uncertainty()) {
      sb.append(sb.length() == 0 ? "" : ",").append(csvCell(u.param()));
    }
    for (Column c : columns) {
      for (int y = 0; y < scenario.years(); y++) {
        sb.append(sb.length() == 0 ? "" : ",")
            .append(c.key())
            .append('@')
            .append(scenario.startYear() + y);
      }
    }
    return sb.toString();
  }

  /**
   * Counts, run by run, in how many runs each claim holds: the same runs as the percentiles and the
   * samples file ({@link MonteCarloRuns}), one pass, memory independent of the number of runs.
   */
  static final class ClaimCounts implements MonteCarloRuns.Visitor {

    private final Scenario scenario;
    private final List<Claim> claims;
    private final long[] holds;

    ClaimCounts(Scenario scenario) {
      this.scenario = scenario;
      this.claims = scenario.claims();
      this.holds = new long[claims.size()];
    }

    @Override
    public void visit(int run, double[] inputs, double[] row) {
      for (int c = 0; c < holds.length; c++) {
        Claim claim = claims.get(c);
        int y = claim.year() - scenario.startYear();
        if (y >= 0
            && y < scenario.years()
            && claim.holds(MonteCarloRuns.value(row, claim.column(), y))) {
          holds[c]++;
        }
      }
    }

    /**
     * Each claim's count with its 95 % Wilson interval and whether it holds as set; a claim whose
     * year lies outside the horizon is unanswered, as in {@link ClaimAnalysis}. No drivers.
     */
    List<ClaimAnalysis.Outcome> outcomes(int runs) {
      if (claims.isEmpty()) {
        return List.of();
      }
      List<YearRow> rows = GapModel.compute(scenario).rows();
      List<ClaimAnalysis.Outcome> out = new ArrayList<>();
      for (int c = 0; c < holds.length; c++) {
        Claim claim = claims.get(c);
        int y = claim.year() - scenario.startYear();
        out.add(
            y >= 0 && y < rows.size()
                ? new ClaimAnalysis.Outcome(
                    claim,
                    holds[c],
                    runs,
                    WilsonInterval.of95(holds[c], runs),
                    claim.holds(claim.column().of(rows.get(y))),
                    List.of())
                : ClaimAnalysis.unanswered(claim, runs));
      }
      return out;
    }
  }

  /**
   * Streams the header and one row per run (the runs of {@link MonteCarloRuns#forEach}), handing
   * each run to {@code counts} too.
   */
  static void writeSamples(
      Scenario scenario,
      int runs,
      long seed,
      List<Column> columns,
      MonteCarloRuns.Visitor counts,
      OutputStream stream)
      throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    w.write(samplesHeader(scenario, columns));
    w.write('\n');
    int years = scenario.years();
    StringBuilder row = new StringBuilder(4096);
    try {
      MonteCarloRuns.forEach(
          scenario,
          runs,
          seed,
          new CancelFlag(),
          (run, inputs, outputs) -> {
            counts.visit(run, inputs, outputs);
            row.setLength(0);
            for (double v : inputs) {
              row.append(row.length() == 0 ? "" : ",").append(TableFormat.number(v));
            }
            for (Column c : columns) {
              for (int y = 0; y < years; y++) {
                row.append(row.length() == 0 ? "" : ",")
                    .append(TableFormat.number(MonteCarloRuns.value(outputs, c, y)));
              }
            }
            row.append('\n');
            try {
              w.append(row);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
  }
}
