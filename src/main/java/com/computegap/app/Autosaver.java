package com.computegap.app;

import com.computegap.viewmodel.AutosaveStore;
import com.computegap.viewmodel.ExplorerViewModel;
import java.io.IOException;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Every {@link #INTERVAL} writes the open document's unsaved changes to the autosave store, and
 * clears it once there are none (saved or undone). Runs on the JavaFX thread: the scenario is small
 * and the write atomic, a few milliseconds at most.
 */
final class Autosaver {

  static final Duration INTERVAL = Duration.seconds(30);

  private final Timeline timer;

  Autosaver(ExplorerViewModel vm, AutosaveStore store) {
    timer =
        new Timeline(
            new KeyFrame(
                INTERVAL,
                e -> {
                  try {
                    if (vm.isDirty()) {
                      store.save(vm.scenario(), vm.fileProperty().get());
                    } else {
                      store.clear();
                    }
                  } catch (IOException ex) {
                    // The next tick tries again; the user's document in memory is unaffected.
                  }
                }));
    timer.setCycleCount(Timeline.INDEFINITE);
    vm.dirtyProperty()
        .addListener(
            (obs, was, dirty) -> {
              if (!dirty) {
                try {
                  store.clear();
                } catch (IOException ex) {
                  // Stale autosave of a saved document: harmless, offered at most once.
                }
              }
            });
  }

  void start() {
    timer.play();
  }

  void stop() {
    timer.stop();
  }
}
