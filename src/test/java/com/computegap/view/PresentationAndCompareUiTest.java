package com.computegap.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.app.Explorer;
import com.computegap.scenario.BundledScenarios;
import com.computegap.viewmodel.ComparisonRow;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RecentFiles;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode by keyboard, and the comparison of two bundled scenarios, in the real window.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationAndCompareUiTest {

  private Explorer explorer;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    explorer = Explorer.create(stage, RecentFiles.inMemory(), Preferences.inMemory());
    stage.show();
  }

  @AfterEach
  void closeCharts() {
    explorer.charts().close();
  }

  private static boolean comparePanelShows(FxRobot robot) {
    return robot
        .lookup("#compare-panel")
        .tryQuery()
        .map(n -> n.isVisible() && n.getScene() != null)
        .orElse(false);
  }

  private static void waitUntil(BooleanSupplier condition) {
    FxWait.until(condition);
  }

  @Test
  void shouldEnterNavigateAndLeavePresentationModeByKeyboardAndRestoreTheLayout(FxRobot robot) {
    Node mainRoot = stage.getScene().getRoot();
    robot.clickOn("#scenario-name");
    robot.type(KeyCode.F5);
    waitUntil(() -> robot.lookup("#presentation-root").tryQuery().isPresent());
    assertTrue(explorer.window().isPresenting());
    assertEquals("1 / 5", robot.lookup("#presentation-position").queryAs(Label.class).getText());
    assertTrue(robot.lookup("#presentation-chart #chart-capex").tryQuery().isPresent());
    assertTrue(
        robot
            .lookup("#presentation-sliders #param-depin-tokenPriceMultiplier-slider")
            .tryQuery()
            .isPresent(),
        "the default pinned sliders are shown");

    robot.type(KeyCode.RIGHT);
    waitUntil(() -> robot.lookup("#presentation-chart #chart-gap").tryQuery().isPresent());
    robot.type(KeyCode.PAGE_DOWN);
    robot.type(KeyCode.PAGE_DOWN);
    waitUntil(
        () ->
            "4 / 5".equals(robot.lookup("#presentation-position").queryAs(Label.class).getText()));
    robot.type(KeyCode.PAGE_UP);
    waitUntil(
        () ->
            "3 / 5".equals(robot.lookup("#presentation-position").queryAs(Label.class).getText()));

    robot.type(KeyCode.ESCAPE);
    waitUntil(() -> !explorer.window().isPresenting());
    assertSame(mainRoot, stage.getScene().getRoot(), "the normal layout is back");
    // the grid shows as many charts as fit at this size; its strip brings in each of the others
    ChartGrid grid = robot.lookup("#chart-grid").queryAs(ChartGrid.class);
    String[] ids = {
      "chart-capex", "chart-gap", "chart-installed", "chart-allocation", "chart-waterfall"
    };
    for (int i = 0; i < ids.length; i++) {
      int index = i;
      robot.interact(() -> grid.show(index));
      String id = ids[i];
      waitUntil(() -> robot.lookup("#chart-grid #" + id).tryQuery().isPresent());
    }
    assertTrue(robot.lookup("#controls-panel").tryQuery().isPresent());
  }

  @Test
  void shouldKeepTheFiveCardsOnOneRowAndTheirNumbersWholeAt1280x720(FxRobot robot) {
    // given reality-2026, whose "1,668.6 B USD" is the widest number, on a 1280x720 projector
    robot.interact(
        () -> {
          explorer.vm().openBundled(BundledScenarios.REALITY_2026);
          stage.setX(0);
          stage.setY(0);
          stage.setWidth(1280);
          stage.setHeight(720);
        });
    WaitForAsyncUtils.waitForFxEvents();

    // when presenting
    robot.interact(() -> explorer.window().enterPresentation());
    waitUntil(() -> robot.lookup("#presentation-root").tryQuery().isPresent());
    // the headless screen is larger than a projector: the window takes the projector's size
    robot.interact(
        () -> {
          stage.setFullScreen(false);
          stage.setWidth(1280);
          stage.setHeight(720);
        });
    WaitForAsyncUtils.waitForFxEvents();
    Node root = robot.lookup("#presentation-root").query();
    assertTrue(root.getLayoutBounds().getHeight() <= 721, "a 720-line screen");

    // then the cards share one row and each holds its whole number
    List<Node> cards = List.copyOf(robot.from(root).lookup(".kpi-card").queryAll());
    assertEquals(5, cards.size());
    double top = cards.get(0).localToScene(cards.get(0).getLayoutBounds()).getMinY();
    for (Node card : cards) {
      Bounds c = card.localToScene(card.getLayoutBounds());
      assertEquals(top, c.getMinY(), 0.5, "one row");
      Label value = robot.from(card).lookup(".kpi-value").queryAs(Label.class);
      Bounds v = value.localToScene(value.getLayoutBounds());
      assertTrue(v.getMaxX() <= c.getMaxX() + 0.5, value.getText() + " inside its card");
      Text shown = (Text) value.lookup(".text");
      assertEquals(value.getText(), shown.getText(), "not cut");
    }
    robot.interact(() -> explorer.window().exitPresentation());
  }

  @Test
  void shouldShowTheDifferencesOfTwoBundledScenarios(FxRobot robot) {
    ExplorerViewModel vm = explorer.vm();
    assertFalse(comparePanelShows(robot), "no comparison table before comparing");
    robot.clickOn("#scenario-name");
    // Compare > Compare with Bundled Scenario as B > DePIN bull case (Alt+Shift+2)
    robot
        .press(KeyCode.ALT, KeyCode.SHIFT)
        .type(KeyCode.DIGIT2)
        .release(KeyCode.SHIFT, KeyCode.ALT);
    waitUntil(() -> comparePanelShows(robot));
    @SuppressWarnings("unchecked")
    TableView<ComparisonRow> table = robot.lookup("#compare-table").queryAs(TableView.class);
    var keys =
        table.getItems().stream()
            .filter(r -> r.kind() == ComparisonRow.Kind.PARAMETER)
            .map(ComparisonRow::key)
            .toList();
    assertEquals(
        java.util.List.of(
            "depin.tokenPriceMultiplier",
            "depin.buyerDemandUsdB",
            "depin.buyerDemandGrowthPct",
            "depin.priceImpactElasticity",
            "depin.usageRevenueUsdB",
            "depin.usageRevenueGrowthPct",
            "depin.tailEmissionPctPerYear"),
        keys);
    assertEquals(
        BundledScenarios.load(BundledScenarios.DEPIN_BULL), explorer.compare().scenarioB());
    // every cell carries its whole text as a tooltip, for when its column is too narrow
    int withText = 0;
    for (Node n : robot.lookup("#compare-table .table-cell").queryAll()) {
      if (n instanceof javafx.scene.control.TableCell<?, ?> cell
          && cell.getText() != null
          && !cell.getText().isEmpty()) {
        assertNotNull(cell.getTooltip(), cell.getText());
        assertEquals(cell.getText(), cell.getTooltip().getText());
        withText++;
      }
    }
    assertTrue(withText >= 4 * keys.size(), "the parameter rows' cells, at least: " + withText);
    waitUntil(
        () ->
            explorer.charts().presentedInput() != null
                && explorer.charts().presentedInput().hasCompare());

    // the waterfall: A, one step per changed parameter, B
    ComparePanel panel = robot.lookup("#compare-panel").queryAs(ComparePanel.class);
    waitUntil(() -> panel.why().data() != null && panel.why().data().rows().size() == 9);
    @SuppressWarnings("unchecked")
    javafx.scene.control.ComboBox<com.computegap.text.KpiKind> kpi =
        robot.lookup("#compare-why-kpi").queryAs(javafx.scene.control.ComboBox.class);
    robot.interact(() -> kpi.setValue(com.computegap.text.KpiKind.FIRST_YEAR_SPEND_GAP));
    assertEquals(
        com.computegap.text.KpiKind.FIRST_YEAR_SPEND_GAP, explorer.compare().kpiProperty().get());
    waitUntil(
        () ->
            panel
                .why()
                .data()
                .axisLabel()
                .equals(com.computegap.text.Messages.get("kpi.firstYearSpendGap.title")));

    robot.interact(() -> vm.parameter("depin.tokenPriceMultiplier").commitText("3"));
    waitUntil(
        () ->
            table.getItems().stream().noneMatch(r -> r.key().equals("depin.tokenPriceMultiplier")));
    waitUntil(() -> panel.why().data().rows().size() == 8);

    robot.clickOn("#compare-close");
    waitUntil(() -> !comparePanelShows(robot));
    waitUntil(() -> !explorer.charts().presentedInput().hasCompare());
  }
}
