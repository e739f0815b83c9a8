package com.computegap.app;

import com.computegap.view.ChartsPresenter;
import com.computegap.view.MainWindow;
import com.computegap.view.chart.ChartRenderService;
import com.computegap.viewmodel.AnalysisViewModels;
import com.computegap.viewmodel.AppearanceViewModel;
import com.computegap.viewmodel.CompareViewModel;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RecentFiles;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * One explorer window and what it is made of, wired together: the document's view model, the
 * comparison, the chart renderer, the analysis view models (uncertainty, tornado, goal seek) and
 * the window. The app, the UI tests and the latency harness all build the window through here, so
 * they measure and test the same thing.
 */
public record Explorer(
    ExplorerViewModel vm,
    CompareViewModel compare,
    AppearanceViewModel appearance,
    ChartRenderService charts,
    ChartsPresenter presenter,
    MainWindow window,
    AnalysisViewModels analysis) {

  /** Builds the window into {@code stage} (not yet shown). JavaFX thread. */
  public static Explorer create(Stage stage, RecentFiles recent, Preferences preferences) {
    return create(stage, recent, new AppearanceViewModel(preferences));
  }

  /**
   * As {@link #create(Stage, RecentFiles, Preferences)}, with the looks and language already read.
   */
  public static Explorer create(Stage stage, RecentFiles recent, AppearanceViewModel appearance) {
    ExplorerViewModel vm = new ExplorerViewModel(Platform::requestNextPulse, recent);
    CompareViewModel compare = new CompareViewModel(vm);
    ChartRenderService charts = new ChartRenderService();
    ChartsPresenter presenter = new ChartsPresenter(vm, compare, charts);
    AnalysisViewModels analysis = AnalysisViewModels.create(vm);
    MainWindow window = new MainWindow(stage, vm, compare, appearance, presenter, charts, analysis);
    return new Explorer(vm, compare, appearance, charts, presenter, window, analysis);
  }
}
