package com.computegap.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computegap.view.UncertaintyLayout.Mode;
import org.junit.jupiter.api.Test;

/**
 * The uncertainty view's arrangement rule at its edges. The thresholds come from the minimums:
 * three fans of 370 px with two 10 px gaps need 1,130 px across; a 350 px fan row, a 10 px gap and
 * a 470 px tab pane need 830 px down.
 */
class UncertaintyLayoutTest {

  @Test
  void shouldGiveEachFanATabWhenThreeDoNotFitAcross() {
    assertEquals(Mode.TAB_EACH, UncertaintyLayout.plan(1129, 2000));
    assertEquals(Mode.TAB_EACH, UncertaintyLayout.plan(900, 500));
  }

  @Test
  void shouldPutTheFanRowInATabWhenItAndTheAnalysisTabsDoNotFitDown() {
    assertEquals(Mode.FANS_TAB, UncertaintyLayout.plan(1130, 829));
    assertEquals(Mode.FANS_TAB, UncertaintyLayout.plan(1500, 600));
  }

  @Test
  void shouldSplitWhenBothFit() {
    assertEquals(Mode.SPLIT, UncertaintyLayout.plan(1130, 830));
    assertEquals(Mode.SPLIT, UncertaintyLayout.plan(2400, 1400));
  }

  @Test
  void shouldGiveTheFanRowFortyFivePercentButNeverLessThanEitherMinimum() {
    // (1000 - 10) x 0.45 = 445.5, and 1000 - 10 - 470 = 520 leaves the tabs their room
    assertEquals(445.5, UncertaintyLayout.fanRowHeight(1000), 1e-9);
    // (830 - 10) x 0.45 = 369 would leave the tabs 451 px: the row gives way to 350
    assertEquals(350, UncertaintyLayout.fanRowHeight(830), 1e-9);
    // 45 % of 2000 leaves both more than enough
    assertEquals((2000 - 10) * 0.45, UncertaintyLayout.fanRowHeight(2000), 1e-9);
  }
}
