package com.computegap.cli;

import com.computegap.chart.ChartTheme;
import com.computegap.export.DeckExport;
import com.computegap.export.PoiLogging;
import com.computegap.export.ScenarioBrief;
import com.computegap.export.WorkbookExport;
import com.computegap.model.GapModel;
import com.computegap.model.Scenario;
import com.computegap.text.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code export FILE --to OUT.pptx|OUT.xlsx|OUT.pdf [--set PATH=VALUE]... [--lang en|ja]}: writes
 * the deck, the workbook or the one-page brief of a scenario without starting JavaFX. The format
 * follows OUT's extension; an existing OUT is replaced atomically (written beside it, then renamed
 * over it), so a failed export leaves the old file. Prints nothing on success.
 *
 * <p>The export's own options are taken out here; the rest of the command line ({@code FILE},
 * {@code --set}) is parsed by {@link CommandLine} like every other command's.
 */
public final class ExportCommand implements Cli.Command {

  /** What OUT's extension asks for. */
  public enum Format {
    PPTX,
    XLSX,
    PDF
  }

  /**
   * The {@code export} entry of the command table: {@link Cli} runs the instance {@link #parse}
   * returns instead, since the export's options are its own.
   */
  static final Cli.Command PARSED_SEPARATELY =
      (line, scenario, out) -> {
        throw new IllegalStateException("export runs the command parsed by ExportCommand.parse");
      };

  private final Path out;
  private final Format format;
  private final Locale language;
  private final String[] rest;

  private ExportCommand(Path out, Format format, Locale language, String[] rest) {
    this.out = out;
    this.format = format;
    this.language = language;
    this.rest = rest;
  }

  /**
   * Takes {@code --to} and {@code --lang} out of an {@code export} command line; {@code null} when
   * {@code args} is not an {@code export} command.
   */
  public static ExportCommand parse(String[] args) throws UsageException {
    if (args.length == 0 || !args[0].equals("export")) {
      return null;
    }
    String to = null;
    String lang = "en";
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String option =
          arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (option.equals("--to") || option.equals("--lang")) {
        String value;
        if (!option.equals(arg)) {
          value = arg.substring(arg.indexOf('=') + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new UsageException(option + " needs a value");
        }
        if (option.equals("--to")) {
          if (to != null) {
            throw new UsageException("--to given twice ('" + to + "' and '" + value + "')");
          }
          to = value;
        } else {
          lang = value;
        }
      } else {
        rest.add(arg);
      }
    }
    if (to == null || to.isBlank()) {
      throw new UsageException("export: no output file given (--to OUT.pptx, OUT.xlsx or OUT.pdf)");
    }
    if (!lang.equals("en") && !lang.equals("ja")) {
      throw new UsageException("--lang " + lang + ": expected en or ja");
    }
    Format format = formatOf(to);
    Path out;
    try {
      out = Path.of(to);
    } catch (InvalidPathException e) {
      throw new UsageException("--to '" + to + "' is not a valid file path: " + e.getReason());
    }
    return new ExportCommand(
        out, format, lang.equals("ja") ? Locale.JAPAN : Locale.US, rest.toArray(String[]::new));
  }

  private static Format formatOf(String to) throws UsageException {
    String lower = to.toLowerCase(Locale.ROOT);
    for (Format f : Format.values()) {
      if (lower.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new UsageException(
        "--to " + to + ": expected a file name ending in .pptx, .xlsx or .pdf");
  }

  /** The command line without the export's own options, for {@link CommandLine#parse}. */
  public String[] rest() {
    return rest.clone();
  }

  public Path out() {
    return out;
  }

  public Format format() {
    return format;
  }

  public Locale language() {
    return language;
  }

  @Override
  public void run(CommandLine line, Scenario scenario, PrintStream stdout) throws UsageException {
    // The brief draws its charts with AWT; a headless command must never need a display.
    System.setProperty("java.awt.headless", "true");
    PoiLogging.quiet();
    try {
      switch (format) {
        case XLSX -> WorkbookExport.write(scenario, language, out);
        case PDF -> {
          // the brief reads the app-wide language; put it back so nothing else in this JVM changes
          Locale before = Messages.locale();
          Messages.setLocale(language);
          try {
            ScenarioBrief.write(scenario, GapModel.compute(scenario), LocalDate.now(), out);
          } finally {
            Messages.setLocale(before);
          }
        }
        case PPTX -> DeckExport.write(scenario, language, ChartTheme.LIGHT, out);
      }
    } catch (IOException e) {
      throw new UsageException(out + ": cannot write the file: " + reason(e));
    }
  }

  static String reason(IOException e) {
    String kind =
        e.getClass()
            .getSimpleName()
            .replace("Exception", "")
            .replaceAll("([a-z])([A-Z])", "$1 $2")
            .toLowerCase(Locale.ROOT);
    return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
  }
}
