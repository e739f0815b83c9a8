package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The allocation order of MODEL.md section 2, worked out by hand. */
class ChipAllocationTest {

  private static final double EPS = 1e-9;

  private static YearRow only(Scenario s) {
    return GapModel.compute(s).first();
  }

  @Test
  void shouldCapHyperscalersFirstCallThenServeOthersThenDepinThenGiveLeftoverBack() {
    // supply 100; hyperscalers want 80 but may take 50 first; others want 30, DePIN 10.
    // 50 -> hyperscalers, 30 -> others, 10 -> DePIN, leftover 10 -> hyperscalers (60 of 80).
    YearRow r = only(TestScenarios.withBuyers(0.080, 100, 50, 0.030, 0.010));
    assertAll(
        () -> assertEquals(80, r.hyperscalerDemandK(), EPS),
        () -> assertEquals(30, r.otherDemandK(), EPS),
        () -> assertEquals(10, r.depinDemandK(), EPS),
        () -> assertEquals(60, r.hyperscalerUnitsK(), EPS),
        () -> assertEquals(30, r.otherUnitsK(), EPS),
        () -> assertEquals(10, r.depinUnitsK(), EPS),
        () -> assertEquals(0, r.unallocatedK(), EPS));
  }

  @Test
  void shouldLetHyperscalersTakeEverythingTheyCanPayForAtA100PercentCap() {
    // cap 100 %: hyperscalers take 80, others get the remaining 20 of their 30, DePIN nothing.
    YearRow r = only(TestScenarios.withBuyers(0.080, 100, 100, 0.030, 0.010));
    assertAll(
        () -> assertEquals(80, r.hyperscalerUnitsK(), EPS),
        () -> assertEquals(20, r.otherUnitsK(), EPS),
        () -> assertEquals(0, r.depinUnitsK(), EPS),
        () -> assertEquals(0, r.unallocatedK(), EPS));
  }

  @Test
  void shouldLeaveSupplyUnallocatedWhenDemandFallsShort() {
    // supply 200; everyone is served in full and 200 - 80 - 30 - 10 = 80 is left.
    YearRow r = only(TestScenarios.withBuyers(0.080, 200, 50, 0.030, 0.010));
    assertAll(
        () -> assertEquals(80, r.hyperscalerUnitsK(), EPS),
        () -> assertEquals(30, r.otherUnitsK(), EPS),
        () -> assertEquals(10, r.depinUnitsK(), EPS),
        () -> assertEquals(80, r.unallocatedK(), EPS));
  }

  @Test
  void shouldGiveOthersAndDepinNothingWhenTheCapIsZeroAndOthersTakeAll() {
    // cap 0: others first (30 of 40 supply), then DePIN (10), hyperscalers get nothing left.
    YearRow r = only(TestScenarios.withBuyers(0.080, 40, 0, 0.030, 0.010));
    assertAll(
        () -> assertEquals(0, r.hyperscalerUnitsK(), EPS),
        () -> assertEquals(30, r.otherUnitsK(), EPS),
        () -> assertEquals(10, r.depinUnitsK(), EPS),
        () -> assertEquals(0, r.unallocatedK(), EPS));
  }

  @Test
  void shouldAllocateNothingWithZeroSupply() {
    YearRow r = only(TestScenarios.withBuyers(0.080, 0, 80, 0.030, 0.010));
    assertAll(
        () -> assertEquals(0, r.supplyK()),
        () -> assertEquals(0, r.hyperscalerUnitsK()),
        () -> assertEquals(0, r.otherUnitsK()),
        () -> assertEquals(0, r.depinUnitsK()),
        () -> assertEquals(0, r.unallocatedK()),
        // demand is still reported: it is what buyers would pay for
        () -> assertEquals(80, r.hyperscalerDemandK(), EPS));
  }

  @Test
  void shouldCutSupplyOnlyInTheShockYears() {
    // 4 years from 2030, supply 100 growing 10 %/yr, a 60 % cut in 2031 and 2032.
    Scenario s = TestScenarios.simple(0.0, 100, 80).withYears(4);
    s = s.withChips(s.chips().withSupplyGrowthPct(10).withShock(new SupplyShock(2031, 2, 60)));
    var rows = GapModel.compute(s).rows();
    assertAll(
        () -> assertEquals(100, rows.get(0).supplyK(), EPS),
        () -> assertEquals(110 * 0.4, rows.get(1).supplyK(), EPS),
        () -> assertEquals(121 * 0.4, rows.get(2).supplyK(), EPS),
        () -> assertEquals(133.1, rows.get(3).supplyK(), EPS));
  }

  @Test
  void shouldStarveDepinWhenAShockLeavesOnlyTheHyperscalersShare() {
    // supply 100 cut by 50 % -> 50; cap 80 % -> hyperscalers may take 40 first and want 80;
    // others want 30 and get the remaining 10; DePIN gets nothing.
    Scenario s = TestScenarios.withBuyers(0.080, 100, 80, 0.030, 0.010);
    s = s.withChips(s.chips().withShock(new SupplyShock(2030, 1, 50)));
    YearRow r = only(s);
    assertAll(
        () -> assertEquals(50, r.supplyK(), EPS),
        () -> assertEquals(40, r.hyperscalerUnitsK(), EPS),
        () -> assertEquals(10, r.otherUnitsK(), EPS),
        () -> assertEquals(0, r.depinUnitsK(), EPS));
  }
}
