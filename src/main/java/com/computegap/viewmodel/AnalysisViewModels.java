package com.computegap.viewmodel;

/**
 * The view models of the analysis views ("how sure are you?" and "what would have to be true?"),
 * all working on one document: uncertainty ranges on the slider rows, the Monte Carlo fans, the
 * tornado, and goal seek.
 *
 * @param ranges the rows' ranges and their editor
 * @param uncertainty the Monte Carlo run behind the fans
 * @param tornado the sensitivity chart
 * @param goalSeek the goal-seek dialog
 * @param claims the claims panel of the uncertainty view
 * @param correlations the correlation editor
 * @param distribution the histogram and cumulative curve of one output
 */
public record AnalysisViewModels(
    RangesViewModel ranges,
    UncertaintyViewModel uncertainty,
    TornadoViewModel tornado,
    GoalSeekViewModel goalSeek,
    ClaimsViewModel claims,
    CorrelationEditorViewModel correlations,
    DistributionViewModel distribution)
    implements AutoCloseable {

  /** The app's, on the document {@code vm}: Monte Carlo on a background thread. JavaFX thread. */
  public static AnalysisViewModels create(ExplorerViewModel vm) {
    return of(vm, new UncertaintyViewModel(vm));
  }

  /** With a given uncertainty view model (tests pass one with a controllable engine). */
  public static AnalysisViewModels of(ExplorerViewModel vm, UncertaintyViewModel uncertainty) {
    return new AnalysisViewModels(
        new RangesViewModel(vm),
        uncertainty,
        new TornadoViewModel(uncertainty),
        new GoalSeekViewModel(vm),
        new ClaimsViewModel(vm, uncertainty),
        new CorrelationEditorViewModel(vm),
        new DistributionViewModel(uncertainty));
  }

  /** Re-reads every text in the current language. */
  public void relocalize() {
    uncertainty.relocalize();
    tornado.relocalize();
    goalSeek.relocalize();
    claims.relocalize();
    distribution.relocalize();
    correlations.relocalize();
  }

  /** Stops the background thread. */
  @Override
  public void close() {
    uncertainty.close();
    claims.close();
    distribution.close();
  }
}
