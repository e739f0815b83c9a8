package com.computegap.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.app.Explorer;
import com.computegap.model.GapModel;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Formats;
import com.computegap.view.chart.ChartRenderService;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, driven by node id on the headless Monocle platform. */
@ExtendWith(ApplicationExtension.class)
class ExplorerUiTest {

  private ExplorerViewModel vm;
  private MainWindow window;
  private Stage stage;
  private ChartRenderService charts;

  @AfterEach
  void closeCharts() {
    charts.close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Explorer explorer = Explorer.create(stage, RecentFiles.inMemory(), Preferences.inMemory());
    vm = explorer.vm();
    window = explorer.window();
    charts = explorer.charts();
    stage.show();
  }

  private static void waitUntil(BooleanSupplier condition) {
    FxWait.until(condition);
  }

  private String text(FxRobot robot, String id) {
    Node n = robot.lookup("#" + id).query();
    return n instanceof Label l ? l.getText() : ((TextField) n).getText();
  }

  @Test
  void shouldOpenABundledScenarioWithItsMenuShortcut(FxRobot robot) {
    robot.clickOn("#scenario-name");
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
    waitUntil(() -> "Taiwan disruption".equals(text(robot, "scenario-name")));
    assertTrue(robot.lookup("#param-chips-shock-supplyCutPct-slider").tryQuery().isPresent());
  }

  @Test
  void shouldShowTheModelsValueInTheKpiAfterASliderMoves(FxRobot robot) {
    Slider price = robot.lookup("#param-depin-tokenPriceMultiplier-slider").queryAs(Slider.class);
    robot.interact(price::requestFocus);
    robot.type(KeyCode.HOME);
    robot.type(KeyCode.RIGHT, 3);
    WaitForAsyncUtils.waitForFxEvents();
    double multiplier = vm.scenario().depin().tokenPriceMultiplier();
    assertEquals(0.3, multiplier, 1e-9, "three 0.1 steps from 0");
    String expected = Formats.times(GapModel.compute(vm.scenario()).first().spendGapRatio());
    waitUntil(() -> expected.equals(text(robot, "kpi-first-year-spend-gap-value")));
    assertEquals("0.3", text(robot, "param-depin-tokenPriceMultiplier-field"));
    assertTrue(robot.lookup("#param-depin-tokenPriceMultiplier-changed").query().isVisible());
  }

  @Test
  void shouldUndoWithTheKeyboard(FxRobot robot) {
    TextField field = robot.lookup("#param-chips-supplyK-field").queryAs(TextField.class);
    robot.interact(field::requestFocus);
    robot
        .press(KeyCode.CONTROL)
        .type(KeyCode.A)
        .release(KeyCode.CONTROL)
        .write("1500")
        .type(KeyCode.ENTER);
    waitUntil(() -> vm.scenario().chips().supplyK() == 1500);
    // focus stays in the committed field: the shortcut must still undo the document
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitUntil(() -> vm.scenario().chips().supplyK() == 4000);
    assertEquals("4,000", text(robot, "param-chips-supplyK-field"));
    robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
    waitUntil(() -> vm.scenario().chips().supplyK() == 1500);
  }

  @Test
  void shouldReopenASavedFileWithTheSameParameters(FxRobot robot, @TempDir Path dir)
      throws Exception {
    robot.interact(() -> vm.parameter("depin.sellSharePct").commitText("55"));
    Path file = dir.resolve("shared.gapx.json");
    robot.interact(
        () -> {
          try {
            vm.saveAs(file);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
    var saved = vm.scenario();
    robot.interact(() -> vm.openBundled(BundledScenarios.DEPIN_BULL));
    robot.interact(() -> window.openFile(file));
    waitUntil(() -> vm.fileProperty().get() != null);
    assertEquals(saved, vm.scenario());
    assertEquals("55", text(robot, "param-depin-sellSharePct-field"));
    assertTrue(stage.getTitle().startsWith("shared"), stage.getTitle());
  }

  @Test
  void shouldShowTheValidatorsMessageAndKeepTheDocumentWhenAFileIsBad(
      FxRobot robot, @TempDir Path dir) throws Exception {
    robot.interact(() -> vm.parameter("depin.sellSharePct").commitText("55"));
    var before = vm.scenario();
    Path bad = dir.resolve("broken.gapx.json");
    Files.writeString(
        bad,
        new String(BundledScenarios.bytes(BundledScenarios.ESSAY))
            .replace("\"sellSharePct\": 100", "\"sellSharePct\": 140"));
    Platform.runLater(() -> window.openFile(bad));
    waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
    DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
    assertEquals("depin.sellSharePct = 140 is out of range 0..100", dialog.getContentText());
    assertEquals("Could not open broken.gapx.json", dialog.getHeaderText());
    robot.clickOn((Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK));
    waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isEmpty());
    assertEquals(before, vm.scenario());
    assertEquals("55", text(robot, "param-depin-sellSharePct-field"));
  }

  @Test
  void shouldAskBeforeClosingWithUnsavedChanges(FxRobot robot) {
    robot.interact(() -> vm.parameter("chips.supplyK").commitText("1234"));
    Platform.runLater(window::requestClose);
    waitUntil(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
    DialogPane dialog = robot.lookup("#unsaved-dialog").queryAs(DialogPane.class);
    robot.clickOn(
        robot
            .from(dialog)
            .lookup(".button")
            .match(b -> "Cancel".equals(((Button) b).getText()))
            .queryAs(Button.class));
    waitUntil(() -> robot.lookup("#unsaved-dialog").tryQuery().isEmpty());
    assertTrue(stage.isShowing(), "Cancel keeps the window open");
    assertEquals(1234, vm.scenario().chips().supplyK());

    Platform.runLater(window::requestClose);
    waitUntil(() -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
    DialogPane again = robot.lookup("#unsaved-dialog").queryAs(DialogPane.class);
    robot.clickOn(
        robot
            .from(again)
            .lookup(".button")
            .match(b -> "Don’t Save".equals(((Button) b).getText()))
            .queryAs(Button.class));
    waitUntil(() -> !stage.isShowing());
    assertFalse(stage.isShowing());
  }

  @Test
  void shouldShowWhereTheDocumentLivesAndNoTimingsInTheStatusBar(FxRobot robot) {
    // when a slider moves (the model recomputes)
    robot.interact(() -> vm.parameter("chips.supplyK").commitText("4100"));
    WaitForAsyncUtils.waitForFxEvents();

    // then the status line says where the document lives, and nothing for developers
    String status = text(robot, "status") + " " + text(robot, "export-status");
    assertTrue(status.contains("essay-2024.gapx.json"), status);
    for (String dev : List.of("µs", "ms", "ns", "recomputed", "fps", "frame")) {
      assertFalse(status.contains(dev), "developer data '" + dev + "' in: " + status);
    }
  }

  @Test
  void shouldListEveryMenuAcceleratorInTheShortcutsDialog(FxRobot robot) {
    // given the real menu bar's commands that have an accelerator
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    List<MenuItem> withKeys = new ArrayList<>();
    robot.interact(() -> bar.getMenus().forEach(m -> collectAccelerated(m.getItems(), withKeys)));
    assertTrue(withKeys.size() >= 10, "the menus have many accelerators: " + withKeys.size());

    // when F1 is pressed
    robot.clickOn("#scenario-name");
    robot.type(KeyCode.F1);
    waitUntil(() -> robot.lookup("#shortcuts-text").tryQuery().isPresent());
    String listing = robot.lookup("#shortcuts-text").queryAs(TextArea.class).getText();

    // then each command's line names its accelerator
    List<String> lines = listing.lines().map(String::strip).toList();
    for (MenuItem item : withKeys) {
      String keys = item.getAccelerator().getDisplayText();
      assertTrue(
          lines.stream().anyMatch(l -> l.startsWith(item.getText()) && l.endsWith(keys)),
          item.getText() + " " + keys + " is missing from:\n" + listing);
    }
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.endsWith(new KeyCodeCombination(KeyCode.F1).getDisplayText())),
        "F1 itself is listed");
    robot.interact(
        () ->
            robot
                .lookup("#shortcuts-dialog")
                .queryAs(DialogPane.class)
                .getScene()
                .getWindow()
                .hide());
  }

  private static void collectAccelerated(List<MenuItem> items, List<MenuItem> into) {
    for (MenuItem item : items) {
      if (item.getAccelerator() != null) {
        into.add(item);
      }
      if (item instanceof Menu sub) {
        collectAccelerated(sub.getItems(), into);
      }
    }
  }
}
