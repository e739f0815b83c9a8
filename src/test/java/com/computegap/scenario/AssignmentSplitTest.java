package com.computegap.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computegap.model.PathExpression;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The linear {@code --set} split and closing-bracket search agree with the definition they replace:
 * "the first {@code =} whose left side {@link PathExpression#parse} accepts", with the selector
 * closing at "the last {@code ]} followed only by dotted names", written here with regular
 * expressions and the obvious quadratic loops (the code as it was before).
 */
class AssignmentSplitTest {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern DOTTED_NAMES = Pattern.compile("(\\.[A-Za-z][A-Za-z0-9]*)*");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /** Whether the path syntax of MODEL.md section 5 accepts {@code text} (reference). */
  static boolean referenceIsPath(String text) {
    if (text.isEmpty()) {
      return false;
    }
    int bracket = text.indexOf('[');
    String before = bracket < 0 ? text : text.substring(0, bracket);
    String after = "";
    if (bracket >= 0) {
      int close = -1;
      for (int i = text.length() - 1; i > bracket; i--) {
        if (text.charAt(i) == ']' && DOTTED_NAMES.matcher(text.substring(i + 1)).matches()) {
          close = i;
          break;
        }
      }
      if (close < 0) {
        return false;
      }
      String inside = text.substring(bracket + 1, close);
      if (inside.isEmpty()) {
        return false;
      }
      if (DIGITS.matcher(inside).matches()) {
        try {
          Integer.parseInt(inside);
        } catch (NumberFormatException e) {
          return false;
        }
      }
      if (!NAME.matcher(before).matches()) {
        return false;
      }
      after = text.substring(close + 1);
    }
    for (String n : (before + after).split("\\.", -1)) {
      if (!NAME.matcher(n).matches()) {
        return false;
      }
    }
    return true;
  }

  static int referenceSplitPoint(String a) {
    for (int i = a.indexOf('='); i >= 0; i = a.indexOf('=', i + 1)) {
      if (referenceIsPath(a.substring(0, i))) {
        return i;
      }
    }
    return -1;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "depin.sellSharePct=40|18",
        "hyperscalers[A=B].growthPct=3|27",
        "hyperscalers[A].growthPct==3|25",
        "hyperscalers[0].capexUsdB=1|25",
        "hyperscalers[99999999999].capexUsdB=1|-1",
        "hyperscalers[].capexUsdB=1|-1",
        "hyperscalers[a]b].x=1|19",
        "x=|1",
        "=x|-1",
        "a.b.c|-1",
        "1a=3|-1",
        "h[=]=]=].x=1|4",
      })
  void shouldSplitAtTheFirstEqualsSignAfterAWellFormedPath(String assignment, int expected) {
    assertEquals(expected, referenceSplitPoint(assignment), "the reference agrees with the table");
    assertEquals(expected, AssignmentSplit.splitPoint(assignment));
  }

  @Test
  void shouldAgreeWithTheReferenceOnRandomAssignments() {
    // An alphabet rich in the characters the syntax cares about, so that most strings are near
    // misses.
    String alphabet = "aZ09.[]=*_ .[]=";
    SplittableRandom random = new SplittableRandom(20261202);
    for (int n = 0; n < 50_000; n++) {
      int length = random.nextInt(1, 16);
      StringBuilder sb = new StringBuilder();
      if (random.nextInt(3) == 0) {
        sb.append(random.nextBoolean() ? "hyperscalers[" : "depin.");
      }
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String a = sb.toString();
      assertEquals(referenceSplitPoint(a), AssignmentSplit.splitPoint(a), a);
      int open = a.indexOf('[');
      if (open >= 0) {
        assertEquals(referenceIsPath(a), isPath(a), a);
      }
    }
  }

  private static boolean isPath(String text) {
    try {
      PathExpression.parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void shouldSplitALongArgumentOfBracketsAndEqualsSigns() {
    // The shape that cost cubic time: every '=' a candidate to try, and every ']' a possible end
    // of the selector; no candidate but the last is a path.
    String a = "hyperscalers[" + "]!=".repeat(50_000);
    assertEquals(-1, AssignmentSplit.splitPoint(a));
    String b = a + "].growthPct=5";
    assertEquals(b.length() - 2, AssignmentSplit.splitPoint(b));
    PathExpression path = PathExpression.parse(b.substring(0, b.length() - 2));
    assertEquals("]!=".repeat(50_000), path.selector().name());
    assertEquals(java.util.List.of("growthPct"), path.tail());
  }
}
