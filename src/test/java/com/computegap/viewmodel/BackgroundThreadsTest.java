package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundThreadsTest {

  @Test
  void shouldRunWorkOnADaemonThreadUntilClosedAndThenDropItWithoutThrowing() throws Exception {
    ExecutorService executor = BackgroundThreads.singleBelowUi("test-worker");
    AtomicInteger ran = new AtomicInteger();
    boolean[] daemon = new boolean[1];
    executor.execute(
        () -> {
          daemon[0] = Thread.currentThread().isDaemon();
          ran.incrementAndGet();
        });
    executor.shutdown();
    assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
    assertEquals(1, ran.get());
    assertTrue(daemon[0], "a daemon, so a closed window never keeps the JVM alive");

    // a result arriving after close (as on the JavaFX thread when a run ends with the window)
    executor.execute(ran::incrementAndGet);

    assertEquals(1, ran.get(), "dropped, not run and not thrown");
  }
}
