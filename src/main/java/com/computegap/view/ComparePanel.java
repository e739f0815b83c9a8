package com.computegap.view;

import com.computegap.chart.ChartTheme;
import com.computegap.chart.DifferenceBars;
import com.computegap.chart.DifferenceChart;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import com.computegap.viewmodel.CompareViewModel;
import com.computegap.viewmodel.ComparisonRow;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The comparison table under the charts: every parameter that differs between A and B, then every
 * KPI, each with both values and the change, and beside it (under it where the panel is narrow) the
 * waterfall of why B differs from A for a chosen KPI. Shown only while a comparison is on.
 *
 * <p>Node ids: {@code compare-panel}, {@code compare-table}, {@code compare-why-kpi}, {@code
 * compare-why-chart}.
 */
final class ComparePanel extends VBox {

  /** Width over height above which the table and the waterfall sit side by side. */
  static final double SIDE_BY_SIDE_ASPECT = 1.3;

  /** The narrowest panel in which the table and the waterfall both fit side by side, in px. */
  static final double SIDE_BY_SIDE_MIN_WIDTH = 900;

  /** The lowest panel in which the table and the waterfall both fit one above the other, in px. */
  static final double STACKED_MIN_HEIGHT = 560;

  private final ObservableValue<ChartTheme> theme;

  /**
   * The waterfall follows the view model and the theme through weak listeners held here: a language
   * switch builds a new panel, and the old one must not keep redrawing.
   */
  private final ChangeListener<ChartTheme> onTheme = (obs, was, now) -> this.why.applyTheme(now);

  private final ChangeListener<DifferenceBars> onDifference =
      (obs, was, now) -> this.why.update(now);
  private DifferenceChart why;

  ComparePanel(CompareViewModel compare, ObservableValue<ChartTheme> theme) {
    this.theme = theme;
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
    table.setMinSize(0, 0);
    Region whyCell = whyCell(compare);
    SplitPane body = new SplitPane();
    body.setId("compare-body");
    body.getStyleClass().add("compare-body");
    Tab tableTab = new Tab(Messages.get("compare.tab.table"));
    Tab whyTab = new Tab(Messages.get("compare.tab.why"));
    TabPane tabs = new TabPane(tableTab, whyTab);
    tabs.setId("compare-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    StackPane holder = new StackPane();
    holder.setMinSize(0, 0);
    Runnable arrange = () -> arrange(holder, body, tabs, table, whyCell);
    holder.widthProperty().addListener((obs, was, now) -> arrange.run());
    holder.heightProperty().addListener((obs, was, now) -> arrange.run());
    arrange.run();
    VBox.setVgrow(holder, Priority.ALWAYS);
    getChildren().addAll(header, holder);
  }

  /**
   * Side by side where both the table and the waterfall get a legible width, one above the other
   * where there is height for both, and as two tabs otherwise (a 1280×720 projector): a squeezed
   * table cuts every name and number, a squeezed waterfall its labels.
   */
  private static void arrange(
      StackPane holder, SplitPane body, TabPane tabs, Region table, Region whyCell) {
    double w = holder.getWidth();
    double h = holder.getHeight();
    boolean sideBySide = w >= SIDE_BY_SIDE_MIN_WIDTH && w > SIDE_BY_SIDE_ASPECT * h;
    boolean stacked = !sideBySide && h >= STACKED_MIN_HEIGHT;
    if (sideBySide || stacked) {
      Orientation o = sideBySide ? Orientation.HORIZONTAL : Orientation.VERTICAL;
      boolean changed = holder.getChildren().isEmpty() || holder.getChildren().get(0) != body;
      if (changed) {
        tabs.getTabs().forEach(t -> t.setContent(null));
        body.getItems().setAll(table, whyCell);
        holder.getChildren().setAll(body);
      }
      if (changed || body.getOrientation() != o) {
        body.setOrientation(o);
        body.setDividerPositions(sideBySide ? 0.45 : 0.42);
      }
    } else if (holder.getChildren().isEmpty() || holder.getChildren().get(0) != tabs) {
      body.getItems().clear();
      tabs.getTabs().get(0).setContent(table);
      tabs.getTabs().get(1).setContent(whyCell);
      holder.getChildren().setAll(tabs);
    }
  }

  private Region whyCell(CompareViewModel compare) {
    why = new DifferenceChart();
    if (theme.getValue() != null) {
      why.applyTheme(theme.getValue());
    }
    theme.addListener(new WeakChangeListener<>(onTheme));
    why.update(compare.differenceProperty().get());
    compare.differenceProperty().addListener(new WeakChangeListener<>(onDifference));
    Label label = new Label(Messages.get("compare.why.kpi"));
    ComboBox<KpiKind> kpi = new ComboBox<>(FXCollections.observableArrayList(KpiKind.values()));
    kpi.setId("compare-why-kpi");
    kpi.setTooltip(new Tooltip(Messages.get("compare.why.kpi.tooltip")));
    kpi.setConverter(DisplayConverter.of(k -> Messages.get(k.keyStem() + ".title")));
    kpi.valueProperty().bindBidirectional(compare.kpiProperty());
    label.setLabelFor(kpi);
    HBox picker = new HBox(6, label, kpi);
    picker.setAlignment(Pos.CENTER_LEFT);
    picker.getStyleClass().add(AnalysisStyles.CHART_PICKER);
    ChartPane pane =
        new ChartPane(why.chart(), "compare-why-chart", Messages.get("compare.why.accessible"));
    VBox cell = new VBox(picker, pane);
    VBox.setVgrow(pane, Priority.ALWAYS);
    cell.setMinSize(0, 0);
    return cell;
  }

  /** The waterfall, once built; for tests. */
  DifferenceChart why() {
    return why;
  }

  private static final javafx.css.PseudoClass KPI = javafx.css.PseudoClass.getPseudoClass("kpi");

  private static TableColumn<ComparisonRow, String> column(
      String key, Function<ComparisonRow, String> value, double weight) {
    TableColumn<ComparisonRow, String> c = new TableColumn<>(Messages.get(key));
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setSortable(false);
    c.setPrefWidth(120 * weight);
    c.setCellFactory(col -> new WholeTextCell<>());
    return c;
  }
}
