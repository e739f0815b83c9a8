package com.computegap.chart;

import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import java.util.Objects;

/**
 * Everything the five charts draw: a scenario "A" with its computed result, optionally a second
 * scenario "B" drawn dashed over A for comparison, and the year the waterfall explains. Immutable;
 * the results must be those {@link com.computegap.model.GapModel} computed for the scenarios (the
 * charts never compute model numbers themselves).
 *
 * @param scenario scenario A, never {@code null}
 * @param result A's result, never {@code null}
 * @param compareScenario scenario B, or {@code null} for no comparison
 * @param compareResult B's result; {@code null} exactly when {@code compareScenario} is
 * @param focusYear the waterfall's year; a year outside A's horizon means A's first year
 */
public record ChartInput(
    Scenario scenario,
    ModelResult result,
    Scenario compareScenario,
    ModelResult compareResult,
    int focusYear) {

  public ChartInput {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(result, "result");
    if ((compareScenario == null) != (compareResult == null)) {
      throw new IllegalArgumentException(
          "compare scenario and result must both be given or both be null");
    }
    if (result.row(focusYear) == null) {
      focusYear = result.first().year();
    }
  }

  /** Scenario A alone, the waterfall on its first year. */
  public static ChartInput of(Scenario scenario, ModelResult result) {
    return new ChartInput(scenario, result, null, null, result.first().year());
  }

  /** A copy that draws B over A; {@code null}s remove the comparison. */
  public ChartInput withCompare(Scenario scenarioB, ModelResult resultB) {
    return new ChartInput(scenario, result, scenarioB, resultB, focusYear);
  }

  /** A copy whose waterfall explains {@code year}. */
  public ChartInput withFocusYear(int year) {
    return new ChartInput(scenario, result, compareScenario, compareResult, year);
  }

  /** Whether a comparison scenario B is drawn. */
  public boolean hasCompare() {
    return compareResult != null;
  }
}
