package com.computegap.view;

import com.computegap.text.Messages;
import com.computegap.viewmodel.ClaimEditorViewModel;
import com.computegap.viewmodel.ClaimsViewModel;
import com.computegap.viewmodel.ClaimsViewModel.DriverRow;
import com.computegap.viewmodel.ClaimsViewModel.Row;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
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
  private boolean replacing;
  private final ListChangeListener<Row> beforeTable = c -> replacing = true;
  private final ListChangeListener<Row> afterTable =
      c -> {
        replacing = false;
        int keep = vm().selectedProperty().get();
        if (keep >= 0 && keep < vm().rows().size()) {
          table.getSelectionModel().select(keep);
        }
      };

  ClaimsPanel(ClaimsViewModel vm) {
    this.vm = vm;
    setId("claims-panel");
    setOrientation(Orientation.HORIZONTAL);

    table.setId("claims-table");
    // The rows are replaced after every analysis, and the table clears its selection when they
    // are: keep the view model's selection through that and select its row again afterwards.
    vm.rows().addListener(beforeTable);
    table.setItems(vm.rows());
    vm.rows().addListener(afterTable);
    table.setPlaceholder(wrapping(Messages.get("claims.empty")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<Row, Row> claim = new TableColumn<>();
    claim.setGraphic(header("claims.col.label", "claims.col.label.tooltip"));
    claim.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
    claim.setCellFactory(c -> new ClaimCell(claim));
    claim.setPrefWidth(270);
    claim.setSortable(false);
    table
        .getColumns()
        .addAll(
            List.of(
                claim,
                column(
                    "claims.col.probability",
                    "claims.col.probability.tooltip",
                    Row::probability,
                    140),
                column("claims.col.holds", "claims.col.holds.tooltip", Row::holds, 62)));
    table.getColumns().get(1).setId("claims-col-probability");
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
        .addListener(
            (obs, was, now) -> {
              if (!replacing) {
                vm.selectedProperty().set(now.intValue());
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
    status.setWrapText(true);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(6, add, edit, remove, spacer, status);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add(AnalysisStyles.CHART_PICKER);
    VBox left = new VBox(4, bar, table);
    VBox.setVgrow(table, Priority.ALWAYS);

    TableView<DriverRow> drivers = new TableView<>(vm.drivers());
    drivers.setId("claims-drivers");
    drivers.setPlaceholder(wrapping(Messages.get("claims.drivers.empty")));
    drivers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    drivers
        .getColumns()
        .addAll(
            List.of(
                column(
                    "claims.drivers.parameter",
                    "claims.drivers.parameter.tooltip",
                    DriverRow::parameter,
                    125),
                column(
                    "claims.drivers.holds",
                    "claims.drivers.holds.tooltip",
                    DriverRow::whereHolds,
                    80),
                column(
                    "claims.drivers.fails",
                    "claims.drivers.fails.tooltip",
                    DriverRow::whereFails,
                    80),
                column("claims.drivers.gap", "claims.drivers.gap.tooltip", DriverRow::gap, 45)));
    Label title = new Label(Messages.get("claims.drivers.title"));
    title.getStyleClass().add(AnalysisStyles.FIELD_LABEL);
    title.setTooltip(new Tooltip(Messages.get("claims.drivers.tooltip")));
    title.setWrapText(true);
    VBox right = new VBox(4, title, drivers);
    VBox.setVgrow(drivers, Priority.ALWAYS);
    left.setMinWidth(0);
    right.setMinWidth(0);
    getItems().addAll(left, right);
    setDividerPositions(0.59);
  }

  private ClaimsViewModel vm() {
    return vm;
  }

  /** Stops following the view model (the window built a new view, for another language). */
  void dispose() {
    vm.rows().removeListener(beforeTable);
    vm.rows().removeListener(afterTable);
    table.setItems(null);
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
      String key, String tooltipKey, Function<S, String> text, double width) {
    TableColumn<S, String> c = new TableColumn<>();
    c.setGraphic(header(key, tooltipKey));
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
    c.setCellFactory(col -> new WholeTextCell<>());
    c.setPrefWidth(width);
    c.setSortable(false);
    return c;
  }

  /** A table's placeholder that wraps in a narrow table rather than end in an ellipsis. */
  private static Label wrapping(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    return l;
  }

  /** A column header with its tooltip. */
  private static Label header(String key, String tooltipKey) {
    Label header = new Label(Messages.get(key));
    header.setTooltip(new Tooltip(Messages.get(tooltipKey)));
    return header;
  }

  /** The claim's label, with the claim written out under it in smaller type. */
  private static final class ClaimCell extends TableCell<Row, Row> {
    /** The cell's own left and right padding, px: what of the column the text cannot use. */
    private static final double CELL_PADDING = 12;

    private static final double GRAPHIC_SLACK = 4;

    private final Label label = new Label();
    private final Label statement = new Label();
    private final VBox box = new VBox(1, label, statement);

    /** Wraps both lines to the column's width: a long label grows its row, it is never cut. */
    ClaimCell(TableColumn<Row, Row> column) {
      label.getStyleClass().add(AnalysisStyles.CLAIM_LABEL);
      statement.getStyleClass().add(AnalysisStyles.CLAIM_STATEMENT);
      for (Label l : new Label[] {label, statement}) {
        l.setMinWidth(0);
        l.setWrapText(true);
        // a preferred width, not only a maximum: the row asks its height at the preferred width
        l.prefWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
        l.maxWidthProperty().bind(l.prefWidthProperty());
      }
      setText(null);
    }

    /**
     * As high as both lines wrapped to the column: the row asks its cells with no width, and a
     * wrapping label asked so answers one line's height.
     */
    @Override
    protected double computePrefHeight(double width) {
      if (getGraphic() == null || getTableColumn() == null) {
        return super.computePrefHeight(width);
      }
      box.applyCss(); // the bold label font decides the lines; a row may ask before CSS ran
      double lines =
          label.prefHeight(label.getPrefWidth())
              + box.getSpacing()
              + statement.prefHeight(statement.getPrefWidth());
      // and a few px more: measured, the cell skin gives the box 2 px less than asked, and the
      // label then drops its last line
      return snappedTopInset() + Math.ceil(lines) + snappedBottomInset() + GRAPHIC_SLACK;
    }

    @Override
    protected void updateItem(Row item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
      } else {
        label.setText(item.label());
        statement.setText(item.statement());
        setGraphic(box);
      }
    }
  }
}
