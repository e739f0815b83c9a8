package com.computegap.view.chart;

import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartPoint;
import com.computegap.chart.ChartText;
import com.computegap.chart.ViewSize;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;

/**
 * The JavaFX node that shows one chart drawn by a {@link ChartRenderService}: a plain region
 * holding the chart's image as {@link ChartTiles}, which follows the layout (a new size is drawn
 * after the resizing settles; the previous image, stretched, stays until then). Tooltips come from
 * the entities of the image on screen, with units; a double-click opens the chart in a zoom window.
 *
 * <p>Create views through {@link ChartRenderService#view(ChartKind)}; each carries the id {@link
 * ChartKind#nodeId()} and the style class {@link #STYLE_CLASS}. Use on the JavaFX thread.
 */
public final class ChartView extends Region {

  /** Style class of every chart view. */
  public static final String STYLE_CLASS = "chart-view";

  /** How long the size must stay still before the chart is drawn at it. */
  static final Duration RESIZE_SETTLE = Duration.millis(90);

  /** How long a chart drawn at a new size stays one image before it is split into tiles. */
  static final Duration SPLIT_DELAY = Duration.millis(250);

  private static final double DEFAULT_WIDTH = 560;
  private static final double DEFAULT_HEIGHT = 340;
  private static final double TOOLTIP_OFFSET = 14;

  private final ChartRenderService service;
  private final ChartKind kind;
  private final ChartTiles tiles = new ChartTiles();
  private final List<ChartFrame> frames = List.of(new ChartFrame(), new ChartFrame());
  private final BlockingQueue<ChartFrame> freeFrames = new ArrayBlockingQueue<>(2);
  private final ObservableValue<Number> renderScale;
  private final DoubleProperty zoom = new SimpleDoubleProperty(1);
  private ChartFrame front;
  private long imageSwaps;
  private volatile ViewSize requestedSize;
  private PauseTransition settle;
  private PauseTransition split;
  private Tooltip tooltip;
  private String tooltipText;

  ChartView(ChartRenderService service, ChartKind kind) {
    this.service = service;
    this.kind = kind;
    freeFrames.addAll(frames);
    setId(kind.nodeId());
    getStyleClass().add(STYLE_CLASS);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    refreshTexts();
    setMinSize(0, 0);
    setPrefSize(DEFAULT_WIDTH, DEFAULT_HEIGHT);

    renderScale =
        sceneProperty()
            .flatMap(Scene::windowProperty)
            .flatMap(Window::renderScaleXProperty)
            .orElse(1.0);
    widthProperty().addListener((o, a, b) -> sizeChanged(false));
    heightProperty().addListener((o, a, b) -> sizeChanged(false));
    insetsProperty().addListener((o, a, b) -> sizeChanged(false));
    renderScale.addListener(
        (o, a, b) -> {
          // the tiles' edges must fall on the new screen's device pixels
          requestLayout();
          sizeChanged(true);
        });
    zoom.addListener((o, a, b) -> sizeChanged(true));
    sceneProperty().addListener((o, a, b) -> sizeChanged(true));
    // new charts reach the screen in the same pulse as the slider that changed them
    sceneProperty().addListener((o, was, now) -> service.moveScene(was, now));
    addEventHandler(MouseEvent.MOUSE_MOVED, this::showTooltip);
    addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTooltip());
    addEventHandler(
        MouseEvent.MOUSE_CLICKED,
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            hideTooltip();
            ChartZoomWindow.open(service, kind, getScene() == null ? null : getScene().getWindow());
          }
        });
  }

  public ChartKind kind() {
    return kind;
  }

  /** Re-reads the view's own texts after a language switch. */
  void refreshTexts() {
    setAccessibleText(ChartText.format("chart.view.accessibleText", ChartText.get(kind.nameKey())));
  }

  /**
   * How many times a new image has been put on screen (JavaFX thread): it does not move when a new
   * input draws exactly the pixels already shown, as nothing needs repainting then.
   */
  public long imageSwaps() {
    return imageSwaps;
  }

  /** Sequence number of the input whose image is on screen, or -1 before the first. */
  public long presentedSequence() {
    return front == null ? -1 : front.sequence();
  }

  /**
   * How much larger than normal the chart's text and lines are drawn: 1 in the window, more in
   * presentation mode so the back of the room can read the axes. The chart is laid out for the
   * view's size divided by the zoom and drawn at the zoom's extra pixel density.
   */
  public DoubleProperty zoomProperty() {
    return zoom;
  }

  /**
   * The image fills the content area, inside any padding and border a stylesheet gives the view.
   */
  @Override
  protected void layoutChildren() {
    tiles.layout(
        snappedLeftInset(),
        snappedTopInset(),
        contentWidth(),
        contentHeight(),
        renderScale.getValue().doubleValue());
  }

  private double contentWidth() {
    return getWidth() - snappedLeftInset() - snappedRightInset();
  }

  private double contentHeight() {
    return getHeight() - snappedTopInset() - snappedBottomInset();
  }

  /**
   * Records the size to draw at. The first size is drawn at once so the window opens with its
   * charts; later ones wait until the resizing settles, so dragging a divider does not queue a
   * redraw per pixel. A new render scale (window moved to a HiDPI screen) is drawn at once.
   */
  private void sizeChanged(boolean immediately) {
    double w = contentWidth();
    double h = contentHeight();
    if (getScene() == null || w < 1 || h < 1) {
      requestedSize = null;
      return;
    }
    double z = zoom.get();
    ViewSize size = new ViewSize(w / z, h / z, renderScale.getValue().doubleValue() * z);
    boolean first = requestedSize == null;
    requestedSize = size;
    if (first || immediately) {
      service.requestRender(kind);
      return;
    }
    if (settle == null) {
      settle = new PauseTransition(RESIZE_SETTLE);
      settle.setOnFinished(e -> service.requestRender(kind));
    }
    settle.playFromStart();
    mergeTiles();
  }

  /**
   * Shows the image on screen as one tile again while a resize settles: it is stretched until the
   * new size is drawn, and each layout pass of the resize would otherwise move hundreds of tiles.
   */
  private void mergeTiles() {
    if (split != null) {
      // no grid in the middle of a drag: the split is due again once the new size is drawn
      split.stop();
    }
    if (front == null || tiles.isWhole()) {
      return;
    }
    showTiles(tiles.whole(front.image().getWidth(), front.image().getHeight()), front.pixels());
  }

  /**
   * Puts a new set of tiles ({@code root}, from {@link ChartTiles#whole} or {@link
   * ChartTiles#rebuild}) on screen filled with {@code pixels}, placed at once: it may be shown
   * after the layout pass (in the pulse that waits for charts) and is painted before any further
   * layout.
   */
  private void showTiles(Node root, int[] pixels) {
    getChildren().setAll(root);
    tiles.copy(pixels, null);
    layoutChildren();
  }

  /** The size to draw at, or {@code null} while the view is not showing (any thread). */
  ViewSize requestedSize() {
    return requestedSize;
  }

  /** Returns a frame that was taken but will not be presented (any thread). */
  void giveBack(ChartFrame frame) {
    freeFrames.add(frame);
  }

  /** A frame the render thread may draw into; blocks until the JavaFX thread hands one back. */
  ChartFrame takeFreeFrame() throws InterruptedException {
    return freeFrames.take();
  }

  /**
   * The view's frame that is not {@code frame} (any thread): while the render thread holds one, the
   * other is the frame presented last, whose pixels the tiles show, or waiting to be presented.
   */
  ChartFrame otherFrame(ChartFrame frame) {
    return frames.get(0) == frame ? frames.get(1) : frames.get(0);
  }

  /**
   * Shows a drawn frame and frees the one it replaces (JavaFX thread). Only the tiles whose pixels
   * changed are copied and repainted. A frame with exactly the pixels on screen is not shown at
   * all: the frame on screen takes over its sequence number and tooltips and the new one goes
   * straight back. With the software renderer, painting a chart's area costs far more than drawing
   * it, and a slider often leaves some charts unchanged (chip supply never moves the capex chart).
   */
  void present(ChartFrame frame) {
    if (frame.sameAsOther() && front != null && front != frame) {
      front.adopt(frame);
      freeFrames.add(frame);
    } else {
      show(frame);
    }
    if (tiles.isWhole()) {
      // also after a resize that came back to the old size, whose redraw may even have the same
      // pixels: the picture is split as after a new size
      splitLater(false);
    }
  }

  /** Puts a frame with new pixels on screen: its changed tiles, or all of them at a new size. */
  private void show(ChartFrame frame) {
    int width = frame.image().getWidth();
    int height = frame.image().getHeight();
    if (tiles.fits(width, height)) {
      tiles.copy(frame.pixels(), frame.changedTiles());
    } else {
      showTiles(tiles.whole(width, height), frame.pixels());
      splitLater(true);
    }
    imageSwaps++;
    ChartFrame previous = front;
    front = frame;
    if (previous != null) {
      freeFrames.add(previous);
    }
    if (tooltip != null && tooltip.isShowing()) {
      hideTooltip();
    }
  }

  /**
   * Splits the image on screen into tiles a moment after it was drawn at a new size, so the new
   * size shows at once and later frames repaint only what changed. {@code restart}: count the
   * moment from now even if a split is already due.
   */
  private void splitLater(boolean restart) {
    if (split == null) {
      split = new PauseTransition(SPLIT_DELAY);
      split.setOnFinished(e -> splitNow());
    }
    if (restart || split.getStatus() != Animation.Status.RUNNING) {
      split.playFromStart();
    }
  }

  private void splitNow() {
    if (front == null || !tiles.isWhole() || isSettling()) {
      return;
    }
    // the whole tile always has the size of the front frame, which is the image on screen
    showTiles(tiles.rebuild(front.image().getWidth(), front.image().getHeight()), front.pixels());
  }

  /** Whether a resize is waiting to settle before the chart is drawn at its new size. */
  private boolean isSettling() {
    return settle != null && settle.getStatus() == Animation.Status.RUNNING;
  }

  /** The tiles the image on screen is shown as (tests). */
  ChartTiles tiles() {
    return tiles;
  }

  /** The frame on screen, or {@code null} (JavaFX thread). */
  ChartFrame front() {
    return front;
  }

  private void showTooltip(MouseEvent e) {
    String text = entityTooltip(e.getX(), e.getY());
    if (text == null) {
      hideTooltip();
      return;
    }
    if (tooltip == null) {
      tooltip = new Tooltip();
      tooltip.getStyleClass().add(STYLE_CLASS + "-tooltip");
    }
    if (!text.equals(tooltipText) || !tooltip.isShowing()) {
      tooltipText = text;
      tooltip.setText(text);
      tooltip.show(this, e.getScreenX() + TOOLTIP_OFFSET, e.getScreenY() + TOOLTIP_OFFSET);
    }
  }

  /** The tooltip of the chart item under a point in node coordinates, or {@code null}. */
  String entityTooltip(double x, double y) {
    ChartEntity entity = entityAt(x, y);
    return entity == null ? null : entity.getToolTipText();
  }

  /**
   * The model column and year of the point drawn under a point in node coordinates, or {@code null}
   * where there is none (a company's bar, scenario B, the background).
   */
  public ChartPoint pointAt(double x, double y) {
    return ChartPoint.of(entityAt(x, y));
  }

  private ChartEntity entityAt(double x, double y) {
    if (front == null || front.info() == null) {
      return null;
    }
    EntityCollection entities = front.info().getEntityCollection();
    // the image may be stretched while a new size is being drawn; map back to the drawn layout
    double sx = front.image().getWidth() / front.scale() / Math.max(1, contentWidth());
    double sy = front.image().getHeight() / front.scale() / Math.max(1, contentHeight());
    double cx = (x - snappedLeftInset()) * sx;
    double cy = (y - snappedTopInset()) * sy;
    return entities == null ? null : entities.getEntity(cx, cy);
  }

  private void hideTooltip() {
    tooltipText = null;
    if (tooltip != null) {
      tooltip.hide();
    }
  }
}
