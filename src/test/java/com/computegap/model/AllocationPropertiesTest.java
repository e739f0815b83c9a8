package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Invariants that must hold for every valid scenario, checked on random ones. */
class AllocationPropertiesTest {

  @Test
  void shouldNeverAllocateMoreThanSupplyOrDemandNorANegativeAmount() {
    RandomScenarios random = new RandomScenarios(7L);
    for (int i = 0; i < 5000; i++) {
      Scenario s = random.next();
      for (YearRow r : GapModel.compute(s).rows()) {
        String where = "scenario " + i + " year " + r.year() + ": " + r;
        double allocated = r.hyperscalerUnitsK() + r.otherUnitsK() + r.depinUnitsK();
        assertTrue(
            r.hyperscalerUnitsK() >= 0 && r.otherUnitsK() >= 0 && r.depinUnitsK() >= 0, where);
        assertTrue(r.unallocatedK() >= 0, where);
        assertTrue(r.hyperscalerUnitsK() <= r.hyperscalerDemandK(), where);
        assertTrue(r.otherUnitsK() <= r.otherDemandK(), where);
        assertTrue(r.depinUnitsK() <= r.depinDemandK(), where);
        assertTrue(allocated <= r.supplyK() * (1 + 1e-12), where);
        assertTrue(
            Math.abs(allocated + r.unallocatedK() - r.supplyK()) <= 1e-9 * Math.max(1, r.supplyK()),
            where);
      }
    }
  }

  @Test
  void shouldKeepSharesWithin0And100() {
    RandomScenarios random = new RandomScenarios(11L);
    for (int i = 0; i < 5000; i++) {
      for (YearRow r : GapModel.compute(random.next()).rows()) {
        assertTrue(
            r.depinShareOfAiCapexPct() >= 0 && r.depinShareOfAiCapexPct() <= 100, r.toString());
      }
    }
  }

  @Test
  void shouldGiveDepinNothingMoreWhenTheHyperscalersPriorityCapRises() {
    RandomScenarios random = new RandomScenarios(13L);
    for (int i = 0; i < 2000; i++) {
      Scenario s = random.next();
      Scenario capped = s.withChips(s.chips().withHyperscalerPriorityCapPct(100));
      var loose = GapModel.compute(s).rows();
      var tight = GapModel.compute(capped).rows();
      for (int n = 0; n < loose.size(); n++) {
        assertTrue(
            tight.get(n).depinUnitsK() <= loose.get(n).depinUnitsK() * (1 + 1e-12) + 1e-12,
            "scenario " + i + " year index " + n);
      }
    }
  }
}
