package com.computegap.view;

import com.computegap.text.Messages;
import com.computegap.viewmodel.AppearanceViewModel;
import com.computegap.viewmodel.ParameterViewModel;
import com.computegap.viewmodel.RangesViewModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * One parameter: label, editable value with unit, slider, a dot when it differs from the loaded
 * scenario, and a reset button. Binds to a {@link ParameterViewModel}; holds no logic of its own.
 */
final class ParameterRow extends GridPane {

  private static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination REDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  private static final KeyCombination REDO_ALT =
      new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

  /**
   * @param undo the document's undo, run for the undo shortcut when the field holds no uncommitted
   *     typing (otherwise the field's own undo reverts the typing, as users expect)
   * @param redo likewise for redo
   */
  ParameterRow(
      ParameterViewModel vm, Runnable undo, Runnable redo, AppearanceViewModel appearance) {
    this(vm, undo, redo, appearance, null);
  }

  /**
   * @param ranges the document's uncertainty ranges: a "±" mark when the row has one, and the range
   *     editor in the context menu; {@code null} for neither (presentation mode)
   */
  ParameterRow(
      ParameterViewModel vm,
      Runnable undo,
      Runnable redo,
      AppearanceViewModel appearance,
      RangesViewModel ranges) {
    getStyleClass().add(Styles.PARAMETER_ROW);
    String id = vm.nodeId();
    setId(id);

    Label mark = new Label("\u25CF");
    mark.setId(id + "-changed");
    mark.getStyleClass().add(Styles.CHANGED_MARK);
    mark.visibleProperty().bind(vm.changedProperty());
    mark.setTooltip(new Tooltip(Messages.get("controls.changed.tooltip")));

    Label label = new Label(vm.label());
    label.getStyleClass().add(Styles.PARAMETER_LABEL);
    label.setMaxWidth(Double.MAX_VALUE);
    label.setMinWidth(Region.USE_PREF_SIZE); // the value field gives way, never the name

    TextField field = new TextField();
    field.setId(id + "-field");
    field.getStyleClass().add(Styles.PARAMETER_FIELD);
    field.setPrefColumnCount(6);
    field.setAlignment(Pos.CENTER_RIGHT);
    field.setText(vm.textProperty().get());
    vm.textProperty()
        .addListener(
            (obs, was, now) -> {
              // Follow the value (slider, undo) unless the user is in the middle of typing another
              // one.
              if (!field.isFocused() || field.getText().equals(was)) {
                field.setText(now);
              }
            });
    field.setOnAction(
        e -> {
          if (vm.commitText(field.getText())) {
            field.setText(vm.textProperty().get());
            field.selectAll();
          }
        });
    field
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                if (!vm.commitText(field.getText())) {
                  vm.revertText();
                }
                field.setText(vm.textProperty().get());
              }
            });
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            vm.revertText();
            field.setText(vm.textProperty().get());
          }
        });
    field.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          boolean committed = field.getText().equals(vm.textProperty().get());
          if (committed && UNDO.match(e)) {
            undo.run();
            e.consume();
          } else if (committed && (REDO.match(e) || REDO_ALT.match(e))) {
            redo.run();
            e.consume();
          }
        });
    Tooltip errorTip = new Tooltip();
    errorTip.textProperty().bind(vm.errorProperty());
    vm.errorProperty()
        .addListener(
            (obs, was, now) -> {
              field.pseudoClassStateChanged(Styles.INVALID, !now.isEmpty());
              field.setTooltip(now.isEmpty() ? null : errorTip);
            });

    Label unit = new Label(vm.unit());
    unit.getStyleClass().add(Styles.PARAMETER_UNIT);

    Button reset = new Button("\u21BA");
    reset.setId(id + "-reset");
    reset.getStyleClass().add(Styles.ICON_BUTTON);
    reset.setFocusTraversable(false);
    reset.setTooltip(new Tooltip(Messages.get("controls.reset.tooltip")));
    reset.disableProperty().bind(vm.changedProperty().not());
    reset.setOnAction(e -> vm.reset());

    Slider slider = new Slider();
    slider.setId(id + "-slider");
    slider.minProperty().bind(vm.sliderMinProperty());
    slider.maxProperty().bind(vm.sliderMaxProperty());
    slider.setValue(vm.sliderPositionProperty().get());
    slider.valueProperty().bindBidirectional(vm.sliderPositionProperty());
    slider.setBlockIncrement(vm.step());
    vm.sliderMaxProperty().addListener((obs, was, now) -> slider.setBlockIncrement(vm.step()));
    if (vm.field().wholeNumber()) {
      slider.setMajorTickUnit(1);
      slider.setMinorTickCount(0);
      slider.setSnapToTicks(true);
    }
    vm.draggingProperty().bind(slider.valueChangingProperty());

    Tooltip tip = new Tooltip();
    tip.setShowDelay(Duration.millis(400));
    tip.setShowDuration(Duration.seconds(30));
    tip.setWrapText(true);
    tip.setMaxWidth(420);
    tip.setText(vm.tooltip());
    vm.sourceProperty().addListener((obs, was, now) -> tip.setText(vm.tooltip()));
    label.setTooltip(tip);
    slider.setTooltip(tip);

    CheckMenuItem pin = new CheckMenuItem(Messages.get("controls.pin"));
    pin.setId(id + "-pin");
    pin.setSelected(appearance.isPinned(vm.path().text()));
    pin.setOnAction(e -> appearance.setPinned(vm.path().text(), pin.isSelected()));
    MenuItem resetItem = new MenuItem(Messages.get("controls.reset.tooltip"));
    resetItem.setOnAction(e -> vm.reset());
    resetItem.disableProperty().bind(vm.changedProperty().not());
    setOnContextMenuRequested(e -> pin.setSelected(appearance.isPinned(vm.path().text())));
    ContextMenu menu = new ContextMenu(pin, resetItem);
    label.setContextMenu(menu);
    slider.setContextMenu(menu);

    Node name = label;
    if (ranges != null) {
      Runnable editRange =
          () -> RangeEditorDialog.show(getScene().getWindow(), ranges.editor(vm.path()));
      MenuItem rangeItem = new MenuItem(Messages.get("controls.range"));
      rangeItem.setId(id + "-range");
      rangeItem.setDisable(!ranges.canVary(vm.path()));
      rangeItem.setOnAction(e -> editRange.run());
      menu.getItems().addAll(new SeparatorMenuItem(), rangeItem);
      Label badge = new Label("\u00B1");
      badge.setId(id + "-range-badge");
      badge.getStyleClass().add(AnalysisStyles.RANGE_BADGE);
      badge.visibleProperty().bind(ranges.summary(vm.path()).map(s -> !s.isEmpty()));
      badge.managedProperty().bind(badge.visibleProperty());
      Tooltip rangeTip = new Tooltip();
      rangeTip.setShowDelay(Duration.millis(300));
      rangeTip.setShowDuration(Duration.seconds(30));
      rangeTip.textProperty().bind(ranges.tooltip(vm.path()));
      badge.setTooltip(rangeTip);
      badge.setOnMouseClicked(e -> editRange.run());
      HBox box = new HBox(4, label, badge);
      box.setAlignment(Pos.CENTER_LEFT);
      HBox.setHgrow(label, Priority.ALWAYS);
      box.setMaxWidth(Double.MAX_VALUE);
      name = box;
    }

    add(mark, 0, 0);
    add(name, 1, 0);
    add(field, 2, 0);
    add(unit, 3, 0);
    add(reset, 4, 0);
    add(slider, 1, 1, 4, 1);
    setHgrow(name, Priority.ALWAYS);
    setHgrow(slider, Priority.ALWAYS);
  }
}
