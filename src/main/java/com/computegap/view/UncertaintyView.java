package com.computegap.view;

import com.computegap.chart.ChartTheme;
import com.computegap.chart.DistributionChart;
import com.computegap.chart.FanChart;
import com.computegap.chart.TornadoChart;
import com.computegap.model.Column;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import com.computegap.viewmodel.AnalysisViewModels;
import com.computegap.viewmodel.DistributionViewModel;
import com.computegap.viewmodel.TornadoViewModel;
import com.computegap.viewmodel.UncertaintyViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The uncertainty view beside the five main charts: a tool bar (runs, seed, progress, cancel, what
 * the result shown is), three fan charts (spend gap, compute gap, DePIN's usable compute) and the
 * tornado with its output and year pickers. Binds to {@link AnalysisViewModels}; draws what they
 * computed. Charts redraw only when a Monte Carlo run finishes.
 *
 * <p>Node ids: {@code mc-runs}, {@code mc-seed}, {@code mc-reseed}, {@code mc-run}, {@code
 * mc-progress}, {@code mc-cancel}, {@code mc-status}, {@code mc-hint}, {@code fan-spend-gap},
 * {@code fan-compute-gap}, {@code fan-installed}, {@code tornado-output}, {@code tornado-year},
 * {@code tornado-chart}, {@code unc-lower-tabs} with {@code unc-tab-tornado} and {@code
 * unc-tab-claims} (the {@link ClaimsPanel}), {@code unc-tab-distribution} with {@code dist-output},
 * {@code dist-year}, {@code dist-chart}; {@code mc-correlations} opens the {@link
 * CorrelationDialog}.
 */
final class UncertaintyView extends VBox {

  private final List<Subscription> subscriptions = new ArrayList<>();
  private final List<FanChart> fans = new ArrayList<>();
  private final TornadoChart tornado = new TornadoChart();
  private final TabPane lower = new TabPane();
  private final DistributionChart distribution = new DistributionChart();
  private final Tab claimsTab;
  private final ClaimsPanel claimsPanel;

  /** Held here: a bidirectional binding keeps only weak references to its two ends. */
  private ObjectProperty<Integer> runsObject;

  UncertaintyView(AnalysisViewModels analysis, ObservableValue<ChartTheme> theme) {
    setId("uncertainty-view");
    getStyleClass().add(AnalysisStyles.UNCERTAINTY_VIEW);
    UncertaintyViewModel mc = analysis.uncertainty();

    GridPane grid = new GridPane();
    grid.setId("uncertainty-grid");
    grid.getStyleClass().add(Styles.CHART_AREA);
    for (int c = 0; c < 3; c++) {
      ColumnConstraints cc = new ColumnConstraints();
      cc.setPercentWidth(100.0 / 3);
      cc.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(cc);
    }
    for (int r = 0; r < 2; r++) {
      RowConstraints rc = new RowConstraints();
      rc.setPercentHeight(r == 0 ? 45 : 55); // the lower tabs hold tables and pickers
      rc.setVgrow(Priority.ALWAYS);
      grid.getRowConstraints().add(rc);
    }
    String[] ids = {"fan-spend-gap", "fan-compute-gap", "fan-installed"};
    for (int i = 0; i < UncertaintyViewModel.FAN_COLUMNS.size(); i++) {
      Column column = UncertaintyViewModel.FAN_COLUMNS.get(i);
      FanChart fan = new FanChart(column);
      fans.add(fan);
      ChartPane pane =
          new ChartPane(
              fan.chart(),
              ids[i],
              Messages.format(
                  "unc.fan.accessible", com.computegap.text.AnalysisTexts.column(column)));
      grid.add(cell(pane), i, 0);
    }
    Tab tornadoTab = new Tab(Messages.get("unc.tab.tornado"), tornadoCell(analysis.tornado()));
    tornadoTab.setId("unc-tab-tornado");
    claimsPanel = new ClaimsPanel(analysis.claims());
    claimsTab = new Tab(Messages.get("claims.tab"), cell(claimsPanel));
    claimsTab.setId("unc-tab-claims");
    claimsTab.setTooltip(new Tooltip(Messages.get("claims.tab.tooltip")));
    lower.setId("unc-lower-tabs");
    lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    Tab distributionTab =
        new Tab(Messages.get("dist.tab"), cell(distributionCell(analysis.distribution())));
    distributionTab.setId("unc-tab-distribution");
    distributionTab.setTooltip(new Tooltip(Messages.get("dist.tab.tooltip")));
    analysis.distribution().activeProperty().bind(distributionTab.selectedProperty());
    lower.getTabs().addAll(tornadoTab, claimsTab, distributionTab);
    grid.add(cell(lower), 0, 1, 3, 1);

    getChildren().addAll(toolbar(mc, analysis), grid);
    VBox.setVgrow(grid, Priority.ALWAYS);

    subscriptions.add(
        mc.outcomeProperty()
            .subscribe(
                o -> {
                  if (o != null) {
                    for (FanChart fan : fans) {
                      fan.update(UncertaintyViewModel.fan(o, fan.column()));
                    }
                  }
                }));
    subscriptions.add(analysis.tornado().dataProperty().subscribe(tornado::update));
    subscriptions.add(
        analysis
            .distribution()
            .dataProperty()
            .subscribe(
                d -> {
                  if (d != null) {
                    distribution.update(d);
                  }
                }));
    subscriptions.add(
        theme.subscribe(
            t -> {
              if (t != null) {
                fans.forEach(f -> f.applyTheme(t));
                tornado.applyTheme(t);
                distribution.applyTheme(t);
              }
            }));
  }

  /** Stops following the view models (the window built a new view, for another language). */
  void dispose() {
    subscriptions.forEach(Subscription::unsubscribe);
    subscriptions.clear();
    claimsPanel.dispose();
  }

  /** Brings the claims panel to the front. */
  void showClaims() {
    lower.getSelectionModel().select(claimsTab);
  }

  /** The fan charts, for tests: spend gap, compute gap, DePIN usable compute. */
  List<FanChart> fans() {
    return List.copyOf(fans);
  }

  TornadoChart tornado() {
    return tornado;
  }

  private Region toolbar(UncertaintyViewModel mc, AnalysisViewModels analysis) {
    Label runsLabel = new Label(Messages.get("unc.runs"));
    ChoiceBox<Integer> runs =
        new ChoiceBox<>(FXCollections.observableArrayList(UncertaintyViewModel.RUN_CHOICES));
    runs.setId("mc-runs");
    runs.setConverter(DisplayConverter.of(n -> Formats.value(n, 0)));
    runs.setTooltip(new Tooltip(Messages.get("unc.runs.tooltip")));
    runsObject = mc.runsProperty().asObject();
    runs.valueProperty().bindBidirectional(runsObject);
    runsLabel.setLabelFor(runs);

    Label seed = new Label();
    seed.setId("mc-seed");
    seed.textProperty()
        .bind(
            mc.seedProperty().map(s -> Messages.format("unc.seed", Long.toString(s.longValue()))));
    Button reseed = new Button(Messages.get("unc.reseed"));
    reseed.setId("mc-reseed");
    reseed.setTooltip(new Tooltip(Messages.get("unc.reseed.tooltip")));
    reseed.setOnAction(e -> mc.newSeed());
    reseed.disableProperty().bind(mc.activeProperty().not());

    Button run = new Button(Messages.get("unc.run"));
    run.setId("mc-run");
    run.setTooltip(new Tooltip(Messages.get("unc.run.tooltip")));
    run.setOnAction(e -> mc.run());
    run.disableProperty().bind(mc.runningProperty());

    ProgressBar progress = new ProgressBar();
    progress.setId("mc-progress");
    progress.setPrefWidth(140);
    progress.progressProperty().bind(mc.progressProperty());
    progress.visibleProperty().bind(mc.runningProperty());

    Button cancel = new Button(Messages.get("unc.cancel"));
    cancel.setId("mc-cancel");
    cancel.setTooltip(new Tooltip(Messages.get("unc.cancel.tooltip")));
    cancel.setOnAction(e -> mc.cancel());
    cancel.disableProperty().bind(mc.runningProperty().not());

    Button correlations = new Button(Messages.get("corr.open"));
    correlations.setId("mc-correlations");
    correlations.setTooltip(new Tooltip(Messages.get("corr.open.tooltip")));
    correlations.setOnAction(
        e ->
            CorrelationDialog.show(
                getScene() == null ? null : getScene().getWindow(), analysis.correlations()));

    Label status = new Label();
    status.setId("mc-status");
    status.getStyleClass().add(AnalysisStyles.UNCERTAINTY_STATUS);
    status.textProperty().bind(mc.statusProperty());

    Label hint = new Label();
    hint.setId("mc-hint");
    hint.getStyleClass().add(AnalysisStyles.UNCERTAINTY_HINT);
    hint.textProperty().bind(mc.hintProperty());
    hint.setWrapText(true);
    hint.visibleProperty().bind(mc.hintProperty().isNotEmpty());
    hint.managedProperty().bind(hint.visibleProperty());

    for (Region r : new Region[] {runsLabel, runs, seed, reseed, run, cancel, correlations}) {
      r.setMinWidth(Region.USE_PREF_SIZE); // the status gives way first, never the controls
    }
    status.setMinWidth(0);
    Tooltip statusTip = new Tooltip();
    statusTip.textProperty().bind(mc.statusDetailProperty());
    status.setTooltip(statusTip);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar =
        new HBox(
            8, runsLabel, runs, seed, reseed, run, progress, cancel, correlations, spacer, status);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add(AnalysisStyles.UNCERTAINTY_TOOLBAR);
    return new VBox(4, bar, hint);
  }

  private Region tornadoCell(TornadoViewModel vm) {
    HBox picker =
        outputAndYear(
            "tornado",
            vm.columns(),
            vm::columnLabel,
            vm.columnProperty(),
            vm.years(),
            vm.yearProperty());
    ChartPane pane =
        new ChartPane(tornado.chart(), "tornado-chart", Messages.get("unc.tornado.accessible"));
    VBox cell = new VBox(picker, pane);
    VBox.setVgrow(pane, Priority.ALWAYS);
    return cell(cell);
  }

  private Region distributionCell(DistributionViewModel vm) {
    HBox picker =
        outputAndYear(
            "dist",
            vm.columns(),
            vm::columnLabel,
            vm.columnProperty(),
            vm.years(),
            vm.yearProperty());
    ChartPane pane =
        new ChartPane(distribution.chart(), "dist-chart", Messages.get("dist.accessible"));
    VBox cell = new VBox(picker, pane);
    VBox.setVgrow(pane, Priority.ALWAYS);
    return cell;
  }

  /** The output and year pickers above a chart of one output in one year ({@code id-output}...). */
  private static HBox outputAndYear(
      String id,
      List<Column> columns,
      Function<Column, String> label,
      ObjectProperty<Column> column,
      ObservableList<Integer> years,
      ObjectProperty<Integer> yearShown) {
    Label outputLabel = new Label(Messages.get("unc.tornado.output"));
    ComboBox<Column> output = new ComboBox<>(FXCollections.observableArrayList(columns));
    output.setId(id + "-output");
    output.setVisibleRowCount(14);
    output.setConverter(DisplayConverter.of(label::apply));
    output.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(Column item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : label.apply(item));
          }
        });
    output.valueProperty().bindBidirectional(column);
    outputLabel.setLabelFor(output);
    Label yearLabel = new Label(Messages.get("unc.tornado.year"));
    ChoiceBox<Integer> year = new ChoiceBox<>(years);
    year.setId(id + "-year");
    year.setConverter(DisplayConverter.of(Formats::year));
    year.valueProperty().bindBidirectional(yearShown);
    yearLabel.setLabelFor(year);
    HBox picker = new HBox(6, outputLabel, output, yearLabel, year);
    picker.setAlignment(Pos.CENTER_RIGHT);
    picker.getStyleClass().add(AnalysisStyles.CHART_PICKER);
    return picker;
  }

  /** The distribution chart, for tests. */
  DistributionChart distribution() {
    return distribution;
  }

  private static Region cell(Region content) {
    content.getStyleClass().add(Styles.CHART_CELL);
    content.setMinSize(0, 0);
    content.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    return content;
  }
}
