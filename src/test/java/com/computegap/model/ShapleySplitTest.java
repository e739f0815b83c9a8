package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class ShapleySplitTest {

  private static double bit(int mask, int i) {
    return (mask >> i) & 1;
  }

  @Test
  void shouldSplitTwoParametersWithAnInteractionByHand() {
    // v(none)=0, v(a)=1, v(b)=2, v(a,b)=5: phi_a = (1 + (5-2))/2 = 2, phi_b = (2 + (5-1))/2 = 3.
    double[] table = {0, 1, 2, 5};

    ShapleySplit.Result r = ShapleySplit.exact(2, mask -> table[mask]);

    assertEquals(2, r.contributions()[0], 1e-12);
    assertEquals(3, r.contributions()[1], 1e-12);
    assertEquals(5, r.total(), 1e-12);
    assertEquals(2, r.interaction(), 1e-12);
    assertTrue(r.interactionsLarge(0.1));
  }

  @Test
  void shouldShareAThreeWayInteractionEquallyAndAPairBetweenItsTwo() {
    // v = a + 2b + 3c + 6ac + 4abc: linear parts stay, 6ac halves to a and c, 4abc thirds to all.
    IntToDoubleFunction v =
        m ->
            bit(m, 0)
                + 2 * bit(m, 1)
                + 3 * bit(m, 2)
                + 6 * bit(m, 0) * bit(m, 2)
                + 4 * bit(m, 0) * bit(m, 1) * bit(m, 2);

    ShapleySplit.Result r = ShapleySplit.exact(3, v);

    assertEquals(1 + 3 + 4.0 / 3, r.contributions()[0], 1e-12);
    assertEquals(2 + 4.0 / 3, r.contributions()[1], 1e-12);
    assertEquals(3 + 3 + 4.0 / 3, r.contributions()[2], 1e-12);
  }

  @Test
  void shouldAddUpToTheDifferenceForAnyValueFunction() {
    for (int k = 1; k <= 10; k++) {
      int kk = k;
      IntToDoubleFunction v = m -> Math.sin(m * 0.37 + kk) * Math.exp(Integer.bitCount(m) * 0.1);

      ShapleySplit.Result r = ShapleySplit.exact(k, v);

      double sum = 0;
      for (double c : r.contributions()) {
        sum += c;
      }
      assertEquals(v.applyAsDouble((1 << k) - 1) - v.applyAsDouble(0), sum, 1e-9, "k=" + k);
    }
  }

  @Test
  void shouldReportNoInteractionForAnAdditiveValue() {
    ShapleySplit.Result r = ShapleySplit.exact(4, m -> bit(m, 0) - 2 * bit(m, 3) + 0.5 * bit(m, 2));

    assertEquals(1, r.contributions()[0], 1e-12);
    assertEquals(0, r.contributions()[1], 1e-12);
    assertEquals(0.5, r.contributions()[2], 1e-12);
    assertEquals(-2, r.contributions()[3], 1e-12);
    assertFalse(r.interactionsLarge(0.01));
  }

  @Test
  void shouldEstimateManyParametersFromSampledOrdersWithinTheirErrors() {
    // 16 parameters, additive plus one pair: exact contributions known, errors must cover them.
    int k = 16;
    IntToDoubleFunction v =
        m -> {
          double s = 0;
          for (int i = 0; i < k; i++) {
            s += (i + 1) * bit(m, i);
          }
          return s + 10 * bit(m, 0) * bit(m, 1);
        };

    ShapleySplit.Result r = ShapleySplit.split(k, v, 2_000, 5);

    assertFalse(r.exact());
    double sum = 0;
    for (int i = 0; i < k; i++) {
      double expected = (i + 1) + (i < 2 ? 5 : 0);
      assertEquals(expected, r.contributions()[i], 5 * r.standardErrors()[i] + 1e-9, "i=" + i);
      sum += r.contributions()[i];
    }
    // Every sampled order adds exactly the total, so the sampled contributions add up too.
    assertEquals(r.total(), sum, 1e-9);
  }
}
