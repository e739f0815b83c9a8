package com.computegap.scenario;

import com.computegap.model.PathExpression;

/**
 * Where {@code --set PATH=VALUE} splits: at the first {@code =} whose left side is a well-formed
 * parameter path (a selector may itself contain {@code =}, as in {@code
 * hyperscalers[A=B].growthPct}).
 *
 * <p>In linear time. Trying {@link PathExpression#parse} on the text before each {@code =} in turn
 * costs time and garbage quadratic in the argument's length (a 24 KB argument took 47 s). Here each
 * candidate is checked only on the characters since the previous {@code =}: a path's head and the
 * start of its selector are the same for every candidate, and the closing bracket is found by
 * {@link PathExpression#closingBracket} looking back no further than the previous {@code =}.
 */
final class AssignmentSplit {

  private AssignmentSplit() {}

  /** The index of the splitting {@code =}, or -1 when no prefix is a well-formed path. */
  static int splitPoint(String a) {
    int first = a.indexOf('=');
    if (first < 0) {
      return -1;
    }
    int open = a.indexOf('[');
    if (open < 0 || open > first) {
      // no selector before the first '=': later prefixes would hold a '=' outside any selector
      return dottedNamesFrom(a, 0, first) ? first : -1;
    }
    if (!plainName(a, 0, open)) {
      return -1; // the head is shared by every candidate
    }
    int digitsEnd = open + 1;
    while (digitsEnd < a.length() && a.charAt(digitsEnd) >= '0' && a.charAt(digitsEnd) <= '9') {
      digitsEnd++;
    }
    for (int eq = first; eq >= 0; eq = a.indexOf('=', eq + 1)) {
      int close = PathExpression.closingBracket(a, open, eq);
      if (close >= 0 && selectorOk(a, open, close, digitsEnd)) {
        return eq;
      }
    }
    return -1;
  }

  /** The selector {@code a(open, close)}: not empty, and an index only if it fits in an int. */
  private static boolean selectorOk(String a, int open, int close, int digitsEnd) {
    if (close == open + 1) {
      return false;
    }
    if (digitsEnd >= close) {
      try {
        Integer.parseInt(a, open + 1, close, 10);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code a[from, to)} is {@code NAME(.NAME)*}. */
  private static boolean dottedNamesFrom(String a, int from, int to) {
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || a.charAt(i) == '.') {
        if (!plainName(a, start, i)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  /** Whether {@code a[from, to)} is a letter followed by letters and digits. */
  private static boolean plainName(String a, int from, int to) {
    if (to <= from || !isLetter(a.charAt(from))) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = a.charAt(i);
      if (!isLetter(c) && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
