package com.computegap.view;

import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartTheme;
import com.computegap.export.DeckExport;
import com.computegap.export.ScenarioBrief;
import com.computegap.text.Messages;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.ExportViewModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * The Export menu as the user meets it: the work is {@link ExportViewModel}'s (file choosers
 * through {@link FxFileDialogService}, the export on a background thread, the outcome in the status
 * line); this class shows a dialog when writing fails.
 */
final class ExportActions {

  private static final ExecutorService WORKER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "export");
            t.setDaemon(true);
            return t;
          });

  private final ExportViewModel exports;

  ExportActions(ExplorerViewModel vm, Supplier<ChartInput> input, Supplier<Window> owner) {
    this.exports =
        new ExportViewModel(vm, input, new FxFileDialogService(owner), WORKER, Platform::runLater);
    exports.onOutcome(
        o -> {
          if (o.succeeded()) {
            return;
          }
          Alert alert =
              new Alert(
                  Alert.AlertType.ERROR,
                  Messages.format("export.failed.text", o.target().toAbsolutePath(), o.error()));
          alert.initOwner(owner.get());
          alert.setHeaderText(Messages.format("export.failed.header", o.target().getFileName()));
          alert.getDialogPane().setId("export-error-dialog");
          alert.show();
        });
  }

  /** What the last export did, for the status line; empty when nothing happened yet. */
  ReadOnlyStringProperty statusProperty() {
    return exports.statusProperty();
  }

  /** Makes the first brief quick by doing its one-off work (fonts) early, in the background. */
  static void warmUp() {
    WORKER.execute(ScenarioBrief::warmUp);
    WORKER.execute(DeckExport::warmUp);
  }

  void exportChart(ChartKind kind) {
    exports.exportChart(kind);
  }

  void exportTable(boolean forExcel) {
    exports.exportTable(forExcel);
  }

  void exportBrief() {
    exports.exportBrief();
  }

  void exportWorkbook() {
    exports.exportWorkbook();
  }

  /** The theme the presentation export uses: the window's, so the deck looks like the screen. */
  void useDeckTheme(Supplier<ChartTheme> theme) {
    exports.useDeckTheme(theme);
  }

  void exportDeck() {
    exports.exportDeck();
  }
}
