package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrelationMatrixTest {

  /** Three parameters where a and b, a and c go together but b and c oppose: impossible. */
  private static final double[][] IMPOSSIBLE = {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}};

  @Test
  void shouldAcceptAValidMatrixAndFactorIt() {
    CorrelationMatrix m = CorrelationMatrix.of(new double[][] {{1, 0.5}, {0.5, 1}});

    double[][] l = m.cholesky();

    assertTrue(m.isPositiveDefinite());
    // Hand: L = [[1, 0], [0.5, sqrt(0.75)]].
    assertEquals(1, l[0][0], 1e-15);
    assertEquals(0.5, l[1][0], 1e-15);
    assertEquals(Math.sqrt(0.75), l[1][1], 1e-15);
    assertEquals(List.of(), m.offendingIndices());
  }

  @Test
  void shouldNameEveryParameterOfTheImpossibleTriangle() {
    CorrelationMatrix m = CorrelationMatrix.of(IMPOSSIBLE);

    assertFalse(m.isPositiveDefinite());
    assertEquals(2, m.firstFailingPivot());
    assertEquals(List.of(0, 1, 2), m.offendingIndices());
  }

  @Test
  void shouldNameOnlyTheParametersInvolved() {
    // d (index 0) is independent of the impossible triangle b, c, e.
    double[][] v = {
      {1, 0, 0, 0},
      {0, 1, 0.9, 0.9},
      {0, 0.9, 1, -0.9},
      {0, 0.9, -0.9, 1}
    };

    assertEquals(List.of(1, 2, 3), CorrelationMatrix.of(v).offendingIndices());
  }

  @Test
  void shouldRefuseAnAsymmetricMatrix() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CorrelationMatrix.of(new double[][] {{1, 0.5}, {0.4, 1}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> CorrelationMatrix.of(new double[][] {{1, 1.5}, {1.5, 1}}));
  }

  @Test
  void shouldRepairIntoAValidMatrixCloseToTheInput() {
    CorrelationMatrix input = CorrelationMatrix.of(IMPOSSIBLE);

    CorrelationMatrix repaired = input.repaired();

    assertTrue(repaired.isPositiveDefinite());
    for (int i = 0; i < 3; i++) {
      assertEquals(1, repaired.get(i, i));
      for (int j = 0; j < 3; j++) {
        assertEquals(repaired.get(i, j), repaired.get(j, i));
      }
    }
    // The nearest correlation matrix keeps the signs and is much closer than giving up (the
    // identity).
    assertTrue(distance(input, repaired) < 0.5 * distance(input, CorrelationMatrix.identity(3)));
    assertTrue(repaired.get(0, 1) > 0 && repaired.get(0, 2) > 0 && repaired.get(1, 2) < 0);
    // By symmetry of the input, b and c stay alike.
    assertEquals(repaired.get(0, 1), repaired.get(0, 2), 1e-6);
  }

  @Test
  void shouldBeNearerThanAnyOtherValidMatrixOnAGrid() {
    // Higham's result is the Frobenius-nearest correlation matrix: no valid matrix of the symmetric
    // family [[1, x, x], [x, 1, y], [x, y, 1]] on a fine grid may be nearer to the input.
    CorrelationMatrix input = CorrelationMatrix.of(IMPOSSIBLE);
    double best = distance(input, input.repaired());
    for (double x = 0; x <= 1; x += 0.01) {
      for (double y = -1; y <= 0; y += 0.01) {
        CorrelationMatrix c =
            CorrelationMatrix.of(new double[][] {{1, x, x}, {x, 1, y}, {x, y, 1}});
        if (c.isPositiveDefinite()) {
          assertTrue(distance(input, c) >= best - 2e-3, "x=" + x + " y=" + y);
        }
      }
    }
  }

  @Test
  void shouldLeaveAValidMatrixAsItIs() {
    CorrelationMatrix m = CorrelationMatrix.of(new double[][] {{1, -0.3}, {-0.3, 1}});

    assertSame(m, m.repaired());
  }

  private static double distance(CorrelationMatrix a, CorrelationMatrix b) {
    double s = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < a.size(); j++) {
        double d = a.get(i, j) - b.get(i, j);
        s += d * d;
      }
    }
    return Math.sqrt(s);
  }
}
