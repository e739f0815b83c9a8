package com.computegap.bench;

import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one slider event in the model: set one parameter and recompute the whole table. The
 * 30-year case is the longest horizon a scenario may have.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecomputeBenchmark {

  private Scenario fiveYears;
  private Scenario thirtyYears;
  private Scenario thirtyYearsSection7;
  private ParameterPath supplyGrowth;
  private double growth;

  @Setup
  public void load() {
    fiveYears = BundledScenarios.load(BundledScenarios.ESSAY);
    thirtyYears = fiveYears.withYears(30);
    supplyGrowth = ParameterPath.parse("chips.supplyGrowthPct");
    // every section 7 term on: price feedback, usage revenue, tail emission, chip price flex
    Scenario reality = BundledScenarios.load(BundledScenarios.REALITY_2026).withYears(30);
    thirtyYearsSection7 =
        reality
            .withDepin(reality.depin().withTailEmissionPctPerYear(2))
            .withChips(reality.chips().withPriceFlexPct(50));
  }

  @Benchmark
  public ModelResult recomputeFiveYears() {
    return GapModel.compute(fiveYears);
  }

  @Benchmark
  public ModelResult recomputeThirtyYears() {
    return GapModel.compute(thirtyYears);
  }

  @Benchmark
  public ModelResult recomputeThirtyYearsSection7() {
    return GapModel.compute(thirtyYearsSection7);
  }

  /** A slider step: a new parameter value, then a full recompute. */
  @Benchmark
  public ModelResult sliderStepThirtyYears() {
    growth = growth > 60 ? 0 : growth + 0.5;
    return GapModel.compute(supplyGrowth.with(thirtyYears, growth));
  }
}
