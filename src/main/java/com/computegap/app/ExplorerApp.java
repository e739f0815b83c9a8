package com.computegap.app;

import com.computegap.view.chart.ChartRenderService;
import com.computegap.view.MainWindow;
import com.computegap.viewmodel.AutosaveStore;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.RecentFiles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The JavaFX application: builds the view model and the window, opens a file named on the command line. */
public class ExplorerApp extends Application {

    private AutosaveStore store;
    private ChartRenderService charts;
    private Autosaver autosaver;

    @Override
    public void start(Stage stage) {
        if (StartupProbe.enabled()) {
            System.out.println("fx-start-ms=" + StartupProbe.sinceJvmStart());
        }
        AppSettings settings = new AppSettings(AppSettings.defaultFolder());
        RecentFiles recent = new RecentFiles(settings.recentFiles(), settings::setRecentFiles);
        Explorer explorer = Explorer.create(stage, recent, settings);
        ExplorerViewModel vm = explorer.vm();
        MainWindow window = explorer.window();
        charts = explorer.charts();
        if (StartupProbe.enabled()) {
            StartupProbe.watch(stage.getScene(), explorer);
        }
        stage.show();
        startAutosave(vm, window);
        if (!StartupProbe.enabled()) {
            window.warmUpExports();
        }
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
        if (charts != null) {
            charts.close();
        }
        if (autosaver != null) {
            autosaver.stop();
        }
        if (store != null) {
            store.close();
        }
    }
}
