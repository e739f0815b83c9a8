/**
 * The charts of the explorer, built without JavaFX: datasets, chart factories, styling, palette,
 * label placement and the image drawing shared by the window (its JavaFX hosts are in {@code
 * com.computegap.view.chart}) and the exports.
 *
 * <p>Data flow: the view model computes a {@link com.computegap.model.ModelResult}; the main window
 * wraps it (with its scenario, an optional comparison scenario "B" and the waterfall's year) in a
 * {@link com.computegap.chart.ChartInput} and calls {@code view.chart.ChartRenderService#submit}.
 * The service's single render thread copies the result's columns into each chart's datasets (in
 * place, one change event per dataset), draws each chart into an image the size of its {@code
 * ChartView}, and hands the images to the JavaFX thread, which only swaps them in. Nothing here
 * computes a model number: the per-company capex split and the waterfall's intermediate stages come
 * from the model package ({@link com.computegap.model.HyperscalerBreakdown}, {@link
 * com.computegap.model.DepinFunnel}).
 *
 * <p>Threading rules: JFreeChart objects are not thread-safe; each {@link
 * com.computegap.chart.ModelChart} belongs to exactly one thread after construction (the render
 * thread for the five on screen, the JavaFX thread for a zoom window's copy, the caller for an
 * export). Views, properties and listeners of the service live on the JavaFX thread.
 *
 * <p>Colours live in {@link com.computegap.chart.ChartPalette} only; texts come from the {@code
 * chart.*} keys of the message bundles.
 */
package com.computegap.chart;
