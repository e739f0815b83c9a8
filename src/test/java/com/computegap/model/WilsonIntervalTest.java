package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

  @Test
  void shouldMatchThePublishedIntervalForEightOfTen() {
    // Wilson (1927) / Newcombe (1998) table: 8 of 10 gives 0.490 .. 0.943 at 95 %.
    WilsonInterval w = WilsonInterval.of95(8, 10);

    assertEquals(0.8, w.estimate(), 1e-15);
    assertEquals(0.4902, w.low(), 1e-4);
    assertEquals(0.9433, w.high(), 1e-4);
  }

  @Test
  void shouldStayInsideZeroToOneAtTheEnds() {
    WilsonInterval none = WilsonInterval.of95(0, 10);
    WilsonInterval all = WilsonInterval.of95(10, 10);

    // Newcombe (1998): 0 of 10 gives 0 .. 0.2775.
    assertEquals(0, none.low(), 1e-15);
    assertEquals(0.2775, none.high(), 1e-4);
    assertEquals(1 - 0.2775, all.low(), 1e-4);
    assertEquals(1, all.high(), 1e-15);
  }

  @Test
  void shouldEndExactlyAtZeroAndOneWhenNoneOrAllHold() {
    // In real arithmetic the Wilson bound for 0 successes is 0 (centre = half); rounding must not
    // print 1e-19 for "never happens".
    for (long n : new long[] {1, 7, 2000, 3000, 100_000}) {
      assertEquals(0.0, WilsonInterval.of95(0, n).low(), "0 of " + n);
      assertEquals(1.0, WilsonInterval.of95(n, n).high(), n + " of " + n);
    }
  }

  @Test
  void shouldNarrowWithMoreRuns() {
    WilsonInterval small = WilsonInterval.of95(300, 1_000);
    WilsonInterval large = WilsonInterval.of95(30_000, 100_000);

    assertTrue(large.high() - large.low() < (small.high() - small.low()) / 5);
    // At 100,000 runs the half-width is close to 1.96 * sqrt(p(1-p)/n).
    assertEquals(1.959964 * Math.sqrt(0.3 * 0.7 / 100_000), (large.high() - large.low()) / 2, 1e-6);
  }

  @Test
  void shouldNeverCountNaNAsHoldingAClaim() {
    for (ClaimOp op : ClaimOp.values()) {
      assertFalse(op.holds(Double.NaN, 0), op.symbol());
    }
    assertTrue(ClaimOp.GT.holds(Double.POSITIVE_INFINITY, 1e308));
    assertTrue(ClaimOp.LE.holds(5, 5));
    assertFalse(ClaimOp.LT.holds(5, 5));
    assertTrue(ClaimOp.GE.holds(5, 5));
    assertFalse(ClaimOp.GT.holds(5, 5));
    assertEquals(ClaimOp.LE, ClaimOp.parse("<="));
    assertEquals(null, ClaimOp.parse("=<"));
  }
}
