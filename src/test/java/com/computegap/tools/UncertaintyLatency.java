package com.computegap.tools;

import com.computegap.app.Explorer;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RecentFiles;
import com.computegap.viewmodel.UncertaintyViewModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Dev tool, not a test: how long the uncertainty view takes to refresh after a slider change in the
 * real window, for 1,000, 10,000 and 100,000 runs, and the longest the JavaFX thread went without a
 * frame meanwhile. Run on a display (Xvfb is enough) with the test class path: {@code java -cp
 * target/classes:target/test-classes:$(cat cp.txt) com.computegap.tools.UncertaintyLatency
 * [repeats]}.
 *
 * <p>"Refresh" is from the slider change to the fans and tornado redrawn with the new result: the
 * {@value UncertaintyViewModel#DEBOUNCE_MILLIS} ms debounce, the run on its background thread, and
 * the charts' update on the JavaFX thread.
 */
public final class UncertaintyLatency {

  private Explorer explorer;

  /** Slider moves so far: each one alternates the value, so every move is a change. */
  private int moves;

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.US);
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    new UncertaintyLatency().run(repeats);
    Platform.exit();
    System.exit(0);
  }

  private void run(int repeats) throws Exception {
    fx(
        () -> {
          Stage stage = new Stage();
          explorer = Explorer.create(stage, RecentFiles.inMemory(), Preferences.inMemory());
          stage.setWidth(1600);
          stage.setHeight(1000);
          stage.show();
          explorer.analysis().uncertainty().activeProperty().set(true);
        });
    Thread.sleep(3000);
    AtomicLong lastFrame = new AtomicLong(System.nanoTime());
    AtomicLong worstGap = new AtomicLong();
    fx(
        () ->
            new AnimationTimer() {
              @Override
              public void handle(long now) {
                long t = System.nanoTime();
                worstGap.accumulateAndGet(t - lastFrame.getAndSet(t), Math::max);
              }
            }.start());
    for (int runs : UncertaintyViewModel.RUN_CHOICES) {
      fx(() -> explorer.analysis().uncertainty().runsProperty().set(runs));
      Thread.sleep(2000);
      measure(runs, 3, null); // warm-up
      worstGap.set(0);
      List<Double> refresh = new ArrayList<>();
      measure(runs, repeats, refresh);
      Collections.sort(refresh);
      System.out.printf(
          Locale.ROOT,
          "%,7d runs: refresh median %.0f ms, min %.0f, max %.0f (of %d); "
              + "longest frame gap %.0f ms%n",
          runs,
          refresh.get(refresh.size() / 2),
          refresh.get(0),
          refresh.get(refresh.size() - 1),
          refresh.size(),
          worstGap.get() / 1e6);
    }
    fx(
        () -> {
          explorer.charts().close();
          explorer.analysis().close();
        });
  }

  /** Moves a slider back and forth and times each refresh until the new result is drawn. */
  private void measure(int runs, int count, List<Double> out) throws Exception {
    UncertaintyViewModel mc = explorer.analysis().uncertainty();
    for (int i = 0; i < count; i++) {
      CountDownLatch drawn = new CountDownLatch(1);
      AtomicLong start = new AtomicLong();
      String value = moves++ % 2 == 0 ? "45" : "40";
      fx(
          () -> {
            javafx.beans.value.ChangeListener<UncertaintyViewModel.Outcome> done =
                new javafx.beans.value.ChangeListener<>() {
                  @Override
                  public void changed(
                      javafx.beans.value.ObservableValue<? extends UncertaintyViewModel.Outcome> o,
                      UncertaintyViewModel.Outcome was,
                      UncertaintyViewModel.Outcome now) {
                    // added after the view's own listener: runs once the charts have redrawn
                    o.removeListener(this);
                    if (out != null) {
                      out.add((System.nanoTime() - start.get()) / 1e6);
                    }
                    drawn.countDown();
                  }
                };
            mc.outcomeProperty().addListener(done);
            start.set(System.nanoTime());
            explorer.vm().parameter("chips.supplyGrowthPct").commitText(value);
          });
      if (!drawn.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException(
            "no result for "
                + runs
                + " runs: "
                + mc.statusProperty().get()
                + ", active "
                + mc.activeProperty().get()
                + ", running "
                + mc.runningProperty().get());
      }
      Thread.sleep(300);
    }
  }

  private static void fx(Runnable r) throws Exception {
    FxRun.andWait(r);
  }
}
