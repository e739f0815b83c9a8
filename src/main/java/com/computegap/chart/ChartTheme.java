package com.computegap.chart;

/**
 * The looks the charts can take; switch at runtime with {@code
 * ChartRenderService#applyTheme(ChartTheme)}. The colours of each live in {@link ChartPalette}.
 */
public enum ChartTheme {
  /** White background, soft colours: the default on a laptop screen. */
  LIGHT,
  /**
   * White background, saturated colours and heavier lines, for washed-out meeting-room projectors.
   */
  HIGH_CONTRAST,
  /** Dark background for dimmed rooms and dark desktops. */
  DARK;

  /** This theme's colours and line weights. */
  public ChartPalette palette() {
    return ChartPalette.of(this);
  }
}
