package com.computegap.tools;

import com.computegap.app.Explorer;
import com.computegap.scenario.BundledScenarios;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RecentFiles;
import com.computegap.viewmodel.Theme;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Dev tool, not a test: opens the real window and saves pictures of its states for the README
 * ({@code assets/}). Run it on a display (an Xvfb is enough), with the test class path: {@code java
 * -cp target/classes:target/test-classes:$(cat cp.txt) com.computegap.tools.ScreenshotTour assets}.
 * A second argument {@code uncertainty} takes only the uncertainty view and its dialogs; {@code
 * compare W H} takes only compare mode in a W×H window ({@code compare-WxH.png}).
 */
public final class ScreenshotTour {

  private Explorer explorer;
  private Stage stage;

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.US);
    String folder = args.length > 0 ? args[0] : "assets";
    boolean onlyUncertainty = args.length > 1 && args[1].equals("uncertainty");
    if (args.length > 3 && args[1].equals("uncertainty")) {
      new ScreenshotTour()
          .uncertaintyTabs(folder, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    } else if (args.length > 3 && args[1].equals("compare")) {
      new ScreenshotTour()
          .compareOnly(folder, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    } else {
      new ScreenshotTour().run(folder, onlyUncertainty);
    }
    Platform.exit();
    System.exit(0);
  }

  /**
   * The uncertainty view in a W×H window with each of its tabs in front ({@code unc-WxH-TAB.png}).
   */
  private void uncertaintyTabs(String folder, int width, int height) throws Exception {
    open(width, height);
    fx(() -> explorer.analysis().uncertainty().activeProperty().set(true));
    settle();
    javafx.scene.control.TabPane tabs =
        (javafx.scene.control.TabPane) stage.getScene().lookup("#unc-lower-tabs");
    for (javafx.scene.control.Tab tab : List.copyOf(tabs.getTabs())) {
      fx(() -> tabs.getSelectionModel().select(tab));
      settle();
      shoot(folder, "unc-" + width + "x" + height + "-" + tab.getId() + ".png");
    }
    fx(() -> explorer.charts().close());
  }

  /** Opens the window at {@code width} x {@code height} on the bundled baseline. */
  private void open(int width, int height) throws Exception {
    fx(
        () -> {
          stage = new Stage();
          explorer = Explorer.create(stage, RecentFiles.inMemory(), Preferences.inMemory());
          stage.setWidth(width);
          stage.setHeight(height);
          stage.show();
        });
  }

  private void compareOnly(String folder, int width, int height) throws Exception {
    open(width, height);
    fx(
        () ->
            explorer
                .compare()
                .compareWith(
                    BundledScenarios.load(BundledScenarios.DEPIN_BULL), "B: DePIN bull case"));
    settle();
    shoot(folder, "compare-" + width + "x" + height + ".png");
    fx(() -> explorer.charts().close());
  }

  private void run(String folder, boolean onlyUncertainty) throws Exception {
    fx(
        () -> {
          stage = new Stage();
          explorer = Explorer.create(stage, RecentFiles.inMemory(), Preferences.inMemory());
          stage.setWidth(1600);
          stage.setHeight(1000);
          stage.show();
        });
    settle();
    if (onlyUncertainty) {
      uncertainty(folder);
      fx(() -> explorer.charts().close());
      return;
    }
    shoot(folder, "screenshot-main.png");

    fx(() -> explorer.vm().openBundled(BundledScenarios.TAIWAN_DISRUPTION));
    settle();
    shoot(folder, "screenshot-taiwan.png");

    fx(
        () -> {
          explorer.vm().openBundled(BundledScenarios.ESSAY);
          explorer
              .compare()
              .compareWith(
                  BundledScenarios.load(BundledScenarios.DEPIN_BULL), "B: DePIN bull case");
        });
    settle();
    shoot(folder, "screenshot-compare.png");
    fx(() -> explorer.compare().clear());

    fx(() -> explorer.appearance().themeProperty().set(Theme.DARK));
    settle();
    shoot(folder, "screenshot-dark.png");
    fx(() -> explorer.appearance().themeProperty().set(Theme.LIGHT));

    fx(
        () -> {
          explorer.appearance().presentationThemeProperty().set(Theme.HIGH_CONTRAST);
          explorer.window().enterPresentation();
        });
    settle();
    shoot(folder, "presentation-high-contrast.png");
    fx(
        () -> {
          explorer.appearance().presentationThemeProperty().set(Theme.DARK);
          explorer.window().scene().getRoot().requestFocus();
        });
    fx(
        () -> {
          for (int i = 0; i < 3; i++) {
            explorer
                .window()
                .scene()
                .getRoot()
                .fireEvent(key(javafx.scene.input.KeyCode.PAGE_DOWN));
          }
        });
    settle();
    shoot(folder, "presentation-dark.png");
    fx(() -> explorer.window().exitPresentation());

    fx(() -> explorer.appearance().languageProperty().set(Locale.JAPAN));
    settle();
    shoot(folder, "screenshot-japanese.png");
    fx(() -> explorer.appearance().languageProperty().set(Locale.US));
    uncertainty(folder);
    fx(() -> explorer.charts().close());
  }

  /**
   * The uncertainty view (light, dark, Japanese), the goal-seek dialog on a preset, and the range
   * editor.
   */
  private void uncertainty(String folder) throws Exception {
    fx(() -> explorer.analysis().uncertainty().activeProperty().set(true));
    settle();
    shoot(folder, "screenshot-uncertainty.png");
    fx(() -> explorer.appearance().themeProperty().set(Theme.DARK));
    settle();
    shoot(folder, "screenshot-uncertainty-dark.png");
    fx(() -> explorer.appearance().themeProperty().set(Theme.LIGHT));
    fx(() -> explorer.appearance().languageProperty().set(Locale.JAPAN));
    settle();
    shoot(folder, "screenshot-uncertainty-japanese.png");
    fx(() -> explorer.appearance().languageProperty().set(Locale.US));
    settle();

    fx(
        () ->
            explorer
                .window()
                .showGoalSeek(com.computegap.model.GoalSeek.Preset.TOKEN_PRICE_FOR_CAPEX_PARITY));
    settle();
    shootDialog(folder, "goal-seek-dialog", "screenshot-goal-seek.png");
    fx(() -> closeDialog("goal-seek-dialog"));

    fx(
        () -> {
          javafx.scene.Node row =
              stage.getScene().lookup("#param-hyperscalers-Meta-growthPct-range-badge");
          if (row != null) {
            row.fireEvent(
                new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                    0,
                    0,
                    0,
                    0,
                    javafx.scene.input.MouseButton.PRIMARY,
                    1,
                    false,
                    false,
                    false,
                    false,
                    true,
                    false,
                    false,
                    false,
                    false,
                    false,
                    null));
          }
        });
    settle();
    shootDialog(folder, "range-editor-dialog", "screenshot-range-editor.png");
    fx(() -> closeDialog("range-editor-dialog"));
    fx(() -> explorer.analysis().uncertainty().activeProperty().set(false));
  }

  private static javafx.stage.Window dialogWindow(String paneId) {
    return javafx.stage.Window.getWindows().stream()
        .filter(
            w ->
                w.getScene() != null
                    && w.getScene().getRoot() != null
                    && paneId.equals(w.getScene().getRoot().getId()))
        .findFirst()
        .orElse(null);
  }

  private static void closeDialog(String paneId) {
    javafx.stage.Window w = dialogWindow(paneId);
    if (w != null) {
      w.hide();
    }
  }

  private void shootDialog(String folder, String paneId, String name) throws Exception {
    CompletableFuture<WritableImage> image = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          javafx.stage.Window w = dialogWindow(paneId);
          image.complete(w == null ? null : w.getScene().snapshot(null));
        });
    WritableImage shot = image.get(10, TimeUnit.SECONDS);
    if (shot == null) {
      System.out.println("no " + paneId + " showing");
      return;
    }
    File out = new File(folder, name);
    ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", out);
    System.out.println("saved " + out);
  }

  private static javafx.scene.input.KeyEvent key(javafx.scene.input.KeyCode code) {
    return new javafx.scene.input.KeyEvent(
        javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
  }

  private void shoot(String folder, String name) throws Exception {
    CompletableFuture<WritableImage> image = new CompletableFuture<>();
    Platform.runLater(() -> image.complete(stage.getScene().snapshot(null)));
    File out = new File(folder, name);
    ImageIO.write(SwingFXUtils.fromFXImage(image.get(10, TimeUnit.SECONDS), null), "png", out);
    System.out.println("saved " + out);
  }

  private static void settle() throws InterruptedException {
    Thread.sleep(2500);
  }

  private static void fx(Runnable r) throws Exception {
    FxRun.andWait(r);
  }
}
