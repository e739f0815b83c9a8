package com.computegap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The syntax of MODEL.md section 5, before it is tied to any field: a head name, an optional list
 * selector and the dotted names after it. {@code hyperscalers[Meta].growthPct} has head {@code
 * hyperscalers}, selector "by name Meta" and tail {@code [growthPct]}.
 *
 * <p>Selectors may contain dots and brackets (company names such as "Alphabet Inc." do), so the
 * selector ends at the last {@code ]} that is followed only by dotted plain names.
 *
 * @param head the first name, for example {@code depin} or {@code hyperscalers}
 * @param selector the list selector, or {@code null} when the head is not indexed
 * @param tail the names after the head, possibly empty
 */
public record PathExpression(String head, Selector selector, List<String> tail) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  public PathExpression {
    tail = List.copyOf(tail);
  }

  /** Which list elements a path addresses. */
  public record Selector(Kind kind, int index, String name) {

    /** How the element is chosen. */
    public enum Kind {
      ALL,
      INDEX,
      NAME
    }

    public static Selector all() {
      return new Selector(Kind.ALL, -1, null);
    }

    public static Selector index(int i) {
      return new Selector(Kind.INDEX, i, null);
    }

    public static Selector name(String n) {
      return new Selector(Kind.NAME, -1, n);
    }

    /** The text between the brackets. */
    public String text() {
      return switch (kind) {
        case ALL -> "*";
        case INDEX -> Integer.toString(index);
        case NAME -> name;
      };
    }

    // Written out, as in ParameterPath: the generated ones bootstrap ObjectMethods at first use.
    @Override
    public boolean equals(Object o) {
      return o instanceof Selector other
          && kind == other.kind
          && index == other.index
          && Objects.equals(name, other.name);
    }

    @Override
    public int hashCode() {
      return (kind.hashCode() * 31 + index) * 31 + Objects.hashCode(name);
    }
  }

  /**
   * Parses a path.
   *
   * @throws IllegalArgumentException with a message saying what is wrong with the syntax
   */
  public static PathExpression parse(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("the parameter path is empty");
    }
    int bracket = text.indexOf('[');
    String beforeSelector = bracket < 0 ? text : text.substring(0, bracket);
    Selector selector = null;
    String afterSelector = "";
    if (bracket >= 0) {
      int close = closingBracket(text, bracket);
      if (close < 0) {
        throw new IllegalArgumentException("'" + text + "' has an unclosed or misplaced [ ]");
      }
      selector = parseSelector(text, text.substring(bracket + 1, close));
      afterSelector = text.substring(close + 1);
      if (!NAME.matcher(beforeSelector).matches()) {
        throw new IllegalArgumentException("'" + text + "': only a list name may carry [ ]");
      }
    }
    List<String> names =
        new ArrayList<>(List.of((beforeSelector + afterSelector).split("\\.", -1)));
    for (String n : names) {
      if (!NAME.matcher(n).matches()) {
        throw new IllegalArgumentException(
            "'" + text + "' is not a parameter path (bad name '" + n + "')");
      }
    }
    String head = names.remove(0);
    return new PathExpression(head, selector, names);
  }

  private static int closingBracket(String text, int open) {
    return closingBracket(text, open, text.length());
  }

  /**
   * Where the selector opened at {@code open} closes in {@code text[0, end)}: the last {@code ]}
   * after {@code open} that is followed only by dotted plain names, or -1. In linear time: such a
   * {@code ]} can only be the character just before the longest run of letters, digits and dots
   * that ends the text, since every character after it must be one of those.
   */
  public static int closingBracket(CharSequence text, int open, int end) {
    int k = end;
    while (k > 0 && isNameOrDot(text.charAt(k - 1))) {
      k--;
    }
    int close = k - 1;
    return close > open && text.charAt(close) == ']' && dottedNames(text, k, end) ? close : -1;
  }

  /** Whether {@code text[from, to)} is {@code (.NAME)*}. */
  private static boolean dottedNames(CharSequence text, int from, int to) {
    int i = from;
    while (i < to) {
      if (text.charAt(i) != '.' || i + 1 >= to || !isLetter(text.charAt(i + 1))) {
        return false;
      }
      i += 2;
      while (i < to && isLetterOrDigit(text.charAt(i))) {
        i++;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isLetterOrDigit(char c) {
    return isLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isNameOrDot(char c) {
    return isLetterOrDigit(c) || c == '.';
  }

  private static Selector parseSelector(String text, String inside) {
    if (inside.isEmpty()) {
      throw new IllegalArgumentException(
          "'" + text + "' has an empty [ ]: use a name, an index or *");
    }
    if (inside.equals("*")) {
      return Selector.all();
    }
    if (DIGITS.matcher(inside).matches()) {
      try {
        return Selector.index(Integer.parseInt(inside));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "': index " + inside + " is too large");
      }
    }
    return Selector.name(inside);
  }

  /** The path as text, in the syntax it was parsed from. */
  public String text() {
    StringBuilder sb = new StringBuilder(head);
    if (selector != null) {
      sb.append('[').append(selector.text()).append(']');
    }
    for (String n : tail) {
      sb.append('.').append(n);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
