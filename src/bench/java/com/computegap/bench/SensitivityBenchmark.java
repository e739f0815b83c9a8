package com.computegap.bench;

import com.computegap.model.Column;
import com.computegap.model.GoalSeek;
import com.computegap.model.Scenario;
import com.computegap.model.Tornado;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The interactive analyses: a tornado over 10 parameters and the two goal-seek presets. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SensitivityBenchmark {

  private Scenario scenario;

  @Setup
  public void load() {
    scenario = BenchScenarios.monteCarloTarget();
  }

  @Benchmark
  public Tornado tornadoTenParameters() {
    return Tornado.of(scenario, Column.SPEND_GAP_RATIO, scenario.endYear());
  }

  /** Unreachable in the essay baseline: the full grid plus the plateau search. */
  @Benchmark
  public GoalSeek.Result goalSeekTokenPrice() {
    return GoalSeek.Preset.TOKEN_PRICE_FOR_CAPEX_PARITY.solve(scenario);
  }

  @Benchmark
  public GoalSeek.Result goalSeekBuyerDemand() {
    return GoalSeek.Preset.BUYER_DEMAND_FOR_CAPEX_PARITY.solve(scenario);
  }
}
