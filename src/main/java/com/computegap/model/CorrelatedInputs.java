package com.computegap.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The correlated subset of a scenario's uncertain parameters: which {@code uncertainty} entries
 * take part in a {@link Correlation}, and their target rank-correlation matrix (identity where no
 * pair is given). Built once per Monte Carlo run and by the validator, which reports what it
 * refuses.
 *
 * @param members the {@code uncertainty} indices that are correlated, in list order
 * @param matrix the target matrix over {@code members}, same order
 */
public record CorrelatedInputs(int[] members, CorrelationMatrix matrix) {

  /** No correlations: every parameter drawn independently. */
  public boolean isEmpty() {
    return members.length == 0;
  }

  /**
   * Resolves {@code correlations} against {@code uncertainty}.
   *
   * @throws IllegalArgumentException naming the entry when a path is not uncertain, a pair is
   *     repeated or correlates a parameter with itself, or the matrix is not positive definite
   *     (naming the parameters involved)
   */
  public static CorrelatedInputs resolve(
      List<UncertainParameter> uncertainty, List<Correlation> correlations) {
    if (correlations.isEmpty()) {
      return new CorrelatedInputs(new int[0], CorrelationMatrix.identity(0));
    }
    List<ParameterPath> paths = new ArrayList<>();
    for (UncertainParameter u : uncertainty) {
      paths.add(ParameterPath.parse(u.param()));
    }
    List<Integer> members = new ArrayList<>();
    int[][] pairs = new int[correlations.size()][2];
    for (int c = 0; c < correlations.size(); c++) {
      Correlation k = correlations.get(c);
      int a = uncertainIndex(paths, k.a(), c, "a");
      int b = uncertainIndex(paths, k.b(), c, "b");
      if (a == b) {
        throw new IllegalArgumentException(
            "correlations[" + c + "]: " + k.a() + " is correlated with itself");
      }
      pairs[c][0] = a;
      pairs[c][1] = b;
      for (int i : new int[] {a, b}) {
        if (!members.contains(i)) {
          members.add(i);
        }
      }
    }
    members.sort(null);
    int n = members.size();
    double[][] m = new double[n][n];
    boolean[][] set = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1;
    }
    for (int c = 0; c < correlations.size(); c++) {
      int i = members.indexOf(pairs[c][0]);
      int j = members.indexOf(pairs[c][1]);
      if (set[i][j]) {
        throw new IllegalArgumentException(
            "correlations["
                + c
                + "]: the pair "
                + correlations.get(c).a()
                + ", "
                + correlations.get(c).b()
                + " is given twice");
      }
      set[i][j] = true;
      set[j][i] = true;
      m[i][j] = correlations.get(c).rho();
      m[j][i] = correlations.get(c).rho();
    }
    CorrelationMatrix matrix = CorrelationMatrix.of(m);
    List<Integer> bad = matrix.offendingIndices();
    if (!bad.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (int i : bad) {
        names.add(uncertainty.get(members.get(i)).param());
      }
      throw new IllegalArgumentException(
          "correlations: the correlations between "
              + String.join(", ", names)
              + " cannot hold together (the matrix is not positive definite); loosen one of them");
    }
    return new CorrelatedInputs(members.stream().mapToInt(Integer::intValue).toArray(), matrix);
  }

  /** The index of the last {@code uncertainty} entry with {@code path} (the one that wins). */
  private static int uncertainIndex(List<ParameterPath> paths, String text, int c, String side) {
    ParameterPath p;
    try {
      p = ParameterPath.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("correlations[" + c + "]." + side + ": " + e.getMessage());
    }
    for (int i = paths.size() - 1; i >= 0; i--) {
      if (paths.get(i).equals(p)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "correlations["
            + c
            + "]."
            + side
            + " = "
            + text
            + " is not in the uncertainty list (only uncertain parameters can be correlated)");
  }
}
