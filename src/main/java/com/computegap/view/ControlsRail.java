package com.computegap.view;

import com.computegap.text.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The controls panel with a button that folds it to a narrow rail, giving the charts its width. The
 * panel folds by itself when the window becomes narrower than {@value #FOLD_BELOW} px (or a
 * comparison starts in a short window) and opens again when that ends; in between, the user's
 * choice holds.
 *
 * <p>Node ids: {@code controls-rail}; buttons {@code controls-collapse} and {@code
 * controls-expand}.
 */
final class ControlsRail extends StackPane {

  /** Window width below which the controls start folded, px. */
  static final double FOLD_BELOW = 1150;

  private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed");
  private final VBox open;
  private final VBox rail;
  private Boolean narrow;

  /**
   * @param panel the controls
   * @param comparing whether a comparison is on: in a short window it takes the controls' width for
   *     the table
   */
  ControlsRail(Region panel, ObservableBooleanValue comparing) {
    setId("controls-rail");
    getStyleClass().add("controls-rail-holder");
    Label title = new Label(Messages.get("controls.title"));
    title.getStyleClass().add("controls-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button fold = new Button("\u00AB");
    fold.setId("controls-collapse");
    fold.getStyleClass().add(Styles.ICON_BUTTON);
    fold.setFocusTraversable(false);
    fold.setTooltip(new Tooltip(Messages.get("controls.collapse.tooltip")));
    fold.setOnAction(e -> collapsed.set(true));
    HBox bar = new HBox(6, title, spacer, fold);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("controls-bar");
    open = new VBox(bar, panel);
    VBox.setVgrow(panel, Priority.ALWAYS);

    Button unfold = new Button("\u00BB");
    unfold.setId("controls-expand");
    unfold.getStyleClass().add(Styles.ICON_BUTTON);
    unfold.setFocusTraversable(false);
    unfold.setTooltip(new Tooltip(Messages.get("controls.expand.tooltip")));
    unfold.setOnAction(e -> collapsed.set(false));
    Label vertical = new Label(Messages.get("controls.title"));
    vertical.getStyleClass().add("controls-title");
    vertical.setRotate(-90);
    rail = new VBox(14, unfold, new Group(vertical));
    rail.setAlignment(Pos.TOP_CENTER);
    rail.getStyleClass().add("controls-rail");
    rail.setOnMouseClicked(e -> collapsed.set(false));

    collapsed.addListener((obs, was, now) -> update());
    update();
    Runnable follow =
        () -> {
          Scene scene = getScene();
          if (scene == null) {
            return;
          }
          boolean crowded =
              scene.getWidth() < FOLD_BELOW
                  || comparing.get() && scene.getHeight() < SizeClasses.SHORT_BELOW;
          if (narrow == null || crowded != narrow) {
            narrow = crowded;
            collapsed.set(crowded);
          }
        };
    sceneProperty().flatMap(Scene::widthProperty).addListener((obs, was, now) -> follow.run());
    sceneProperty().flatMap(Scene::heightProperty).addListener((obs, was, now) -> follow.run());
    comparing.addListener((obs, was, now) -> follow.run());
  }

  /** Whether the controls are folded to the rail. */
  BooleanProperty collapsedProperty() {
    return collapsed;
  }

  private void update() {
    getChildren().setAll(collapsed.get() ? rail : open);
  }
}
