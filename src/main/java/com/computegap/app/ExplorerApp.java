package com.computegap.app;

import com.computegap.view.ChartGrid;
import com.computegap.view.MainWindow;
import com.computegap.viewmodel.AutosaveStore;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.RecentFiles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JavaFX application: builds the view model and the window, opens a file named on the command line. */
public class ExplorerApp extends Application {

    private AutosaveStore store;
    private Autosaver autosaver;

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
        startAutosave(vm, window);
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            Platform.runLater(() -> window.openFile(Path.of(args.get(0))));
        }
    }

    private void startAutosave(ExplorerViewModel vm, MainWindow window) {
        try {
            store = new AutosaveStore(AppSettings.defaultFolder().resolve("autosave"));
        } catch (IOException e) {
            return; // no writable app-data folder: the app works, without autosave
        }
        Platform.runLater(() -> window.offerRecovery(store));
        autosaver = new Autosaver(vm, store);
        autosaver.start();
    }

    @Override
    public void stop() throws IOException {
        if (autosaver != null) {
            autosaver.stop();
        }
        if (store != null) {
            store.close();
        }
    }
}
