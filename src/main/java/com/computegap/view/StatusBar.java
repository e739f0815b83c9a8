package com.computegap.view;

import com.computegap.text.Messages;
import com.computegap.viewmodel.ExplorerViewModel;
import java.nio.file.Path;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line at the bottom of the window: where the document lives (its file, the bundled scenario it
 * came from, or that it is not saved yet) and, on the right, what the last export did. Nothing for
 * developers: timings belong in the benchmarks.
 *
 * <p>Node ids: {@code status}, {@code export-status}.
 */
final class StatusBar extends HBox {

  StatusBar(ExplorerViewModel vm, ObservableStringValue exportStatus) {
    getStyleClass().add(Styles.STATUS_BAR);
    setPadding(new Insets(3, 10, 3, 10));
    Label status = new Label();
    status.setId("status");
    Runnable refresh = () -> status.setText(where(vm));
    vm.fileProperty().addListener((obs, was, now) -> refresh.run());
    vm.scenarioProperty().addListener((obs, was, now) -> refresh.run());
    refresh.run();
    Label exports = new Label();
    exports.setId("export-status");
    exports.textProperty().bind(exportStatus);
    exports.setMinWidth(Region.USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    getChildren().addAll(status, spacer, exports);
  }

  static String where(ExplorerViewModel vm) {
    Path f = vm.fileProperty().get();
    return f != null
        ? f.toAbsolutePath().toString()
        : vm.bundledName() != null
            ? Messages.format("status.bundled", vm.bundledName())
            : Messages.get("status.unsaved");
  }
}
