package com.computegap.app;

import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The window's first picture, shown while the full window (about a thousand styled controls) is
 * built: the baseline scenario's name and headline numbers, or the file being opened. A handful of
 * nodes, so it is on screen within a few hundred milliseconds of JavaFX starting.
 */
final class StartupView {

  private StartupView() {}

  /**
   * @param opening the file named on the command line, or {@code null} for the baseline
   */
  static Scene scene(double width, double height, String opening) {
    VBox root = new VBox(14);
    root.setId("startup-view");
    root.getStyleClass().add("center");
    Label app = new Label(Messages.get("app.title"));
    app.getStyleClass().add("scenario-description");
    root.getChildren().add(app);
    if (opening == null) {
      Scenario s = BundledScenarios.load(BundledScenarios.ESSAY);
      ModelResult r = GapModel.compute(s);
      Label name = new Label(s.name());
      name.getStyleClass().add("scenario-name");
      HBox cards = new HBox();
      cards.getStyleClass().add("kpi-row");
      for (KpiKind k : KpiKind.values()) {
        Label title = new Label(Messages.get(k.keyStem() + ".title"));
        title.getStyleClass().add("kpi-title");
        Label value = new Label(k.format(k.valueOf(r)));
        value.getStyleClass().add("kpi-value");
        VBox card = new VBox(2, title, value);
        card.getStyleClass().add("kpi-card");
        card.setPrefWidth(0);
        card.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(card, Priority.ALWAYS);
        cards.getChildren().add(card);
      }
      root.getChildren().addAll(name, cards);
    } else {
      Label name = new Label(Messages.format("startup.opening", opening));
      name.getStyleClass().add("scenario-name");
      root.getChildren().add(name);
    }
    // A plain line rather than a spinner: an animated control would cost the first frame time.
    Label loading = new Label(Messages.get("startup.loading"));
    loading.getStyleClass().add("scenario-description");
    root.getChildren().add(loading);
    Scene scene = new Scene(root, width, height);
    scene
        .getStylesheets()
        .add(StartupView.class.getResource("/com/computegap/explorer.css").toExternalForm());
    return scene;
  }
}
