/**
 * The JavaFX hosts of the charts: the render service that draws the headless charts of {@code
 * com.computegap.chart} off the JavaFX thread, the image views that show them, and the zoom window.
 * Nothing here builds a dataset or computes a number.
 */
package com.computegap.view.chart;
