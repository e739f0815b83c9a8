package com.computegap.cli;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for a mistyped command or option word. */
public final class Suggestions {

  /** Words longer than this are never close to a command: no suggestion, and no quadratic work. */
  private static final int MAX_WORD = 40;

  private Suggestions() {}

  /**
   * The candidate closest to {@code word} (ignoring case) if it is within two edits (insert,
   * delete, substitute, or swap two neighbours) and the word is not much shorter than it; {@code
   * null} otherwise. Ties go to the first candidate in iteration order.
   */
  public static String closest(String word, Collection<String> candidates) {
    if (word.isEmpty() || word.length() > MAX_WORD) {
      return null;
    }
    String a = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String candidate : candidates) {
      String b = candidate.toLowerCase(Locale.ROOT);
      int d = distance(a, b);
      // a one- or two-letter word is within two edits of everything: require a real overlap
      if (d < bestDistance && d < Math.max(1, Math.min(a.length(), b.length()) - 1)) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best;
  }

  /**
   * Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
