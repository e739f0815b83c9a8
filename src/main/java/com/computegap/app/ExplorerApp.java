package com.computegap.app;

import com.computegap.text.Messages;
import com.computegap.view.MainWindow;
import com.computegap.view.WindowSize;
import com.computegap.view.chart.ChartRenderService;
import com.computegap.viewmodel.AppearanceViewModel;
import com.computegap.viewmodel.AutosaveStore;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.RecentFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: builds the view model and the window, opens a file named on the command
 * line.
 */
public class ExplorerApp extends Application {

  private AutosaveStore store;
  private ChartRenderService charts;
  private Autosaver autosaver;

  @Override
  public void start(Stage stage) {
    if (StartupProbe.enabled()) {
      System.out.println("fx-start-ms=" + StartupProbe.sinceJvmStart());
    }
    AppSettings settings = new AppSettings(AppSettings.defaultFolder());
    AppearanceViewModel appearance = new AppearanceViewModel(settings); // sets the language first
    List<String> args = getParameters().getUnnamed();
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setTitle(Messages.get("app.title"));
    stage.setScene(
        StartupView.scene(
            WindowSize.initialWidth(screen.getWidth()),
            WindowSize.initialHeight(screen.getHeight()),
            args.isEmpty() ? null : args.get(0),
            appearance.themeProperty().get()));
    if (StartupProbe.enabled()) {
      StartupProbe.watchFirstFrame(stage.getScene());
    }
    // Lays the first picture out before the window is mapped, so the first frame after it only
    // paints: less time showing a bare window.
    stage.getScene().getRoot().applyCss();
    stage.getScene().getRoot().layout();
    stage.show();
    // The full window is built once the first picture is on the screen.
    afterFirstPicture(stage.getScene(), () -> openExplorer(stage, settings, appearance, args));
  }

  private void openExplorer(
      Stage stage, AppSettings settings, AppearanceViewModel appearance, List<String> args) {
    RecentFiles recent = new RecentFiles(settings.recentFiles(), settings::setRecentFiles);
    Explorer explorer = Explorer.create(stage, recent, appearance);
    ExplorerViewModel vm = explorer.vm();
    MainWindow window = explorer.window();
    charts = explorer.charts();
    if (StartupProbe.enabled()) {
      StartupProbe.watch(stage.getScene(), explorer);
    }
    startAutosave(vm, window);
    if (!StartupProbe.enabled()) {
      window.warmUpExports();
    }
    if (!args.isEmpty()) {
      Platform.runLater(() -> window.openFile(Path.of(args.get(0))));
    }
  }

  /**
   * How long the first picture is repainted every frame before the heavy part starts, ms. A frame
   * drawn before the window system has mapped the window is lost (the window then stays white while
   * the JavaFX thread builds the full window for a second or more); repainting for a moment makes
   * sure one lands after the window is on screen.
   */
  static final long FIRST_PICTURE_MILLIS = 250;

  /** At least this many frames are painted in that time. */
  static final int FIRST_PICTURE_FRAMES = 4;

  private static void afterFirstPicture(Scene scene, Runnable task) {
    Node root = scene.getRoot();
    new AnimationTimer() {
      private long first = -1;
      private int frames;

      @Override
      public void handle(long now) {
        if (first < 0) {
          first = now;
        }
        frames++;
        // an invisible change that makes the whole scene paint again in this frame
        root.setOpacity(frames % 2 == 0 ? 1 : 0.999);
        if (frames >= FIRST_PICTURE_FRAMES && now - first >= FIRST_PICTURE_MILLIS * 1_000_000L) {
          stop();
          root.setOpacity(1);
          Platform.runLater(task);
        }
      }
    }.start();
  }

  private void startAutosave(ExplorerViewModel vm, MainWindow window) {
    try {
      store = new AutosaveStore(AppSettings.defaultFolder().resolve("autosave"));
    } catch (IOException e) {
      return; // no writable app-data folder: the app works, without autosave
    }
    Platform.runLater(() -> window.offerRecovery(store));
    autosaver = new Autosaver(vm, store);
    autosaver.start();
  }

  @Override
  public void stop() throws IOException {
    if (charts != null) {
      charts.close();
    }
    if (autosaver != null) {
      autosaver.stop();
    }
    if (store != null) {
      store.close();
    }
  }
}
