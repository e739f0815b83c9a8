package com.computegap.cli;

import com.computegap.model.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed arguments of a headless command (MODEL.md section 4): {@code COMMAND FILE [--set
 * PATH=VALUE]... [--format csv|json] [--runs N] [--seed S]}. Options may come before or after the
 * file and may be written {@code --opt value} or {@code --opt=value}.
 *
 * @param command {@code model}, {@code montecarlo} or {@code validate}
 * @param file the scenario file as given
 * @param overrides the {@code --set} assignments in order
 * @param format {@code csv} or {@code json}
 * @param runs Monte Carlo runs, {@code >= 1}
 * @param seed Monte Carlo seed
 * @param samplesOut {@code montecarlo --samples-out FILE}: where to write one row per run, or
 *     {@code null}
 * @param columns {@code montecarlo --columns a,b}: the output columns of the samples file, in the
 *     order given; empty when the option is absent (then every output column)
 * @param claims {@code montecarlo --claims}: print each claim's probability after the percentiles
 */
public record CommandLine(
    String command,
    String file,
    List<String> overrides,
    String format,
    int runs,
    long seed,
    String samplesOut,
    List<Column> columns,
    boolean claims) {

  public static final int DEFAULT_RUNS = 10_000;
  public static final long DEFAULT_SEED = 1L;

  /**
   * Upper bound on {@code --runs}: enough for tight percentiles, small enough to finish in seconds.
   */
  public static final int MAX_RUNS = 10_000_000;

  /** The options a command accepts (each command checks which of them apply). */
  static final List<String> OPTIONS =
      List.of("--set", "--format", "--runs", "--seed", "--samples-out", "--columns", "--claims");

  /** The options only {@code montecarlo} has. */
  private static final List<String> MONTECARLO_OPTIONS =
      List.of("--samples-out", "--columns", "--claims");

  public CommandLine {
    overrides = List.copyOf(overrides);
    columns = List.copyOf(columns);
  }

  /** A command line without the {@code montecarlo}-only options. */
  public CommandLine(
      String command, String file, List<String> overrides, String format, int runs, long seed) {
    this(command, file, overrides, format, runs, seed, null, List.of(), false);
  }

  /** Parses {@code args}, whose first element is the command. */
  public static CommandLine parse(String[] args) throws UsageException {
    if (args.length == 0) {
      throw new UsageException("no command given");
    }
    String command = args[0];
    String file = null;
    List<String> overrides = new ArrayList<>();
    String format = "csv";
    int runs = DEFAULT_RUNS;
    long seed = DEFAULT_SEED;
    String samplesOut = null;
    List<Column> columns = List.of();
    boolean claims = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      String option = arg;
      String inlineValue = null;
      if (arg.startsWith("--") && arg.contains("=")) {
        option = arg.substring(0, arg.indexOf('='));
        inlineValue = arg.substring(arg.indexOf('=') + 1);
      }
      if (MONTECARLO_OPTIONS.contains(option) && !command.equals("montecarlo")) {
        throw new UsageException(option + " applies to montecarlo only");
      }
      switch (option) {
        case "--samples-out" -> {
          if (samplesOut != null) {
            throw new UsageException("--samples-out given twice");
          }
          samplesOut = inlineValue != null ? inlineValue : valueAfter(args, i++, option);
          if (samplesOut.isEmpty()) {
            throw new UsageException("--samples-out needs a file name");
          }
        }
        case "--columns" -> {
          if (!columns.isEmpty()) {
            throw new UsageException("--columns given twice");
          }
          columns = columns(inlineValue != null ? inlineValue : valueAfter(args, i++, option));
        }
        case "--claims" -> {
          if (inlineValue != null) {
            throw new UsageException("--claims takes no value (--claims=" + inlineValue + ")");
          }
          claims = true;
        }
        case "--set" -> {
          String v = inlineValue != null ? inlineValue : valueAfter(args, i++, option);
          overrides.add(v);
        }
        case "--format" -> {
          format = inlineValue != null ? inlineValue : valueAfter(args, i++, option);
          if (!format.equals("csv") && !format.equals("json")) {
            throw new UsageException("--format " + format + ": expected csv or json");
          }
        }
        case "--runs" ->
            runs =
                (int)
                    wholeNumber(
                        option,
                        inlineValue != null ? inlineValue : valueAfter(args, i++, option),
                        1,
                        MAX_RUNS);
        case "--seed" ->
            seed =
                wholeNumber(
                    option,
                    inlineValue != null ? inlineValue : valueAfter(args, i++, option),
                    Long.MIN_VALUE,
                    Long.MAX_VALUE);
        default -> {
          if (arg.startsWith("-") && arg.length() > 1) {
            String close = Suggestions.closest(option, OPTIONS);
            throw new UsageException(
                "unknown option '"
                    + arg
                    + "'"
                    + (close == null
                        ? " (expected one of " + String.join(", ", OPTIONS) + ")"
                        : " (did you mean '" + close + "'?)"));
          }
          if (file != null) {
            throw new UsageException("more than one file given ('" + file + "' and '" + arg + "')");
          }
          file = arg;
        }
      }
    }
    if (file == null) {
      throw new UsageException(command + ": no scenario file given");
    }
    if (!columns.isEmpty() && samplesOut == null) {
      throw new UsageException(
          "--columns chooses the columns of the samples file: give --samples-out FILE.csv too");
    }
    return new CommandLine(
        command, file, overrides, format, runs, seed, samplesOut, columns, claims);
  }

  /** The output columns named in {@code text} ({@code a,b}), or a usage error naming a bad one. */
  private static List<Column> columns(String text) throws UsageException {
    List<Column> result = new ArrayList<>();
    for (String name : text.split(",", -1)) {
      String key = name.trim();
      Column c = Column.byKey(key);
      if (key.isEmpty()) {
        throw new UsageException("--columns " + text + ": an empty column name");
      }
      if (c == null || c == Column.YEAR) {
        List<String> keys = Column.outputs().stream().map(Column::key).toList();
        String close = Suggestions.closest(key, keys);
        throw new UsageException(
            "--columns: unknown column '"
                + key
                + "'"
                + (close == null
                    ? " (expected output columns of the model table, such as"
                        + " depinShareOfAiCapexPct,spendGapRatio)"
                    : " (did you mean '" + close + "'?)"));
      }
      if (result.contains(c)) {
        throw new UsageException("--columns: '" + key + "' given twice");
      }
      result.add(c);
    }
    return result;
  }

  private static String valueAfter(String[] args, int i, String option) throws UsageException {
    if (i + 1 >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i + 1];
  }

  private static long wholeNumber(String option, String text, long min, long max)
      throws UsageException {
    long v;
    try {
      v = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(
          option
              + " "
              + text
              + (text.trim().matches("[-+]?[0-9]+")
                  ? ": expected " + min + ".." + max
                  : ": expected a whole number"));
    }
    if (v < min || v > max) {
      throw new UsageException(option + " " + text + ": expected " + min + ".." + max);
    }
    return v;
  }
}
