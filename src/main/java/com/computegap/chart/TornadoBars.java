package com.computegap.chart;

import com.computegap.model.Tornado;
import java.util.List;

/**
 * What the tornado chart draws: the bars of one output's sensitivity, with their texts in the
 * current language. Built by the tornado view model, drawn by {@link TornadoChart}.
 *
 * @param tornado the engine's tornado
 * @param title chart title, naming the output and year
 * @param axisLabel value-axis label with the unit
 * @param baseLabel the label of the scenario-value line
 * @param legend names of the low-end and high-end bars
 * @param rows bars, largest swing first
 * @param empty what to show instead when there are no bars, else empty
 */
public record TornadoBars(
    Tornado tornado,
    String title,
    String axisLabel,
    String baseLabel,
    List<String> legend,
    List<TornadoBars.Row> rows,
    String empty) {

  /**
   * One bar.
   *
   * @param label the parameter with its low and high input, {@code Token price: 0.3 → 3 × today}
   * @param lowOutput the output with the parameter at its low end (may be Infinity or NaN)
   * @param highOutput the output with the parameter at its high end
   * @param lowText {@code lowOutput} with its unit
   * @param highText {@code highOutput} with its unit
   * @param tooltip both ends in full, with units
   */
  public record Row(
      String label,
      double lowOutput,
      double highOutput,
      String lowText,
      String highText,
      String tooltip) {}
}
