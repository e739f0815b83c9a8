package com.computegap.view;

/**
 * The window's first size on a screen: 1600x1000 where the screen has room, otherwise 95 % of it,
 * but never below the window's minimum of 1024x640 (or the whole screen, if that is smaller). A
 * window sized below its minimum grows to it after being centred, and on a 1024x640 screen then
 * hung over the right and bottom edges, hiding the status bar.
 */
public final class WindowSize {

  static final double PREFERRED_WIDTH = 1600;
  static final double PREFERRED_HEIGHT = 1000;
  static final double MIN_WIDTH = 1024;
  static final double MIN_HEIGHT = 640;
  static final double SCREEN_SHARE = 0.95;

  private WindowSize() {}

  /** The smallest width the window may take on a screen {@code screenWidth} wide. */
  public static double minWidth(double screenWidth) {
    return Math.min(MIN_WIDTH, screenWidth);
  }

  /** The smallest height the window may take on a screen {@code screenHeight} high. */
  public static double minHeight(double screenHeight) {
    return Math.min(MIN_HEIGHT, screenHeight);
  }

  /** The window's first width on a screen {@code screenWidth} wide. */
  public static double initialWidth(double screenWidth) {
    return Math.max(minWidth(screenWidth), Math.min(PREFERRED_WIDTH, screenWidth * SCREEN_SHARE));
  }

  /** The window's first height on a screen {@code screenHeight} high. */
  public static double initialHeight(double screenHeight) {
    return Math.max(
        minHeight(screenHeight), Math.min(PREFERRED_HEIGHT, screenHeight * SCREEN_SHARE));
  }
}
