package com.computegap.tools;

import com.computegap.app.Explorer;
import com.computegap.model.Claim;
import com.computegap.model.ClaimOp;
import com.computegap.model.Column;
import com.computegap.model.CorrelationPresets;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RecentFiles;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Dev tool, not a test: the uncertainty view's claims panel, distribution tab and correlation
 * editor at 1280×720, on the essay with three claims from its argument. Run it on a display with
 * the test class path: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * com.computegap.tools.ClaimsScreenshots FOLDER [ja]}.
 */
public final class ClaimsScreenshots {

  private Explorer explorer;
  private Stage stage;

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.US);
    String folder = args.length > 0 ? args[0] : "assets";
    boolean japanese = args.length > 1 && args[1].equals("ja");
    new ClaimsScreenshots().run(folder, japanese);
    Platform.exit();
    System.exit(0);
  }

  private void run(String folder, boolean japanese) throws Exception {
    FxRun.andWait(
        () -> {
          stage = new Stage();
          explorer = Explorer.create(stage, RecentFiles.inMemory(), Preferences.inMemory());
          stage.setWidth(1280);
          stage.setHeight(720);
          stage.setX(0);
          stage.setY(0);
          stage.show();
        });
    if (japanese) {
      FxRun.andWait(() -> explorer.appearance().languageProperty().set(Locale.JAPAN));
      Thread.sleep(1500);
    }
    FxRun.andWait(
        () -> {
          var claims = explorer.analysis().claims();
          claims.add(
              new Claim(
                  "DePIN reaches 10 % of AI capex in 2026",
                  Column.DEPIN_SHARE_OF_AI_CAPEX_PCT, 2026, ClaimOp.GE, 10));
          claims.add(
              new Claim(
                  "The compute gap stays under 50× in 2028",
                  Column.COMPUTE_GAP_RATIO,
                  2028,
                  ClaimOp.LT,
                  50));
          claims.add(
              new Claim(
                  "The spend gap narrows to 5× by 2025",
                  Column.SPEND_GAP_RATIO,
                  2025,
                  ClaimOp.LE,
                  5));
          explorer.analysis().correlations().applyPreset(CorrelationPresets.Preset.CRYPTO_CYCLE);
          explorer.analysis().correlations().applyPreset(CorrelationPresets.Preset.AI_CAPEX_CYCLE);
          explorer.analysis().uncertainty().activeProperty().set(true);
        });
    Thread.sleep(2500);
    FxRun.andWait(
        () -> {
          TabPane tabs = (TabPane) stage.getScene().lookup("#unc-lower-tabs");
          tabs.getTabs().stream()
              .filter(t -> "unc-tab-claims".equals(t.getId()))
              .findFirst()
              .ifPresent(tabs.getSelectionModel()::select);
        });
    Thread.sleep(800);
    FxRun.andWait(
        () ->
            ((TableView<?>) stage.getScene().lookup("#claims-table"))
                .getSelectionModel()
                .select(1));
    Thread.sleep(2500);
    shoot(stage, folder, "screenshot-claims.png");
    FxRun.andWait(
        () -> {
          TabPane tabs = (TabPane) stage.getScene().lookup("#unc-lower-tabs");
          tabs.getTabs().stream()
              .filter(t -> "unc-tab-distribution".equals(t.getId()))
              .findFirst()
              .ifPresent(tabs.getSelectionModel()::select);
        });
    Thread.sleep(2500);
    shoot(stage, folder, "screenshot-distribution.png");
    FxRun.andWait(
        () -> ((javafx.scene.control.Button) stage.getScene().lookup("#mc-correlations")).fire());
    Thread.sleep(1500);
    shootWindow("correlation-dialog", folder, "screenshot-correlations.png");
    FxRun.andWait(() -> explorer.charts().close());
  }

  private static void shoot(Stage stage, String folder, String name) throws Exception {
    CompletableFuture<WritableImage> image = new CompletableFuture<>();
    Platform.runLater(() -> image.complete(stage.getScene().snapshot(null)));
    File out = new File(folder, name);
    ImageIO.write(SwingFXUtils.fromFXImage(image.get(10, TimeUnit.SECONDS), null), "png", out);
    System.out.println("saved " + out);
  }

  private static void shootWindow(String paneId, String folder, String name) throws Exception {
    CompletableFuture<WritableImage> image = new CompletableFuture<>();
    Platform.runLater(
        () ->
            image.complete(
                List.copyOf(Window.getWindows()).stream()
                    .filter(
                        w ->
                            w.getScene() != null
                                && w.getScene().getRoot() != null
                                && paneId.equals(w.getScene().getRoot().getId()))
                    .findFirst()
                    .map(w -> w.getScene().snapshot(null))
                    .orElse(null)));
    WritableImage shot = image.get(10, TimeUnit.SECONDS);
    if (shot != null) {
      File out = new File(folder, name);
      ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", out);
      System.out.println("saved " + out);
    }
  }
}
