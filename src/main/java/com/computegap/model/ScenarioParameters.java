package com.computegap.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The concrete numeric parameters of one scenario: each company's and mega project's fields, the
 * shock's fields when there is a shock, and every other numeric field. This is what the controls
 * panel shows, what "changed from the original" compares, and what must carry a source.
 */
public final class ScenarioParameters {

  private ScenarioParameters() {}

  /**
   * Every concrete path of {@code s}, in {@link NumericField} order; hyperscalers by name (names
   * are unique), mega projects by index (names need not be).
   */
  public static List<ParameterPath> of(Scenario s) {
    List<ParameterPath> paths = new ArrayList<>();
    for (NumericField f : NumericField.all()) {
      switch (f.scope()) {
        case HYPERSCALER ->
            s.hyperscalers().forEach(h -> paths.add(ParameterPath.named(f, h.name())));
        case MEGA_PROJECT -> {
          for (int i = 0; i < s.megaProjects().size(); i++) {
            paths.add(ParameterPath.at(f, i));
          }
        }
        case SHOCK -> {
          if (s.chips().shock() != null) {
            paths.add(ParameterPath.of(f));
          }
        }
        default -> paths.add(ParameterPath.of(f));
      }
    }
    return paths;
  }

  /**
   * The source text for a concrete path: the entry for the path itself, else for the same element
   * by name or by index, else for all elements ({@code [*]}); {@code null} when there is none.
   */
  public static String sourceOf(Scenario s, ParameterPath path) {
    String direct = s.sources().get(path.text());
    if (direct != null || path.selector() == null) {
      return direct;
    }
    NumericField f = path.field();
    int[] indices = path.indices(s);
    if (indices.length == 1) {
      int i = indices[0];
      String name =
          f.scope() == FieldScope.HYPERSCALER
              ? s.hyperscalers().get(i).name()
              : s.megaProjects().get(i).name();
      for (ParameterPath alias : List.of(ParameterPath.named(f, name), ParameterPath.at(f, i))) {
        String text = s.sources().get(alias.text());
        if (text != null) {
          return text;
        }
      }
    }
    return s.sources().get(new ParameterPath(f, PathExpression.Selector.all()).text());
  }
}
