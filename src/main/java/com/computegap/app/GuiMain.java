package com.computegap.app;

import com.computegap.cli.Cli;
import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts the JavaFX application; kept apart from {@link Launcher} so commands never load JavaFX.
 */
final class GuiMain {

  /**
   * Held so the level set below stays: JavaFX warns on every start from a plain class path
   * ("Unsupported JavaFX configuration"), which is how the jar is meant to run.
   */
  private static final Logger PLATFORM_LOG =
      Logger.getLogger("com.sun.javafx.application.PlatformImpl");

  private GuiMain() {}

  /**
   * Runs the window until it closes and returns the exit status: 0, or 2 with one line on {@code
   * err} when the display cannot be opened, or 1 when JavaFX fails to start otherwise.
   */
  static int start(String[] args, PrintStream err) {
    PLATFORM_LOG.setLevel(Level.SEVERE);
    if (args.length == 0) {
      // the first picture shows the baseline: read it while the toolkit starts
      StartupView.preloadBaseline();
    }
    try {
      Application.launch(ExplorerApp.class, args);
      return Cli.OK;
    } catch (UnsupportedOperationException e) {
      // GTK's "Unable to open DISPLAY": a display is named but cannot be reached
      String display = System.getenv("DISPLAY");
      Cli.printError(
          err,
          "cannot open the window: the display "
              + (display == null ? "" : "'" + display + "' ")
              + "cannot be opened ("
              + e.getMessage()
              + "); the headless commands need none"
              + " (run 'help' for the list)");
      return Cli.BAD_INPUT;
    } catch (RuntimeException | Error e) {
      Cli.printError(err, "internal fault: the window could not start: " + e);
      return Cli.INTERNAL_FAULT;
    }
  }
}
