package com.computegap.app;

import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.scenario.BundledScenarios;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The JavaFX application. */
public class ExplorerApp extends Application {

    @Override
    public void start(Stage stage) {
        ModelResult result = GapModel.compute(BundledScenarios.load(BundledScenarios.ESSAY));
        Label gap = new Label("Spend gap " + result.first().year() + ": " + result.first().spendGapRatio());
        stage.setScene(new Scene(new VBox(gap), 800, 600));
        stage.setTitle("Compute Gap Explorer");
        stage.show();
    }
}
