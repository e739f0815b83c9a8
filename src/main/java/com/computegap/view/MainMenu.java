package com.computegap.view;

import com.computegap.scenario.BundledScenarios;
import com.computegap.scenario.ScenarioFiles;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;

/** The menu bar. Every command has an accelerator; the Help menu lists them all. */
final class MainMenu {

    private final ExplorerViewModel vm;
    private final DocumentActions actions;
    private final Runnable quit;
    private final Menu recent = new Menu();

    MainMenu(ExplorerViewModel vm, DocumentActions actions, Runnable quit) {
        this.vm = vm;
        this.actions = actions;
        this.quit = quit;
    }

    MenuBar build(Menu... extraMenus) {
        MenuBar bar = new MenuBar(fileMenu(), editMenu());
        bar.getMenus().addAll(extraMenus);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu fileMenu() {
        Menu bundled = menu("menu.file.bundled", "menu-bundled");
        for (int i = 0; i < BundledScenarios.ALL.size(); i++) {
            String name = BundledScenarios.ALL.get(i);
            MenuItem item = item("bundled." + ScenarioFiles.displayName(Path.of(name)), "menu-bundled-" + i,
                    new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)), KeyCombination.SHORTCUT_DOWN),
                    () -> actions.openBundled(name));
            bundled.getItems().add(item);
        }
        recent.setText(Messages.get("menu.file.recent"));
        recent.setId("menu-recent");
        refreshRecent();
        vm.recentFiles().files().addListener((ListChangeListener<Path>) c -> refreshRecent());

        return withItems(menu("menu.file", "menu-file"),
                item("menu.file.new", "menu-new", shortcut(KeyCode.N), actions::newDocument),
                item("menu.file.open", "menu-open", shortcut(KeyCode.O), actions::open),
                recent,
                bundled,
                new SeparatorMenuItem(),
                item("menu.file.save", "menu-save", shortcut(KeyCode.S), actions::save),
                item("menu.file.saveAs", "menu-save-as", shortcutShift(KeyCode.S), actions::saveAs),
                new SeparatorMenuItem(),
                item("menu.file.quit", "menu-quit", shortcut(KeyCode.Q), quit));
    }

    private Menu editMenu() {
        MenuItem undo = item("menu.edit.undo", "menu-undo", shortcut(KeyCode.Z), vm::undo);
        undo.disableProperty().bind(vm.history().canUndoProperty().not());
        undo.textProperty().bind(vm.history().undoLabelProperty().map(
                l -> l.isEmpty() ? Messages.get("menu.edit.undo") : Messages.format("menu.edit.undoWhat", l)));
        MenuItem redo = item("menu.edit.redo", "menu-redo", shortcutShift(KeyCode.Z), vm::redo);
        redo.disableProperty().bind(vm.history().canRedoProperty().not());
        redo.textProperty().bind(vm.history().redoLabelProperty().map(
                l -> l.isEmpty() ? Messages.get("menu.edit.redo") : Messages.format("menu.edit.redoWhat", l)));
        return withItems(menu("menu.edit", "menu-edit"), undo, redo, new SeparatorMenuItem(),
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
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
            }
            item.setOnAction(e -> {
                if (!actions.open(file) && !file.toFile().exists()) {
                    vm.recentFiles().remove(file);
                }
            });
            recent.getItems().add(item);
        }
        MenuItem clear = item("menu.file.recent.clear", "menu-recent-clear",
                new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN),
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
