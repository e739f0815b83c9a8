package com.computegap.view;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The window's size classes, as pseudo-classes on its root for the stylesheet: {@code :short} below
 * {@value #SHORT_BELOW} px high (a 1280x720 projector, a 1366x768 laptop: tighter header and cards,
 * a one-line description) and {@code :narrow} below {@value #NARROW_BELOW} px wide (smaller KPI
 * numbers, so five cards fit across).
 */
public final class SizeClasses {

  static final double SHORT_BELOW = 860;
  static final double NARROW_BELOW = 1500;
  static final PseudoClass SHORT = PseudoClass.getPseudoClass("short");
  static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");

  private SizeClasses() {}

  /** Whether a window {@code height} px high is {@code :short}. */
  public static boolean isShort(double height) {
    return height < SHORT_BELOW;
  }

  /** Whether a window {@code width} px wide is {@code :narrow}. */
  public static boolean isNarrow(double width) {
    return width < NARROW_BELOW;
  }

  /** Keeps {@code root}'s size classes in step with {@code scene}'s size. */
  static void follow(Scene scene, Node root) {
    Runnable update =
        () -> {
          root.pseudoClassStateChanged(SHORT, isShort(scene.getHeight()));
          root.pseudoClassStateChanged(NARROW, isNarrow(scene.getWidth()));
        };
    scene.widthProperty().addListener((obs, was, now) -> update.run());
    scene.heightProperty().addListener((obs, was, now) -> update.run());
    update.run();
  }
}
