package com.computegap.view;

import com.computegap.scenario.ScenarioException;
import com.computegap.scenario.ScenarioProblem;
import com.computegap.viewmodel.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import java.util.Optional;
import java.util.stream.Collectors;

/** The app's dialogs: errors with the validator's message, and the unsaved-changes question. */
final class Dialogs {

    /** The answer to "save changes first?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    private Dialogs() {
    }

    /** Shows why a file could not be opened or saved; every problem is listed under "details". */
    static void showError(Window owner, String headerKey, ScenarioException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.format(headerKey, e.file()));
        alert.setContentText(e.problems().get(0).message());
        alert.getDialogPane().setId("error-dialog");
        if (e.problems().size() > 1) {
            TextArea all = new TextArea(e.problems().stream().map(ScenarioProblem::message)
                    .collect(Collectors.joining("\n")));
            all.setEditable(false);
            all.setWrapText(true);
            all.setPrefRowCount(Math.min(12, e.problems().size() + 1));
            alert.getDialogPane().setExpandableContent(all);
        }
        alert.getDialogPane().setMinWidth(520);
        alert.showAndWait();
    }

    /** Offers to restore unsaved changes a crashed session left behind; true to recover them. */
    static boolean askToRecover(Window owner, String name, String when) {
        ButtonType recover = new ButtonType(Messages.get("dialog.recover.recover"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("dialog.recover.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("dialog.recover.text", name, when),
                recover, discard);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(Messages.get("dialog.recover.header"));
        alert.getDialogPane().setId("recover-dialog");
        return alert.showAndWait().filter(b -> b == recover).isPresent();
    }

    /** Asks whether to save the changes to {@code name} before they would be lost. */
    static SaveChoice askToSave(Window owner, String name) {
        ButtonType save = new ButtonType(Messages.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("dialog.unsaved.text"), save, discard, cancel);
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
