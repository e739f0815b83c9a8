package com.computegap.cli;

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
 */
public record CommandLine(
    String command, String file, List<String> overrides, String format, int runs, long seed) {

  public static final int DEFAULT_RUNS = 10_000;
  public static final long DEFAULT_SEED = 1L;

  /**
   * Upper bound on {@code --runs}: enough for tight percentiles, small enough to finish in seconds.
   */
  public static final int MAX_RUNS = 10_000_000;

  /** The options a command accepts (each command checks which of them apply). */
  static final List<String> OPTIONS = List.of("--set", "--format", "--runs", "--seed");

  public CommandLine {
    overrides = List.copyOf(overrides);
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
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      String option = arg;
      String inlineValue = null;
      if (arg.startsWith("--") && arg.contains("=")) {
        option = arg.substring(0, arg.indexOf('='));
        inlineValue = arg.substring(arg.indexOf('=') + 1);
      }
      switch (option) {
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
    return new CommandLine(command, file, overrides, format, runs, seed);
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
