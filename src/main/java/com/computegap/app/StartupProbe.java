package com.computegap.app;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement for the benchmark: with {@code -Dgapx.startupProbe=true} the app prints how
 * long after the JVM started the first picture of the window (the baseline's name and headline
 * numbers) and then the full window with its charts were rendered, then exits. Off by default;
 * costs nothing then.
 */
final class StartupProbe {

  static final String PROPERTY = "gapx.startupProbe";

  private StartupProbe() {}

  static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  /**
   * Reports the first rendered frame of the start-up picture, in milliseconds since the JVM
   * started.
   */
  static void watchFirstFrame(Scene scene) {
    PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
    tracker.setOnRenderedFrameTask(
        () -> {
          tracker.setOnRenderedFrameTask(null);
          System.out.println("window-ms=" + sinceJvmStart());
        });
  }

  /**
   * Reports the first frame of the full window rendered after its charts were presented, then
   * exits.
   */
  static void watch(Scene scene, Explorer explorer) {
    PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
    tracker.setOnRenderedFrameTask(
        () -> {
          if (explorer.charts().lastPresentedSequence() >= 1) {
            tracker.setOnRenderedFrameTask(null);
            System.out.println("charts-ms=" + sinceJvmStart());
            Platform.exit();
          }
        });
  }

  /** Milliseconds since the JVM started, the moment a double-click launches the app. */
  static long sinceJvmStart() {
    // The JVM's own start time, in milliseconds (ProcessHandle's start instant is only as exact as
    // the kernel's boot-time second, which skews it by up to a second).
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
