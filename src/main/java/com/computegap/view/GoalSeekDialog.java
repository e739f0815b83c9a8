package com.computegap.view;

import com.computegap.model.Column;
import com.computegap.model.GoalSeek;
import com.computegap.model.ParameterPath;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import com.computegap.viewmodel.GoalSeekViewModel;
import com.computegap.viewmodel.GoalSeekViewModel.TargetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.Subscription;

/**
 * The goal-seek dialog: parameter, output, year and target (a number or another output), Solve, the
 * answer in words, and Apply; plus the essay's two questions as one-click presets. Not modal, so
 * the sliders and charts behind it follow an applied answer. Binds to {@link GoalSeekViewModel}.
 *
 * <p>Node ids: {@code goal-seek-dialog} (the pane), {@code goal-parameter}, {@code goal-output},
 * {@code goal-year}, {@code goal-target-value}, {@code goal-target}, {@code goal-target-output},
 * {@code goal-other-output}, {@code goal-solve}, {@code goal-apply}, {@code
 * goal-preset-token-price}, {@code goal-preset-buyer-demand}, {@code goal-seek-answer}, {@code
 * goal-error}.
 */
final class GoalSeekDialog {

  private final Dialog<Void> dialog = new Dialog<>();
  private final List<Subscription> subscriptions = new ArrayList<>();

  GoalSeekDialog(Window owner, GoalSeekViewModel vm) {
    dialog.initOwner(owner);
    dialog.initModality(Modality.NONE);
    dialog.setTitle(Messages.get("unc.goal.title"));
    dialog.setHeaderText(Messages.get("unc.goal.header"));
    dialog.setResizable(true);
    DialogPane pane = dialog.getDialogPane();
    pane.setId("goal-seek-dialog");
    pane.getStyleClass().add(AnalysisStyles.GOAL_SEEK);
    AnalysisDialogs.style(pane, owner);

    ComboBox<ParameterPath> parameter = new ComboBox<>(vm.parameters());
    parameter.setId("goal-parameter");
    parameter.setVisibleRowCount(16);
    labelled(parameter, vm::parameterLabel);
    parameter.valueProperty().bindBidirectional(vm.parameterProperty());

    ComboBox<Column> output = new ComboBox<>(FXCollections.observableArrayList(vm.columns()));
    output.setId("goal-output");
    output.setVisibleRowCount(14);
    labelled(output, vm::columnLabel);
    output.valueProperty().bindBidirectional(vm.outputProperty());

    ChoiceBox<Integer> year = new ChoiceBox<>(vm.years());
    year.setId("goal-year");
    year.setConverter(DisplayConverter.of(Formats::year));
    year.valueProperty().bindBidirectional(vm.yearProperty());

    ToggleGroup target = new ToggleGroup();
    RadioButton byValue = new RadioButton(Messages.get("unc.goal.targetValue"));
    byValue.setId("goal-target-value");
    byValue.setToggleGroup(target);
    byValue.setUserData(TargetKind.VALUE);
    TextField value = new TextField();
    value.setId("goal-target");
    value.setPrefColumnCount(8);
    value.textProperty().bindBidirectional(vm.targetTextProperty());
    value.disableProperty().bind(byValue.selectedProperty().not());
    Label unit = new Label();
    unit.textProperty().bind(vm.targetUnitProperty());
    unit.getStyleClass().add(Styles.PARAMETER_UNIT);
    RadioButton byOutput = new RadioButton(Messages.get("unc.goal.targetOutput"));
    byOutput.setId("goal-target-output");
    byOutput.setToggleGroup(target);
    byOutput.setUserData(TargetKind.OUTPUT);
    ComboBox<Column> other = new ComboBox<>(FXCollections.observableArrayList(vm.columns()));
    other.setId("goal-other-output");
    other.setVisibleRowCount(14);
    labelled(other, vm::columnLabel);
    other.valueProperty().bindBidirectional(vm.otherOutputProperty());
    other.disableProperty().bind(byOutput.selectedProperty().not());
    Runnable selectTarget =
        () ->
            target.selectToggle(
                vm.targetKindProperty().get() == TargetKind.OUTPUT ? byOutput : byValue);
    selectTarget.run();
    subscriptions.add(vm.targetKindProperty().subscribe(k -> selectTarget.run()));
    target
        .selectedToggleProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                vm.targetKindProperty().set((TargetKind) now.getUserData());
              }
            });

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setHalignment(HPos.RIGHT);
    labels.setMinWidth(90);
    ColumnConstraints grow = new ColumnConstraints();
    grow.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().addAll(labels, grow);
    form.addRow(0, label("unc.goal.parameter", parameter), parameter);
    HBox outputRow0 = new HBox(8, output, label("unc.goal.year", year), year);
    outputRow0.setAlignment(Pos.CENTER_LEFT);
    form.addRow(1, label("unc.goal.output", output), outputRow0);
    HBox valueRow = new HBox(8, byValue, value, unit);
    valueRow.setAlignment(Pos.CENTER_LEFT);
    HBox outputRow = new HBox(8, byOutput, other);
    outputRow.setAlignment(Pos.CENTER_LEFT);
    form.addRow(2, label("unc.goal.target", null), new VBox(6, valueRow, outputRow));

    Button solve = new Button(Messages.get("unc.goal.solve"));
    solve.setId("goal-solve");
    solve.setDefaultButton(true);
    solve.setOnAction(e -> vm.solve());
    Button apply = new Button(Messages.get("unc.goal.apply"));
    apply.setId("goal-apply");
    apply.setTooltip(new Tooltip(Messages.get("unc.goal.apply.tooltip")));
    apply.disableProperty().bind(vm.canApplyProperty().not());
    apply.setOnAction(e -> vm.apply());
    HBox actions = new HBox(8, solve, apply);
    form.add(actions, 1, 3);

    Label answer = new Label();
    answer.setId("goal-seek-answer");
    answer.getStyleClass().add(AnalysisStyles.GOAL_ANSWER);
    answer.setWrapText(true);
    answer.setMinHeight(Region.USE_PREF_SIZE);
    answer.setMaxWidth(Double.MAX_VALUE);
    answer.textProperty().bind(vm.answerProperty());
    subscriptions.add(
        vm.outcomeProperty()
            .subscribe(
                o -> {
                  answer.pseudoClassStateChanged(
                      AnalysisStyles.SOLVED, o == GoalSeekViewModel.Outcome.SOLVED);
                  answer.pseudoClassStateChanged(
                      AnalysisStyles.CAPPED, o == GoalSeekViewModel.Outcome.CAPPED);
                  answer.pseudoClassStateChanged(
                      AnalysisStyles.NOT_REACHED, o == GoalSeekViewModel.Outcome.NOT_REACHED);
                }));
    Label error = new Label();
    error.setId("goal-error");
    error.getStyleClass().add(AnalysisStyles.ERROR_TEXT);
    error.textProperty().bind(vm.errorProperty());
    error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());

    Button tokenPrice = new Button(Messages.get("unc.goal.preset.tokenPrice.button"));
    tokenPrice.setId("goal-preset-token-price");
    tokenPrice.setTooltip(new Tooltip(Messages.get("unc.goal.preset.tokenPrice.tooltip")));
    tokenPrice.setOnAction(e -> vm.solvePreset(GoalSeek.Preset.TOKEN_PRICE_FOR_CAPEX_PARITY));
    Button buyerDemand = new Button(Messages.get("unc.goal.preset.buyerDemand.button"));
    buyerDemand.setId("goal-preset-buyer-demand");
    buyerDemand.setTooltip(new Tooltip(Messages.get("unc.goal.preset.buyerDemand.tooltip")));
    buyerDemand.setOnAction(e -> vm.solvePreset(GoalSeek.Preset.BUYER_DEMAND_FOR_CAPEX_PARITY));
    Label presetsLabel = new Label(Messages.get("unc.goal.presets"));
    presetsLabel.getStyleClass().add(AnalysisStyles.FIELD_LABEL);
    HBox presets = new HBox(8, presetsLabel, tokenPrice, buyerDemand);
    presets.setAlignment(Pos.CENTER_LEFT);
    presets.getStyleClass().add(AnalysisStyles.GOAL_PRESETS);

    VBox content = new VBox(12, presets, new Separator(), form, error, answer);
    content.setPrefWidth(660);
    pane.setContent(content);
    // the answer is one to five lines: let the dialog grow and shrink with it
    subscriptions.add(
        vm.answerProperty()
            .subscribe(
                text ->
                    Platform.runLater(
                        () -> {
                          if (dialog.isShowing()) {
                            pane.getScene().getWindow().sizeToScene();
                          }
                        })));
    pane.getButtonTypes()
        .add(new ButtonType(Messages.get("unc.goal.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    pane.lookupButton(pane.getButtonTypes().get(0)).setId("goal-close");
  }

  /** Shows the dialog (again), with the document's current parameters. */
  void show(GoalSeekViewModel vm) {
    vm.refresh();
    if (dialog.isShowing()) {
      dialog.getDialogPane().getScene().getWindow().requestFocus();
    } else {
      dialog.show();
    }
  }

  boolean isShowing() {
    return dialog.isShowing();
  }

  /** Closes the dialog and stops following the view model (the window built a new one). */
  void dispose() {
    dialog.close();
    subscriptions.forEach(Subscription::unsubscribe);
    subscriptions.clear();
  }

  private static Label label(String key, Node target) {
    Label l = new Label(Messages.get(key));
    l.getStyleClass().add(AnalysisStyles.FIELD_LABEL);
    if (target != null) {
      l.setLabelFor(target);
    }
    return l;
  }

  private static <T> void labelled(ComboBox<T> box, Function<T, String> text) {
    box.setConverter(DisplayConverter.of(text));
    box.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : text.apply(item));
          }
        });
    box.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : text.apply(item));
              }
            });
    box.setMaxWidth(Double.MAX_VALUE);
  }
}
