package com.computegap.cli;

import com.computegap.export.TableFormat;

import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.scenario.ScenarioException;
import com.computegap.scenario.ScenarioReader;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The headless commands of MODEL.md section 4. Never touches JavaFX. Exit status 0 on success,
 * 2 on bad input (one {@code error: ...} line on stderr), 1 on an internal fault; no stack traces.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int INTERNAL_FAULT = 1;
    public static final int BAD_INPUT = 2;

    /** A headless command: reads the parsed command line and a loaded scenario, prints its result. */
    @FunctionalInterface
    public interface Command {
        void run(CommandLine line, Scenario scenario, PrintStream out) throws UsageException;
    }

    private static final Map<String, Command> COMMANDS = Map.of(
            "model", Cli::model,
            "montecarlo", new MonteCarloCommand(),
            "validate", (line, scenario, out) -> out.println("ok"));

    private Cli() {
    }

    /** Whether {@code word} names a headless command (so the launcher does not open the window). */
    public static boolean isCommand(String word) {
        return COMMANDS.containsKey(word) || word.equals("export") || word.equals("help") || word.equals("--help") || word.equals("-h");
    }

    /** Runs a command and returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length > 0 && (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h"))) {
                out.print(usage());
                return OK;
            }
            ExportCommand export = ExportCommand.parse(args);
            CommandLine line = CommandLine.parse(export != null ? export.rest() : args);
            Command command = export != null ? export : COMMANDS.get(line.command());
            if (command == null) {
                throw new UsageException("unknown command '" + line.command() + "' (expected model, montecarlo, validate or export)");
            }
            Scenario scenario = ScenarioReader.read(path(line.file()), line.file(), line.overrides());
            command.run(line, scenario, out);
            out.flush();
            return OK;
        } catch (ScenarioException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (UsageException e) {
            err.println("error: " + e.getMessage() + " (run 'help' for usage)");
            return BAD_INPUT;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            err.println("error: internal fault: " + e);
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
                       compute-gap-explorer validate FILE
                       compute-gap-explorer export FILE --to OUT.pptx|OUT.xlsx|OUT.pdf [--set PATH=VALUE]... [--lang en|ja]
                """;
    }
}
