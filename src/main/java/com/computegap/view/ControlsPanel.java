package com.computegap.view;

import com.computegap.model.FieldScope;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterGroup;
import com.computegap.model.Scenario;
import com.computegap.text.Messages;
import com.computegap.viewmodel.AppearanceViewModel;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.ParameterViewModel;
import com.computegap.viewmodel.RangesViewModel;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The left panel: one collapsible section per {@link ParameterGroup}, per-company rows under the
 * company's name, mega projects and the supply shock with their switches. Rebuilt when the set of
 * parameters changes (another file, a project added, the shock switched); expanded sections and the
 * scroll position survive the rebuild.
 */
final class ControlsPanel extends ScrollPane {

  private final ExplorerViewModel vm;
  private final AppearanceViewModel appearance;
  private final RangesViewModel ranges;
  private final VBox sections = new VBox();
  private final Map<ParameterGroup, Boolean> expanded;

  /**
   * @param expanded which sections are open; shared with the window so a rebuild (another language)
   *     keeps them as the user left them
   */
  ControlsPanel(
      ExplorerViewModel vm,
      AppearanceViewModel appearance,
      Map<ParameterGroup, Boolean> expanded,
      RangesViewModel ranges) {
    this.vm = vm;
    this.appearance = appearance;
    this.ranges = ranges;
    this.expanded = expanded;
    setId("controls-panel");
    getStyleClass().add(Styles.CONTROLS_PANEL);
    setContent(sections);
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    for (ParameterGroup g : ParameterGroup.values()) {
      expanded.putIfAbsent(g, g != ParameterGroup.HORIZON);
    }
    rebuild();
    vm.structureVersionProperty().addListener((obs, was, now) -> rebuild());
  }

  /**
   * Builds the sections. At start-up only the first is filled before the window's first frame; the
   * others (below the fold, about 0.6 s of control skins and CSS on a laptop-class CPU) are filled
   * right after it, so the window appears sooner. Later rebuilds fill everything at once.
   */
  private void rebuild() {
    double scroll = getVvalue();
    sections.getChildren().clear();
    List<Runnable> later = new java.util.ArrayList<>();
    for (ParameterGroup group : ParameterGroup.values()) {
      VBox body = new VBox();
      body.getStyleClass().add("group-body");
      sections.getChildren().add(section(group, body));
      if (group == ParameterGroup.values()[0] || getScene() != null) {
        fill(group, body);
      } else {
        later.add(() -> fill(group, body));
      }
    }
    setVvalue(scroll);
    if (!later.isEmpty()) {
      afterFirstFrame(() -> later.forEach(Runnable::run));
    }
  }

  /** Runs {@code task} once the panel's window has laid out its first frame. */
  private void afterFirstFrame(Runnable task) {
    sceneProperty()
        .addListener(
            new javafx.beans.value.ChangeListener<>() {
              @Override
              public void changed(
                  javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                  javafx.scene.Scene was,
                  javafx.scene.Scene scene) {
                if (scene == null) {
                  return;
                }
                sceneProperty().removeListener(this);
                Runnable[] once = new Runnable[1];
                once[0] =
                    () -> {
                      scene.removePostLayoutPulseListener(once[0]);
                      javafx.application.Platform.runLater(task);
                    };
                scene.addPostLayoutPulseListener(once[0]);
              }
            });
  }

  private void fill(ParameterGroup group, VBox body) {
    Scenario s = vm.scenario();
    switch (group) {
      case HYPERSCALERS -> {
        s.hyperscalers()
            .forEach(
                h -> {
                  body.getChildren().add(subheading(h.name(), null));
                  rows(body, group, FieldScope.HYPERSCALER, "[" + h.name() + "]");
                });
        megaProjects(body, s);
      }
      case CHIPS -> {
        rows(body, group, FieldScope.CHIPS, null);
        shock(body);
      }
      default -> {
        rows(body, group, FieldScope.TOP, null);
        rows(body, group, FieldScope.DEPIN, null);
        rows(body, group, FieldScope.CHIPS, null);
      }
    }
  }

  private TitledPane section(ParameterGroup group, VBox body) {
    Button reset = new Button("\u21BA");
    reset.setId("reset-group-" + group.name().toLowerCase(java.util.Locale.ROOT));
    reset.getStyleClass().add(Styles.ICON_BUTTON);
    reset.setTooltip(
        new Tooltip(
            Messages.format("controls.resetGroup.tooltip", Messages.get(group.titleKey()))));
    reset.setOnAction(e -> vm.resetGroup(group));
    reset.setFocusTraversable(false);

    TitledPane pane = new TitledPane(Messages.get(group.titleKey()), body);
    pane.setId("group-" + group.name().toLowerCase(java.util.Locale.ROOT));
    pane.getStyleClass().add(Styles.GROUP);
    pane.setGraphic(reset);
    pane.setContentDisplay(ContentDisplay.RIGHT);
    pane.setGraphicTextGap(12);
    pane.setExpanded(expanded.get(group));
    pane.expandedProperty().addListener((obs, was, now) -> expanded.put(group, now));
    return pane;
  }

  /**
   * Adds the rows of {@code group} in {@code scope}, optionally only those whose path contains
   * {@code selector}.
   */
  private void rows(VBox body, ParameterGroup group, FieldScope scope, String selector) {
    for (ParameterViewModel p : vm.parameters()) {
      NumericField f = p.field();
      if (f.group() == group
          && f.scope() == scope
          && (selector == null || p.path().text().contains(selector + "."))) {
        body.getChildren().add(new ParameterRow(p, vm::undo, vm::redo, appearance, ranges));
      }
    }
  }

  private void megaProjects(VBox body, Scenario s) {
    Button add = new Button(Messages.get("controls.mega.add"));
    add.setId("mega-add");
    add.setOnAction(e -> vm.addMegaProject());
    add.setTooltip(new Tooltip(Messages.get("controls.mega.add.tooltip")));
    body.getChildren().add(subheading(Messages.get("controls.mega.title"), add));
    if (s.megaProjects().isEmpty()) {
      Label none = new Label(Messages.get("controls.mega.none"));
      none.getStyleClass().add("hint");
      body.getChildren().add(none);
    }
    for (int i = 0; i < s.megaProjects().size(); i++) {
      int index = i;
      Button remove = new Button("\u2715");
      remove.setId("mega-remove-" + i);
      remove.getStyleClass().add(Styles.ICON_BUTTON);
      remove.setTooltip(new Tooltip(Messages.get("controls.mega.remove.tooltip")));
      remove.setOnAction(e -> vm.removeMegaProject(index));
      body.getChildren().add(subheading(s.megaProjects().get(i).name(), remove));
      for (ParameterViewModel p : vm.parameters()) {
        if (p.field().scope() == FieldScope.MEGA_PROJECT && p.path().selector().index() == i) {
          body.getChildren().add(new ParameterRow(p, vm::undo, vm::redo, appearance, ranges));
        }
      }
    }
  }

  private void shock(VBox body) {
    CheckBox enabled = new CheckBox(Messages.get("controls.shock.enabled"));
    enabled.setId("shock-enabled");
    enabled.setSelected(vm.shockEnabledProperty().get());
    enabled.setTooltip(new Tooltip(Messages.get("controls.shock.tooltip")));
    enabled.setOnAction(e -> vm.setShockEnabled(enabled.isSelected()));
    body.getChildren().add(subheading(Messages.get("controls.shock.title"), enabled));
    rows(body, ParameterGroup.CHIPS, FieldScope.SHOCK, null);
  }

  private static Node subheading(String text, Node trailing) {
    Label label = new Label(text);
    HBox box = new HBox(8, label);
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().add(Styles.SUBHEADING);
    if (trailing != null) {
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      box.getChildren().addAll(spacer, trailing);
    }
    return box;
  }

  /** The parameter rows currently shown, for tests. */
  List<ParameterRow> rowsShown() {
    return sections.lookupAll("." + Styles.PARAMETER_ROW).stream()
        .filter(ParameterRow.class::isInstance)
        .map(ParameterRow.class::cast)
        .toList();
  }
}
