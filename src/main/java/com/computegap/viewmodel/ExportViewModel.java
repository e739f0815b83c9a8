package com.computegap.viewmodel;

import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartTheme;
import com.computegap.export.ChartExport;
import com.computegap.export.ChartFormat;
import com.computegap.export.DeckExport;
import com.computegap.export.ScenarioBrief;
import com.computegap.export.TableExport;
import com.computegap.export.WorkbookExport;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.text.DocumentNames;
import com.computegap.text.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Export menu's commands: which file to ask for (name, folder, types), the export itself on a
 * background executor, and its outcome for the status line and the view's dialog or notification.
 * Exports use the light theme: they are printed and mailed. A cancelled chooser does nothing.
 */
public final class ExportViewModel {

  /**
   * How one export ended.
   *
   * @param target the file written (or not)
   * @param error why it failed; {@code null} when it succeeded
   */
  public record Outcome(Path target, String error) {

    public boolean succeeded() {
      return error == null;
    }
  }

  /** The work of one export, given the target file. */
  @FunctionalInterface
  public interface Work {
    void writeTo(Path target) throws IOException;
  }

  private final ExplorerViewModel document;
  private final Supplier<ChartInput> input;
  private final FileDialogService dialogs;
  private final Executor worker;
  private final Executor ui;
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final List<Consumer<Outcome>> outcomeListeners = new ArrayList<>();
  private Path lastFolder;
  private Supplier<ChartTheme> deckTheme = () -> ChartTheme.LIGHT;

  /**
   * @param input what the charts show now (the window's size and comparison)
   * @param dialogs asks for the target file
   * @param worker runs the exports, one at a time
   * @param ui runs the outcome on the JavaFX thread ({@code Platform::runLater})
   */
  public ExportViewModel(
      ExplorerViewModel document,
      Supplier<ChartInput> input,
      FileDialogService dialogs,
      Executor worker,
      Executor ui) {
    this.document = Objects.requireNonNull(document);
    this.input = Objects.requireNonNull(input);
    this.dialogs = Objects.requireNonNull(dialogs);
    this.worker = Objects.requireNonNull(worker);
    this.ui = Objects.requireNonNull(ui);
  }

  /** What the last export did, for the status line; empty when nothing happened yet. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Calls {@code listener} on the UI executor with every export's outcome, as each ends. */
  public void onOutcome(Consumer<Outcome> listener) {
    outcomeListeners.add(Objects.requireNonNull(listener));
  }

  private void report(Outcome o) {
    for (Consumer<Outcome> l : List.copyOf(outcomeListeners)) {
      l.accept(o);
    }
  }

  /** One chart as PNG, SVG or PDF, by the extension typed or else the type selected. */
  public void exportChart(ChartKind kind) {
    List<FileDialogService.Filter> filters = new ArrayList<>();
    for (ChartFormat f : ChartFormat.values()) {
      filters.add(
          new FileDialogService.Filter(Messages.get(f.descriptionKey()), "*." + f.extension()));
    }
    dialogs
        .showSave(
            request(
                "export.chart.title", base() + "-" + kind.nodeId().replace("chart-", ""), filters))
        .ifPresent(
            choice -> {
              Path f = choice.file();
              ChartFormat format = ChartFormat.ofFileName(f.getFileName().toString());
              if (format == null) {
                String ext = choice.filter() == null ? "png" : choice.filter().extension();
                f = f.resolveSibling(f.getFileName() + "." + ext);
                format = ChartFormat.ofFileName(f.getFileName().toString());
              }
              ChartFormat chosen = format;
              ChartInput in = input.get();
              run(
                  f,
                  target ->
                      ChartExport.write(
                          chosen,
                          kind,
                          in,
                          ChartTheme.LIGHT,
                          ChartExport.DEFAULT_WIDTH,
                          ChartExport.DEFAULT_HEIGHT,
                          ChartExport.DEFAULT_SCALE,
                          target));
            });
  }

  /** The yearly table as CSV; for Excel with the user's number format. */
  public void exportTable(boolean forExcel) {
    var filters =
        List.of(new FileDialogService.Filter(Messages.get("export.table.filter"), "*.csv"));
    dialogs
        .showSave(
            request(
                forExcel ? "export.table.excel.title" : "export.table.csv.title",
                base() + (forExcel ? "-excel" : "") + ".csv",
                filters))
        .ifPresent(
            choice -> {
              ModelResult result = document.result();
              Locale numbers = Locale.getDefault(Locale.Category.FORMAT);
              run(
                  withExtension(choice.file(), "csv"),
                  target -> {
                    if (forExcel) {
                      TableExport.writeExcelCsv(result, numbers, target);
                    } else {
                      TableExport.writeCsv(result, target);
                    }
                  });
            });
  }

  /** The one-page scenario brief as PDF. */
  public void exportBrief() {
    var filters = List.of(new FileDialogService.Filter(Messages.get("export.format.pdf"), "*.pdf"));
    dialogs
        .showSave(request("export.brief.title", base() + "-brief.pdf", filters))
        .ifPresent(
            choice -> {
              Scenario scenario = document.scenario();
              ModelResult result = document.result();
              run(
                  withExtension(choice.file(), "pdf"),
                  target -> ScenarioBrief.write(scenario, result, LocalDate.now(), target));
            });
  }

  /**
   * The scenario as an Excel workbook whose Model sheet recomputes in formulas, in the UI's
   * language.
   */
  public void exportWorkbook() {
    var filters =
        List.of(new FileDialogService.Filter(Messages.get("export.workbook.filter"), "*.xlsx"));
    dialogs
        .showSave(request("export.workbook.title", base() + ".xlsx", filters))
        .ifPresent(
            choice -> {
              Scenario scenario = document.scenario();
              Locale language = Messages.locale();
              run(
                  withExtension(choice.file(), "xlsx"),
                  target -> WorkbookExport.write(scenario, language, target));
            });
  }

  /** The theme the presentation export uses: the window's, so the deck looks like the screen. */
  public void useDeckTheme(Supplier<ChartTheme> theme) {
    this.deckTheme = theme;
  }

  /** File ▸ Export ▸ Presentation: the PowerPoint deck in the window's theme and language. */
  public void exportDeck() {
    var filters =
        List.of(new FileDialogService.Filter(Messages.get("export.format.pptx"), "*.pptx"));
    dialogs
        .showSave(request("export.deck.chooserTitle", base() + ".pptx", filters))
        .ifPresent(
            choice -> {
              Scenario scenario = document.scenario();
              Locale language = Messages.locale();
              ChartTheme theme = deckTheme.get();
              run(
                  withExtension(choice.file(), "pptx"),
                  target -> DeckExport.write(scenario, language, theme, target));
            });
  }

  /**
   * Runs an export on the worker; the status line and {@link #onOutcome} listeners learn how it
   * ended.
   */
  public void run(Path file, Work work) {
    lastFolder = file.toAbsolutePath().getParent();
    String name = file.getFileName().toString();
    status.set(Messages.format("export.status.working", name));
    worker.execute(
        () -> {
          try {
            work.writeTo(file);
            ui.execute(
                () -> {
                  status.set(Messages.format("export.status.done", file.toAbsolutePath()));
                  report(new Outcome(file, null));
                });
          } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            ui.execute(
                () -> {
                  status.set(Messages.format("export.status.failed", name));
                  report(new Outcome(file, why));
                });
          }
        });
  }

  private FileDialogService.Request request(
      String titleKey, String initialName, List<FileDialogService.Filter> filters) {
    Path doc = document.fileProperty().get();
    Path folder =
        lastFolder != null ? lastFolder : doc != null ? doc.toAbsolutePath().getParent() : null;
    return new FileDialogService.Request(Messages.get(titleKey), initialName, folder, filters);
  }

  private String base() {
    return DocumentNames.fileStem(
        DocumentNames.documentName(document.fileProperty().get(), document.scenario().name()));
  }

  private static Path withExtension(Path f, String ext) {
    String name = f.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith("." + ext)
        ? f
        : f.resolveSibling(name + "." + ext);
  }
}
