package com.computegap.view;

import com.computegap.chart.ChartKind;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Lays out the five charts for the room it has ({@link ChartLayout}): all five in a grid (three
 * across the top, two below) when each gets a legible plot, else as many as fit side by side with a
 * strip of chart names above to bring the others in. Only the charts shown are in the scene, so the
 * hidden ones are not drawn.
 *
 * <p>Node ids: {@code chart-grid}; the strip {@code chart-strip} with buttons {@code strip-<chart
 * node id>} (pseudo-class {@code :shown} on the charts on screen).
 */
public final class ChartGrid extends Region {

  private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");

  private final List<Region> cells;
  private final FlowPane strip = new FlowPane(4, 4);
  private final List<Button> stripButtons = new ArrayList<>();
  private ChartLayout.Plan plan;
  private int first;

  /**
   * @param kinds the charts, in layout order
   * @param cells their cells, in the same order (the waterfall's with its year picker)
   */
  public ChartGrid(List<ChartKind> kinds, List<? extends Region> cells) {
    setId("chart-grid");
    getStyleClass().add(Styles.CHART_AREA);
    this.cells = List.copyOf(cells);
    strip.setId("chart-strip");
    strip.getStyleClass().add("chart-strip");
    for (int i = 0; i < cells.size(); i++) {
      Region chart = cells.get(i);
      chart.getStyleClass().add(Styles.CHART_CELL);
      chart.setMinSize(0, 0);
      chart.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
      int index = i;
      Button b = new Button(Messages.get(kinds.get(i).nameKey()));
      b.setId("strip-" + kinds.get(i).nodeId());
      b.getStyleClass().add("chart-strip-button");
      b.setMinWidth(Region.USE_PREF_SIZE);
      b.setFocusTraversable(false);
      b.setTooltip(new Tooltip(Messages.get("charts.strip.tooltip")));
      b.setOnAction(e -> show(index));
      stripButtons.add(b);
    }
    strip.getChildren().addAll(stripButtons);
    setMinSize(0, 0);
  }

  /** Brings chart {@code index} (layout order) on screen, with the others of its page. */
  public void show(int index) {
    first = index;
    plan = null;
    requestLayout();
  }

  /** The layout in use, for tests; {@code null} before the first layout. */
  ChartLayout.Plan plan() {
    return plan;
  }

  /** The chart nodes on screen, in layout order. */
  public List<Node> charts() {
    return getChildren().stream().filter(n -> n != strip).toList();
  }

  @Override
  protected void layoutChildren() {
    double x0 = snappedLeftInset();
    double y0 = snappedTopInset();
    double w = getWidth() - x0 - snappedRightInset();
    double h = getHeight() - y0 - snappedBottomInset();
    double gap = ChartLayout.GAP;
    double sh = snapSizeY(strip.prefHeight(w));
    ChartLayout.Plan next = ChartLayout.plan(w, h, cells.size(), sh);
    if (!next.equals(plan)) {
      plan = next;
      applyPlan();
    }
    double y = y0;
    if (!plan.all()) {
      strip.resizeRelocate(x0, y, w, sh);
      y += sh + gap;
      h -= sh + gap;
    }
    List<Node> shown = charts();
    if (plan.all() && plan.rows() == 2) {
      // three across the top, two below; the bottom row holds the waterfall with its picker
      double bottom = Math.max(ChartLayout.MIN_TALL_CELL_HEIGHT, (h - gap) * 0.5);
      double top = h - gap - bottom;
      row(shown.subList(0, 3), x0, y, w, top, new double[] {1, 1, 1});
      row(shown.subList(3, shown.size()), x0, y + top + gap, w, bottom, new double[] {2, 3});
      return;
    }
    int cols = plan.columns();
    double rowH = (h - gap * (plan.rows() - 1)) / plan.rows();
    for (int r = 0; r < plan.rows(); r++) {
      int from = r * cols;
      if (from >= shown.size()) {
        break;
      }
      List<Node> inRow = shown.subList(from, Math.min(shown.size(), from + cols));
      double[] weights = new double[cols];
      java.util.Arrays.fill(weights, 1);
      row(inRow, x0, y + r * (rowH + gap), w, rowH, weights);
    }
  }

  private void row(List<Node> nodes, double x, double y, double w, double h, double[] weights) {
    double total = 0;
    for (double wt : weights) {
      total += wt;
    }
    double free = w - ChartLayout.GAP * (weights.length - 1);
    double cx = x;
    for (int i = 0; i < nodes.size(); i++) {
      double cw = free * weights[i] / total;
      nodes.get(i).resizeRelocate(snapPositionX(cx), snapPositionY(y), snapSizeX(cw), snapSizeY(h));
      cx += cw + ChartLayout.GAP;
    }
  }

  /** Puts the charts of the plan's page into the scene and takes the others out. */
  private void applyPlan() {
    int perPage = plan.perPage();
    int start = plan.all() ? 0 : Math.min(first / perPage * perPage, cells.size() - 1);
    List<Node> wanted = new ArrayList<>();
    if (!plan.all()) {
      wanted.add(strip);
    }
    for (int i = start; i < Math.min(cells.size(), start + perPage); i++) {
      wanted.add(cells.get(i));
    }
    for (int i = 0; i < stripButtons.size(); i++) {
      stripButtons.get(i).pseudoClassStateChanged(SHOWN, i >= start && i < start + perPage);
    }
    if (!getChildren().equals(wanted)) {
      getChildren().setAll(wanted);
    }
  }
}
