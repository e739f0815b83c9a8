package com.computegap.view.chart;

import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartPresentation;
import com.computegap.chart.ChartText;
import com.computegap.chart.ChartTheme;
import com.computegap.chart.ModelChart;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;

/**
 * A separate window with one chart in a JFreeChart-FX {@link ChartViewer}, for zooming (drag a
 * rectangle, scroll) and panning (Ctrl-drag); Esc closes it. It holds its own copy of the chart,
 * confined to the JavaFX thread, which follows the main charts: each presented input and each theme
 * change is applied to it there. Drawing one chart on the JavaFX thread is affordable; five were
 * not (see {@link ChartRenderService}).
 */
final class ChartZoomWindow {

  private static final double WIDTH = 1200;
  private static final double HEIGHT = 760;

  private ChartZoomWindow() {}

  /** Opens the window for {@code kind} (JavaFX thread); {@code owner} may be {@code null}. */
  static Stage open(ChartRenderService service, ChartKind kind, Window owner) {
    ModelChart chart = kind.create();
    chart.applyTheme(service.themeProperty().get());
    chart.fitTo(WIDTH, HEIGHT);
    ChartInput shown = service.presentedInput();
    if (shown != null) {
      chart.update(shown);
    }
    ChartViewer viewer = new ChartViewer(chart.chart());
    viewer.setId(kind.nodeId() + "-zoom");
    Stage stage = new Stage();
    if (owner != null) {
      stage.initOwner(owner);
    }
    stage.setTitle(ChartText.format("chart.window.title", ChartText.get(kind.nameKey())));
    Scene scene = new Scene(viewer, WIDTH, HEIGHT);
    // Esc closes it, as presenters expect of a window that only shows one chart
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            stage.hide();
          }
        });
    stage.setScene(scene);

    Consumer<ChartPresentation> follow = p -> chart.update(p.input());
    ChangeListener<ChartTheme> restyle = (o, before, after) -> chart.applyTheme(after);
    service.addPresentationListener(follow);
    service.themeProperty().addListener(restyle);
    stage.setOnHidden(
        e -> {
          service.removePresentationListener(follow);
          service.themeProperty().removeListener(restyle);
        });
    stage.show();
    return stage;
  }
}
