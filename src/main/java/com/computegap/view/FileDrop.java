package com.computegap.view;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/** Opens a file dropped anywhere on the window. */
final class FileDrop {

  private FileDrop() {}

  /**
   * Lets {@code scene} accept dropped files and hands the first to {@code open} (JavaFX thread).
   */
  static void install(Scene scene, Consumer<Path> open) {
    scene.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    scene.setOnDragDropped(
        e -> {
          if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
            File f = e.getDragboard().getFiles().get(0);
            e.setDropCompleted(true);
            e.consume();
            // Opened after the drop completes, so the modal dialogs do not block the drag source.
            Platform.runLater(() -> open.accept(f.toPath()));
            return;
          }
          e.setDropCompleted(false);
          e.consume();
        });
  }
}
