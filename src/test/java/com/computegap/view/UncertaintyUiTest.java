package com.computegap.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.app.Explorer;
import com.computegap.chart.BandDataset;
import com.computegap.model.Column;
import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.ParameterPath;
import com.computegap.model.Statistic;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RecentFiles;
import com.computegap.viewmodel.UncertaintyViewModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The uncertainty tab, goal seek and the range editor in the real window, driven by node id
 * (headless).
 */
@ExtendWith(ApplicationExtension.class)
class UncertaintyUiTest {

  private Explorer explorer;
  private ExplorerViewModel vm;

  @Start
  void start(Stage stage) {
    explorer = Explorer.create(stage, RecentFiles.inMemory(), Preferences.inMemory());
    vm = explorer.vm();
    stage.show();
  }

  @AfterEach
  void close(FxRobot robot) {
    robot.interact(
        () ->
            List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != explorer.window().scene().getWindow())
                .forEach(Window::hide));
    explorer.charts().close();
    explorer.analysis().close();
  }

  private static void waitUntil(BooleanSupplier condition) {
    try {
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("condition not met within 20 s", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String text(FxRobot robot, String id) {
    Node n = robot.lookup("#" + id).query();
    return n instanceof Label l ? l.getText() : ((TextField) n).getText();
  }

  private void shortcut(FxRobot robot, KeyCode... keys) {
    robot.press(KeyCode.CONTROL);
    for (KeyCode k : keys) {
      robot.press(k);
    }
    for (int i = keys.length - 1; i >= 0; i--) {
      robot.release(keys[i]);
    }
    robot.release(KeyCode.CONTROL);
  }

  private boolean finished() {
    UncertaintyViewModel mc = explorer.analysis().uncertainty();
    return mc.outcome() != null && !mc.runningProperty().get();
  }

  @Test
  void shouldDrawTheFansWithTheEnginesNumbersForTheSameSeed(FxRobot robot) {
    // given the essay baseline, when the uncertainty tab opens
    robot.clickOn("#tab-uncertainty");
    waitUntil(this::finished);

    // then each fan holds MonteCarlo.run's percentiles for the same runs and seed
    MonteCarloResult expected = MonteCarlo.run(vm.scenario(), MonteCarlo.Options.of(10_000, 1));
    Map<String, Column> fans =
        Map.of(
            "fan-spend-gap",
            Column.SPEND_GAP_RATIO,
            "fan-compute-gap",
            Column.COMPUTE_GAP_RATIO,
            "fan-installed",
            Column.DEPIN_EFFECTIVE_K);
    for (var fan : fans.entrySet()) {
      ChartPane pane = robot.lookup("#" + fan.getKey()).queryAs(ChartPane.class);
      BandDataset bands = (BandDataset) ((XYPlot) pane.chart().getPlot()).getDataset(0);
      Column c = fan.getValue();
      int years = vm.scenario().years();
      assertEquals(years, bands.getItemCount(0), fan.getKey());
      for (int i = 0; i < years; i++) {
        int year = vm.scenario().startYear() + i;
        assertEquals(
            expected.get(c, year, Statistic.P5),
            bands.getStartYValue(0, i),
            fan.getKey() + " p5 " + year);
        assertEquals(
            expected.get(c, year, Statistic.P95),
            bands.getEndYValue(0, i),
            fan.getKey() + " p95 " + year);
        assertEquals(
            expected.get(c, year, Statistic.P25),
            bands.getStartYValue(1, i),
            fan.getKey() + " p25 " + year);
        assertEquals(
            expected.get(c, year, Statistic.P75),
            bands.getEndYValue(1, i),
            fan.getKey() + " p75 " + year);
        assertEquals(
            expected.get(c, year, Statistic.P50),
            bands.getYValue(1, i),
            fan.getKey() + " p50 " + year);
      }
    }
    assertTrue(
        text(robot, "mc-status").matches("\\d+ uncertain parameters"), text(robot, "mc-status"));
    assertTrue(robot.lookup("#tornado-chart").tryQuery().isPresent());
    assertTrue(
        robot.lookup("#chart-grid").tryQuery().isEmpty(),
        "the hidden main charts are out of the scene");
    assertFalse(robot.lookup("#mc-progress").query().isVisible());
    assertTrue(robot.lookup("#mc-cancel").queryAs(Button.class).isDisabled());
  }

  @Test
  void shouldRunAgainWhenASliderMovesAndSwitchViewsWithTheShortcut(FxRobot robot) {
    robot.clickOn("#scenario-name");
    shortcut(robot, KeyCode.U);
    waitUntil(this::finished);
    TabPane tabs = robot.lookup("#chart-tabs").queryAs(TabPane.class);
    assertEquals("tab-uncertainty", tabs.getSelectionModel().getSelectedItem().getId());

    robot.interact(() -> vm.parameter("chips.supplyGrowthPct").commitText("45"));
    waitUntil(
        () ->
            finished() && explorer.analysis().uncertainty().outcome().scenario() == vm.scenario());
    ChoiceBox<?> year = robot.lookup("#tornado-year").queryAs(ChoiceBox.class);
    assertEquals(2028, year.getValue());

    robot.clickOn("#scenario-name");
    shortcut(robot, KeyCode.U);
    waitUntil(() -> "tab-scenario".equals(tabs.getSelectionModel().getSelectedItem().getId()));
    assertTrue(robot.lookup("#chart-grid").tryQuery().isPresent());
  }

  @Test
  void shouldKeepTheUncertaintyViewThroughPresentationModeAndALanguageSwitch(FxRobot robot) {
    var active = explorer.analysis().uncertainty().activeProperty();
    robot.interact(() -> active.set(true));
    waitUntil(this::finished);
    robot.interact(() -> explorer.window().enterPresentation());
    robot.interact(() -> explorer.window().exitPresentation());
    robot.interact(
        () -> {
          active.set(false);
          active.set(true);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        robot.lookup("#fan-spend-gap").tryQuery().isPresent(),
        "the view is back after presentation mode");

    robot.interact(() -> explorer.appearance().languageProperty().set(java.util.Locale.JAPAN));
    try {
      waitUntil(() -> robot.lookup("#fan-spend-gap").tryQuery().isPresent());
      ChartPane pane = robot.lookup("#fan-spend-gap").queryAs(ChartPane.class);
      assertEquals(
          "\u652F\u51FA\u30AE\u30E3\u30C3\u30D7: \u7D50\u679C\u306E\u5E45",
          pane.chart().getTitle().getText(),
          "redrawn in Japanese from the result already there");
      assertTrue(robot.lookup("#tab-uncertainty").tryQuery().isPresent());
    } finally {
      robot.interact(() -> explorer.appearance().languageProperty().set(java.util.Locale.US));
    }
  }

  @Test
  void shouldExplainWhyTheTokenPricePresetIsCapped(FxRobot robot) {
    // given the goal-seek dialog, opened with its shortcut
    robot.clickOn("#scenario-name");
    shortcut(robot, KeyCode.G);
    waitUntil(() -> robot.lookup("#goal-seek-dialog").tryQuery().isPresent());

    // when the essay's first question is asked
    robot.clickOn("#goal-preset-token-price");
    WaitForAsyncUtils.waitForFxEvents();

    // then the answer says what caps it, and offers nothing to apply
    String answer = text(robot, "goal-seek-answer");
    assertTrue(
        answer.startsWith(
            "Capped: beyond Token price = 1.5 \u00D7 today, DePIN AI capex no longer changes, "
                + "because token buyers bring only 40 B USD in 2024"),
        answer);
    assertTrue(robot.lookup("#goal-apply").queryAs(Button.class).isDisabled());
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldApplyASolvedGoalToTheSliderAndUndoIt(FxRobot robot) {
    robot.clickOn("#scenario-name");
    shortcut(robot, KeyCode.G);
    waitUntil(() -> robot.lookup("#goal-seek-dialog").tryQuery().isPresent());
    robot.interact(
        () -> {
          robot
              .lookup("#goal-parameter")
              .queryAs(ComboBox.class)
              .setValue(ParameterPath.parse("depin.newIncentiveCapUsdB"));
          robot
              .lookup("#goal-output")
              .queryAs(ComboBox.class)
              .setValue(Column.DEPIN_AI_CAPEX_USD_B);
          robot.lookup("#goal-year").queryAs(ChoiceBox.class).setValue(2024);
        });
    robot.clickOn("#goal-target-value");
    robot.clickOn("#goal-target").write("30");
    robot.clickOn("#goal-solve");
    waitUntil(() -> !robot.lookup("#goal-apply").queryAs(Button.class).isDisabled());
    assertTrue(
        text(robot, "goal-seek-answer")
            .startsWith(
                "New incentives = 90 B USD makes DePIN AI capex in 2024 " + "equal 30 B USD."),
        text(robot, "goal-seek-answer"));

    robot.clickOn("#goal-apply");
    waitUntil(() -> vm.scenario().depin().newIncentiveCapUsdB() == 90);
    assertEquals("90", text(robot, "param-depin-newIncentiveCapUsdB-field"));
    assertEquals(
        90,
        robot
            .lookup("#param-depin-newIncentiveCapUsdB-slider")
            .queryAs(javafx.scene.control.Slider.class)
            .getValue(),
        1e-9);

    robot.clickOn("#goal-close");
    robot.clickOn("#scenario-name");
    shortcut(robot, KeyCode.Z);
    waitUntil(() -> vm.scenario().depin().newIncentiveCapUsdB() == 80);
    assertEquals("80", text(robot, "param-depin-newIncentiveCapUsdB-field"));
  }

  @Test
  void shouldSaveARangeFromTheSlidersMenuMarkTheRowAndUndoIt(FxRobot robot) {
    // given a row without a range
    Node badge = robot.lookup("#param-hyperscalers-Microsoft-capexUsdB-range-badge").query();
    assertFalse(badge.isVisible());
    int before = vm.scenario().uncertainty().size();

    // when its menu opens the editor and an invalid range is typed
    // (Monocle turns no right-click into a context-menu request: ask for the menu as the platform
    // would)
    Node slider = robot.lookup("#param-hyperscalers-Microsoft-capexUsdB-slider").query();
    robot.interact(
        () -> {
          var b = slider.localToScreen(slider.getBoundsInLocal());
          slider.fireEvent(
              new javafx.scene.input.ContextMenuEvent(
                  javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                  b.getWidth() / 2,
                  b.getHeight() / 2,
                  b.getCenterX(),
                  b.getCenterY(),
                  false,
                  null));
        });
    robot.clickOn("Uncertainty Range\u2026");
    waitUntil(() -> robot.lookup("#range-editor-dialog").tryQuery().isPresent());
    TextField low = robot.lookup("#range-value-0").queryAs(TextField.class);
    robot.doubleClickOn(low).eraseText(low.getText().length()).write("60");

    // then it says why and will not save
    assertEquals("Expected low \u2264 most likely \u2264 high", text(robot, "range-error"));
    assertTrue(robot.lookup("#range-save").queryAs(Button.class).isDisabled());

    // when the range is fixed and saved
    robot.doubleClickOn(low).eraseText(low.getText().length()).write("40");
    robot.clickOn("#range-save");
    waitUntil(() -> vm.scenario().uncertainty().size() == before + 1);

    // then the row carries the mark, and undo takes the range away again
    assertTrue(badge.isVisible());
    assertEquals(
        "hyperscalers[Microsoft].capexUsdB", vm.scenario().uncertainty().get(before).param());
    assertTrue(badge.isVisible());
    robot.clickOn("#scenario-name");
    shortcut(robot, KeyCode.Z);
    waitUntil(() -> vm.scenario().uncertainty().size() == before);
    assertFalse(badge.isVisible());
  }
}
