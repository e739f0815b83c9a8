package com.computegap.view.chart;

import com.computegap.chart.ChartExporter;
import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartPresentation;
import com.computegap.chart.ChartTheme;
import com.computegap.chart.ModelChart;
import com.computegap.chart.ViewSize;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Draws the five charts off the JavaFX thread. With the software pipeline the JavaFX thread has
 * about 8 ms a frame, and drawing five JFreeChart charts on it costs several times that; so one
 * background thread updates the datasets and draws each chart into an image, and the JavaFX thread
 * only swaps finished images into the {@link ChartView}s.
 *
 * <p>Use: create one service, put {@link #view(ChartKind)} nodes into the layout, call
 * {@link #submit(ChartInput)} whenever the model result changes (each slider event is fine: inputs
 * that arrive while a frame is being drawn are coalesced, and only the newest pending one is drawn),
 * and {@link #close()} when the window closes.
 *
 * <p>Threading: {@link #submit}, {@link #applyTheme} and {@link #renderToImage} may be called on any
 * thread. Views, properties and listeners belong to the JavaFX thread: listeners are called there,
 * properties change there. Every JFreeChart object the service owns is confined to its render
 * thread after construction; nothing else touches them (the zoom window and the exporter build
 * their own charts).
 */
public final class ChartRenderService implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ChartRenderService.class.getName());

    private final Executor fxThread;
    private final Map<ChartKind, ModelChart> charts = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, ChartView> views = new EnumMap<>(ChartKind.class);
    private final Thread renderThread;
    private final AtomicLong sequences = new AtomicLong();
    private final ReadOnlyLongWrapper lastPresentedSequence = new ReadOnlyLongWrapper(this, "lastPresentedSequence", -1);
    private final ReadOnlyObjectWrapper<ChartTheme> theme;
    private final List<Consumer<ChartPresentation>> presentationListeners = new CopyOnWriteArrayList<>();
    private final List<LongConsumer> renderListeners = new CopyOnWriteArrayList<>();
    private ChartInput presentedInput;

    private final Object lock = new Object();
    private Pending pendingInput;
    private ChartTheme pendingTheme;
    private final Set<ChartKind> pendingViews = EnumSet.noneOf(ChartKind.class);
    private boolean closed;
    private volatile Pending latestSubmitted;
    private volatile ChartTheme currentTheme;

    /** A submitted input with its sequence number and submission time. */
    private record Pending(ChartInput input, long sequence, long submittedNanos) {
    }

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
        renderThread = new Thread(this::renderLoop, "chart-render");
        renderThread.setDaemon(true);
        renderThread.setPriority(Thread.NORM_PRIORITY - 1);
        renderThread.start();
    }

    /** The node showing chart {@code kind}, id {@link ChartKind#nodeId()}; the same node on every call. */
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
     * Redraws the newest input with the current {@link com.computegap.text.Messages} language:
     * call after switching language (JavaFX thread). Open zoom windows follow with it.
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
     * before the first. It changes after the presentation listeners for that input have run. Views without a size (not showing) are skipped, so a hidden chart never
     * holds this back.
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

    /** Stops the render thread; views keep their last image. Does not wait (safe on the JavaFX thread). */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        renderThread.interrupt();
    }

    /** Redraws one view at its new size with the current input (any thread; called by the view). */
    void requestRender(ChartKind kind) {
        synchronized (lock) {
            pendingViews.add(kind);
            lock.notifyAll();
        }
    }

    /** For tests: called on the render thread with each input's sequence number before it is drawn. */
    void addRenderListener(LongConsumer listener) {
        renderListeners.add(listener);
    }

    // ---- render thread -------------------------------------------------------------------------

    /** The input the charts hold now (render thread only). */
    private Pending current;

    /** What one pass of the render thread does, taken from the pending state in one go. */
    private record Work(Pending input, ChartTheme theme, Set<ChartKind> resized) {
    }

    private void renderLoop() {
        // The charts are built here, on the thread that owns them, so that building them (class
        // loading, fonts) overlaps the window's own start-up instead of delaying it.
        for (ChartKind kind : ChartKind.values()) {
            ModelChart chart = kind.create();
            chart.applyTheme(currentTheme);
            charts.put(kind, chart);
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

    private void render(Work work) throws InterruptedException {
        if (work.theme() != null) {
            for (ModelChart chart : charts.values()) {
                chart.applyTheme(work.theme());
            }
        }
        if (work.input() != null) {
            current = work.input();
            for (LongConsumer l : renderListeners) {
                l.accept(current.sequence());
            }
            for (ModelChart chart : charts.values()) {
                chart.update(current.input());
            }
        }
        if (current == null) {
            return;
        }
        boolean everything = work.input() != null || work.theme() != null;
        List<ChartView> drawnViews = new ArrayList<>();
        List<ChartFrame> drawnFrames = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            ChartView view = views.get(kind);
            ViewSize size = view.requestedSize();
            if (size == null || !(everything || work.resized().contains(kind))) {
                continue;
            }
            ChartFrame frame = view.takeFreeFrame();
            frame.draw(charts.get(kind), size, current.sequence());
            drawnViews.add(view);
            drawnFrames.add(frame);
        }
        Pending shown = current;
        long renderedNanos = System.nanoTime();
        fxThread.execute(() -> present(shown, renderedNanos, drawnViews, drawnFrames));
    }

    // ---- JavaFX thread -------------------------------------------------------------------------

    private void present(Pending shown, long renderedNanos, List<ChartView> drawnViews, List<ChartFrame> frames) {
        long start = System.nanoTime();
        for (int i = 0; i < drawnViews.size(); i++) {
            drawnViews.get(i).present(frames.get(i));
        }
        if (shown.sequence() <= lastPresentedSequence.get()) {
            return;
        }
        presentedInput = shown.input();
        ChartPresentation p = new ChartPresentation(shown.sequence(), shown.input(), shown.submittedNanos(),
                renderedNanos, start, System.nanoTime());
        for (Consumer<ChartPresentation> l : presentationListeners) {
            l.accept(p);
        }
        // present, then publish: whoever sees the new number finds every listener already told
        lastPresentedSequence.set(shown.sequence());
    }
}
