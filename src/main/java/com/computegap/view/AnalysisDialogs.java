package com.computegap.view;

import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** What the analysis dialogs share: the window's stylesheet and theme. */
final class AnalysisDialogs {

  private AnalysisDialogs() {}

  /**
   * Gives a dialog the app's stylesheet and the owner window's theme, so it looks like the window.
   */
  static void style(DialogPane pane, Window owner) {
    pane.getStylesheets()
        .add(AnalysisDialogs.class.getResource(Styles.STYLESHEET).toExternalForm());
    if (owner != null && owner.getScene() != null) {
      Parent root = owner.getScene().getRoot();
      root.getStyleClass().stream()
          .filter(c -> c.startsWith("theme-"))
          .forEach(c -> pane.getStyleClass().add(c));
    }
  }
}
