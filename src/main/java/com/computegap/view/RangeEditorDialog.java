package com.computegap.view;

import com.computegap.text.Messages;
import com.computegap.viewmodel.RangeEditorViewModel;
import com.computegap.viewmodel.RangeEditorViewModel.Kind;
import com.computegap.viewmodel.RangeEditorViewModel.Scope;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The uncertainty-range editor of one slider row: whose value (this company or all companies), the
 * distribution, its numbers with units, a clear message while they are not valid, and Save, Remove,
 * Cancel. Binds to a {@link RangeEditorViewModel}; every check and change happens there.
 *
 * <p>Node ids: {@code range-editor-dialog} (the pane), {@code range-scope-one}, {@code
 * range-scope-all}, {@code range-kind}, {@code range-value-0..2}, {@code range-error}, {@code
 * range-save}, {@code range-remove}.
 */
final class RangeEditorDialog {

  private RangeEditorDialog() {}

  /** Shows the editor, modal to {@code owner}, and returns at once. */
  static Dialog<ButtonType> show(Window owner, RangeEditorViewModel vm) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.initModality(Modality.WINDOW_MODAL);
    dialog.setTitle(Messages.get("app.title"));
    dialog.setHeaderText(vm.title());
    DialogPane pane = dialog.getDialogPane();
    pane.setId("range-editor-dialog");
    pane.getStyleClass().add(AnalysisStyles.RANGE_EDITOR);
    AnalysisDialogs.style(pane, owner);

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(110);
    labels.setHalignment(HPos.RIGHT);
    form.getColumnConstraints().addAll(labels, new ColumnConstraints(), new ColumnConstraints());
    int row = 0;

    if (vm.scopes().size() > 1) {
      ToggleGroup scopes = new ToggleGroup();
      VBox choices = new VBox(4);
      for (Scope s : vm.scopes()) {
        RadioButton b = new RadioButton(vm.scopeLabel(s));
        b.setId(s == Scope.ONE ? "range-scope-one" : "range-scope-all");
        b.setToggleGroup(scopes);
        b.setUserData(s);
        b.setSelected(vm.scopeProperty().get() == s);
        choices.getChildren().add(b);
      }
      scopes
          .selectedToggleProperty()
          .addListener(
              (obs, was, now) -> {
                if (now != null) {
                  vm.scopeProperty().set((Scope) now.getUserData());
                }
              });
      form.add(fieldLabel(Messages.get("unc.editor.scope")), 0, row);
      form.add(choices, 1, row++, 2, 1);
    }

    ChoiceBox<Kind> kind = new ChoiceBox<>();
    kind.getItems().setAll(Kind.values());
    kind.setId("range-kind");
    kind.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Kind k) {
            return k == null ? "" : vm.kindLabel(k);
          }

          @Override
          public Kind fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    kind.valueProperty().bindBidirectional(vm.kindProperty());
    form.add(fieldLabel(Messages.get("unc.editor.kind")), 0, row);
    form.add(kind, 1, row++, 2, 1);
    Label help = new Label();
    help.textProperty().bind(vm.kindHelpProperty());
    help.getStyleClass().add(AnalysisStyles.HELP_TEXT);
    help.setWrapText(true);
    help.setMaxWidth(420);
    form.add(help, 1, row++, 2, 1);

    for (int i = 0; i < 3; i++) {
      Label name = fieldLabel("");
      name.textProperty().bind(vm.labelProperty(i));
      TextField value = new TextField();
      value.setId("range-value-" + i);
      value.setPrefColumnCount(9);
      value.textProperty().bindBidirectional(vm.valueProperty(i));
      name.setLabelFor(value);
      Label unit = new Label(vm.unit());
      unit.getStyleClass().add(Styles.PARAMETER_UNIT);
      if (i == 2) {
        for (var n : new javafx.scene.Node[] {name, value, unit}) {
          n.visibleProperty().bind(vm.thirdShownProperty());
          n.managedProperty().bind(vm.thirdShownProperty());
        }
      }
      form.add(name, 0, row);
      form.add(value, 1, row);
      form.add(unit, 2, row++);
    }

    Label context = new Label(vm.context());
    context.getStyleClass().add(AnalysisStyles.HELP_TEXT);
    context.setWrapText(true);
    context.setMaxWidth(420);
    Label error = new Label();
    error.setId("range-error");
    error.getStyleClass().add(AnalysisStyles.ERROR_TEXT);
    error.setWrapText(true);
    error.setMaxWidth(420);
    error.textProperty().bind(vm.errorProperty());
    error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    pane.setContent(new VBox(10, form, context, error));

    ButtonType save = new ButtonType(Messages.get("unc.editor.save"), ButtonBar.ButtonData.OK_DONE);
    ButtonType remove =
        new ButtonType(Messages.get("unc.editor.remove"), ButtonBar.ButtonData.LEFT);
    ButtonType cancel =
        new ButtonType(Messages.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    pane.getButtonTypes().addAll(save, remove, cancel);
    Button saveButton = (Button) pane.lookupButton(save);
    saveButton.setId("range-save");
    saveButton.disableProperty().bind(vm.validProperty().not());
    saveButton.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          if (!vm.save()) {
            e.consume(); // keep the dialog open; the message says why
          }
        });
    Button removeButton = (Button) pane.lookupButton(remove);
    removeButton.setId("range-remove");
    removeButton.disableProperty().bind(vm.existingProperty().not());
    removeButton.addEventFilter(ActionEvent.ACTION, e -> vm.remove());
    dialog.show();
    return dialog;
  }

  private static Label fieldLabel(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(AnalysisStyles.FIELD_LABEL);
    return label;
  }
}
