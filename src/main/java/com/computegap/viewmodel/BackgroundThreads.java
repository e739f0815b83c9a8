package com.computegap.viewmodel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The view models' own worker threads: daemons, so that a window closed mid-run never keeps the JVM
 * alive, and named, so that a thread dump says whose work it is.
 */
final class BackgroundThreads {

  /** Below the JavaFX thread's priority: analyses must not make a slider drag stutter. */
  static final int BELOW_UI = Thread.NORM_PRIORITY - 1;

  /**
   * What a closed view model's executor does with work handed to it afterwards: drops it. A result
   * or a change can still arrive on the JavaFX thread after {@code close()} (a run finishing as the
   * window goes), and the default policy would throw there; the queues are unbounded, so nothing
   * else is ever refused.
   */
  static final RejectedExecutionHandler DROP_AFTER_CLOSE = new ThreadPoolExecutor.DiscardPolicy();

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

  /**
   * One daemon thread called {@code name}, below the UI's priority, that drops work handed to it
   * once shut down ({@link #DROP_AFTER_CLOSE}).
   */
  static ExecutorService singleBelowUi(String name) {
    return new ThreadPoolExecutor(
        1,
        1,
        0,
        TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(),
        daemons(name, BELOW_UI),
        DROP_AFTER_CLOSE);
  }
}
