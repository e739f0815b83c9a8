package com.computegap.bench;

import com.computegap.model.Distribution;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import com.computegap.scenario.BundledScenarios;
import java.util.ArrayList;
import java.util.List;

/** The scenarios the benchmarks share. */
final class BenchScenarios {

  /** Runs in the Monte Carlo target case. */
  static final int TARGET_RUNS = 100_000;

  private BenchScenarios() {}

  /**
   * The Monte Carlo target case: the essay baseline over 10 years with 10 uncertain parameters (its
   * own 8 plus the chip price trend and the growth of buyer demand).
   */
  static Scenario monteCarloTarget() {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    List<UncertainParameter> uncertainty = new ArrayList<>(essay.uncertainty());
    uncertainty.add(
        new UncertainParameter(
            "chips.unitPriceChangePctPerYear", new Distribution.Uniform(-20, 0)));
    uncertainty.add(
        new UncertainParameter("depin.buyerDemandGrowthPct", new Distribution.Normal(10, 15)));
    return essay.withYears(10).withUncertainty(uncertainty);
  }
}
