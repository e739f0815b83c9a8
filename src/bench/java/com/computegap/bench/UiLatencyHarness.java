package com.computegap.bench;

import com.computegap.app.Explorer;
import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartPresentation;
import com.computegap.chart.ModelChart;
import com.computegap.view.chart.ChartView;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RecentFiles;
import com.sun.javafx.perf.PerformanceTracker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;

/**
 * Slider-to-screen latency of the real window (1600x1000 unless a size is given) with the software
 * pipeline ({@code prism.order=sw}) on the headless Monocle platform, side by side in one run with
 * the stock JFreeChart-FX path as the baseline.
 *
 * <p>The controls panel is first scrolled so that the slider is in view, as for a presenter who
 * drags it. Each step sets a slider's value on the JavaFX thread, exactly as a drag does, then
 * waits until the charts drawn from that value are in a rendered frame. Reported per step:
 *
 * <ul>
 *   <li>(a) JavaFX-thread work: the value change with the model recompute, KPI update and chart
 *       submission it triggers (the window runs the recompute in the next pulse; the harness runs
 *       it right away to time it, which leaves that pulse's flush with nothing to do), plus handing
 *       the finished chart images to the views;
 *   <li>(b) value change to the first rendered frame that shows the new charts ({@code
 *       PerformanceTracker.setOnRenderedFrameTask});
 *   <li>render thread: submission to images drawn (datasets updated, five charts drawn).
 * </ul>
 *
 * <p>Then, in the same JVM and window, the baseline: the render service is stopped, each chart view
 * is hidden under a stock {@code ChartViewer} of the same size and place (a fresh chart of the same
 * kind, laid out for that size), and the same slider steps are timed again. There each chart is
 * updated on the JavaFX thread inside {@code setNotify(false)} ... {@code setNotify(true)}, and the
 * viewer's canvas redraws it there on the change event, as the JFreeChart-FX demos do. Reported:
 * (b) for the baseline and the ratio of the two medians and 95th percentiles.
 *
 * <p>Run: {@code ./mvnw -Pbench -DskipTests verify -Dbench.jmh.skip=true -Dbench.mc.skip=true} or
 * directly with the test class path. Arguments: steps (default 300), warm-up steps (100), window
 * size (1600x1000).
 */
public final class UiLatencyHarness {

  private static final String SLIDER = "#param-chips-supplyGrowthPct-slider";

  private final List<Double> fxMillis = new ArrayList<>();
  private final List<Double> frameMillis = new ArrayList<>();
  private final List<Double> renderMillis = new ArrayList<>();
  private final List<Double> stockMillis = new ArrayList<>();
  private final List<ModelChart> stockCharts = new ArrayList<>();
  private volatile boolean stock;
  private int width = 1600;
  private int height = 1000;
  private Explorer explorer;
  private Slider slider;
  private volatile long stepStart;
  private volatile long stepFxNanos;
  private volatile long awaitedSequence = Long.MAX_VALUE;
  private volatile boolean presented;
  private volatile long lastFrameNanos;
  private long swapsBefore;
  private final AtomicInteger unchangedSteps = new AtomicInteger();
  private volatile CountDownLatch frameShown;

  public static void main(String[] args) throws Exception {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    String size = args.length > 2 ? args[2] : "1600x1000";
    System.setProperty("headless.geometry", size + "-32");
    System.setProperty("java.awt.headless", "true");
    Locale.setDefault(Locale.US);
    int steps = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int status = 0;
    try {
      UiLatencyHarness h = new UiLatencyHarness();
      String[] wh = size.split("x");
      h.width = Integer.parseInt(wh[0]);
      h.height = Integer.parseInt(wh[1]);
      h.run(steps, warmup);
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    Platform.exit();
    System.exit(status);
  }

  private void run(int steps, int warmup) throws Exception {
    CompletableFuture<Void> shown = new CompletableFuture<>();
    Platform.startup(
        () -> {
          Stage stage = new Stage();
          explorer = Explorer.create(stage, RecentFiles.inMemory(), Preferences.inMemory());
          stage.setWidth(width);
          stage.setHeight(height);
          stage.show();
          PerformanceTracker.getSceneTracker(stage.getScene())
              .setOnRenderedFrameTask(this::frameRendered);
          explorer.charts().addPresentationListener(this::presented);
          shown.complete(null);
        });
    shown.get(30, TimeUnit.SECONDS);
    Thread.sleep(
        3000); // first layout, the controls below the fold, first chart images at their final size
    CompletableFuture<Slider> found = new CompletableFuture<>();
    Platform.runLater(() -> found.complete((Slider) explorer.window().scene().lookup(SLIDER)));
    slider = found.get(10, TimeUnit.SECONDS);
    if (slider == null) {
      throw new IllegalStateException("no slider " + SLIDER + " in the window");
    }
    CompletableFuture<Boolean> revealed = new CompletableFuture<>();
    Platform.runLater(() -> revealed.complete(scrollIntoView(slider)));
    if (!revealed.get(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("slider " + SLIDER + " is not inside a scroll pane");
    }
    Thread.sleep(500);
    for (int i = 0; i < warmup + steps; i++) {
      step(i);
      if (i == warmup - 1) {
        fxMillis.clear();
        frameMillis.clear();
        renderMillis.clear();
        unchangedSteps.set(0);
      }
      Thread.sleep(16); // about one drag event per frame
    }
    explorer.charts().close();
    CompletableFuture<Void> swapped = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          swapInStockViewers();
          swapped.complete(null);
        });
    swapped.get(30, TimeUnit.SECONDS);
    Thread.sleep(1000);
    stock = true;
    for (int i = 0; i < warmup + steps; i++) {
      step(i);
      if (i == warmup - 1) {
        stockMillis.clear();
      }
      Thread.sleep(16);
    }
    report(steps);
  }

  /**
   * Scrolls the controls panel so the slider is in its middle, as a presenter sees the slider they
   * drag (JavaFX thread). A slider scrolled out of sight is not what a drag moves, and it misleads:
   * when a step changes nothing on screen, JavaFX finds no dirty region and repaints the whole
   * window.
   */
  private static boolean scrollIntoView(Node node) {
    Node n = node.getParent();
    while (n != null && !(n instanceof ScrollPane)) {
      n = n.getParent();
    }
    if (!(n instanceof ScrollPane pane)) {
      return false;
    }
    Node content = pane.getContent();
    Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    double viewport = pane.getViewportBounds().getHeight();
    double range = content.getLayoutBounds().getHeight() - viewport;
    double top = inContent.getMinY() + inContent.getHeight() / 2 - viewport / 2;
    pane.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, top / range)));
    pane.layout();
    return true;
  }

  /**
   * Covers each chart view with a stock {@link ChartViewer} of the same size and place in the same
   * scene (JavaFX thread); the views are hidden, so only the viewers paint.
   */
  private void swapInStockViewers() {
    Scene scene = explorer.window().scene();
    Pane overlay = new Pane();
    overlay.setPickOnBounds(false);
    ChartInput input = stockInput();
    for (ChartKind kind : ChartKind.values()) {
      ChartView view = explorer.charts().view(kind);
      if (view.getScene() == null || !view.isVisible() || view.getWidth() < 1) {
        continue;
      }
      Bounds b = view.localToScene(view.getLayoutBounds());
      ModelChart chart = kind.create();
      chart.applyTheme(explorer.charts().themeProperty().get());
      chart.update(input);
      chart.fitTo(b.getWidth(), b.getHeight());
      ChartViewer viewer = new ChartViewer(chart.chart());
      viewer.setManaged(false);
      viewer.resizeRelocate(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
      overlay.getChildren().add(viewer);
      view.setVisible(false);
      stockCharts.add(chart);
    }
    Parent root = scene.getRoot();
    scene.setRoot(new StackPane());
    scene.setRoot(new StackPane(root, overlay));
    PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::frameRendered);
  }

  private ChartInput stockInput() {
    return ChartInput.of(explorer.vm().scenario(), explorer.vm().result())
        .withFocusYear(explorer.vm().waterfallYearProperty().get());
  }

  private void step(int i) throws Exception {
    frameShown = new CountDownLatch(1);
    presented = false;
    double value = 20 + (i % 80) * 0.5; // 20 .. 59.5 %/yr and back: every chart changes
    Platform.runLater(
        () -> {
          stepStart = System.nanoTime();
          swapsBefore = imageSwaps();
          slider.setValue(value);
          explorer.vm().flushRecompute();
          if (stock) {
            ChartInput input = stockInput();
            for (ModelChart chart : stockCharts) {
              chart.update(input); // one change event at the end: the viewer redraws now
            }
            presented = true;
            return;
          }
          awaitedSequence = explorer.presenter().lastSubmitted();
          stepFxNanos = System.nanoTime() - stepStart;
        });
    if (!frameShown.await(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("step " + i + ": the new charts never reached the screen");
    }
  }

  /**
   * JavaFX thread, after the render thread's images were handed to the views. When no view's image
   * changed (every new chart has exactly the pixels on screen), the screen shows the new charts as
   * soon as a frame with the step's slider and numbers has been rendered: the step ends now if one
   * has been, else at the next frame.
   */
  private void presented(ChartPresentation p) {
    if (!stock && p.sequence() >= awaitedSequence && !presented) {
      fxMillis.add(stepFxNanos / 1e6 + p.fxThreadMillis());
      renderMillis.add((p.renderedNanos() - p.submittedNanos()) / 1e6);
      if (imageSwaps() == swapsBefore) {
        unchangedSteps.incrementAndGet();
        if (lastFrameNanos > stepStart && frameShown.getCount() > 0) {
          frameMillis.add((System.nanoTime() - stepStart) / 1e6);
          frameShown.countDown();
        }
      }
      presented = true;
    }
  }

  /** Images put on screen so far by the app's chart views (JavaFX thread). */
  private long imageSwaps() {
    long n = 0;
    for (ChartKind kind : ChartKind.values()) {
      n += explorer.charts().view(kind).imageSwaps();
    }
    return n;
  }

  /** Called after each frame the scene renders. */
  private void frameRendered() {
    lastFrameNanos = System.nanoTime();
    if (presented && frameShown.getCount() > 0) {
      (stock ? stockMillis : frameMillis).add((System.nanoTime() - stepStart) / 1e6);
      frameShown.countDown();
    }
  }

  private void report(int steps) {
    System.out.println();
    System.out.println(
        "UI latency, "
            + steps
            + " slider steps, window "
            + width
            + "x"
            + height
            + ", prism.order=sw, Monocle headless, "
            + Runtime.getRuntime().availableProcessors()
            + " cores");
    System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s%n", "", "p50 ms", "p95 ms", "max ms");
    line("(a) JavaFX-thread work per step", fxMillis);
    line("(b) value change to rendered frame with new charts", frameMillis);
    System.out.printf(
        Locale.ROOT,
        "    steps whose charts kept every pixel (nothing to repaint): %d%n",
        unchangedSteps.get());
    line("    render thread: datasets + 5 charts drawn", renderMillis);
    line("baseline: stock ChartViewer, value change to frame", stockMillis);
    System.out.printf(
        Locale.ROOT,
        "%-52s %8.2f %8.2f%n",
        "baseline / this app (b), ratio",
        rank(sorted(stockMillis), 50) / rank(sorted(frameMillis), 50),
        rank(sorted(stockMillis), 95) / rank(sorted(frameMillis), 95));
  }

  private static double[] sorted(List<Double> samples) {
    return samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static void line(String label, List<Double> samples) {
    double[] v = sorted(samples);
    System.out.printf(
        Locale.ROOT, "%-52s %8.2f %8.2f %8.2f%n", label, rank(v, 50), rank(v, 95), v[v.length - 1]);
  }

  /** Nearest-rank percentile of sorted samples. */
  private static double rank(double[] sorted, int p) {
    int k = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, k - 1)];
  }

  @Override
  public String toString() {
    return Arrays.toString(new int[] {fxMillis.size(), frameMillis.size()});
  }
}
