package com.computegap.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Reads typed values out of a JSON tree, collecting a {@link ScenarioProblem} for each mistake. */
final class JsonFields {

  /** Longest text quoted from the file in a message (names, numbers). */
  static final int MAX_QUOTED = 80;

  private final List<ScenarioProblem> problems = new ArrayList<>();

  /** Problems found beyond {@link InputLimits#MAX_PROBLEMS}: counted, not kept. */
  private int dropped;

  /** The problems kept, and a last one saying how many more there were, if any. */
  List<ScenarioProblem> problems() {
    if (dropped == 0) {
      return problems;
    }
    List<ScenarioProblem> all = new ArrayList<>(problems);
    all.add(
        new ScenarioProblem(
            "", "... and " + dropped + " more problem" + (dropped == 1 ? "" : "s")));
    return all;
  }

  boolean ok() {
    return problems.isEmpty();
  }

  /**
   * Whether no more problems are kept (a file with thousands of mistakes costs no more than this).
   */
  boolean full() {
    return problems.size() >= InputLimits.MAX_PROBLEMS;
  }

  void problem(String path, String message) {
    if (full()) {
      dropped++;
      return;
    }
    problems.add(new ScenarioProblem(path, message));
  }

  static String child(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  /** Whether {@code node} is an object; reports otherwise. */
  boolean isObject(JsonNode node, String path) {
    if (node != null && node.isObject()) {
      return true;
    }
    problem(path, path + ": expected an object " + found(node));
    return false;
  }

  /**
   * Reports every field of {@code node} not in {@code allowed} and every field of {@code required}
   * that is missing or null.
   */
  void checkFields(
      JsonNode node, String path, Collection<String> allowed, Collection<String> required) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name) && full()) {
        dropped++;
      } else if (!allowed.contains(name)) {
        String where = child(path, PlainText.shorten(name, MAX_QUOTED));
        problem(
            where,
            where
                + ": unknown field"
                + suggestion(name, allowed)
                + " (expected one of: "
                + String.join(", ", allowed)
                + ")");
      }
    }
    for (String name : required) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        String where = child(path, name);
        problem(where, where + " is missing (a required field)");
      }
    }
  }

  /**
   * A finite number, or {@code NaN} after reporting. Missing fields were reported by {@link
   * #checkFields}, so they give {@code NaN} silently.
   */
  double number(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    String where = child(path, field);
    if (node == null || node.isNull()) {
      return Double.NaN;
    }
    if (!node.isNumber()) {
      problem(where, where + ": expected a number " + found(node));
      return Double.NaN;
    }
    double v = node.doubleValue();
    if (!Double.isFinite(v)) {
      problem(
          where, where + " = " + shown(node) + " is not a finite number (too large for a double)");
      return Double.NaN;
    }
    return v
        + 0.0; // -0.0 becomes 0.0: a signed zero would not survive a save and could flip a sign
  }

  /** A whole number ({@code 3} or {@code 3.0}) as a double, or {@code NaN} after reporting. */
  double wholeNumber(JsonNode parent, String path, String field) {
    double v = number(parent, path, field);
    if (Double.isNaN(v)) {
      return v;
    }
    if (!isWhole(parent.get(field))) {
      String where = child(path, field);
      problem(where, where + " = " + shown(parent.get(field)) + " must be a whole number");
      return Double.NaN;
    }
    return v;
  }

  /**
   * Whether the number is whole as written, not after rounding to a double: {@code 3}, {@code 3.0}
   * and {@code 3e2} are; {@code 4.99999999999999999} (which a double rounds to 5) is not.
   */
  static boolean isWhole(JsonNode node) {
    if (node.isIntegralNumber()) {
      return true;
    }
    if (node.isBigDecimal()) {
      java.math.BigDecimal d = node.decimalValue();
      return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }
    double v = node.doubleValue();
    return v == Math.rint(v);
  }

  /** A string of 1..max characters, or {@code null} after reporting. */
  String text(JsonNode parent, String path, String field, int max) {
    JsonNode node = parent.get(field);
    String where = child(path, field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      problem(where, where + ": expected a string " + found(node));
      return null;
    }
    String s = node.textValue();
    if (!wellFormed(s, where)) {
      return null;
    }
    int length = s.codePointCount(0, s.length());
    if (length < 1 || length > max) {
      problem(where, where + " has " + length + " characters; it must have 1.." + max);
      return null;
    }
    return s;
  }

  /** An optional free text of any length (bounded by the file size), or {@code null}. */
  String optionalText(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      String where = child(path, field);
      problem(where, where + ": expected a string " + found(node));
      return null;
    }
    return wellFormed(node.textValue(), child(path, field)) ? node.textValue() : null;
  }

  /**
   * Whether {@code s} is valid Unicode; reports a lone surrogate (a JSON escape such as {@code
   * \ud800} without its pair), which could not be saved back as UTF-8.
   */
  boolean wellFormed(String s, String where) {
    int at = PlainText.unpairedSurrogate(s);
    if (at < 0) {
      return true;
    }
    problem(
        where,
        where
            + " contains an unpaired surrogate \\u"
            + Integer.toHexString(s.charAt(at))
            + " at character "
            + (at + 1)
            + ": not valid Unicode text");
    return false;
  }

  /** A number as written in the file, cut when very long. */
  static String shown(JsonNode node) {
    return PlainText.shorten(node.asText(), MAX_QUOTED);
  }

  /**
   * The elements of an optional array of at most {@code max} entries; empty when absent or wrong.
   */
  List<JsonNode> array(JsonNode parent, String path, String field, int max) {
    JsonNode node = parent.get(field);
    String where = child(path, field);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      problem(where, where + ": expected a list [ ... ] " + found(node));
      return List.of();
    }
    if (node.size() > max) {
      problem(where, where + " has " + node.size() + " entries; at most " + max + " are allowed");
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>(node.size());
    node.forEach(items::add);
    return items;
  }

  /** "found a string ("abc")", "found null", ... for type messages. */
  static String found(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "but it is missing";
    }
    String kind =
        switch (node.getNodeType()) {
          case STRING -> "a string (\"" + shorten(node.textValue()) + "\")";
          case NUMBER -> "a number (" + node.asText() + ")";
          case BOOLEAN -> "a boolean (" + node.asText() + ")";
          case ARRAY -> "a list";
          case OBJECT -> "an object";
          case NULL -> "null";
          default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    return "but found " + kind;
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** ", did you mean 'x'?" when one allowed name is within two edits of {@code name}. */
  private static String suggestion(String name, Collection<String> allowed) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : allowed) {
      int d = editDistance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best == null ? "" : ", did you mean '" + best + "'?";
  }

  private static int editDistance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2) {
      return 3;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
