package com.computegap.view;

import com.computegap.model.GoalSeek;
import com.computegap.text.Messages;
import com.computegap.viewmodel.AnalysisViewModels;
import com.computegap.viewmodel.UncertaintyViewModel;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Analysis menu: the uncertainty view (Ctrl+U switches between it and the scenario charts),
 * goal seek and its two presets, and the Monte Carlo run. Every command has an accelerator, so the
 * shortcuts dialog lists them.
 */
final class AnalysisMenu {

  private AnalysisMenu() {}

  /**
   * @param goalSeek opens the goal-seek dialog
   * @param preset opens the dialog and answers one of the essay's two questions
   */
  static Menu build(
      AnalysisViewModels analysis, Runnable goalSeek, Consumer<GoalSeek.Preset> preset) {
    UncertaintyViewModel mc = analysis.uncertainty();
    CheckMenuItem view = new CheckMenuItem(Messages.get("menu.analysis.uncertainty"));
    view.setId("menu-uncertainty");
    view.setAccelerator(MainMenu.shortcut(KeyCode.U));
    view.selectedProperty().bindBidirectional(mc.activeProperty());

    MenuItem run =
        MainMenu.item(
            "menu.analysis.run",
            "menu-mc-run",
            MainMenu.shortcut(KeyCode.R),
            () -> {
              mc.activeProperty().set(true);
              mc.run();
            });
    MenuItem cancel =
        MainMenu.item(
            "menu.analysis.cancel",
            "menu-mc-cancel",
            MainMenu.shortcut(KeyCode.PERIOD),
            mc::cancel);
    cancel.disableProperty().bind(mc.runningProperty().not());

    return MainMenu.withItems(
        MainMenu.menu("menu.analysis", "menu-analysis"),
        view,
        run,
        cancel,
        new SeparatorMenuItem(),
        MainMenu.item(
            "menu.analysis.goalSeek", "menu-goal-seek", MainMenu.shortcut(KeyCode.G), goalSeek),
        MainMenu.item(
            "menu.analysis.tokenPriceParity",
            "menu-goal-token-price",
            MainMenu.shortcutShift(KeyCode.G),
            () -> preset.accept(GoalSeek.Preset.TOKEN_PRICE_FOR_CAPEX_PARITY)),
        MainMenu.item(
            "menu.analysis.buyerDemandParity",
            "menu-goal-buyer-demand",
            new KeyCodeCombination(
                KeyCode.G, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
            () -> preset.accept(GoalSeek.Preset.BUYER_DEMAND_FOR_CAPEX_PARITY)));
  }
}
