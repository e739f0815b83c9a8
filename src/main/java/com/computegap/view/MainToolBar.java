package com.computegap.view;

import com.computegap.text.Messages;
import com.computegap.viewmodel.CompareViewModel;
import com.computegap.viewmodel.ExplorerViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The commands used most in a meeting, one click away: open and save, undo and redo, present, and
 * pin the current state for comparison. Each tooltip names the keyboard shortcut.
 */
final class MainToolBar extends ToolBar {

  MainToolBar(
      ExplorerViewModel vm, CompareViewModel compare, DocumentActions actions, Runnable present) {
    setId("main-toolbar");
    Button undo = button("toolbar-undo", "\u21B6", "toolbar.undo", vm::undo);
    undo.disableProperty().bind(vm.history().canUndoProperty().not());
    Button redo = button("toolbar-redo", "\u21B7", "toolbar.redo", vm::redo);
    redo.disableProperty().bind(vm.history().canRedoProperty().not());
    Button save =
        labelled(button("toolbar-save", "", "toolbar.save", actions::save), "toolbar.save.label");
    save.disableProperty().bind(vm.dirtyProperty().not().and(vm.fileProperty().isNotNull()));
    getItems()
        .addAll(
            labelled(
                button("toolbar-open", "", "toolbar.open", actions::open), "toolbar.open.label"),
            save,
            new Separator(),
            undo,
            redo,
            new Separator(),
            labelled(
                button("toolbar-present", "\u25B6", "toolbar.present", present),
                "toolbar.present.label"),
            labelled(
                button("toolbar-pin", "\u25A3", "toolbar.pin", compare::pinCurrentAsA),
                "toolbar.pin.label"));
  }

  private static Button button(String id, String glyph, String tooltipKey, Runnable action) {
    Button b = new Button(glyph);
    b.setId(id);
    b.getStyleClass().add("toolbar-button");
    Tooltip tip = new Tooltip(Messages.get(tooltipKey));
    tip.setShowDelay(Duration.millis(300));
    b.setTooltip(tip);
    b.setFocusTraversable(false);
    b.setOnAction(e -> action.run());
    return b;
  }

  private static Button labelled(Button b, String labelKey) {
    b.setText((b.getText().isEmpty() ? "" : b.getText() + "  ") + Messages.get(labelKey));
    return b;
  }
}
