package com.computegap.view;

import com.computegap.chart.ChartKind;
import com.computegap.text.Messages;
import com.computegap.view.chart.ChartRenderService;
import com.computegap.viewmodel.AppearanceViewModel;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.KpiViewModel;
import com.computegap.viewmodel.ParameterViewModel;
import com.computegap.viewmodel.PresentationViewModel;
import com.computegap.viewmodel.Theme;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Presentation mode: large type, big KPI cards, the pinned sliders, one chart at a time with a
 * caption and its position. The chart nodes are borrowed from the window's grid while this shows.
 */
final class PresentationView extends BorderPane {

  private final PresentationViewModel presentation;
  private final ChartRenderService charts;
  private final List<ChartKind> order;
  private final StackPane chartHolder = new StackPane();
  private final Label caption = new Label();
  private final Label position = new Label();

  PresentationView(
      ExplorerViewModel vm,
      PresentationViewModel presentation,
      AppearanceViewModel appearance,
      ChartRenderService charts,
      List<ChartKind> order,
      Runnable exit) {
    this.presentation = presentation;
    this.charts = charts;
    this.order = order;
    setId("presentation-root");
    getStyleClass().add("presentation-view");
    // a projector's 720 lines: smaller headline type, so the five cards stay on one row
    heightProperty()
        .addListener(
            (obs, was, now) ->
                pseudoClassStateChanged(
                    SizeClasses.SHORT, now.doubleValue() < SizeClasses.SHORT_BELOW));

    Label name = new Label(vm.scenario().name());
    name.getStyleClass().add(Styles.SCENARIO_NAME);
    vm.scenarioProperty().addListener((obs, was, now) -> name.setText(now.name()));
    Button theme = new Button();
    theme.setId("presentation-theme");
    theme.setFocusTraversable(false);
    theme
        .textProperty()
        .bind(appearance.presentationThemeProperty().map(t -> Messages.get(t.labelKey())));
    theme.setTooltip(new Tooltip(Messages.get("presentation.theme.tooltip")));
    theme.setOnAction(
        e ->
            appearance
                .presentationThemeProperty()
                .set(
                    appearance.presentationThemeProperty().get() == Theme.DARK
                        ? Theme.HIGH_CONTRAST
                        : Theme.DARK));
    Button leave = new Button(Messages.get("presentation.exit"));
    leave.setId("presentation-exit");
    leave.setFocusTraversable(false);
    leave.setOnAction(e -> exit.run());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    // the buttons keep their words; a long scenario name gives way first
    theme.setMinWidth(Region.USE_PREF_SIZE);
    leave.setMinWidth(Region.USE_PREF_SIZE);
    HBox top = new HBox(16, name, spacer, theme, leave);
    top.setAlignment(Pos.CENTER_LEFT);

    List<KpiCard> cards = new java.util.ArrayList<>();
    for (KpiViewModel k : vm.kpis()) {
      cards.add(new KpiCard(k));
    }
    KpiRow kpis = new KpiRow(cards);
    setTop(new VBox(10, top, kpis));

    VBox sliders = new VBox(4);
    sliders.setId("presentation-sliders");
    sliders.getStyleClass().add("presentation-sliders");
    Label slidersTitle = new Label(Messages.get("presentation.sliders"));
    slidersTitle.getStyleClass().add(Styles.SUBHEADING);
    sliders.getChildren().add(slidersTitle);
    List<ParameterViewModel> pinned = presentation.pinnedParameters();
    for (ParameterViewModel p : pinned) {
      sliders.getChildren().add(new ParameterRow(p, vm::undo, vm::redo, appearance));
    }
    if (pinned.isEmpty()) {
      Label hint = new Label(Messages.get("presentation.sliders.none"));
      hint.getStyleClass().add("hint");
      sliders.getChildren().add(hint);
    }
    ScrollPane sliderScroll = new ScrollPane(sliders);
    sliderScroll.setFitToWidth(true);
    sliderScroll.getStyleClass().add("presentation-sliders-scroll");
    setLeft(sliderScroll);

    chartHolder.setId("presentation-chart");
    chartHolder.getStyleClass().add(Styles.CHART_CELL);
    VBox.setVgrow(chartHolder, Priority.ALWAYS);
    caption.setId("presentation-caption");
    caption.getStyleClass().add("presentation-caption");
    caption.setWrapText(true);
    position.setId("presentation-position");
    position.getStyleClass().add("presentation-position");
    Label keys = new Label(Messages.get("presentation.keys"));
    keys.getStyleClass().add("hint");
    keys.setMinWidth(Region.USE_PREF_SIZE);
    position.setMinWidth(Region.USE_PREF_SIZE);
    VBox where = new VBox(2, position, keys);
    where.setAlignment(Pos.CENTER_RIGHT);
    where.setMinWidth(Region.USE_PREF_SIZE);
    caption.setMaxWidth(Double.MAX_VALUE);
    HBox footer = new HBox(16, caption, where);
    footer.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(caption, Priority.ALWAYS);
    setCenter(new VBox(8, chartHolder, footer));

    presentation.indexProperty().addListener((obs, was, now) -> show(now.intValue()));
    show(presentation.indexProperty().get());
  }

  /** Presentation charts draw their text and lines this much larger than in the window. */
  static final double CHART_ZOOM = 1.3;

  private void show(int index) {
    ChartKind kind = order.get(index);
    for (ChartKind k : order) {
      charts.view(k).zoomProperty().set(k == kind ? CHART_ZOOM : 1);
    }
    chartHolder.getChildren().setAll(charts.view(kind));
    caption.setText(Messages.get("presentation.caption." + kind.name().toLowerCase(Locale.ROOT)));
    position.setText(presentation.position());
  }
}
