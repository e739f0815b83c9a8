package com.computegap.view;

import com.computegap.text.Messages;
import com.computegap.viewmodel.DocumentException;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The app's dialogs: errors with the validator's message, and the unsaved-changes question. */
final class Dialogs {

  /** The answer to "save changes first?". */
  enum SaveChoice {
    SAVE,
    DISCARD,
    CANCEL
  }

  private Dialogs() {}

  /** Shows why a file could not be opened or saved; every problem is listed under "details". */
  static void showError(Window owner, String headerKey, DocumentException e) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setTitle(Messages.get("app.title"));
    alert.setHeaderText(Messages.format(headerKey, e.file()));
    alert.setContentText(e.messages().get(0));
    alert.getDialogPane().setId("error-dialog");
    if (e.messages().size() > 1) {
      TextArea all = new TextArea(String.join("\n", e.messages()));
      all.setEditable(false);
      all.setWrapText(true);
      all.setPrefRowCount(Math.min(12, e.messages().size() + 1));
      alert.getDialogPane().setExpandableContent(all);
    }
    alert.getDialogPane().setMinWidth(520);
    alert.showAndWait();
  }

  /** Offers to restore unsaved changes a crashed session left behind; true to recover them. */
  static boolean askToRecover(Window owner, String name, String when) {
    ButtonType recover =
        new ButtonType(Messages.get("dialog.recover.recover"), ButtonBar.ButtonData.YES);
    ButtonType discard =
        new ButtonType(Messages.get("dialog.recover.discard"), ButtonBar.ButtonData.NO);
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            Messages.format("dialog.recover.text", name, when),
            recover,
            discard);
    alert.initOwner(owner);
    alert.setTitle(Messages.get("app.title"));
    alert.setHeaderText(Messages.get("dialog.recover.header"));
    alert.getDialogPane().setId("recover-dialog");
    return alert.showAndWait().filter(b -> b == recover).isPresent();
  }

  /** Asks for a scenario's name and description; empty when cancelled or the name is blank. */
  static Optional<String[]> describeScenario(Window owner, com.computegap.model.Scenario s) {
    javafx.scene.control.Dialog<String[]> dialog = new javafx.scene.control.Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("app.title"));
    dialog.setHeaderText(Messages.get("dialog.describe.header"));
    javafx.scene.control.TextField name = new javafx.scene.control.TextField(s.name());
    name.setId("describe-name");
    name.setPrefColumnCount(40);
    TextArea description = new TextArea(s.description());
    description.setId("describe-description");
    description.setWrapText(true);
    description.setPrefRowCount(8);
    javafx.scene.layout.VBox box =
        new javafx.scene.layout.VBox(
            6,
            new javafx.scene.control.Label(Messages.get("dialog.describe.name")),
            name,
            new javafx.scene.control.Label(Messages.get("dialog.describe.description")),
            description);
    dialog.getDialogPane().setContent(box);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    javafx.scene.Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.disableProperty()
        .bind(name.textProperty().map(t -> t.isBlank() || t.strip().length() > 200));
    dialog.setResultConverter(
        b -> b == ButtonType.OK ? new String[] {name.getText(), description.getText()} : null);
    return dialog.showAndWait();
  }

  /** Lists every menu command with its shortcut, read from the menus themselves. */
  static void showShortcuts(Window owner, javafx.scene.Node menuBar) {
    StringBuilder text = new StringBuilder();
    if (menuBar instanceof javafx.scene.control.MenuBar bar) {
      for (javafx.scene.control.Menu menu : bar.getMenus()) {
        text.append(menu.getText().replace("_", "")).append('\n');
        appendItems(text, menu.getItems(), "    ");
      }
    }
    text.append('\n').append(Messages.get("dialog.shortcuts.sliders"));
    TextArea area = new TextArea(text.toString());
    area.setEditable(false);
    area.setPrefRowCount(24);
    area.setPrefColumnCount(60);
    area.setId("shortcuts-text");
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle(Messages.get("app.title"));
    alert.setHeaderText(Messages.get("dialog.shortcuts.header"));
    alert.getDialogPane().setContent(area);
    alert.getDialogPane().setId("shortcuts-dialog");
    alert.showAndWait();
  }

  private static void appendItems(
      StringBuilder text, java.util.List<javafx.scene.control.MenuItem> items, String indent) {
    for (javafx.scene.control.MenuItem item : items) {
      if (item instanceof javafx.scene.control.SeparatorMenuItem) {
        continue;
      }
      String shortcut = item.getAccelerator() == null ? "" : item.getAccelerator().getDisplayText();
      text.append(indent)
          .append(String.format("%-46s %s", item.getText(), shortcut).stripTrailing())
          .append('\n');
      if (item instanceof javafx.scene.control.Menu sub) {
        appendItems(text, sub.getItems(), indent + "    ");
      }
    }
  }

  static void showAbout(Window owner) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, Messages.get("dialog.about.text"));
    alert.initOwner(owner);
    alert.setTitle(Messages.get("app.title"));
    String version = Dialogs.class.getPackage().getImplementationVersion();
    alert.setHeaderText(Messages.format("dialog.about.header", version == null ? "" : version));
    alert.getDialogPane().setId("about-dialog");
    alert.showAndWait();
  }

  /** Asks whether to save the changes to {@code name} before they would be lost. */
  static SaveChoice askToSave(Window owner, String name) {
    ButtonType save = new ButtonType(Messages.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
    ButtonType discard =
        new ButtonType(Messages.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
    ButtonType cancel =
        new ButtonType(Messages.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            Messages.get("dialog.unsaved.text"),
            save,
            discard,
            cancel);
    alert.initOwner(owner);
    alert.setTitle(Messages.get("app.title"));
    alert.setHeaderText(Messages.format("dialog.unsaved.header", name));
    alert.getDialogPane().setId("unsaved-dialog");
    Optional<ButtonType> answer = alert.showAndWait();
    if (answer.isEmpty() || answer.get() == cancel) {
      return SaveChoice.CANCEL;
    }
    return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
  }
}
