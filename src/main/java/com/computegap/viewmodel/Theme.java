package com.computegap.viewmodel;

/** The window's looks; the charts follow with the theme of the same name. */
public enum Theme {
  /** Soft colours on white: the default on a laptop screen. */
  LIGHT,
  /** Saturated colours and heavier lines on white, for washed-out meeting-room projectors. */
  HIGH_CONTRAST,
  /** Light text on dark, for dimmed rooms. */
  DARK;

  /** The root style class that selects this theme's colours in the stylesheet. */
  public String styleClass() {
    return "theme-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Resource-bundle key of the theme's name. */
  public String labelKey() {
    return "theme." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
  }
}
