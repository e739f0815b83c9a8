package com.computegap.view;

import com.computegap.text.Messages;
import com.computegap.text.RealityTexts.Closeness;
import com.computegap.viewmodel.RealityCheckRow;
import com.computegap.viewmodel.RealityCheckViewModel;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The "Reality check" tab: every reported figure of the scenario beside the model's value and the
 * error, the error cell coloured by its size, and the summary line above. Binds to a {@link
 * RealityCheckViewModel} and computes nothing.
 *
 * <p>Node ids: {@code reality-view}, {@code reality-summary}, {@code reality-table}.
 */
final class RealityCheckView extends VBox {

  static final String VIEW = "reality-view";
  static final String SUMMARY = "reality-summary";
  static final String LEGEND = "reality-legend";
  static final String ERROR_CELL = "reality-error";
  static final String NUMBER_CELL = "reality-number";

  /** A view on its own view model of {@code document}'s reality check. */
  static RealityCheckView of(com.computegap.viewmodel.ExplorerViewModel document) {
    return new RealityCheckView(new RealityCheckViewModel(document));
  }

  RealityCheckView(RealityCheckViewModel vm) {
    setId("reality-view");
    // the rows follow slider moves only while the tab shows them
    sceneProperty().addListener((obs, was, now) -> vm.activeProperty().set(now != null));
    getStyleClass().add(VIEW);

    Label summary = new Label();
    summary.setId("reality-summary");
    summary.getStyleClass().add(SUMMARY);
    summary.textProperty().bind(vm.summaryProperty());
    HBox legend = new HBox(12);
    legend.getStyleClass().add(LEGEND);
    legend.setAlignment(Pos.CENTER_LEFT);
    for (Closeness c : Closeness.values()) {
      Label swatch = new Label(c.label());
      swatch.getStyleClass().addAll(ERROR_CELL, c.styleClass());
      legend.getChildren().add(swatch);
    }
    Label explain = new Label(Messages.get("reality.explain"));
    explain.getStyleClass().add("hint");

    TableView<RealityCheckRow> table = new TableView<>(vm.rows());
    table.setId("reality-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("reality.column.series", RealityCheckRow::seriesText, 2.6));
    table
        .getColumns()
        .add(number(column("reality.column.year", r -> Integer.toString(r.year()), 0.5)));
    table
        .getColumns()
        .add(number(column("reality.column.actual", RealityCheckRow::actualText, 0.8)));
    table.getColumns().add(number(column("reality.column.model", RealityCheckRow::modelText, 0.8)));
    table.getColumns().add(column("reality.column.unit", RealityCheckRow::unitText, 0.75));
    table.getColumns().add(errorColumn());
    table.getColumns().add(column("reality.column.source", RealityCheckRow::sourceText, 3.4));
    table.setPlaceholder(new Label(Messages.get("reality.summary.none")));
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(summary, legend, table, explain);
  }

  private static TableColumn<RealityCheckRow, String> column(
      String key, Function<RealityCheckRow, String> value, double weight) {
    TableColumn<RealityCheckRow, String> c = new TableColumn<>(Messages.get(key));
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
              }
            });
    c.setSortable(false);
    c.setPrefWidth(110 * weight);
    return c;
  }

  /** Right-aligns a column of numbers. */
  private static <T> TableColumn<RealityCheckRow, T> number(TableColumn<RealityCheckRow, T> c) {
    c.getStyleClass().add(NUMBER_CELL);
    c.setMinWidth(64);
    return c;
  }

  /** The error, coloured by its band (a pseudo-class per band, so the theme picks the colours). */
  private static TableColumn<RealityCheckRow, RealityCheckRow> errorColumn() {
    TableColumn<RealityCheckRow, RealityCheckRow> c =
        new TableColumn<>(Messages.get("reality.column.error"));
    c.setCellValueFactory(
        cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(RealityCheckRow row, boolean empty) {
                super.updateItem(row, empty);
                Closeness shown = empty || row == null ? null : row.closeness();
                for (Closeness band : Closeness.values()) {
                  pseudoClassStateChanged(
                      PseudoClass.getPseudoClass(band.styleClass()), band == shown);
                }
                setText(shown == null ? null : row.errorText());
                setTooltip(shown == null ? null : new Tooltip(shown.label()));
              }
            });
    c.getStyleClass().addAll(ERROR_CELL, NUMBER_CELL);
    c.setSortable(false);
    c.setPrefWidth(96);
    c.setMinWidth(96);
    return c;
  }
}
