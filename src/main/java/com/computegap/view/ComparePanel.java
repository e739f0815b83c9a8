package com.computegap.view;

import com.computegap.text.Messages;
import com.computegap.viewmodel.CompareViewModel;
import com.computegap.viewmodel.ComparisonRow;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The comparison table under the charts: every parameter that differs between A and B, then every
 * KPI, each with both values and the change. Shown only while a comparison is on.
 */
final class ComparePanel extends VBox {

  ComparePanel(CompareViewModel compare) {
    setId("compare-panel");
    getStyleClass().add("compare-panel");
    managedProperty().bind(visibleProperty());
    visibleProperty().bind(compare.activeProperty());
    // The table is built on first use: a TableView costs a noticeable part of the window's
    // start-up.
    if (compare.activeProperty().get()) {
      build(compare);
    } else {
      compare
          .activeProperty()
          .addListener(
              new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(
                    javafx.beans.value.ObservableValue<? extends Boolean> obs,
                    Boolean was,
                    Boolean active) {
                  if (active) {
                    compare.activeProperty().removeListener(this);
                    build(compare);
                  }
                }
              });
    }
  }

  private void build(CompareViewModel compare) {
    Label a = new Label();
    a.textProperty().bind(compare.aNameProperty());
    a.getStyleClass().add("compare-a");
    Label versus = new Label(Messages.get("compare.versus"));
    Label b = new Label();
    b.textProperty().bind(compare.bNameProperty());
    b.getStyleClass().add("compare-b");
    Label legend = new Label(Messages.get("compare.legend"));
    legend.getStyleClass().add("hint");
    Button close = new Button(Messages.get("compare.close"));
    close.setId("compare-close");
    close.setTooltip(new Tooltip(Messages.get("menu.compare.stop")));
    close.setOnAction(e -> compare.clear());
    HBox names = new HBox(8, a, versus, b);
    names.setAlignment(Pos.CENTER_LEFT);
    // the names, the legend and Close wrap onto more lines where the panel is narrow
    FlowPane header = new FlowPane(12, 4, names, legend, close);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("compare-header");

    TableView<ComparisonRow> table = new TableView<>(compare.rows());
    table.setId("compare-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("compare.column.item", ComparisonRow::label, 3));
    table.getColumns().add(column("compare.column.a", ComparisonRow::aText, 2));
    table.getColumns().add(column("compare.column.b", ComparisonRow::bText, 2));
    table.getColumns().add(column("compare.column.change", ComparisonRow::change, 1.6));
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(ComparisonRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(
                    KPI, !empty && row != null && row.kind() == ComparisonRow.Kind.KPI);
              }
            });
    table.setPlaceholder(new Label(Messages.get("compare.empty")));
    table.setPrefHeight(200);
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(header, table);
  }

  private static final javafx.css.PseudoClass KPI = javafx.css.PseudoClass.getPseudoClass("kpi");

  private static TableColumn<ComparisonRow, String> column(
      String key, Function<ComparisonRow, String> value, double weight) {
    TableColumn<ComparisonRow, String> c = new TableColumn<>(Messages.get(key));
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setSortable(false);
    c.setPrefWidth(120 * weight);
    return c;
  }
}
