package com.computegap.view;

import com.computegap.chart.ChartKind;
import com.computegap.text.DocumentNames;
import com.computegap.text.Messages;
import com.computegap.viewmodel.AppearanceViewModel;
import com.computegap.viewmodel.CompareViewModel;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar. Every command has an accelerator; the Help menu lists them all. */
final class MainMenu {

  private final ExplorerViewModel vm;
  private final DocumentActions actions;
  private final WindowCommands window;
  private final Menu recent = new Menu();

  /** What the menus ask of the window beyond the document's own commands. */
  interface WindowCommands {
    void quit();

    void presentation();

    void compareWithFile();

    void shortcuts();

    void about();
  }

  private final ExportActions exports;

  MainMenu(
      ExplorerViewModel vm, DocumentActions actions, ExportActions exports, WindowCommands window) {
    this.vm = vm;
    this.actions = actions;
    this.exports = exports;
    this.window = window;
  }

  /** The menu bar; {@code extra} menus (Analysis) go before Help. */
  MenuBar build(CompareViewModel compare, AppearanceViewModel appearance, Menu... extra) {
    MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(appearance), compareMenu(compare));
    bar.getMenus().addAll(extra);
    bar.getMenus().add(helpMenu());
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  private Menu viewMenu(AppearanceViewModel appearance) {
    Menu theme = menu("menu.view.theme", "menu-theme");
    ToggleGroup themes = new ToggleGroup();
    KeyCode[] keys = {KeyCode.L, KeyCode.H, KeyCode.D};
    for (Theme t : Theme.values()) {
      RadioMenuItem item = new RadioMenuItem(Messages.get(t.labelKey()));
      item.setId("menu-theme-" + t.name().toLowerCase(Locale.ROOT));
      item.setToggleGroup(themes);
      item.setSelected(appearance.themeProperty().get() == t);
      item.setAccelerator(
          new KeyCodeCombination(
              keys[t.ordinal()], KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
      item.setOnAction(e -> appearance.themeProperty().set(t));
      theme.getItems().add(item);
    }
    Menu language = menu("menu.view.language", "menu-language");
    ToggleGroup languages = new ToggleGroup();
    for (Locale l : List.of(Locale.US, Locale.JAPAN)) {
      RadioMenuItem item =
          new RadioMenuItem(
              Messages.get(l == Locale.US ? "menu.view.language.en" : "menu.view.language.ja"));
      item.setId("menu-language-" + l.getLanguage());
      item.setToggleGroup(languages);
      item.setSelected(appearance.languageProperty().get().getLanguage().equals(l.getLanguage()));
      item.setAccelerator(
          new KeyCodeCombination(
              l == Locale.US ? KeyCode.E : KeyCode.J,
              KeyCombination.SHORTCUT_DOWN,
              KeyCombination.ALT_DOWN));
      item.setOnAction(e -> appearance.languageProperty().set(l));
      language.getItems().add(item);
    }
    return withItems(
        menu("menu.view", "menu-view"),
        item(
            "menu.view.presentation",
            "menu-presentation",
            new KeyCodeCombination(KeyCode.F5),
            window::presentation),
        new SeparatorMenuItem(),
        theme,
        language);
  }

  private Menu compareMenu(CompareViewModel compare) {
    Menu bundled = menu("menu.compare.bundledB", "menu-compare-bundled");
    List<String> all = ExplorerViewModel.bundledScenarios();
    for (int i = 0; i < all.size(); i++) {
      String name = all.get(i);
      String label = Messages.get(DocumentNames.bundledLabelKey(name));
      MenuItem item = new MenuItem(label);
      item.setId("menu-compare-bundled-" + i);
      item.setAccelerator(
          new KeyCodeCombination(
              KeyCode.getKeyCode(Integer.toString(i + 1)),
              KeyCombination.ALT_DOWN,
              KeyCombination.SHIFT_DOWN));
      item.setOnAction(e -> compare.compareWithBundled(name));
      bundled.getItems().add(item);
    }
    MenuItem stop =
        item("menu.compare.stop", "menu-compare-stop", shortcutShift(KeyCode.X), compare::clear);
    stop.disableProperty().bind(compare.activeProperty().not());
    return withItems(
        menu("menu.compare", "menu-compare"),
        item(
            "menu.compare.pinA",
            "menu-compare-pin",
            shortcutShift(KeyCode.P),
            compare::pinCurrentAsA),
        item(
            "menu.compare.fileB",
            "menu-compare-file",
            shortcutShift(KeyCode.B),
            window::compareWithFile),
        bundled,
        new SeparatorMenuItem(),
        stop);
  }

  private Menu helpMenu() {
    return withItems(
        menu("menu.help", "menu-help"),
        item(
            "menu.help.shortcuts",
            "menu-shortcuts",
            new KeyCodeCombination(KeyCode.F1),
            window::shortcuts),
        item(
            "menu.help.about",
            "menu-about",
            new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN),
            window::about));
  }

  private Menu fileMenu() {
    Menu bundled = menu("menu.file.bundled", "menu-bundled");
    List<String> all = ExplorerViewModel.bundledScenarios();
    for (int i = 0; i < all.size(); i++) {
      String name = all.get(i);
      MenuItem item =
          item(
              DocumentNames.bundledLabelKey(name),
              "menu-bundled-" + i,
              new KeyCodeCombination(
                  KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCombination.SHORTCUT_DOWN),
              () -> actions.openBundled(name));
      bundled.getItems().add(item);
    }
    recent.setText(Messages.get("menu.file.recent"));
    recent.setId("menu-recent");
    refreshRecent();
    vm.recentFiles().files().addListener((ListChangeListener<Path>) c -> refreshRecent());

    return withItems(
        menu("menu.file", "menu-file"),
        item("menu.file.new", "menu-new", shortcut(KeyCode.N), actions::newDocument),
        item("menu.file.open", "menu-open", shortcut(KeyCode.O), actions::open),
        recent,
        bundled,
        new SeparatorMenuItem(),
        item("menu.file.save", "menu-save", shortcut(KeyCode.S), actions::save),
        item("menu.file.saveAs", "menu-save-as", shortcutShift(KeyCode.S), actions::saveAs),
        item(
            "menu.file.shareCopy",
            "menu-share-copy",
            new KeyCodeCombination(
                KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
            actions::saveSharingCopy),
        exportMenu(),
        new SeparatorMenuItem(),
        item("menu.file.quit", "menu-quit", shortcut(KeyCode.Q), window::quit));
  }

  private Menu exportMenu() {
    Menu charts = menu("menu.export.chart", "menu-export-chart");
    for (int i = 0; i < ChartsPresenter.ORDER.size(); i++) {
      ChartKind kind = ChartsPresenter.ORDER.get(i);
      MenuItem item = new MenuItem(Messages.get(kind.nameKey()) + "\u2026");
      item.setId("menu-export-" + kind.nodeId());
      item.setAccelerator(
          new KeyCodeCombination(
              KeyCode.getKeyCode(Integer.toString(i + 1)),
              KeyCombination.SHORTCUT_DOWN,
              KeyCombination.SHIFT_DOWN));
      item.setOnAction(e -> exports.exportChart(kind));
      charts.getItems().add(item);
    }
    return withItems(
        menu("menu.export", "menu-export"),
        item("menu.export.brief", "menu-export-brief", shortcut(KeyCode.E), exports::exportBrief),
        item("menu.export.deck", "menu-export-deck", null, exports::exportDeck),
        item(
            "menu.export.table",
            "menu-export-table",
            shortcutShift(KeyCode.E),
            () -> exports.exportTable(false)),
        item(
            "menu.export.excel",
            "menu-export-excel",
            new KeyCodeCombination(
                KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
            () -> exports.exportTable(true)),
        item("menu.export.workbook", "menu-export-workbook", null, exports::exportWorkbook),
        charts);
  }

  private Menu editMenu() {
    MenuItem undo = item("menu.edit.undo", "menu-undo", shortcut(KeyCode.Z), vm::undo);
    undo.disableProperty().bind(vm.history().canUndoProperty().not());
    undo.textProperty()
        .bind(
            vm.history()
                .undoLabelProperty()
                .map(
                    l ->
                        l.isEmpty()
                            ? Messages.get("menu.edit.undo")
                            : Messages.format("menu.edit.undoWhat", l)));
    MenuItem redo = item("menu.edit.redo", "menu-redo", shortcutShift(KeyCode.Z), vm::redo);
    redo.disableProperty().bind(vm.history().canRedoProperty().not());
    redo.textProperty()
        .bind(
            vm.history()
                .redoLabelProperty()
                .map(
                    l ->
                        l.isEmpty()
                            ? Messages.get("menu.edit.redo")
                            : Messages.format("menu.edit.redoWhat", l)));
    return withItems(
        menu("menu.edit", "menu-edit"),
        undo,
        redo,
        new SeparatorMenuItem(),
        item("menu.edit.describe", "menu-describe", shortcut(KeyCode.I), actions::describe),
        item("menu.edit.resetAll", "menu-reset-all", shortcutShift(KeyCode.R), vm::resetAll));
  }

  private void refreshRecent() {
    recent.getItems().clear();
    var files = vm.recentFiles().files();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      MenuItem item = new MenuItem(file.getFileName() + "  \u2014  " + file.getParent());
      item.setId("menu-recent-" + i);
      item.setMnemonicParsing(false);
      if (i < 9) {
        item.setAccelerator(
            new KeyCodeCombination(
                KeyCode.getKeyCode(Integer.toString(i + 1)),
                KeyCombination.SHORTCUT_DOWN,
                KeyCombination.ALT_DOWN));
      }
      item.setOnAction(
          e -> {
            if (!actions.open(file) && !file.toFile().exists()) {
              vm.recentFiles().remove(file);
            }
          });
      recent.getItems().add(item);
    }
    MenuItem clear =
        item(
            "menu.file.recent.clear",
            "menu-recent-clear",
            new KeyCodeCombination(
                KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
            () -> vm.recentFiles().clear());
    clear.setDisable(files.isEmpty());
    if (!files.isEmpty()) {
      recent.getItems().add(new SeparatorMenuItem());
    }
    recent.getItems().add(clear);
  }

  static Menu menu(String key, String id) {
    Menu m = new Menu(Messages.get(key));
    m.setId(id);
    return m;
  }

  static Menu withItems(Menu menu, MenuItem... items) {
    menu.getItems().addAll(items);
    return menu;
  }

  static MenuItem item(String key, String id, KeyCombination accelerator, Runnable action) {
    MenuItem item = new MenuItem(Messages.get(key));
    item.setId(id);
    item.setAccelerator(accelerator);
    item.setOnAction(e -> action.run());
    return item;
  }

  static KeyCombination shortcut(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
  }

  static KeyCombination shortcutShift(KeyCode code) {
    return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  }
}
