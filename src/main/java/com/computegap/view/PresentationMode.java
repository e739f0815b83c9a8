package com.computegap.view;

import com.computegap.view.chart.ChartRenderService;
import com.computegap.viewmodel.AppearanceViewModel;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.PresentationViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Entering and leaving presentation mode, and its keys: the window's scene shows a {@link
 * PresentationView} full screen while presenting; on leaving, the stage's full-screen state is
 * restored and the window puts its own layout back ({@code restore}).
 */
final class PresentationMode {

  private static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination REDO =
      new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

  private final Stage stage;
  private final ExplorerViewModel vm;
  private final AppearanceViewModel appearance;
  private final ChartRenderService charts;
  private final Runnable shown;
  private final Runnable restore;
  private PresentationViewModel presentation;
  private boolean wasFullScreen;

  /**
   * @param shown called once the presentation is the scene's root (to apply its theme)
   * @param restore called after leaving, to put the window's own root and chart grid back
   */
  PresentationMode(
      Stage stage,
      ExplorerViewModel vm,
      AppearanceViewModel appearance,
      ChartRenderService charts,
      Runnable shown,
      Runnable restore) {
    this.stage = stage;
    this.vm = vm;
    this.appearance = appearance;
    this.charts = charts;
    this.shown = shown;
    this.restore = restore;
    stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    stage.setFullScreenExitHint("");
  }

  boolean isShowing() {
    return presentation != null;
  }

  void enter() {
    if (presentation != null) {
      return;
    }
    presentation = new PresentationViewModel(vm, appearance, ChartsPresenter.ORDER.size());
    PresentationView view =
        new PresentationView(
            vm, presentation, appearance, charts, ChartsPresenter.ORDER, this::exit);
    wasFullScreen = stage.isFullScreen();
    stage.getScene().setRoot(view);
    shown.run();
    stage.setFullScreen(true);
    view.requestFocus();
  }

  void exit() {
    if (presentation == null) {
      return;
    }
    presentation = null;
    for (var kind : ChartsPresenter.ORDER) {
      charts.view(kind).zoomProperty().set(1);
    }
    stage.setFullScreen(wasFullScreen);
    restore.run();
  }

  /**
   * The keys of presentation mode (a key-pressed filter on the scene); ignores events while not
   * presenting.
   */
  void keys(KeyEvent e) {
    if (presentation == null) {
      return;
    }
    Scene scene = stage.getScene();
    boolean editing =
        scene.getFocusOwner() instanceof Slider
            || scene.getFocusOwner() instanceof TextInputControl;
    boolean navigate = !editing;
    switch (e.getCode()) {
      case ESCAPE, F5 -> exit();
      case PAGE_DOWN -> presentation.next();
      case PAGE_UP -> presentation.previous();
      case RIGHT, DOWN -> {
        if (!navigate) {
          return;
        }
        presentation.next();
      }
      case LEFT, UP -> {
        if (!navigate) {
          return;
        }
        presentation.previous();
      }
      case HOME -> {
        if (!navigate) {
          return;
        }
        presentation.first();
      }
      case END -> {
        if (!navigate) {
          return;
        }
        presentation.last();
      }
      default -> {
        if (UNDO.match(e)) {
          vm.undo();
        } else if (REDO.match(e)) {
          vm.redo();
        } else {
          return;
        }
      }
    }
    e.consume();
  }
}
