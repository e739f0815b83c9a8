package com.computegap.app;

import com.computegap.view.ChartGrid;
import com.computegap.view.MainWindow;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.RecentFiles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JavaFX application: builds the view model and the window, opens a file named on the command line. */
public class ExplorerApp extends Application {

    @Override
    public void start(Stage stage) {
        AppSettings settings = new AppSettings(AppSettings.defaultFolder());
        RecentFiles recent = new RecentFiles(settings.recentFiles(), settings::setRecentFiles);
        ExplorerViewModel vm = new ExplorerViewModel(Platform::requestNextPulse, recent);
        List<Region> charts = new ArrayList<>();
        for (String id : List.of("chart-capex", "chart-gap", "chart-installed", "chart-allocation", "chart-waterfall")) {
            StackPane slot = new StackPane(new Label(id));
            slot.setId(id);
            charts.add(slot);
        }
        MainWindow window = new MainWindow(vm, stage, new ChartGrid(charts));
        stage.show();
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            Platform.runLater(() -> window.openFile(Path.of(args.get(0))));
        }
    }
}
