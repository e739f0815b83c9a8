package com.computegap.view.chart;

import com.computegap.chart.ChartExporter;
import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartPresentation;
import com.computegap.chart.ChartTheme;
import com.computegap.chart.ModelChart;
import com.computegap.chart.ViewSize;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;

/**
 * Draws the five charts off the JavaFX thread. With the software pipeline the JavaFX thread has
 * about 8 ms a frame, and drawing five JFreeChart charts on it costs several times that; so two
 * background threads update the datasets and draw the charts into images, each thread always the
 * same charts ({@link #SECOND_THREAD_KINDS} on the second, the rest on the first, which also takes
 * the pending work and hands the frames over), and the JavaFX thread only swaps finished images
 * into the {@link ChartView}s. Both threads' images of one input are presented together.
 *
 * <p>Use: create one service, put {@link #view(ChartKind)} nodes into the layout, call {@link
 * #submit(ChartInput)} whenever the model result changes (each slider event is fine: inputs that
 * arrive while a frame is being drawn are coalesced, and only the newest pending one is drawn), and
 * {@link #close()} when the window closes.
 *
 * <p>Threading: {@link #submit}, {@link #applyTheme} and {@link #renderToImage} may be called on
 * any thread. Views, properties and listeners belong to the JavaFX thread: listeners are called
 * there, properties change there. Every JFreeChart object the service owns is confined to one of
 * its two render threads after construction; nothing else touches them (the zoom window and the
 * exporter build their own charts).
 */
public final class ChartRenderService implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(ChartRenderService.class.getName());

  /**
   * The charts drawn on the second render thread: about half the drawing time of the five (the
   * capex chart's many bars and labels, the log-scale gap chart).
   */
  static final Set<ChartKind> SECOND_THREAD_KINDS = EnumSet.of(ChartKind.CAPEX, ChartKind.GAP);

  private final Executor fxThread;
  private final Map<ChartKind, ModelChart> charts = new EnumMap<>(ChartKind.class);
  private final Map<ChartKind, ChartView> views = new EnumMap<>(ChartKind.class);
  private final Thread renderThread;
  private final ExecutorService secondThread;
  private final AtomicLong sequences = new AtomicLong();
  private final ReadOnlyLongWrapper lastPresentedSequence =
      new ReadOnlyLongWrapper(this, "lastPresentedSequence", -1);
  private final ReadOnlyObjectWrapper<ChartTheme> theme;
  private final List<Consumer<ChartPresentation>> presentationListeners =
      new CopyOnWriteArrayList<>();
  private final List<LongConsumer> renderListeners = new CopyOnWriteArrayList<>();
  private ChartInput presentedInput;

  /**
   * Longest wait of a pulse for charts being drawn, ms: about half a frame, which two render
   * threads need for five charts on a quiet machine; past it the charts come one frame later.
   */
  static final long PULSE_WAIT_MILLIS = 8;

  /** Finished sets of frames not yet shown, oldest first; also the monitor the pulse waits on. */
  private final List<Runnable> ready = new ArrayList<>();

  private final Map<Scene, Integer> scenes = new IdentityHashMap<>();
  private final Runnable inPulse = this::presentInPulse;

  /** The newest sequence number the render threads are done with (drawn, or failed). */
  private volatile long doneSequence;

  private final Object lock = new Object();
  private Pending pendingInput;
  private ChartTheme pendingTheme;
  private final Set<ChartKind> pendingViews = EnumSet.noneOf(ChartKind.class);
  private boolean closed;
  private volatile Pending latestSubmitted;
  private volatile ChartTheme currentTheme;

  /** Tests: runs on the drawing thread just before a chart is drawn; may throw. */
  volatile Consumer<ChartKind> beforeDraw = kind -> {};

  /** A submitted input with its sequence number and submission time. */
  private record Pending(ChartInput input, long sequence, long submittedNanos) {}

  /** A service in the light theme; starts its render thread. */
  public ChartRenderService() {
    this(ChartTheme.LIGHT);
  }

  /** A service in {@code initialTheme}; starts its render thread. */
  public ChartRenderService(ChartTheme initialTheme) {
    this(initialTheme, Platform::runLater);
  }

  /** For tests: {@code fxThread} runs what must happen on the JavaFX thread. */
  ChartRenderService(ChartTheme initialTheme, Executor fxThread) {
    this.fxThread = Objects.requireNonNull(fxThread);
    this.currentTheme = Objects.requireNonNull(initialTheme);
    this.theme = new ReadOnlyObjectWrapper<>(this, "theme", initialTheme);
    for (ChartKind kind : ChartKind.values()) {
      views.put(kind, new ChartView(this, kind));
    }
    secondThread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "chart-render-2");
              t.setDaemon(true);
              t.setPriority(Thread.NORM_PRIORITY - 1);
              return t;
            });
    renderThread = new Thread(this::renderLoop, "chart-render");
    renderThread.setDaemon(true);
    renderThread.setPriority(Thread.NORM_PRIORITY - 1);
    renderThread.start();
  }

  /**
   * The node showing chart {@code kind}, id {@link ChartKind#nodeId()}; the same node on every
   * call.
   */
  public ChartView view(ChartKind kind) {
    return views.get(kind);
  }

  /**
   * Asks for the charts to show {@code input}; returns its sequence number (increasing from 1).
   * Returns at once. If another input arrives before the render thread gets to this one, this one
   * is skipped: only the newest pending input is ever drawn.
   */
  public long submit(ChartInput input) {
    Objects.requireNonNull(input, "input");
    Pending p = new Pending(input, sequences.incrementAndGet(), System.nanoTime());
    synchronized (lock) {
      if (pendingInput == null || pendingInput.sequence() < p.sequence()) {
        pendingInput = p;
        latestSubmitted = p;
      }
      lock.notifyAll();
    }
    return p.sequence();
  }

  /**
   * Redraws the newest input with the current {@link com.computegap.text.Messages} language: call
   * after switching language (JavaFX thread). Open zoom windows follow with it.
   */
  public void refreshTexts() {
    views.values().forEach(ChartView::refreshTexts);
    Pending p = latestSubmitted;
    if (p != null) {
      submit(p.input());
    }
  }

  /** Restyles every chart (and open zoom windows) in {@code next}; any thread. */
  public void applyTheme(ChartTheme next) {
    Objects.requireNonNull(next, "theme");
    currentTheme = next;
    synchronized (lock) {
      pendingTheme = next;
      lock.notifyAll();
    }
    fxThread.execute(() -> theme.set(next));
  }

  /** The theme the charts are drawn in (JavaFX thread). */
  public ReadOnlyObjectProperty<ChartTheme> themeProperty() {
    return theme.getReadOnlyProperty();
  }

  /**
   * The sequence number of the newest input whose images are in the views (JavaFX thread); -1
   * before the first. It changes after the presentation listeners for that input have run. Views
   * without a size (not showing) are skipped, so a hidden chart never holds this back.
   */
  public ReadOnlyLongProperty lastPresentedSequenceProperty() {
    return lastPresentedSequence.getReadOnlyProperty();
  }

  public long lastPresentedSequence() {
    return lastPresentedSequence.get();
  }

  /** Called on the JavaFX thread each time the charts for a newer input are on screen. */
  public void addPresentationListener(Consumer<ChartPresentation> listener) {
    presentationListeners.add(Objects.requireNonNull(listener));
  }

  public void removePresentationListener(Consumer<ChartPresentation> listener) {
    presentationListeners.remove(listener);
  }

  /** The input the views show now, or {@code null} before the first (JavaFX thread). */
  public ChartInput presentedInput() {
    return presentedInput;
  }

  /**
   * The chart {@code kind} for the newest submitted input in the current theme, drawn now on the
   * calling thread into a new {@code width x height} image (for export). Independent of the render
   * thread; see {@link ChartExporter} to render some other input.
   *
   * @throws IllegalStateException before the first {@link #submit}
   */
  public BufferedImage renderToImage(ChartKind kind, int width, int height) {
    Pending p = latestSubmitted;
    if (p == null) {
      throw new IllegalStateException("nothing submitted yet");
    }
    return ChartExporter.render(kind, p.input(), currentTheme, width, height);
  }

  /**
   * Stops the render thread; views keep their last image. Does not wait (safe on the JavaFX
   * thread).
   */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    renderThread.interrupt();
    secondThread.shutdownNow();
  }

  /** Redraws one view at its new size with the current input (any thread; called by the view). */
  void requestRender(ChartKind kind) {
    synchronized (lock) {
      pendingViews.add(kind);
      lock.notifyAll();
    }
  }

  /**
   * For tests: called on the render thread with each input's sequence number before it is drawn.
   */
  void addRenderListener(LongConsumer listener) {
    renderListeners.add(listener);
  }

  // ---- render thread -------------------------------------------------------------------------

  /** The input the charts hold now (render thread only). */
  private Pending current;

  /** What one pass of the render thread does, taken from the pending state in one go. */
  private record Work(Pending input, ChartTheme theme, Set<ChartKind> resized) {}

  private void renderLoop() {
    // The charts are built on the threads that own them, so that building them (class
    // loading, fonts) overlaps the window's own start-up instead of delaying it.
    Future<Map<ChartKind, ModelChart>> second;
    try {
      second = secondThread.submit(() -> createCharts(SECOND_THREAD_KINDS));
    } catch (RejectedExecutionException closedAlready) {
      return;
    }
    charts.putAll(createCharts(EnumSet.complementOf(EnumSet.copyOf(SECOND_THREAD_KINDS))));
    try {
      charts.putAll(second.get());
    } catch (InterruptedException e) {
      return;
    } catch (ExecutionException e) {
      LOG.log(System.Logger.Level.ERROR, "building the charts failed", e.getCause());
      return;
    }
    while (true) {
      Work work;
      try {
        work = nextWork();
      } catch (InterruptedException e) {
        return;
      }
      if (work == null) {
        return;
      }
      try {
        render(work);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException | Error e) {
        // one bad frame must not stop the charts for the rest of the meeting
        LOG.log(System.Logger.Level.ERROR, "chart rendering failed", e);
      } finally {
        if (work.input() != null) {
          doneSequence = work.input().sequence();
        }
        synchronized (ready) {
          ready.notifyAll();
        }
      }
    }
  }

  private Work nextWork() throws InterruptedException {
    synchronized (lock) {
      while (!closed && pendingInput == null && pendingTheme == null && pendingViews.isEmpty()) {
        lock.wait();
      }
      if (closed) {
        return null;
      }
      Work work = new Work(pendingInput, pendingTheme, Set.copyOf(pendingViews));
      pendingInput = null;
      pendingTheme = null;
      pendingViews.clear();
      return work;
    }
  }

  private Map<ChartKind, ModelChart> createCharts(Set<ChartKind> kinds) {
    Map<ChartKind, ModelChart> built = new EnumMap<>(ChartKind.class);
    for (ChartKind kind : kinds) {
      ModelChart chart = kind.create();
      chart.applyTheme(currentTheme);
      built.put(kind, chart);
    }
    return built;
  }

  /** A frame drawn for a view. */
  private record Drawn(ChartView view, ChartFrame frame) {}

  private void render(Work work) throws InterruptedException {
    if (work.input() != null) {
      current = work.input();
      for (LongConsumer l : renderListeners) {
        l.accept(current.sequence());
      }
    }
    Pending shown = current;
    Future<List<Drawn>> second;
    try {
      second = secondThread.submit(() -> renderCharts(SECOND_THREAD_KINDS, work, shown));
    } catch (RejectedExecutionException closedAlready) {
      throw new InterruptedException("closed");
    }
    List<Drawn> drawn;
    try {
      drawn =
          new ArrayList<>(
              renderCharts(EnumSet.complementOf(EnumSet.copyOf(SECOND_THREAD_KINDS)), work, shown));
    } catch (RuntimeException | Error e) {
      giveBack(finishedQuietly(second));
      throw e;
    }
    try {
      drawn.addAll(second.get());
    } catch (ExecutionException e) {
      giveBack(drawn);
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
    if (shown == null) {
      return; // a theme before the first input: restyled, nothing to show yet
    }
    long renderedNanos = System.nanoTime();
    synchronized (ready) {
      ready.add(() -> present(shown, renderedNanos, drawn));
      ready.notifyAll();
    }
    fxThread.execute(this::presentReady);
  }

  /**
   * Restyles, updates and draws the charts of {@code kinds}, on the thread that owns them: only
   * those whose view is showing, and only the resized ones unless the input or theme changed.
   * Before the first input ({@code shown} null) it only restyles.
   */
  private List<Drawn> renderCharts(Set<ChartKind> kinds, Work work, Pending shown)
      throws InterruptedException {
    List<Drawn> drawn = new ArrayList<>();
    try {
      renderCharts(kinds, work, shown, drawn);
    } catch (RuntimeException | Error e) {
      giveBack(drawn);
      throw e;
    }
    return drawn;
  }

  /**
   * Frames that will not be presented go back to their views: a view has two, and one lost to a
   * failed pass would block the next-but-one pass for good.
   */
  private static void giveBack(List<Drawn> drawn) {
    for (Drawn d : drawn) {
      d.view().giveBack(d.frame());
    }
  }

  /** The other thread's frames once it is done, or none if it failed (it gave them back). */
  private static List<Drawn> finishedQuietly(Future<List<Drawn>> other) {
    try {
      return other.get();
    } catch (ExecutionException failedToo) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  private void renderCharts(Set<ChartKind> kinds, Work work, Pending shown, List<Drawn> drawn)
      throws InterruptedException {
    for (ChartKind kind : kinds) {
      ModelChart chart = charts.get(kind);
      if (work.theme() != null) {
        chart.applyTheme(work.theme());
      }
      if (shown == null) {
        continue;
      }
      if (work.input() != null) {
        chart.update(shown.input());
      }
      boolean everything = work.input() != null || work.theme() != null;
      ChartView view = views.get(kind);
      ViewSize size = view.requestedSize();
      if (size == null || !(everything || work.resized().contains(kind))) {
        continue;
      }
      ChartFrame frame = view.takeFreeFrame();
      drawn.add(new Drawn(view, frame));
      beforeDraw.accept(kind);
      frame.draw(chart, size, shown.sequence());
      frame.compareWith(view.otherFrame(frame));
    }
  }

  // ---- JavaFX thread -------------------------------------------------------------------------

  /**
   * Shows every set of frames the render threads have finished, oldest first (JavaFX thread).
   * Called from a runnable posted for each set, and from each view's scene after its layout pass
   * ({@link #presentInPulse()}), whichever comes first; the other finds nothing left to do.
   */
  void presentReady() {
    List<Runnable> sets;
    synchronized (ready) {
      sets = new ArrayList<>(ready);
      ready.clear();
    }
    for (Runnable set : sets) {
      try {
        set.run();
      } catch (RuntimeException e) {
        // the sets after it still hold frames of their views: dropping them would block those
        // views' next passes for good
        LOG.log(System.Logger.Level.ERROR, "showing a chart frame failed", e);
      }
    }
  }

  /**
   * Called in each pulse of a scene showing a view, after the layout pass, before the scene is
   * synced for painting: if new charts are being drawn, waits up to {@link #PULSE_WAIT_MILLIS} for
   * them and shows them in this very frame, together with the slider and the KPI numbers that
   * changed with them, instead of one frame later.
   */
  /**
   * A view left scene {@code was} (if not null) for {@code now} (if not null): one pulse hook per
   * scene.
   */
  void moveScene(Scene was, Scene now) {
    if (was != null && scenes.merge(was, -1, Integer::sum) == 0) {
      scenes.remove(was);
      was.removePostLayoutPulseListener(inPulse);
    }
    if (now != null && scenes.merge(now, 1, Integer::sum) == 1) {
      now.addPostLayoutPulseListener(inPulse);
    }
  }

  /** Whether an input was submitted that the render threads are not done with yet. */
  private boolean inFlight() {
    Pending p = latestSubmitted;
    return p != null && p.sequence() > doneSequence && renderThread.isAlive();
  }

  private void presentInPulse() {
    synchronized (ready) {
      long deadline = System.nanoTime() + PULSE_WAIT_MILLIS * 1_000_000L;
      long left;
      while (ready.isEmpty() && inFlight() && (left = deadline - System.nanoTime()) > 0) {
        try {
          ready.wait(left / 1_000_000L, (int) (left % 1_000_000L));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    presentReady();
  }

  /**
   * Shows the frames, then tells the listeners, then publishes the sequence number: whoever sees
   * {@link #lastPresentedSequence()} move finds the listeners already done with that input.
   */
  private void present(Pending shown, long renderedNanos, List<Drawn> drawn) {
    long start = System.nanoTime();
    for (Drawn d : drawn) {
      d.view().present(d.frame());
    }
    if (shown.sequence() <= lastPresentedSequence.get()) {
      return;
    }
    presentedInput = shown.input();
    ChartPresentation p =
        new ChartPresentation(
            shown.sequence(),
            shown.input(),
            shown.submittedNanos(),
            renderedNanos,
            start,
            System.nanoTime());
    for (Consumer<ChartPresentation> l : presentationListeners) {
      l.accept(p);
    }
    lastPresentedSequence.set(shown.sequence());
  }
}
