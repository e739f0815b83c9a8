package com.computegap.viewmodel;

import com.computegap.model.ParameterPath;
import com.computegap.model.PathExpression.Selector;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import java.util.Arrays;

/**
 * Which rows an uncertainty entry covers: shared by the list of ranges ({@link RangesViewModel}),
 * the editor of one range ({@link RangeEditorViewModel}) and the uncertainty view model, so that
 * none of them needs another.
 */
final class RangeTargets {

  /** Most entries a scenario file may hold (MODEL.md section 6). */
  static final int MAX_RANGES = 100;

  private RangeTargets() {}

  /** The entry's path, or {@code null} when it is not a numeric parameter path. */
  static ParameterPath parse(UncertainParameter u) {
    try {
      return ParameterPath.parse(u.param());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether a range for {@code p} moves the value of the concrete row {@code row}. */
  static boolean appliesTo(ParameterPath p, ParameterPath row, Scenario s) {
    if (p.field() != row.field()) {
      return false;
    }
    if (p.selector() == null) {
      return true;
    }
    if (p.selector().kind() == Selector.Kind.ALL) {
      return true;
    }
    int[] mine = row.indices(s);
    int[] theirs = p.indices(s);
    return mine.length == 1 && theirs.length == 1 && mine[0] == theirs[0];
  }

  /** Whether {@code p} addresses exactly what {@code target} addresses (by name or index alike). */
  static boolean sameTarget(ParameterPath p, ParameterPath target, Scenario s) {
    if (p.field() != target.field()) {
      return false;
    }
    if (p.selector() == null || target.selector() == null) {
      return p.selector() == target.selector();
    }
    boolean allP = p.selector().kind() == Selector.Kind.ALL;
    boolean allT = target.selector().kind() == Selector.Kind.ALL;
    if (allP || allT) {
      return allP == allT;
    }
    int[] a = p.indices(s);
    return a.length > 0 && Arrays.equals(a, target.indices(s));
  }
}
