package com.computegap.tools;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * For the dev tools: runs code on the JavaFX thread, starting JavaFX the first time, and waits for
 * it.
 */
final class FxRun {

  private FxRun() {}

  static void andWait(Runnable r) throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Runnable wrapped =
        () -> {
          try {
            r.run();
            done.complete(null);
          } catch (Throwable t) {
            done.completeExceptionally(t);
          }
        };
    try {
      Platform.startup(wrapped);
    } catch (IllegalStateException alreadyStarted) {
      Platform.runLater(wrapped);
    }
    done.get(30, TimeUnit.SECONDS);
  }
}
