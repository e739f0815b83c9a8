package com.computegap.view;

import com.computegap.model.Correlation;
import com.computegap.model.CorrelationPresets;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import com.computegap.viewmodel.CorrelationEditorViewModel;
import com.computegap.viewmodel.CorrelationEditorViewModel.Change;
import com.computegap.viewmodel.CorrelationEditorViewModel.Row;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The correlation editor: one line per pair (the two parameters, the coefficient, remove), a line
 * to add a pair, the presets, the live status and Repair with a table of what it changes. Every
 * change goes through the {@link CorrelationEditorViewModel} at once, as one undo step.
 *
 * <p>Node ids: {@code correlation-dialog} (the pane), {@code corr-rows}, {@code corr-rho-N}, {@code
 * corr-remove-N}, {@code corr-add-a}, {@code corr-add-b}, {@code corr-add-rho}, {@code corr-add},
 * {@code corr-preset}, {@code corr-preset-apply}, {@code corr-status}, {@code corr-repair}, {@code
 * corr-message}; the Repair preview's pane {@code corr-repair-preview}.
 */
final class CorrelationDialog {

  private CorrelationDialog() {}

  /** Shows the editor, modal to {@code owner}, and returns at once. */
  static Dialog<ButtonType> show(Window owner, CorrelationEditorViewModel vm) {
    Dialog<ButtonType> dialog = new Dialog<>();
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.initModality(Modality.WINDOW_MODAL);
    dialog.setTitle(Messages.get("app.title"));
    dialog.setHeaderText(Messages.get("corr.title"));
    DialogPane pane = dialog.getDialogPane();
    pane.setId("correlation-dialog");
    AnalysisDialogs.style(pane, owner);

    GridPane grid = new GridPane();
    grid.setId("corr-rows");
    grid.setHgap(8);
    grid.setVgap(6);
    ListChangeListener<Row> rebuild = c -> fill(grid, vm);
    vm.rows().addListener(rebuild);
    dialog.setOnHidden(e -> vm.rows().removeListener(rebuild));
    fill(grid, vm);
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(220);
    scroll.setPrefViewportWidth(620);

    ComboBox<String> a = parameterBox(vm, "corr-add-a");
    ComboBox<String> b = parameterBox(vm, "corr-add-b");
    Spinner<Double> rho = rhoSpinner(0.5);
    rho.setId("corr-add-rho");
    Button add = new Button(Messages.get("corr.add"));
    add.setId("corr-add");
    add.setOnAction(e -> vm.add(a.getValue(), b.getValue(), rho.getValue()));
    HBox addLine = new HBox(6, a, b, rho, add);
    addLine.setAlignment(Pos.CENTER_LEFT);

    ComboBox<CorrelationPresets.Preset> preset =
        new ComboBox<>(FXCollections.observableArrayList(vm.presets()));
    preset.setId("corr-preset");
    preset.setConverter(DisplayConverter.of(vm::presetLabel));
    preset.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(CorrelationPresets.Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : vm.presetLabel(item));
                setTooltip(empty || item == null ? null : wide(vm.presetTooltip(item)));
              }
            });
    preset.getSelectionModel().selectFirst();
    preset.setTooltip(wide(Messages.get("corr.preset.tooltip")));
    Button apply = new Button(Messages.get("corr.preset.apply"));
    apply.setId("corr-preset-apply");
    apply.setOnAction(e -> vm.applyPreset(preset.getValue()));
    apply.tooltipProperty().bind(preset.valueProperty().map(p -> wide(vm.presetTooltip(p))));
    HBox presetLine = new HBox(6, new Label(Messages.get("corr.preset")), preset, apply);
    presetLine.setAlignment(Pos.CENTER_LEFT);

    Label status = new Label();
    status.setId("corr-status");
    status.setWrapText(true);
    status.setMaxWidth(620);
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add(AnalysisStyles.HELP_TEXT);
    vm.validProperty()
        .subscribe(
            v -> {
              status.getStyleClass().remove(AnalysisStyles.ERROR_TEXT);
              if (!v) {
                status.getStyleClass().add(AnalysisStyles.ERROR_TEXT);
              }
            });
    Button repair = new Button(Messages.get("corr.repair"));
    repair.setId("corr-repair");
    repair.setTooltip(wide(Messages.get("corr.repair.tooltip")));
    repair.disableProperty().bind(vm.repairableProperty().not());
    repair.setOnAction(e -> confirmRepair(pane.getScene().getWindow(), vm));
    HBox statusLine = new HBox(8, repair, status);
    statusLine.setAlignment(Pos.CENTER_LEFT);

    Label message = new Label();
    message.setId("corr-message");
    message.setWrapText(true);
    message.setMaxWidth(620);
    message.getStyleClass().add(AnalysisStyles.HELP_TEXT);
    message.textProperty().bind(vm.messageProperty());
    Label help = new Label(Messages.get("corr.help"));
    help.setWrapText(true);
    help.setMaxWidth(620);
    help.getStyleClass().add(AnalysisStyles.HELP_TEXT);

    pane.setContent(new VBox(10, help, scroll, addLine, presetLine, statusLine, message));
    pane.getButtonTypes()
        .add(new ButtonType(Messages.get("corr.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    dialog.show();
    return dialog;
  }

  /**
   * One line per pair: names, coefficient spinner, remove. When only coefficients changed (a
   * spinner step, undo) the spinners are updated in place, so the one in use keeps its focus.
   */
  private static void fill(GridPane grid, CorrelationEditorViewModel vm) {
    List<Row> rows = new ArrayList<>(vm.rows());
    Object shown = grid.getProperties().get(PAIRS);
    List<String> pairs = new ArrayList<>();
    for (Row r : rows) {
      pairs.add(r.a() + "\n" + r.b());
    }
    if (pairs.equals(shown)) {
      for (int i = 0; i < rows.size(); i++) {
        Spinner<?> spinner = (Spinner<?>) grid.lookup("#corr-rho-" + i);
        if (spinner != null && spinner.getValueFactory() instanceof RhoFactory f) {
          f.show(rows.get(i).rho());
        }
      }
      return;
    }
    grid.getProperties().put(PAIRS, pairs);
    grid.getChildren().clear();
    if (rows.isEmpty()) {
      grid.add(new Label(Messages.get("corr.empty")), 0, 0);
      return;
    }
    grid.add(header("corr.col.a"), 0, 0);
    grid.add(header("corr.col.b"), 1, 0);
    grid.add(header("corr.col.rho"), 2, 0);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      int index = i;
      Label a = new Label(r.aName());
      a.setTooltip(new Tooltip(r.a()));
      Label b = new Label(r.bName());
      b.setTooltip(new Tooltip(r.b()));
      Spinner<Double> rho = rhoSpinner(r.rho());
      rho.setId("corr-rho-" + i);
      RhoFactory f = (RhoFactory) rho.getValueFactory();
      rho.valueProperty()
          .addListener(
              (obs, was, now) -> {
                if (!f.showing && now != null) {
                  vm.setRho(index, now);
                }
              });
      Button remove = new Button(Messages.get("corr.remove"));
      remove.setId("corr-remove-" + i);
      remove.setOnAction(e -> vm.remove(index));
      grid.add(a, 0, i + 1);
      grid.add(b, 1, i + 1);
      grid.add(rho, 2, i + 1);
      grid.add(remove, 3, i + 1);
    }
  }

  private static final String PAIRS = "corr-pairs";

  /** The coefficient spinner's values, -0.95..0.95 in steps of 0.05, typed in the language. */
  private static final class RhoFactory extends SpinnerValueFactory.DoubleSpinnerValueFactory {
    private boolean showing;

    RhoFactory(double value) {
      super(-Correlation.MAX_ABS_RHO, Correlation.MAX_ABS_RHO, value, 0.05);
      setConverter(
          new StringConverter<>() {
            @Override
            public String toString(Double v) {
              return v == null ? "" : Formats.value(v, 3);
            }

            @Override
            public Double fromString(String t) {
              double v = Formats.parse(t);
              return Double.isFinite(v) ? v : getValue();
            }
          });
    }

    /** Shows the document's value without reporting it back as an edit. */
    void show(double v) {
      if (getValue() == null || getValue() != v) {
        showing = true;
        setValue(v);
        showing = false;
      }
    }
  }

  private static Label header(String key) {
    Label l = new Label(Messages.get(key));
    l.getStyleClass().add(AnalysisStyles.FIELD_LABEL);
    return l;
  }

  private static ComboBox<String> parameterBox(CorrelationEditorViewModel vm, String id) {
    ComboBox<String> box = new ComboBox<>(vm.parameters());
    box.setId(id);
    box.setPrefWidth(220);
    box.setConverter(DisplayConverter.of(vm::name));
    box.setPromptText(Messages.get("corr.add.prompt"));
    box.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? Messages.get("corr.add.prompt") : vm.name(item));
          }
        });
    return box;
  }

  private static Spinner<Double> rhoSpinner(double value) {
    Spinner<Double> s = new Spinner<>();
    s.setValueFactory(new RhoFactory(value));
    s.setEditable(true);
    s.setPrefWidth(100);
    s.setTooltip(new Tooltip(Messages.get("corr.rho.tooltip")));
    return s;
  }

  /** Shows what Repair changes (pair, before, after) and applies it on OK. */
  private static void confirmRepair(Window owner, CorrelationEditorViewModel vm) {
    List<Change> changes = vm.repairPreview();
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
    alert.initOwner(owner);
    alert.setTitle(Messages.get("app.title"));
    alert.setHeaderText(Messages.get("corr.repair.header"));
    DialogPane pane = alert.getDialogPane();
    pane.setId("corr-repair-preview");
    AnalysisDialogs.style(pane, owner);
    TableView<Change> table = new TableView<>(FXCollections.observableArrayList(changes));
    table.setId("corr-repair-table");
    table.setPrefHeight(220);
    table.setPrefWidth(520);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<Change, String> pair = new TableColumn<>(Messages.get("corr.repair.pair"));
    pair.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().pair()));
    pair.setPrefWidth(300);
    TableColumn<Change, String> before = new TableColumn<>(Messages.get("corr.repair.before"));
    before.setCellValueFactory(
        d -> new ReadOnlyStringWrapper(Formats.value(d.getValue().before(), 3)));
    TableColumn<Change, String> after = new TableColumn<>(Messages.get("corr.repair.after"));
    after.setCellValueFactory(
        d -> new ReadOnlyStringWrapper(Formats.value(d.getValue().after(), 3)));
    table.getColumns().addAll(List.of(pair, before, after));
    Label note = new Label(Messages.get("corr.repair.note"));
    note.setWrapText(true);
    note.setMaxWidth(520);
    pane.setContent(new VBox(8, note, table));
    ButtonType ok = new ButtonType(Messages.get("corr.repair.apply"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel =
        new ButtonType(Messages.get("dialog.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    pane.getButtonTypes().setAll(ok, cancel);
    pane.lookupButton(ok).setId("corr-repair-apply");
    alert.showAndWait().filter(ok::equals).ifPresent(b -> vm.repair());
  }

  private static Tooltip wide(String text) {
    Tooltip t = new Tooltip(text);
    t.setWrapText(true);
    t.setMaxWidth(460);
    return t;
  }
}
