package com.computegap.view;

import com.computegap.text.Messages;
import com.computegap.viewmodel.ClaimEditorViewModel;
import com.computegap.viewmodel.ClaimsViewModel;
import com.computegap.viewmodel.ClaimsViewModel.DriverRow;
import com.computegap.viewmodel.ClaimsViewModel.Row;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The claims panel of the uncertainty view: the document's claims with their probability, 95 %
 * interval and whether they hold as set; Add, Edit, Remove; and for the selected claim "what would
 * have to be true". Binds to a {@link ClaimsViewModel}; computes nothing.
 *
 * <p>Node ids: {@code claims-panel}, {@code claims-table}, {@code claims-add}, {@code claims-edit},
 * {@code claims-remove}, {@code claims-status}, {@code claims-drivers}.
 */
final class ClaimsPanel extends SplitPane {

  private final ClaimsViewModel vm;
  private final TableView<Row> table = new TableView<>();

  ClaimsPanel(ClaimsViewModel vm) {
    this.vm = vm;
    setId("claims-panel");
    setOrientation(Orientation.HORIZONTAL);

    table.setId("claims-table");
    table.setItems(vm.rows());
    table.setPlaceholder(new Label(Messages.get("claims.empty")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table
        .getColumns()
        .addAll(
            List.of(
                column("claims.col.label", Row::label, 180),
                column("claims.col.statement", Row::statement, 200),
                column("claims.col.probability", Row::probability, 150),
                column("claims.col.holds", Row::holds, 70)));
    table.getColumns().get(2).setId("claims-col-probability");
    table.setRowFactory(
        t -> {
          TableRow<Row> row =
              new TableRow<>() {
                @Override
                protected void updateItem(Row item, boolean empty) {
                  super.updateItem(item, empty);
                  setTooltip(empty || item == null ? null : new Tooltip(item.tooltip()));
                }
              };
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                  edit();
                }
              });
          return row;
        });
    table
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener((obs, was, now) -> vm.selectedProperty().set(now.intValue()));
    vm.rows()
        .addListener(
            (javafx.collections.ListChangeListener<Row>)
                c -> {
                  int keep = vm.selectedProperty().get();
                  if (keep >= 0 && keep < vm.rows().size()) {
                    table.getSelectionModel().select(keep);
                  }
                });

    Button add = new Button(Messages.get("claims.add"));
    add.setId("claims-add");
    add.setTooltip(new Tooltip(Messages.get("claims.add.tooltip")));
    add.setOnAction(e -> open(vm.newEditor()));
    Button edit = new Button(Messages.get("claims.edit"));
    edit.setId("claims-edit");
    edit.setOnAction(e -> edit());
    Button remove = new Button(Messages.get("claims.remove"));
    remove.setId("claims-remove");
    remove.setOnAction(
        e -> {
          int i = table.getSelectionModel().getSelectedIndex();
          if (i >= 0) {
            vm.remove(i);
          }
        });
    edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    remove.disableProperty().bind(edit.disableProperty());
    Label status = new Label();
    status.setId("claims-status");
    status.getStyleClass().add(AnalysisStyles.UNCERTAINTY_STATUS);
    status.textProperty().bind(vm.statusProperty());
    status.setMinWidth(0);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(6, add, edit, remove, spacer, status);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add(AnalysisStyles.CHART_PICKER);
    VBox left = new VBox(4, bar, table);
    VBox.setVgrow(table, Priority.ALWAYS);

    TableView<DriverRow> drivers = new TableView<>(vm.drivers());
    drivers.setId("claims-drivers");
    drivers.setPlaceholder(new Label(Messages.get("claims.drivers.empty")));
    drivers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    drivers
        .getColumns()
        .addAll(
            List.of(
                column("claims.drivers.parameter", DriverRow::parameter, 170),
                column("claims.drivers.holds", DriverRow::whereHolds, 110),
                column("claims.drivers.fails", DriverRow::whereFails, 110),
                column("claims.drivers.gap", DriverRow::gap, 90)));
    Label title = new Label(Messages.get("claims.drivers.title"));
    title.getStyleClass().add(AnalysisStyles.FIELD_LABEL);
    title.setTooltip(new Tooltip(Messages.get("claims.drivers.tooltip")));
    title.setWrapText(true);
    VBox right = new VBox(4, title, drivers);
    VBox.setVgrow(drivers, Priority.ALWAYS);
    left.setMinWidth(0);
    right.setMinWidth(0);
    getItems().addAll(left, right);
    setDividerPositions(0.58);
  }

  /** Opens the editor of the selected claim. */
  private void edit() {
    int i = table.getSelectionModel().getSelectedIndex();
    if (i >= 0) {
      open(vm.editor(i));
    }
  }

  private void open(ClaimEditorViewModel editor) {
    ClaimDialog.show(getScene() == null ? null : getScene().getWindow(), editor);
  }

  private static <S> TableColumn<S, String> column(
      String key, Function<S, String> text, double width) {
    TableColumn<S, String> c = new TableColumn<>(Messages.get(key));
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
    c.setPrefWidth(width);
    c.setSortable(false);
    return c;
  }
}
