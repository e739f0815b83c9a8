package com.computegap.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.app.Explorer;
import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.ParameterPath;
import com.computegap.model.RealityCheck;
import com.computegap.model.Scenario;
import com.computegap.text.RealityTexts;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RealityCheckRow;
import com.computegap.viewmodel.RecentFiles;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Reality check tab in the real window, driven by node id (headless). */
@ExtendWith(ApplicationExtension.class)
class RealityCheckUiTest {

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

  private void showReality(FxRobot robot) {
    robot.interact(this::openScenarioWithActuals);
    robot.clickOn(robot.lookup("#tab-reality").queryAs(Node.class));
    waitUntil(() -> robot.lookup("#reality-table").tryQuery().isPresent());
  }

  /** The essay baseline held against reported 2024-2026 figures. */
  private void openScenarioWithActuals() {
    Scenario essay = vm.scenario(); // the window opens on the essay baseline
    vm.change(
        essay.withActuals(
            List.of(
                new Actual(
                    Column.HYPERSCALER_CAPEX_USD_B, "Meta", 2024, 39.2, "Meta 10-K 2024", null),
                new Actual(
                    Column.HYPERSCALER_CAPEX_USD_B,
                    "Microsoft",
                    2024,
                    75.6,
                    "Quarterly reports",
                    null),
                new Actual(Column.HYPERSCALER_CAPEX_USD_B, null, 2025, 413, "Four companies", null),
                new Actual(
                    Column.HYPERSCALER_AI_CAPEX_USD_B, null, 2024, 175, "Close to the model", null),
                new Actual(Column.DEPIN_AI_CAPEX_USD_B, null, 2031, 1, "After the horizon", null))),
        "actuals");
  }

  @SuppressWarnings("unchecked")
  private static TableView<RealityCheckRow> table(FxRobot robot) {
    return robot.lookup("#reality-table").queryAs(TableView.class);
  }

  @Test
  void shouldListEveryReportedFigureOfTheScenarioWithTheSummary(FxRobot robot) {
    // given the reality scenario, when its Reality check tab is opened
    showReality(robot);

    // then the table has one row per reported figure, in file order, and the summary counts them
    Scenario s = vm.scenario();
    assertTrue(s.actuals().size() >= 3, "the scenario lists reported figures");
    TableView<RealityCheckRow> table = table(robot);
    assertEquals(s.actuals().size(), table.getItems().size());
    for (int i = 0; i < s.actuals().size(); i++) {
      assertEquals(s.actuals().get(i).year(), table.getItems().get(i).year());
      assertEquals(s.actuals().get(i).value(), table.getItems().get(i).actual());
    }
    RealityCheck.Summary sum = RealityCheck.summary(RealityCheck.rows(s, GapModel.compute(s)));
    String summary = robot.lookup("#reality-summary").queryAs(Label.class).getText();
    assertEquals(RealityTexts.summary(sum.within(), sum.compared(), sum.total()), summary);
    assertTrue(summary.contains("of " + sum.compared()), summary);
  }

  @Test
  void shouldColourEachErrorCellByItsBand(FxRobot robot) {
    showReality(robot);
    TableView<RealityCheckRow> table = table(robot);
    Set<Node> cells = robot.lookup(".table-cell.reality-error").queryAll();
    int coloured = 0;
    for (Node cell : cells) {
      if (!(cell instanceof javafx.scene.control.TableCell<?, ?> c)
          || c.isEmpty()
          || c.getIndex() < 0
          || c.getIndex() >= table.getItems().size()) {
        continue;
      }
      RealityCheckRow row = table.getItems().get(c.getIndex());
      for (RealityTexts.Closeness band : RealityTexts.Closeness.values()) {
        assertEquals(
            band == row.closeness(),
            cell.getPseudoClassStates().contains(PseudoClass.getPseudoClass(band.styleClass())),
            "row " + c.getIndex() + " band " + band);
      }
      assertEquals(row.errorText(), c.getText());
      coloured++;
    }
    assertTrue(coloured >= 3, "visible error cells carry their band: " + coloured);
  }

  @Test
  void shouldFollowASliderMoveAndGiveTheTabBackToTheUncertaintyFlag(FxRobot robot) {
    showReality(robot);
    ParameterPath capex = ParameterPath.parse("hyperscalers[0].capexUsdB");
    double before = capex.get(vm.scenario());
    robot.interact(
        () -> {
          vm.setParameter(capex, before + 40, null);
          vm.flushRecompute();
        });
    WaitForAsyncUtils.waitForFxEvents();
    List<RealityCheck.Row> expected = RealityCheck.rows(vm.scenario(), vm.result());
    List<RealityCheckRow> shown = List.copyOf(table(robot).getItems());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(
          expected.get(i).model(), shown.get(i).model(), "row " + i + " follows the slider");
    }

    // switching to the uncertainty view and back to the scenario leaves the reality tab
    robot.interact(() -> explorer.analysis().uncertainty().activeProperty().set(true));
    TabPane tabs = robot.lookup("#chart-tabs").queryAs(TabPane.class);
    assertEquals("tab-uncertainty", tabs.getSelectionModel().getSelectedItem().getId());
    robot.interact(() -> explorer.analysis().uncertainty().activeProperty().set(false));
    assertEquals("tab-scenario", tabs.getSelectionModel().getSelectedItem().getId());
    assertFalse(
        robot.lookup("#reality-view").tryQuery().isPresent(),
        "only the shown view is in the scene");
  }
}
