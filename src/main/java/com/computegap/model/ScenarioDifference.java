package com.computegap.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Why B differs from A: the difference of one output (a KPI) between two scenarios split into the
 * contribution of each parameter that differs ({@link ShapleySplit}).
 *
 * <p>A parameter is a concrete path of either scenario ({@link ScenarioParameters}). When the two
 * differ in structure (companies, mega projects or the shock exist in only one), one more player,
 * "structure", stands for that: with it, the changed values are set on B's shape, without it on A's
 * (a path the shape lacks is skipped). Every path the two share and do not change is equal in both,
 * so the contributions still add up to {@code kpi(B) - kpi(A)}.
 */
public final class ScenarioDifference {

  /** The label of the structural player. */
  public static final String STRUCTURE = "structure";

  /**
   * The split.
   *
   * @param players each changed parameter's path text ({@link #STRUCTURE} for the shape)
   * @param valueA the output for A
   * @param valueB the output for B
   * @param split the Shapley split over {@code players}; {@code null} when an evaluation was not
   *     finite (a difference of infinities has no parts)
   */
  public record Result(
      List<String> players, double valueA, double valueB, ShapleySplit.Result split) {}

  private ScenarioDifference() {}

  /**
   * The players of a split of A against B, in split order: each changed parameter's path text, then
   * {@link #STRUCTURE} when the two differ in shape. Cheap: no model run.
   */
  public static List<String> players(Scenario a, Scenario b) {
    Changes c = changes(a, b);
    List<String> players = new ArrayList<>();
    c.changed().forEach(p -> players.add(p.text()));
    if (c.structural()) {
      players.add(STRUCTURE);
    }
    return List.copyOf(players);
  }

  private record Changes(List<ParameterPath> changed, boolean structural) {}

  private static Changes changes(Scenario a, Scenario b) {
    Map<String, ParameterPath> union = new LinkedHashMap<>();
    ScenarioParameters.of(a).forEach(p -> union.put(p.text(), p));
    ScenarioParameters.of(b).forEach(p -> union.putIfAbsent(p.text(), p));
    List<ParameterPath> changed = new ArrayList<>();
    boolean structural = false;
    for (ParameterPath p : union.values()) {
      boolean inA = p.unresolvedReason(a) == null;
      boolean inB = p.unresolvedReason(b) == null;
      if (inA != inB) {
        structural = true;
      } else if (Double.compare(p.get(a), p.get(b)) != 0) {
        changed.add(p);
      }
    }
    return new Changes(changed, structural);
  }

  /**
   * Splits {@code output(B) - output(A)}.
   *
   * @param permutations orders sampled when more than {@link ShapleySplit#EXACT_LIMIT} players
   *     differ
   */
  public static Result split(
      Scenario a, Scenario b, ToDoubleFunction<ModelResult> output, int permutations, long seed) {
    Changes c = changes(a, b);
    List<ParameterPath> changed = c.changed();
    boolean structural = c.structural();
    List<String> players = new ArrayList<>();
    changed.forEach(p -> players.add(p.text()));
    if (structural) {
      players.add(STRUCTURE);
    }
    int k = players.size();
    int structureBit = structural ? 1 << (k - 1) : 0;
    boolean[] finite = {true};
    ShapleySplit.Result split =
        ShapleySplit.split(
            k,
            mask -> {
              Scenario s = (mask & structureBit) != 0 ? b : a;
              for (int i = 0; i < changed.size(); i++) {
                ParameterPath p = changed.get(i);
                if (p.unresolvedReason(s) == null) {
                  s = p.with(s, (mask & (1 << i)) != 0 ? p.get(b) : p.get(a));
                }
              }
              double v = output.applyAsDouble(GapModel.compute(s));
              if (!Double.isFinite(v)) {
                finite[0] = false;
              }
              return v;
            },
            permutations,
            seed);
    double va = output.applyAsDouble(GapModel.compute(a));
    double vb = output.applyAsDouble(GapModel.compute(b));
    return new Result(List.copyOf(players), va, vb, finite[0] ? split : null);
  }
}
