package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RadixSortTest {

  @Test
  void shouldSortDoublesExactlyAsArraysSortDoesWithSignsZerosInfinitiesAndTies() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int n : new int[] {0, 1, 2, 17, 1000, 70_000}) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] =
            switch (rng.nextInt(8)) {
              case 0 -> -0.0;
              case 1 -> 0.0;
              case 2 -> Double.NEGATIVE_INFINITY;
              case 3 -> Double.POSITIVE_INFINITY;
              case 4 -> Math.floor(rng.nextDouble() * 10); // ties
              case 5 -> -rng.nextDouble() * 1e6;
              default -> rng.nextDouble();
            };
      }
      double[] expected = v.clone();
      Arrays.sort(expected);

      double[] sorted = RadixSort.sorted(v);

      for (int i = 0; i < n; i++) {
        // bit for bit: -0.0 before 0.0
        assertArrayEquals(
            new long[] {Double.doubleToRawLongBits(expected[i])},
            new long[] {Double.doubleToRawLongBits(sorted[i])},
            "n=" + n + " i=" + i);
      }
    }
  }

  @Test
  void shouldSortIndexedKeysAsArraysSortDoes() {
    SplittableRandom rng = new SplittableRandom(4);
    for (int n : new int[] {1, 5, 4096, 100_000}) {
      long[] keys = new long[n];
      for (int r = 0; r < n; r++) {
        // high half: a signed int with many ties and both signs; low half: the index
        int high = rng.nextInt(3) == 0 ? rng.nextInt(50) - 25 : rng.nextInt();
        keys[r] = ((long) high << 32) | r;
      }
      long[] expected = keys.clone();
      Arrays.sort(expected);

      RadixSort.sortHigh32(keys);

      assertArrayEquals(expected, keys, "n=" + n);
    }
  }
}
