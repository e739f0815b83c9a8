package com.computegap.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The window's first size on the screens it meets, worked out by hand. */
class WindowSizeTest {

  @Test
  void shouldTake1600x1000WhereTheScreenHasRoom() {
    assertEquals(1600, WindowSize.initialWidth(1920));
    assertEquals(1000, WindowSize.initialHeight(1080)); // 0.95 x 1080 = 1026
  }

  @Test
  void shouldTake95PercentOfALaptopScreen() {
    // 0.95 x 1366 = 1297.7, 0.95 x 768 = 729.6
    assertEquals(1297.7, WindowSize.initialWidth(1366), 1e-9);
    assertEquals(729.6, WindowSize.initialHeight(768), 1e-9);
  }

  @Test
  void shouldNeverStartBelowTheMinimumSoItStaysOnASmallScreen() {
    // 0.95 x 1024 = 972.8 and 0.95 x 640 = 608 are below the 1024 x 640 minimum: the window takes
    // the whole screen instead of growing past its right and bottom edges after being centred
    assertEquals(1024, WindowSize.initialWidth(1024));
    assertEquals(640, WindowSize.initialHeight(640));
    assertEquals(1024, WindowSize.minWidth(1024));
  }

  @Test
  void shouldFitAScreenSmallerThanTheMinimum() {
    assertEquals(800, WindowSize.initialWidth(800));
    assertEquals(600, WindowSize.initialHeight(600));
    assertEquals(800, WindowSize.minWidth(800));
    assertEquals(600, WindowSize.minHeight(600));
  }
}
