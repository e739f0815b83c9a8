package com.computegap.chart;

/**
 * Notice that the charts for an input are on screen: every visible {@code ChartView} has been given
 * the image drawn from it, on the JavaFX thread, and the next pulse paints them. For the latency
 * harness and for views that follow the charts (the zoom windows).
 *
 * @param sequence the number {@code ChartRenderService#submit(ChartInput)} returned for the input
 * @param input the input the charts now show
 * @param submittedNanos {@link System#nanoTime()} when it was submitted
 * @param renderedNanos when the render thread finished drawing it
 * @param presentStartNanos when the JavaFX thread started putting the images in place
 * @param presentedNanos when the JavaFX thread had put the images in place
 */
public record ChartPresentation(
    long sequence,
    ChartInput input,
    long submittedNanos,
    long renderedNanos,
    long presentStartNanos,
    long presentedNanos) {

  /** Time the JavaFX thread spent handing the new images to the views, in milliseconds. */
  public double fxThreadMillis() {
    return (presentedNanos - presentStartNanos) / 1e6;
  }

  /** Submission to presentation, in milliseconds. */
  public double latencyMillis() {
    return (presentedNanos - submittedNanos) / 1e6;
  }
}
