package com.computegap.app;

import com.computegap.view.ChartGrid;
import com.computegap.view.ChartsPresenter;
import com.computegap.view.MainWindow;
import com.computegap.view.chart.ChartRenderService;
import com.computegap.viewmodel.CompareViewModel;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.RecentFiles;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * One explorer window and what it is made of, wired together: the document's view model, the
 * comparison, the chart renderer and the window. The app, the UI tests and the latency harness all
 * build the window through here, so they measure and test the same thing.
 */
public record Explorer(ExplorerViewModel vm, CompareViewModel compare, ChartRenderService charts,
                       ChartsPresenter presenter, MainWindow window) {

    /** Builds the window into {@code stage} (not yet shown). JavaFX thread. */
    public static Explorer create(Stage stage, RecentFiles recent) {
        ExplorerViewModel vm = new ExplorerViewModel(Platform::requestNextPulse, recent);
        CompareViewModel compare = new CompareViewModel(vm);
        ChartRenderService charts = new ChartRenderService();
        ChartsPresenter presenter = new ChartsPresenter(vm, compare, charts);
        MainWindow window = new MainWindow(vm, stage, new ChartGrid(presenter.cells()));
        return new Explorer(vm, compare, charts, presenter, window);
    }
}
