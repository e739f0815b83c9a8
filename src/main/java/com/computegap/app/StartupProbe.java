package com.computegap.app;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;


/**
 * Start-up measurement for the benchmark: with {@code -Dgapx.startupProbe=true} the app prints how
 * long after the JVM started the first frame showing the baseline's charts was rendered, then exits.
 * Off by default; costs nothing then.
 */
final class StartupProbe {

    static final String PROPERTY = "gapx.startupProbe";

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Reports the first rendered frame (the window with its controls and KPIs) and the first frame
     * rendered after the charts were presented, in milliseconds since the JVM started.
     */
    static void watch(Scene scene, Explorer explorer) {
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        boolean[] windowShown = {false};
        tracker.setOnRenderedFrameTask(() -> {
            long now = sinceJvmStart();
            if (!windowShown[0]) {
                windowShown[0] = true;
                System.out.println("window-ms=" + now);
            }
            if (explorer.charts().lastPresentedSequence() >= 1) {
                tracker.setOnRenderedFrameTask(null);
                System.out.println("charts-ms=" + now);
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
