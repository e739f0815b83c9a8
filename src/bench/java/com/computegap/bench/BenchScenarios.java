package com.computegap.bench;

import com.computegap.model.Correlation;
import com.computegap.model.Distribution;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioDifference;
import com.computegap.model.ScenarioParameters;
import com.computegap.model.UncertainParameter;
import com.computegap.model.Unit;
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

  /**
   * The analytics target case: {@link #monteCarloTarget()} with a 10 x 10 rank-correlation matrix
   * over its 10 uncertain parameters, {@code rho(i, j) = 0.5^|i - j|} (positive definite, 45
   * pairs).
   */
  static Scenario correlatedTarget() {
    Scenario s = monteCarloTarget();
    List<Correlation> pairs = new ArrayList<>();
    List<UncertainParameter> u = s.uncertainty();
    for (int i = 0; i < u.size(); i++) {
      for (int j = i + 1; j < u.size(); j++) {
        pairs.add(new Correlation(u.get(i).param(), u.get(j).param(), Math.pow(0.5, j - i)));
      }
    }
    return s.withCorrelations(pairs);
  }

  /**
   * The essay baseline over 10 years with {@code k} of its parameters changed by 5 % (the first
   * {@code k} in file order that are not years and exceed 1): a pair whose Shapley split has {@code
   * k} players. Returns {A, B}.
   */
  static Scenario[] changedPair(int k) {
    Scenario a = BundledScenarios.load(BundledScenarios.ESSAY).withYears(10);
    Scenario b = a;
    int changed = 0;
    for (ParameterPath p : ScenarioParameters.of(a)) {
      if (changed < k && p.field().unit() != Unit.YEAR && p.get(a) > 1) {
        b = p.with(b, p.get(a) * 1.05);
        changed = ScenarioDifference.players(a, b).size();
      }
    }
    if (changed != k) {
      throw new IllegalStateException("only " + changed + " parameters to change");
    }
    return new Scenario[] {a, b};
  }
}
