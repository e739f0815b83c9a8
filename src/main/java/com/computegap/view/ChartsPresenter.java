package com.computegap.view;

import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.model.Scenario;
import com.computegap.text.Messages;
import com.computegap.view.chart.ChartRenderService;
import com.computegap.view.chart.ChartView;
import com.computegap.viewmodel.CompareViewModel;
import com.computegap.viewmodel.ExplorerViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Feeds the charts: each new model result, comparison or waterfall year becomes one {@link
 * ChartInput} for the render service. The charts draw off the JavaFX thread; this class only hands
 * over immutable inputs.
 */
public final class ChartsPresenter {

  /** Grid order: three across the top, two below. */
  public static final List<ChartKind> ORDER =
      List.of(
          ChartKind.CAPEX,
          ChartKind.GAP,
          ChartKind.INSTALLED,
          ChartKind.ALLOCATION,
          ChartKind.WATERFALL);

  private final ExplorerViewModel vm;
  private final CompareViewModel compare;
  private final ChartRenderService charts;
  private final ChoiceBox<Integer> year = new ChoiceBox<>();
  private long lastSubmitted;

  public ChartsPresenter(
      ExplorerViewModel vm, CompareViewModel compare, ChartRenderService charts) {
    this.vm = vm;
    this.compare = compare;
    this.charts = charts;
    year.setId("waterfall-year");
    year.setTooltip(new Tooltip(Messages.get("charts.waterfallYear.tooltip")));
    year.setConverter(DisplayConverter.of(y -> Integer.toString(y)));
    year.valueProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null && now != vm.waterfallYearProperty().get()) {
                vm.waterfallYearProperty().set(now);
              }
            });
    vm.resultProperty().addListener((obs, was, now) -> submit());
    vm.waterfallYearProperty().addListener((obs, was, now) -> submit());
    compare.activeProperty().addListener((obs, was, now) -> submit());
    submit();
  }

  /** The chart cells in {@link #ORDER}, the waterfall with its year picker. */
  public List<Region> cells() {
    List<Region> cells = new ArrayList<>();
    for (ChartKind kind : ORDER) {
      ChartView view = charts.view(kind);
      if (kind == ChartKind.WATERFALL) {
        Label caption = new Label(Messages.get("charts.waterfallYear"));
        HBox picker = new HBox(6, caption, year);
        picker.setAlignment(Pos.CENTER_RIGHT);
        picker.getStyleClass().add("chart-year-picker");
        // The picker sits above the chart rather than over it, so it never hides the title.
        VBox cell = new VBox(picker, view);
        VBox.setVgrow(view, Priority.ALWAYS);
        picker.setMaxWidth(Double.MAX_VALUE);
        cell.setId("cell-" + kind.nodeId());
        cells.add(cell);
      } else {
        cells.add(view);
      }
    }
    return cells;
  }

  /** The sequence number of the last input handed to the charts. */
  public long lastSubmitted() {
    return lastSubmitted;
  }

  private void submit() {
    if (vm.result() == null) {
      return;
    }
    Scenario s = vm.scenario();
    List<Integer> years = new ArrayList<>();
    for (int y = s.startYear(); y <= s.endYear(); y++) {
      years.add(y);
    }
    if (!years.equals(year.getItems())) {
      year.setItems(FXCollections.observableList(years));
    }
    year.setValue(vm.waterfallYearProperty().get());
    ChartInput input =
        compare.resultB() == null
            ? ChartInput.of(s, vm.result())
            : ChartInput.of(compare.scenarioA(), compare.resultA())
                .withCompare(compare.scenarioB(), compare.resultB());
    lastSubmitted = charts.submit(input.withFocusYear(vm.waterfallYearProperty().get()));
  }
}
