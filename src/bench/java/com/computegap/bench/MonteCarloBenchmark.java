package com.computegap.bench;

import com.computegap.model.MonteCarlo;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.Scenario;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Monte Carlo target: 100,000 runs x 10 years x 10 uncertain parameters, every statistic of
 * every output and year included, under the 512 MB heap the app must fit in. {@code threads} 1
 * shows the sequential cost, 2 the machine's two cores (the result is the same either way).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class MonteCarloBenchmark {

  @Param({"1", "2"})
  public int threads;

  private Scenario scenario;
  private MonteCarlo.Options options;

  @Setup
  public void load() {
    scenario = BenchScenarios.monteCarloTarget();
    options = MonteCarlo.Options.of(BenchScenarios.TARGET_RUNS, 1).withThreads(threads);
  }

  @Benchmark
  public MonteCarloResult target100kRuns() {
    return MonteCarlo.run(scenario, options);
  }
}
