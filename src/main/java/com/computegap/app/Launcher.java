package com.computegap.app;

import com.computegap.cli.Cli;
import com.computegap.cli.Suggestions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The program's entry point. A headless command ({@code model}, {@code montecarlo}, {@code
 * validate}, {@code help}) runs without initialising JavaFX; {@code --help} and {@code --version}
 * print and exit. Only no arguments or the path of an existing file opens the window. Anything else
 * is a usage error: exit status 2 and one line on stderr, such as {@code error: unknown command
 * 'valdate' (did you mean 'validate'?)}, and no window. Without a display the window is refused the
 * same way, with one line rather than JavaFX's stack trace.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}: the launcher
 * of a plain jar would otherwise insist on the JavaFX runtime before {@code main} runs.
 */
public final class Launcher {

  /** The options that do not name a command; all of them print and exit. */
  static final List<String> OPTIONS = List.of("--help", "-h", "--version");

  private Launcher() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    Outcome outcome;
    try {
      outcome = decide(args, out, err, Environment.current());
    } catch (RuntimeException | Error e) {
      Cli.printError(err, "internal fault: " + e);
      outcome = Outcome.exit(Cli.INTERNAL_FAULT);
    }
    if (!outcome.opensWindow()) {
      System.exit(outcome.status());
    }
    // Resolved only here, so commands never load a JavaFX class.
    System.exit(GuiMain.start(outcome.windowArgs().toArray(new String[0]), err));
  }

  /**
   * What {@code main} does with {@code args}: runs a headless command or prints help, a version or
   * an error (the returned outcome then carries the exit status), or asks for the window.
   * Everything the launcher decides before JavaFX starts happens here, so tests run it in-process.
   */
  static Outcome decide(String[] args, PrintStream out, PrintStream err, Environment env) {
    if (args.length == 0) {
      return window(List.of(), err, env);
    }
    String first = args[0];
    if (Cli.isCommand(first)) {
      return Outcome.exit(Cli.run(args, out, err));
    }
    if (first.equals("--version")) {
      if (args.length > 1) {
        return usageError(err, "--version takes no arguments (got '" + args[1] + "')");
      }
      out.println("compute-gap-explorer " + Version.current());
      return Outcome.exit(Cli.outputWritten(out, err) ? Cli.OK : Cli.INTERNAL_FAULT);
    }
    if (first.startsWith("-") && first.length() > 1) {
      String close = Suggestions.closest(first, OPTIONS);
      return usageError(
          err,
          "unknown option '"
              + first
              + "'"
              + (close != null
                  ? " (did you mean '" + close + "'?)"
                  : " (expected --help, --version, a command or a scenario file; run 'help' for usage)"));
    }
    Path file = existingFile(first);
    if (file == null) {
      return usageError(err, notAFile(first));
    }
    if (!Files.isRegularFile(file)) {
      return usageError(
          err,
          Files.isDirectory(file)
              ? first + ": is a folder, not a scenario file"
              : first
                  + ": is not a regular file (a named pipe, socket or device); scenario files are ordinary files");
    }
    if (args.length > 1) {
      return usageError(
          err,
          "the window opens one file; unexpected argument '"
              + args[1]
              + "' after '"
              + first
              + "' (run 'help' for usage)");
    }
    return window(List.of(first), err, env);
  }

  /** The path {@code text} names when something exists there, else {@code null}. */
  private static Path existingFile(String text) {
    try {
      Path p = Path.of(text);
      return Files.exists(p) ? p : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** The message for a first argument that is neither a command, an option nor an existing file. */
  private static String notAFile(String word) {
    boolean looksLikePath = word.contains("/") || word.contains("\\") || word.contains(".");
    String close = Suggestions.closest(word, Cli.commandNames());
    if (close != null || !looksLikePath) {
      return Cli.unknownCommand(word);
    }
    return word + ": no such file";
  }

  private static Outcome usageError(PrintStream err, String message) {
    Cli.printError(err, message);
    return Outcome.exit(Cli.BAD_INPUT);
  }

  private static Outcome window(List<String> windowArgs, PrintStream err, Environment env) {
    String missing = env.missingDisplay();
    if (missing != null) {
      return usageError(err, missing);
    }
    return Outcome.window(windowArgs);
  }

  /**
   * The result of {@link #decide}: an exit status, or the window with its arguments.
   *
   * @param status the exit status when {@code windowArgs} is {@code null}
   * @param windowArgs the arguments for the window (empty, or one file), {@code null} when none
   *     opens
   */
  record Outcome(int status, List<String> windowArgs) {

    static Outcome exit(int status) {
      return new Outcome(status, null);
    }

    static Outcome window(List<String> args) {
      return new Outcome(Cli.OK, List.copyOf(args));
    }

    boolean opensWindow() {
      return windowArgs != null;
    }
  }

  /**
   * What the display check reads: environment variables, the operating system's name and the JavaFX
   * platform asked for with {@code -Dglass.platform} (Monocle for headless tests).
   */
  record Environment(Map<String, String> variables, String osName, String glassPlatform) {

    Environment {
      variables = Map.copyOf(variables);
      Objects.requireNonNull(osName);
    }

    static Environment current() {
      return new Environment(
          System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
    }

    /** Why the window cannot open here, or {@code null} when a display may be there. */
    String missingDisplay() {
      if (glassPlatform != null && !glassPlatform.isBlank()) {
        return null; // a platform chosen on purpose, such as Monocle's headless screen
      }
      String os = osName.toLowerCase(Locale.ROOT);
      if (os.startsWith("windows") || os.startsWith("mac")) {
        return null;
      }
      String display = variables.get("DISPLAY");
      if (display == null || display.isBlank()) {
        return NO_DISPLAY;
      }
      return null;
    }
  }

  /** The one line printed when the window is asked for where there is no display. */
  static final String NO_DISPLAY =
      "cannot open the window: there is no display (DISPLAY is not set);"
          + " the headless commands need none (run 'help' for the list)";
}
