package com.computegap.view;

import com.computegap.export.ChartExport;
import com.computegap.export.ChartFormat;
import com.computegap.export.DeckExport;
import com.computegap.export.ScenarioBrief;
import com.computegap.export.TableExport;
import com.computegap.model.ModelResult;
import com.computegap.scenario.ScenarioFiles;
import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartTheme;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.text.Messages;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The Export menu's commands: a file chooser on the JavaFX thread, the export itself on a background
 * thread (the brief takes a noticeable moment the first time), progress and the outcome in the status
 * line, and a dialog when writing fails. Exports use the light theme: they are printed and mailed.
 */
final class ExportActions {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export");
        t.setDaemon(true);
        return t;
    });

    private final ExplorerViewModel vm;
    private final Supplier<ChartInput> input;
    private final Supplier<Window> owner;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private File lastFolder;
    private Supplier<ChartTheme> deckTheme = () -> ChartTheme.LIGHT;

    ExportActions(ExplorerViewModel vm, Supplier<ChartInput> input, Supplier<Window> owner) {
        this.vm = vm;
        this.input = input;
        this.owner = owner;
    }

    /** What the last export did, for the status line; empty when nothing happened yet. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The theme the presentation export uses: the window's, so the deck looks like the screen. */
    void useDeckTheme(Supplier<ChartTheme> theme) {
        this.deckTheme = theme;
    }

    /** Makes the first brief quick by doing its one-off work (fonts) early, in the background. */
    static void warmUp() {
        WORKER.execute(ScenarioBrief::warmUp);
        WORKER.execute(DeckExport::warmUp);
    }

    void exportChart(ChartKind kind) {
        FileChooser chooser = chooser("export.chart.title", base() + "-" + kind.nodeId().replace("chart-", ""));
        for (ChartFormat f : ChartFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(f.descriptionKey()),
                    "*." + f.extension()));
        }
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return;
        }
        ChartFormat format = ChartFormat.ofFileName(f.getName());
        if (format == null) {
            String ext = chooser.getSelectedExtensionFilter() == null ? "png"
                    : chooser.getSelectedExtensionFilter().getExtensions().get(0).substring(2);
            f = new File(f.getParentFile(), f.getName() + "." + ext);
            format = ChartFormat.ofFileName(f.getName());
        }
        ChartFormat chosen = format;
        ChartInput in = input.get();
        run(f, target -> ChartExport.write(chosen, kind, in, ChartTheme.LIGHT, ChartExport.DEFAULT_WIDTH,
                ChartExport.DEFAULT_HEIGHT, ChartExport.DEFAULT_SCALE, target));
    }

    void exportTable(boolean forExcel) {
        FileChooser chooser = chooser(forExcel ? "export.table.excel.title" : "export.table.csv.title",
                base() + (forExcel ? "-excel" : "") + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.table.filter"), "*.csv"));
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return;
        }
        ModelResult result = vm.result();
        Locale numbers = Locale.getDefault(Locale.Category.FORMAT);
        run(withExtension(f, "csv"), target -> {
            if (forExcel) {
                TableExport.writeExcelCsv(result, numbers, target);
            } else {
                TableExport.writeCsv(result, target);
            }
        });
    }

    void exportBrief() {
        FileChooser chooser = chooser("export.brief.title", base() + "-brief.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.format.pdf"), "*.pdf"));
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return;
        }
        var scenario = vm.scenario();
        var result = vm.result();
        run(withExtension(f, "pdf"), target -> ScenarioBrief.write(scenario, result, LocalDate.now(), target));
    }

    /** File ▸ Export ▸ Presentation: the PowerPoint deck in the window's theme and language. */
    void exportDeck() {
        FileChooser chooser = chooser("export.deck.chooserTitle", base() + ".pptx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.format.pptx"), "*.pptx"));
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return;
        }
        var scenario = vm.scenario();
        Locale language = Messages.locale();
        ChartTheme theme = deckTheme.get();
        run(withExtension(f, "pptx"), target -> DeckExport.write(scenario, language, theme, target));
    }

    /** The work of one export, given the target file. */
    @FunctionalInterface
    interface Work {
        void writeTo(Path target) throws IOException;
    }

    /** Runs an export in the background; the status line and, on failure, a dialog report the outcome. */
    void run(File file, Work work) {
        lastFolder = file.getParentFile();
        Path target = file.toPath();
        status.set(Messages.format("export.status.working", file.getName()));
        WORKER.execute(() -> {
            try {
                work.writeTo(target);
                Platform.runLater(() -> status.set(Messages.format("export.status.done", target.toAbsolutePath())));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    status.set(Messages.format("export.status.failed", file.getName()));
                    Alert alert = new Alert(Alert.AlertType.ERROR, Messages.format("export.failed.text",
                            target.toAbsolutePath(), e.getMessage() == null ? e.toString() : e.getMessage()));
                    alert.initOwner(owner.get());
                    alert.setHeaderText(Messages.format("export.failed.header", file.getName()));
                    alert.getDialogPane().setId("export-error-dialog");
                    alert.show();
                });
            }
        });
    }

    private FileChooser chooser(String titleKey, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.setInitialFileName(initialName);
        Path doc = vm.fileProperty().get();
        File folder = lastFolder != null ? lastFolder : doc != null ? doc.toAbsolutePath().getParent().toFile() : null;
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private String base() {
        Path doc = vm.fileProperty().get();
        String name = doc != null ? ScenarioFiles.displayName(doc) : vm.scenario().name();
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|()]+", " ").strip().replaceAll("\\s+", "-")
                .toLowerCase(Locale.ROOT);
        return cleaned.isEmpty() ? "scenario" : cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }

    private static File withExtension(File f, String ext) {
        return f.getName().toLowerCase(Locale.ROOT).endsWith("." + ext) ? f : new File(f.getParentFile(), f.getName() + "." + ext);
    }
}
