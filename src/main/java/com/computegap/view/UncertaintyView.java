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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The uncertainty view beside the five main charts: a tool bar (runs, seed, progress, cancel, what
 * the result shown is), three fan charts (spend gap, compute gap, DePIN's usable compute) and the
 * tornado with its output and year pickers, arranged for the room by {@link UncertaintyBody}. Binds
 * to {@link AnalysisViewModels}; draws what they computed. Charts redraw only when a Monte Carlo
 * run finishes.
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

  /** Lowest sensitivity chart, px, that shows its title above a 180 px plot. */
  private static final double TORNADO_TITLE_FROM = 300;

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

    String[] ids = {"fan-spend-gap", "fan-compute-gap", "fan-installed"};
    String[] tabKeys = {"unc.tab.fan.spendGap", "unc.tab.fan.computeGap", "unc.tab.fan.installed"};
    List<Region> fanCells = new ArrayList<>();
    List<Tab> fanTabs = new ArrayList<>();
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
      fanCells.add(cell(pane));
      Tab own = new Tab(Messages.get(tabKeys[i]));
      own.setId("unc-tab-" + ids[i]);
      own.setTooltip(new Tooltip(Messages.get("unc.tab.fans.tooltip")));
      fanTabs.add(own);
    }
    Tab fansTab = new Tab(Messages.get("unc.tab.fans"));
    fansTab.setId("unc-tab-fans");
    fansTab.setTooltip(new Tooltip(Messages.get("unc.tab.fans.tooltip")));
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
    cell(lower);
    UncertaintyBody body = new UncertaintyBody(fanCells, fansTab, fanTabs, lower);
    getChildren().addAll(toolbar(mc, analysis), body);
    VBox.setVgrow(body, Priority.ALWAYS);

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
      r.setMinWidth(Region.USE_PREF_SIZE);
    }
    Tooltip statusTip = new Tooltip();
    statusTip.textProperty().bind(mc.statusDetailProperty());
    status.setTooltip(statusTip);
    status.setWrapText(true); // below the bar, a long "cancelled" text may take two lines
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar =
        new HBox(
            8, runsLabel, runs, seed, reseed, run, progress, cancel, correlations, spacer, status);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add(AnalysisStyles.UNCERTAINTY_TOOLBAR);
    HBox below = new HBox();
    below.setAlignment(Pos.CENTER_RIGHT);
    below.managedProperty().bind(below.visibleProperty());
    VBox box = new VBox(4, bar, below, hint);
    // The status line stays whole: beside the controls where they leave it room, else on a line of
    // its own under them (a 1280x720 projector), never cut to an ellipsis.
    Runnable place =
        () -> {
          // every control and the gap after it, and the gap between the spacer and the status
          double controls = bar.getSpacing();
          for (Region r :
              new Region[] {runsLabel, runs, seed, reseed, run, progress, cancel, correlations}) {
            controls += r.prefWidth(-1) + bar.getSpacing();
          }
          String text = status.getText() == null ? "" : status.getText();
          javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
          probe.setFont(status.getFont());
          double room = box.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset();
          boolean beside = box.getWidth() <= 0 || controls + probe.prefWidth(-1) + 2 <= room;
          if (beside && status.getParent() != bar) {
            below.getChildren().clear();
            bar.getChildren().add(status);
          } else if (!beside && status.getParent() != below) {
            bar.getChildren().remove(status);
            below.getChildren().add(status);
          }
          below.setVisible(!beside);
        };
    box.widthProperty().subscribe(w -> place.run());
    status.textProperty().subscribe(t -> place.run());
    status.fontProperty().subscribe(f -> place.run());
    return box;
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
    // title, scenario label, axis and legend take about 110 px; below this the title gives way
    pane.heightProperty().subscribe(h -> tornado.showTitle(h.doubleValue() >= TORNADO_TITLE_FROM));
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
