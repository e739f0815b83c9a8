package com.computegap.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A symmetric matrix of rank correlations between {@code k} uncertain parameters, ones on the
 * diagonal. Checks positive definiteness (Cholesky) and repairs a matrix that is not into the
 * nearest valid correlation matrix in the Frobenius norm (Higham 2002, alternating projections with
 * Dykstra's correction).
 *
 * <p>Immutable; {@link #get} and {@link #values()} return copies or single entries.
 */
public final class CorrelationMatrix {

  /**
   * Smallest eigenvalue a repaired matrix keeps, so that its Cholesky factor exists with margin.
   */
  static final double REPAIR_MIN_EIGENVALUE = 1e-4;

  /** A Cholesky pivot at or below this is taken as "not positive definite". */
  private static final double PIVOT_TOLERANCE = 1e-10;

  private static final int REPAIR_MAX_ITERATIONS = 500;
  private static final double REPAIR_TOLERANCE = 1e-12;

  private final double[][] values;

  private CorrelationMatrix(double[][] values) {
    this.values = values;
  }

  /** The identity of size {@code k}: no parameter correlated with another. */
  public static CorrelationMatrix identity(int k) {
    double[][] v = new double[k][k];
    for (int i = 0; i < k; i++) {
      v[i][i] = 1;
    }
    return new CorrelationMatrix(v);
  }

  /**
   * A matrix from a full square array (copied). Symmetric with a unit diagonal and entries in
   * {@code [-1, 1]}, or an {@link IllegalArgumentException}; it need not be positive definite.
   */
  public static CorrelationMatrix of(double[][] values) {
    int k = values.length;
    double[][] v = new double[k][];
    for (int i = 0; i < k; i++) {
      if (values[i].length != k) {
        throw new IllegalArgumentException(
            "row " + i + " has " + values[i].length + " entries, not " + k);
      }
      v[i] = values[i].clone();
    }
    for (int i = 0; i < k; i++) {
      if (v[i][i] != 1) {
        throw new IllegalArgumentException("diagonal entry " + i + " is " + v[i][i] + ", not 1");
      }
      for (int j = 0; j < i; j++) {
        if (!(Math.abs(v[i][j]) <= 1) || v[i][j] != v[j][i]) {
          throw new IllegalArgumentException(
              "entry " + i + "," + j + " is not a symmetric correlation");
        }
      }
    }
    return new CorrelationMatrix(v);
  }

  /** Size. */
  public int size() {
    return values.length;
  }

  /** Entry {@code (i, j)}. */
  public double get(int i, int j) {
    return values[i][j];
  }

  /** A copy of the entries. */
  public double[][] values() {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }

  /** Whether the matrix is positive definite (a Cholesky factor exists). */
  public boolean isPositiveDefinite() {
    return firstFailingPivot() < 0;
  }

  /**
   * Where positive definiteness first fails: the smallest {@code j} such that the leading {@code
   * (j+1) x (j+1)} block is not positive definite, or {@code -1} when the whole matrix is.
   * Parameters {@code 0..j} with a non-zero correlation to {@code j} are then the ones to name.
   */
  public int firstFailingPivot() {
    return factor(values, new double[values.length][values.length]);
  }

  /**
   * The indices to name when the matrix is not positive definite: the failing pivot and every
   * earlier index correlated with it (non-zero entry), in index order; empty when it is valid.
   */
  public List<Integer> offendingIndices() {
    int j = firstFailingPivot();
    if (j < 0) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < j; i++) {
      if (values[i][j] != 0) {
        out.add(i);
      }
    }
    out.add(j);
    return List.copyOf(out);
  }

  /**
   * The lower Cholesky factor {@code L} with {@code L L^T = this}.
   *
   * @throws IllegalStateException when the matrix is not positive definite
   */
  public double[][] cholesky() {
    double[][] l = cholesky(values);
    if (l == null) {
      throw new IllegalStateException("not positive definite");
    }
    return l;
  }

  /**
   * The lower Cholesky factor of a symmetric matrix, or {@code null} where a pivot is not positive.
   */
  static double[][] cholesky(double[][] a) {
    double[][] l = new double[a.length][a.length];
    return factor(a, l) < 0 ? l : null;
  }

  /** Fills {@code l} with the Cholesky factor of {@code a}; the first non-positive pivot, or -1. */
  private static int factor(double[][] a, double[][] l) {
    int k = a.length;
    for (int j = 0; j < k; j++) {
      double d = a[j][j];
      for (int m = 0; m < j; m++) {
        d -= l[j][m] * l[j][m];
      }
      if (!(d > PIVOT_TOLERANCE)) {
        return j;
      }
      l[j][j] = Math.sqrt(d);
      for (int i = j + 1; i < k; i++) {
        double s = a[i][j];
        for (int m = 0; m < j; m++) {
          s -= l[i][m] * l[j][m];
        }
        l[i][j] = s / l[j][j];
      }
    }
    return -1;
  }

  /**
   * The nearest correlation matrix (Higham 2002): alternating projections onto the positive
   * semidefinite cone (eigenvalues clipped at {@value #REPAIR_MIN_EIGENVALUE}, so the result is
   * strictly positive definite) and onto the unit-diagonal matrices, with Dykstra's correction on
   * the first. A matrix that is already positive definite is returned unchanged.
   */
  public CorrelationMatrix repaired() {
    if (isPositiveDefinite()) {
      return this;
    }
    int k = values.length;
    double[][] y = values();
    double[][] correction = new double[k][k];
    double[][] x = y;
    for (int iter = 0; iter < REPAIR_MAX_ITERATIONS; iter++) {
      double[][] r = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          r[i][j] = y[i][j] - correction[i][j];
        }
      }
      x = projectPositive(r, REPAIR_MIN_EIGENVALUE);
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          correction[i][j] = x[i][j] - r[i][j];
        }
      }
      double[][] next = new double[k][];
      double change = 0;
      for (int i = 0; i < k; i++) {
        next[i] = x[i].clone();
        next[i][i] = 1;
        for (int j = 0; j < k; j++) {
          double d = next[i][j] - y[i][j];
          change += d * d;
        }
      }
      y = next;
      if (change < REPAIR_TOLERANCE && cholesky(y) != null) {
        break;
      }
    }
    // Symmetrise exactly, unit diagonal, and clip into [-1, 1] so that of() accepts it.
    double[][] out = new double[k][k];
    for (int i = 0; i < k; i++) {
      out[i][i] = 1;
      for (int j = 0; j < i; j++) {
        double v = Math.max(-1, Math.min(1, 0.5 * (y[i][j] + y[j][i])));
        out[i][j] = v;
        out[j][i] = v;
      }
    }
    if (cholesky(out) == null) {
      // The unit-diagonal projection can undo the last eigenvalue clip by a hair: shrink toward
      // the identity until the factor exists (a few steps at most).
      while (cholesky(out) == null) {
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < k; j++) {
            if (i != j) {
              out[i][j] *= 0.999;
            }
          }
        }
      }
    }
    return new CorrelationMatrix(out);
  }

  /** The largest absolute change of an entry between this and {@code other} (same size). */
  public double maxAbsDifference(CorrelationMatrix other) {
    double m = 0;
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < values.length; j++) {
        m = Math.max(m, Math.abs(values[i][j] - other.values[i][j]));
      }
    }
    return m;
  }

  /** {@code V diag(max(lambda, floor)) V^T} of a symmetric matrix. */
  private static double[][] projectPositive(double[][] a, double floor) {
    int k = a.length;
    double[][] v = new double[k][k];
    double[] lambda = SymmetricEigen.decompose(a, v);
    double[][] out = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int m = 0; m < k; m++) {
          s += v[i][m] * Math.max(lambda[m], floor) * v[j][m];
        }
        out[i][j] = s;
        out[j][i] = s;
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorrelationMatrix m && Arrays.deepEquals(values, m.values);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.deepToString(values);
  }
}
