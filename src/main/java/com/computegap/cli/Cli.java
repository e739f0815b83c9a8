package com.computegap.cli;

import com.computegap.export.TableFormat;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.scenario.PlainText;
import com.computegap.scenario.ScenarioException;
import com.computegap.scenario.ScenarioReader;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The headless commands of MODEL.md sections 4 and 7. Never touches JavaFX. Exit status 0 on
 * success, 2 on bad input (one {@code error: ...} line on stderr), 1 on an internal fault; no stack
 * traces.
 */
public final class Cli {

  public static final int OK = 0;
  public static final int INTERNAL_FAULT = 1;
  public static final int BAD_INPUT = 2;

  /** Longest error line printed: text quoted from an argument or a file cannot make it longer. */
  static final int MAX_ERROR_LINE = 2000;

  /** A headless command: reads the parsed command line and a loaded scenario, prints its result. */
  @FunctionalInterface
  public interface Command {
    void run(CommandLine line, Scenario scenario, PrintStream out) throws UsageException;
  }

  private static final Map<String, Command> COMMANDS =
      Map.of(
          "model",
          Cli::model,
          "montecarlo",
          new MonteCarloCommand(),
          "backtest",
          new BacktestCommand(),
          "validate",
          (line, scenario, out) -> out.println("ok"),
          "export",
          ExportCommand.PARSED_SEPARATELY);

  private Cli() {}

  /** Whether {@code word} names a headless command (so the launcher does not open the window). */
  public static boolean isCommand(String word) {
    return COMMANDS.containsKey(word)
        || word.equals("help")
        || word.equals("--help")
        || word.equals("-h");
  }

  /** The command words, sorted, {@code help} included (for messages and suggestions). */
  public static List<String> commandNames() {
    TreeSet<String> names = new TreeSet<>(COMMANDS.keySet());
    names.add("help");
    return List.copyOf(names);
  }

  /** "unknown command 'x' (did you mean 'y'?)", or with the list of commands when none is close. */
  public static String unknownCommand(String word) {
    String close = Suggestions.closest(word, commandNames());
    if (close != null) {
      return "unknown command '" + word + "' (did you mean '" + close + "'?)";
    }
    List<String> names = new ArrayList<>(commandNames());
    String last = names.remove(names.size() - 1);
    return "unknown command '"
        + word
        + "' (expected "
        + String.join(", ", names)
        + " or "
        + last
        + "; run 'help' for usage)";
  }

  /**
   * Prints {@code error: MESSAGE} as exactly one line, whatever the message holds: control
   * characters (a newline or a terminal escape from an argument, a file or an exception) are shown
   * as escapes, and a very long message is cut.
   */
  public static void printError(PrintStream err, String message) {
    err.println("error: " + PlainText.shorten(PlainText.oneLine(message), MAX_ERROR_LINE));
    err.flush();
  }

  /**
   * Whether everything printed to {@code out} arrived; otherwise reports it (one line on {@code
   * err}). {@link PrintStream} swallows write errors (a full disk, a closed pipe), so without this
   * check a failed write would end with status 0.
   */
  public static boolean outputWritten(PrintStream out, PrintStream err) {
    if (!out.checkError()) {
      return true;
    }
    printError(
        err, "cannot write the output: standard output failed (a full disk or a closed pipe?)");
    return false;
  }

  /** Runs a command and returns its exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length > 0
          && (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h"))) {
        out.print(usage());
        return outputWritten(out, err) ? OK : INTERNAL_FAULT;
      }
      if (args.length > 0 && !COMMANDS.containsKey(args[0])) {
        printError(err, unknownCommand(args[0]));
        return BAD_INPUT;
      }
      ExportCommand export = ExportCommand.parse(args);
      CommandLine line = CommandLine.parse(export != null ? export.rest() : args);
      Command command = export != null ? export : COMMANDS.get(line.command());
      Scenario scenario = ScenarioReader.read(path(line.file()), line.file(), line.overrides());
      command.run(line, scenario, out);
      return outputWritten(out, err) ? OK : INTERNAL_FAULT;
    } catch (ScenarioException e) {
      printError(err, e.getMessage());
      return BAD_INPUT;
    } catch (UsageException e) {
      printError(err, e.getMessage() + " (run 'help' for usage)");
      return BAD_INPUT;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      printError(err, "internal fault: " + e);
      return INTERNAL_FAULT;
    }
  }

  private static Path path(String file) throws UsageException {
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      throw new UsageException("'" + file + "' is not a valid file path: " + e.getReason());
    }
  }

  private static void model(CommandLine line, Scenario scenario, PrintStream out) {
    ModelResult result = GapModel.compute(scenario);
    out.print(line.format().equals("json") ? TableFormat.json(result) : TableFormat.csv(result));
  }

  /** The usage text printed by {@code help} and after a bad command line. */
  public static String usage() {
    return """
                usage: compute-gap-explorer [FILE]                  open the window (on FILE if given)
                       compute-gap-explorer model FILE [--set PATH=VALUE]... [--format csv|json]
                       compute-gap-explorer montecarlo FILE [--runs N] [--seed S] [--set PATH=VALUE]...
                              [--format csv|json] [--claims] [--samples-out FILE.csv [--columns a,b]]
                       compute-gap-explorer backtest FILE [--set PATH=VALUE]...
                       compute-gap-explorer validate FILE
                       compute-gap-explorer export FILE --to OUT.pptx|OUT.xlsx|OUT.pdf [--set PATH=VALUE]... [--lang en|ja]
                       compute-gap-explorer --version | --help
                """;
  }
}
