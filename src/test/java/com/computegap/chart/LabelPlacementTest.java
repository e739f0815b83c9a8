package com.computegap.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Label placement: first free position wins, nothing overlaps or leaves the bounds, the rest is
 * dropped.
 */
class LabelPlacementTest {

  private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 100, 50);

  @Test
  void shouldTakeTheFirstPositionWhenItIsFree() {
    LabelPlacement p = new LabelPlacement(AREA);

    Rectangle2D r =
        p.place(
            List.of(
                new Rectangle2D.Double(10, 10, 20, 10), new Rectangle2D.Double(50, 10, 20, 10)));

    assertEquals(new Rectangle2D.Double(10, 10, 20, 10), r);
  }

  @Test
  void shouldMoveASecondLabelThatWouldOverlapTheFirst() {
    LabelPlacement p = new LabelPlacement(AREA);
    p.place(List.of(new Rectangle2D.Double(10, 20, 20, 10)));

    // overlaps the first by 5 px; the next position is 20 px higher: clear of it
    Rectangle2D r =
        p.place(
            List.of(new Rectangle2D.Double(25, 20, 20, 10), new Rectangle2D.Double(25, 0, 20, 10)));

    assertEquals(new Rectangle2D.Double(25, 0, 20, 10), r);
  }

  @Test
  void shouldDropALabelWithNoFreePosition() {
    LabelPlacement p = new LabelPlacement(AREA);
    p.place(List.of(new Rectangle2D.Double(10, 20, 20, 10)));

    Rectangle2D r =
        p.place(
            List.of(
                new Rectangle2D.Double(15, 22, 20, 10), new Rectangle2D.Double(10, -5, 20, 10)));

    assertNull(r, "one position overlaps, the other leaves the area at the top");
    assertEquals(1, p.dropped());
    assertEquals(1, p.placed().size());
  }

  @Test
  void shouldKeepLabelsInsideTheBounds() {
    LabelPlacement p = new LabelPlacement(AREA);

    assertFalse(p.fits(new Rectangle2D.Double(-1, 10, 20, 10)), "left");
    assertFalse(p.fits(new Rectangle2D.Double(81, 10, 20, 10)), "right: 81 + 20 > 100");
    assertFalse(p.fits(new Rectangle2D.Double(10, 41, 20, 10)), "bottom: 41 + 10 > 50");
    assertTrue(p.fits(new Rectangle2D.Double(80, 40, 20, 10)), "touching the corner is inside");
  }

  @Test
  void shouldKeepTheGapBetweenLabels() {
    LabelPlacement p = new LabelPlacement(AREA);
    p.place(List.of(new Rectangle2D.Double(10, 10, 20, 10)));

    assertFalse(
        p.fits(new Rectangle2D.Double(30.5, 10, 20, 10)),
        "0.5 px apart is closer than the 1 px gap");
    assertTrue(p.fits(new Rectangle2D.Double(31, 10, 20, 10)), "1 px apart is enough");
  }

  @Test
  void shouldAvoidObstacles() {
    LabelPlacement p = new LabelPlacement(AREA);
    p.avoid(new Rectangle2D.Double(0, 0, 50, 50));

    Rectangle2D r =
        p.place(
            List.of(
                new Rectangle2D.Double(40, 10, 20, 10), new Rectangle2D.Double(60, 10, 20, 10)));

    assertEquals(60, r.getX());
  }

  @Test
  void shouldStackPositionsOneLineApart() {
    List<Rectangle2D> s = LabelPlacement.stackedUp(LabelPlacement.above(50, 40, 20, 10), 2);

    // above(50, 40, 20, 10): x 40..60, y 30..40; each level 10 px + 2 gaps higher
    assertEquals(
        List.of(
            new Rectangle2D.Double(40, 30, 20, 10),
            new Rectangle2D.Double(40, 18, 20, 10),
            new Rectangle2D.Double(40, 6, 20, 10)),
        s);
  }

  @Test
  void shouldBuildBoxesAroundAnchors() {
    assertEquals(new Rectangle2D.Double(40, 5, 20, 10), LabelPlacement.centred(50, 10, 20, 10));
    assertEquals(new Rectangle2D.Double(40, 10, 20, 10), LabelPlacement.below(50, 10, 20, 10));
    assertEquals(new Rectangle2D.Double(50, 5, 20, 10), LabelPlacement.rightOf(50, 10, 20, 10));
    assertEquals(new Rectangle2D.Double(30, 5, 20, 10), LabelPlacement.leftOf(50, 10, 20, 10));
  }
}
