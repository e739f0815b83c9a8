package com.computegap.viewmodel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The view models' own worker threads: daemons, so that a window closed mid-run never keeps the JVM
 * alive, and named, so that a thread dump says whose work it is.
 */
final class BackgroundThreads {

  /** Below the JavaFX thread's priority: analyses must not make a slider drag stutter. */
  static final int BELOW_UI = Thread.NORM_PRIORITY - 1;

  private BackgroundThreads() {}

  /** Daemon threads called {@code name} at {@code priority}. */
  static ThreadFactory daemons(String name, int priority) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      t.setPriority(priority);
      return t;
    };
  }

  /** One daemon thread called {@code name}, below the UI's priority. */
  static ExecutorService singleBelowUi(String name) {
    return Executors.newSingleThreadExecutor(daemons(name, BELOW_UI));
  }
}
