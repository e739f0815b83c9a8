package com.computegap.model;

import java.util.Arrays;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations: exact to
 * rounding, simple, and fast enough for the at most 100 uncertain parameters a scenario can have.
 */
final class SymmetricEigen {

  private static final int MAX_SWEEPS = 100;

  private SymmetricEigen() {}

  /**
   * Decomposes {@code a} (not changed) as {@code V diag(lambda) V^T}.
   *
   * @param a a symmetric {@code k x k} matrix
   * @param vectors receives {@code V}, {@code k x k}: column {@code m} is the eigenvector of {@code
   *     lambda[m]}
   * @return the eigenvalues, in no particular order
   */
  static double[] decompose(double[][] a, double[][] vectors) {
    int k = a.length;
    double[][] m = new double[k][];
    for (int i = 0; i < k; i++) {
      m[i] = a[i].clone();
      Arrays.fill(vectors[i], 0);
      vectors[i][i] = 1;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double off = 0;
      for (int p = 0; p < k; p++) {
        for (int q = p + 1; q < k; q++) {
          off += m[p][q] * m[p][q];
        }
      }
      if (off < 1e-30) {
        break;
      }
      for (int p = 0; p < k; p++) {
        for (int q = p + 1; q < k; q++) {
          if (m[p][q] != 0) {
            rotate(m, vectors, p, q);
          }
        }
      }
    }
    double[] lambda = new double[k];
    for (int i = 0; i < k; i++) {
      lambda[i] = m[i][i];
    }
    return lambda;
  }

  /** One Jacobi rotation that zeroes {@code m[p][q]}. */
  private static void rotate(double[][] m, double[][] v, int p, int q) {
    double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    if (theta == 0) {
      t = 1;
    }
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;
    int k = m.length;
    for (int r = 0; r < k; r++) {
      double mrp = m[r][p];
      double mrq = m[r][q];
      m[r][p] = c * mrp - s * mrq;
      m[r][q] = s * mrp + c * mrq;
    }
    for (int r = 0; r < k; r++) {
      double mpr = m[p][r];
      double mqr = m[q][r];
      m[p][r] = c * mpr - s * mqr;
      m[q][r] = s * mpr + c * mqr;
    }
    for (int r = 0; r < k; r++) {
      double vrp = v[r][p];
      double vrq = v[r][q];
      v[r][p] = c * vrp - s * vrq;
      v[r][q] = s * vrp + c * vrq;
    }
  }
}
