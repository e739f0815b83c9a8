package com.computegap.view;

import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.interaction.MouseHandlerFX;

/**
 * A JFreeChart drawn on the JavaFX thread by JFreeChart-FX's {@link ChartCanvas}, inside the
 * padding a stylesheet gives it, with tooltips and without the viewer's zoom, pan and English
 * context menu (a stray drag must not zoom a chart in a meeting). For charts that change only now
 * and then, such as the uncertainty view's, which redraw when a Monte Carlo run finishes.
 */
final class ChartPane extends Region {

  private final ChartCanvas canvas;

  ChartPane(JFreeChart chart, String id, String accessibleName) {
    setId(id);
    getStyleClass().add(AnalysisStyles.CHART_PANE);
    canvas = new ChartCanvas(chart);
    canvas.setTooltipEnabled(true);
    canvas.setDomainZoomable(false);
    canvas.setRangeZoomable(false);
    for (String handler : new String[] {"pan", "scroll"}) {
      MouseHandlerFX h = canvas.getMouseHandler(handler);
      if (h != null) {
        canvas.removeMouseHandler(h);
        canvas.removeAuxiliaryMouseHandler(h);
      }
    }
    getChildren().add(canvas);
    setMinSize(0, 0);
    setPrefSize(480, 320);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setAccessibleText(accessibleName);
  }

  /** The chart shown. */
  JFreeChart chart() {
    return canvas.getChart();
  }

  /**
   * The plot's data area in the last frame drawn, in the canvas's pixels; {@code null} before the
   * first frame at the canvas's current size.
   */
  java.awt.geom.Rectangle2D plotArea() {
    ChartRenderingInfo info = canvas.getRenderingInfo();
    if (info == null
        || info.getChartArea().getWidth() != canvas.getWidth()
        || info.getChartArea().getHeight() != canvas.getHeight()) {
      return null;
    }
    return info.getPlotInfo().getDataArea();
  }

  @Override
  protected void layoutChildren() {
    double w = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
    double h = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
    canvas.relocate(snappedLeftInset(), snappedTopInset());
    if (canvas.getWidth() != w) {
      canvas.setWidth(w);
    }
    if (canvas.getHeight() != h) {
      canvas.setHeight(h);
    }
  }
}
