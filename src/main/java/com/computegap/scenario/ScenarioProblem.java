package com.computegap.scenario;

/**
 * One thing wrong with a scenario file.
 *
 * @param location the JSON path ({@code depin.sellSharePct}), {@code line 3, column 7} for syntax
 *     errors, or empty when the whole file is at fault
 * @param message the full sentence, starting with the location when there is one, for example
 *     {@code depin.sellSharePct = 140 is out of range 0..100}
 */
public record ScenarioProblem(String location, String message) {

  /** Longest message kept; text quoted from a hostile file cannot make it longer. */
  static final int MAX_MESSAGE = 1000;

  /**
   * Both parts are kept on one line (control characters quoted from the file are shown as escapes)
   * and the message is cut at {@link #MAX_MESSAGE} characters.
   */
  public ScenarioProblem {
    location = PlainText.shorten(PlainText.oneLine(location), MAX_MESSAGE);
    message = PlainText.shorten(PlainText.oneLine(message), MAX_MESSAGE);
  }
}
