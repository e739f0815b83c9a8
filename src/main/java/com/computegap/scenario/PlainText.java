package com.computegap.scenario;

/**
 * Makes text from a file safe to quote in a one-line message: control characters (a newline in a
 * JSON key, a terminal escape sequence) are shown as escapes, and long values are cut.
 */
public final class PlainText {

  private PlainText() {}

  /**
   * {@code text} on one line: ISO control characters as {@code \n}, {@code \t}, {@code \r} or
   * {@code \u001b}.
   */
  public static String oneLine(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (unsafe && sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (!unsafe) {
          sb.append(c);
        } else {
          sb.append(
              switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> String.format("\\u%04x", (int) c);
              });
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** At most {@code max} characters of {@code text}, ending with "..." when cut. */
  public static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, Math.max(0, max - 3)) + "...";
  }

  /** The index of the first unpaired UTF-16 surrogate in {@code text}, or -1 when there is none. */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
