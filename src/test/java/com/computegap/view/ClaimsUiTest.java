package com.computegap.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.app.Explorer;
import com.computegap.chart.ChartPoint;
import com.computegap.model.CancelFlag;
import com.computegap.model.Claim;
import com.computegap.model.ClaimOp;
import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.MonteCarloRuns;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.view.chart.ChartView;
import com.computegap.viewmodel.ClaimsViewModel;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RecentFiles;
import com.computegap.viewmodel.UncertaintyViewModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
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

/** The claims panel and the KPI cards' "P(this ≤ value)" in the real window (headless). */
@ExtendWith(ApplicationExtension.class)
class ClaimsUiTest {

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
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("condition not met within 30 s", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  private boolean analysed(int row) {
    UncertaintyViewModel mc = explorer.analysis().uncertainty();
    List<ClaimsViewModel.Row> rows = explorer.analysis().claims().rows();
    return mc.outcome() != null
        && !mc.runningProperty().get()
        && mc.outcome().scenario() == vm.scenario()
        && rows.size() > row
        && rows.get(row).outcome() != null;
  }

  @Test
  void shouldShowTheProbabilityCountedOverTheRunsOfTheBundledScenario(FxRobot robot) {
    // given the bundled essay scenario with a claim at a round threshold just above its own value
    robot.interact(() -> vm.openBundled(BundledScenarios.ESSAY));
    Scenario s = vm.scenario();
    int yearIndex = 3;
    double asSet = GapModel.compute(s).rows().get(yearIndex).computeGapRatio();
    double threshold = Math.ceil(asSet * 10 + 1e-9) / 10;
    Claim claim =
        new Claim(
            "Gap widens",
            Column.COMPUTE_GAP_RATIO,
            s.startYear() + yearIndex,
            ClaimOp.GE,
            threshold);
    int row = s.claims().size();
    robot.interact(() -> explorer.analysis().claims().add(claim));

    // when the uncertainty view opens on its claims tab
    robot.clickOn("#tab-uncertainty");
    robot.clickOn("#unc-tab-claims");
    waitUntil(() -> analysed(row));

    // then the row shows the share of the 10,000 runs (seed 1) in which the claim holds, counted
    // here over the model's runs
    int[] holds = new int[1];
    MonteCarloRuns.forEach(
        vm.scenario(),
        UncertaintyViewModel.DEFAULT_RUNS,
        UncertaintyViewModel.DEFAULT_SEED,
        new CancelFlag(),
        (run, in, out) -> {
          double v = MonteCarloRuns.value(out, Column.COMPUTE_GAP_RATIO, yearIndex);
          if (v >= threshold) {
            holds[0]++;
          }
        });
    assertTrue(holds[0] > 0 && holds[0] < 10_000, "neither sure nor impossible: " + holds[0]);
    String share =
        new BigDecimal(holds[0])
                .movePointLeft(2)
                .setScale(1, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString()
            + " %";
    TableView<?> table = robot.lookup("#claims-table").queryAs(TableView.class);
    assertTrue(table.isVisible());
    List<String> shown = new java.util.ArrayList<>();
    for (String css : List.of("#claims-table .table-cell", "#claims-table .label")) {
      robot.lookup(css).queryAllAs(Labeled.class).stream()
          .filter(javafx.scene.Node::isVisible)
          .map(c -> c.getText() == null ? "" : c.getText())
          .forEach(shown::add);
    }
    assertTrue(
        shown.stream().anyMatch(t -> t.startsWith(share + " (")),
        "a cell starts with " + share + ": " + shown);
    assertTrue(shown.contains("Gap widens"), shown.toString());
    assertTrue(shown.contains(asSet >= threshold ? "\u2713" : "\u2717"), shown.toString());

    // and selecting it lists what would have to be true, one line per uncertain input
    robot.interact(() -> table.getSelectionModel().select(row));
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> drivers = robot.lookup("#claims-drivers").queryAs(TableView.class);
    assertEquals(vm.scenario().uncertainty().size(), drivers.getItems().size());
    // a value cut by a narrow column is whole in its cell's tooltip
    int withText = 0;
    for (javafx.scene.Node n : robot.lookup("#claims-drivers .table-cell").queryAll()) {
      if (n instanceof javafx.scene.control.TableCell<?, ?> cell
          && cell.getText() != null
          && !cell.getText().isEmpty()) {
        assertEquals(cell.getText(), cell.getTooltip().getText());
        withText++;
      }
    }
    assertTrue(withText >= drivers.getItems().size(), "cells checked: " + withText);
  }

  @Test
  void shouldAddAClaimFromAKpiCardsContextMenu(FxRobot robot) {
    int before = vm.scenario().claims().size();
    // (Monocle turns no right-click into a context-menu request: ask for the menu as the platform
    // would)
    javafx.scene.Node card = robot.lookup("#kpi-final-compute-gap").query();
    robot.interact(
        () -> {
          var b = card.localToScreen(card.getBoundsInLocal());
          card.fireEvent(
              new javafx.scene.input.ContextMenuEvent(
                  javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                  b.getWidth() / 2,
                  b.getHeight() / 2,
                  b.getCenterX(),
                  b.getCenterY(),
                  false,
                  null));
        });
    Claim added = saveProposedComputeGapClaim(robot, before);
    assertEquals(ClaimOp.LE, added.op());
    assertEquals(vm.scenario().endYear(), added.year());
    assertTrue(vm.isDirty());
    robot.interact(vm::undo);
    assertEquals(before, vm.scenario().claims().size());
  }

  @Test
  void shouldAddAClaimFromAChartPointsContextMenu(FxRobot robot) throws Exception {
    // given the gap chart drawn, and a spot on it where a compute-gap point lies
    int before = vm.scenario().claims().size();
    ChartView gap = robot.lookup("#chart-gap").queryAs(ChartView.class);
    waitUntil(() -> gap.presentedSequence() >= 0);

    // when the context menu is asked for on a compute-gap point (as the platform would on a
    // right-click), found and asked for in one step so no new frame can move the point between
    double[] spot = WaitForAsyncUtils.asyncFx(() -> requestMenuOnPoint(gap)).get();
    assertNotNull(spot, "a compute-gap point on the chart");

    // then the add-claim dialog proposes that column and year, and saving adds one claim
    Claim added = saveProposedComputeGapClaim(robot, before);
    assertEquals((int) spot[2], added.year());
    assertEquals(ClaimOp.LE, added.op());
    double model =
        vm.result().rows().get(added.year() - vm.scenario().startYear()).computeGapRatio();
    assertEquals(model, added.value(), Math.abs(model) * 0.005, "its value, to three figures");
  }

  @Test
  void shouldOfferNoClaimFromAPointWhileAPinnedBaselineIsDrawnSolid(FxRobot robot)
      throws Exception {
    // given the current state pinned as A: the solid series are no longer the open document
    ChartView gap = robot.lookup("#chart-gap").queryAs(ChartView.class);
    waitUntil(() -> gap.presentedSequence() >= 0);
    robot.interact(() -> explorer.compare().pinCurrentAsA());
    waitUntil(
        () ->
            explorer.charts().presentedInput() != null
                && explorer.charts().presentedInput().hasCompare());

    // when the menu is asked for on a solid compute-gap point
    double[] spot = WaitForAsyncUtils.asyncFx(() -> requestMenuOnPoint(gap)).get();
    assertNotNull(spot, "a compute-gap point on the chart");
    WaitForAsyncUtils.waitForFxEvents();

    // then the menu offers only the export
    javafx.scene.control.ContextMenu menu =
        robot.listWindows().stream()
            .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
            .map(w -> (javafx.scene.control.ContextMenu) w)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no context menu open"));
    var items = menu.getItems().stream().filter(javafx.scene.control.MenuItem::isVisible).toList();
    assertEquals(
        List.of("chart-gap-export"),
        items.stream().map(javafx.scene.control.MenuItem::getId).toList(),
        "only the export");
    robot.interact(menu::hide);
  }

  /**
   * Finds the first compute-gap point on the chart and fires a context-menu request there (JavaFX
   * thread); returns its x, y and year, or {@code null} when none is drawn.
   */
  private static double[] requestMenuOnPoint(ChartView gap) {
    for (double y = 0; y < gap.getHeight(); y += 2) {
      for (double x = 0; x < gap.getWidth(); x += 2) {
        ChartPoint p = gap.pointAt(x, y);
        if (p != null && p.column() == Column.COMPUTE_GAP_RATIO) {
          var screen = gap.localToScreen(x, y);
          var scene = gap.localToScene(x, y);
          gap.fireEvent(
              new javafx.scene.input.ContextMenuEvent(
                  javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                  scene.getX(),
                  scene.getY(),
                  screen.getX(),
                  screen.getY(),
                  false,
                  null));
          return new double[] {x, y, p.year()};
        }
      }
    }
    return null;
  }

  /**
   * Chooses "P(this ≤ value)…" in the context menu just opened, checks that the dialog proposes the
   * compute gap, saves and returns the claim added after the first {@code before}.
   */
  private Claim saveProposedComputeGapClaim(FxRobot robot, int before) {
    robot.clickOn("P(this \u2264 value)\u2026"); // the menu item, by its text
    waitUntil(() -> robot.lookup("#claim-dialog").tryQuery().isPresent());
    ComboBox<?> column = robot.lookup("#claim-column").queryAs(ComboBox.class);
    assertEquals(Column.COMPUTE_GAP_RATIO, column.getValue());
    robot.clickOn("#claim-save");
    waitUntil(() -> vm.scenario().claims().size() == before + 1);
    return vm.scenario().claims().get(before);
  }

  @Test
  void shouldRepairCorrelationsThatCannotHoldTogetherAfterShowingWhatChanges(FxRobot robot) {
    // given three correlations that cannot hold at once (det < 0)
    String token = "depin.tokenPriceMultiplier";
    String buyers = "depin.buyerDemandUsdB";
    String supply = "chips.supplyGrowthPct";
    robot.interact(
        () ->
            vm.change(
                vm.scenario()
                    .withCorrelations(
                        List.of(
                            new com.computegap.model.Correlation(token, buyers, 0.9),
                            new com.computegap.model.Correlation(token, supply, 0.9),
                            new com.computegap.model.Correlation(buyers, supply, -0.9))),
                "test"));
    robot.clickOn("#tab-uncertainty");
    robot.clickOn("#mc-correlations");
    waitUntil(() -> robot.lookup("#correlation-dialog").tryQuery().isPresent());
    javafx.scene.control.Label status =
        robot.lookup("#corr-status").queryAs(javafx.scene.control.Label.class);
    assertTrue(status.getText().startsWith("Not positive definite: involves"), status.getText());

    // when Repair shows its preview and it is applied
    robot.clickOn("#corr-repair");
    waitUntil(() -> robot.lookup("#corr-repair-table").tryQuery().isPresent());
    TableView<?> preview = robot.lookup("#corr-repair-table").queryAs(TableView.class);
    assertEquals(3, preview.getItems().size(), "all three coefficients move");
    robot.clickOn("#corr-repair-apply");
    waitUntil(() -> status.getText().startsWith("Valid"));

    // then the scenario's correlations can be induced, and undo brings the old ones back
    assertTrue(
        com.computegap.model.CorrelatedInputs.resolve(
                vm.scenario().uncertainty(), vm.scenario().correlations())
            .matrix()
            .isPositiveDefinite());
    robot.interact(vm::undo);
    assertEquals(0.9, vm.scenario().correlations().get(0).rho());
  }
}
