package com.computegap.view;

import com.computegap.model.ClaimOp;
import com.computegap.model.Column;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import com.computegap.viewmodel.ClaimEditorViewModel;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The add/edit-claim dialog: label, output, year, operator, value with the output's unit, the claim
 * written out, and a message while it is not valid. Binds to a {@link ClaimEditorViewModel}.
 *
 * <p>Node ids: {@code claim-dialog} (the pane), {@code claim-label}, {@code claim-column}, {@code
 * claim-year}, {@code claim-op}, {@code claim-value}, {@code claim-preview}, {@code claim-error},
 * {@code claim-save}.
 */
final class ClaimDialog {

  private ClaimDialog() {}

  /** Shows the dialog, modal to {@code owner}, and returns at once. */
  static Dialog<ButtonType> show(Window owner, ClaimEditorViewModel vm) {
    Dialog<ButtonType> dialog = new Dialog<>();
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.initModality(Modality.WINDOW_MODAL);
    dialog.setTitle(Messages.get("app.title"));
    dialog.setHeaderText(vm.title());
    DialogPane pane = dialog.getDialogPane();
    pane.setId("claim-dialog");
    AnalysisDialogs.style(pane, owner);

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(90);
    labels.setHalignment(HPos.RIGHT);
    form.getColumnConstraints().addAll(labels, new ColumnConstraints(), new ColumnConstraints());

    TextField label = new TextField();
    label.setId("claim-label");
    label.setPrefColumnCount(28);
    label.setPromptText(Messages.get("claims.editor.label.prompt"));
    label.setTooltip(new Tooltip(Messages.get("claims.editor.label.tooltip")));
    label.textProperty().bindBidirectional(vm.labelProperty());

    ComboBox<Column> column = new ComboBox<>(FXCollections.observableArrayList(vm.columns()));
    column.setId("claim-column");
    column.setVisibleRowCount(14);
    column.setConverter(DisplayConverter.of(vm::columnLabel));
    column.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(Column item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : vm.columnLabel(item));
          }
        });
    column.valueProperty().bindBidirectional(vm.columnProperty());

    ChoiceBox<Integer> year = new ChoiceBox<>(FXCollections.observableArrayList(vm.years()));
    year.setId("claim-year");
    year.setConverter(DisplayConverter.of(Formats::year));
    year.valueProperty().bindBidirectional(vm.yearProperty());

    ChoiceBox<ClaimOp> op = new ChoiceBox<>(FXCollections.observableArrayList(vm.ops()));
    op.setId("claim-op");
    op.setConverter(DisplayConverter.of(vm::opLabel));
    op.valueProperty().bindBidirectional(vm.opProperty());

    TextField value = new TextField();
    value.setId("claim-value");
    value.setPrefColumnCount(9);
    value.textProperty().bindBidirectional(vm.valueProperty());
    Label unit = new Label();
    unit.getStyleClass().add(Styles.PARAMETER_UNIT);
    unit.textProperty().bind(vm.unitProperty());
    value
        .tooltipProperty()
        .bind(
            vm.unitProperty()
                .map(u -> new Tooltip(Messages.format("claims.editor.value.tooltip", u))));

    int row = 0;
    form.add(field("claims.editor.label", label), 0, row);
    form.add(label, 1, row++, 2, 1);
    form.add(field("claims.editor.column", column), 0, row);
    form.add(column, 1, row++, 2, 1);
    form.add(field("claims.editor.year", year), 0, row);
    form.add(year, 1, row++, 2, 1);
    form.add(field("claims.editor.op", op), 0, row);
    form.add(op, 1, row++, 2, 1);
    form.add(field("claims.editor.value", value), 0, row);
    form.add(value, 1, row);
    form.add(unit, 2, row++);

    Label preview = new Label();
    preview.setId("claim-preview");
    preview.getStyleClass().add(AnalysisStyles.HELP_TEXT);
    preview.textProperty().bind(vm.previewProperty());
    Label error = new Label();
    error.setId("claim-error");
    error.getStyleClass().add(AnalysisStyles.ERROR_TEXT);
    error.setWrapText(true);
    error.setMaxWidth(420);
    error.textProperty().bind(vm.errorProperty());
    error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    pane.setContent(new VBox(10, form, preview, error));

    ButtonType save =
        new ButtonType(Messages.get("claims.editor.save"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel =
        new ButtonType(Messages.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    pane.getButtonTypes().addAll(save, cancel);
    Button saveButton = (Button) pane.lookupButton(save);
    saveButton.setId("claim-save");
    saveButton.disableProperty().bind(vm.validProperty().not());
    saveButton.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          if (!vm.save()) {
            e.consume();
          }
        });
    dialog.show();
    return dialog;
  }

  private static Label field(String key, javafx.scene.Node target) {
    Label l = new Label(Messages.get(key));
    l.getStyleClass().add(AnalysisStyles.FIELD_LABEL);
    l.setLabelFor(target);
    return l;
  }
}
