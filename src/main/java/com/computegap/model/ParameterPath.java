package com.computegap.model;

import com.computegap.model.PathExpression.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path to one numeric model input (MODEL.md section 5), tied to its {@link NumericField}: {@code
 * depin.sellSharePct}, {@code hyperscalers[Meta].growthPct}, {@code hyperscalers[0].capexUsdB},
 * {@code hyperscalers[*].aiSharePct}, {@code megaProjects[0].totalUsdB}, {@code chips.shock.year}.
 * Reads and writes scenarios without touching JSON, so Monte Carlo, goal seek and the sliders share
 * it.
 *
 * @param field the field addressed
 * @param selector the list selector for list fields, {@code null} otherwise
 */
public record ParameterPath(NumericField field, Selector selector) {

  public ParameterPath {
    if (field.scope().isList() != (selector != null)) {
      throw new IllegalArgumentException(
          field.template() + ": list fields need a selector, others none");
    }
  }

  /**
   * Written out: a record's generated {@code equals} bootstraps {@code java.lang.runtime
   * .ObjectMethods} through {@code invokedynamic} at its first call, about 20 ms of a fresh JVM's
   * time, and the command line compares paths while it reads a file.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterPath other
        && field == other.field
        && Objects.equals(selector, other.selector);
  }

  @Override
  public int hashCode() {
    return field.hashCode() * 31 + Objects.hashCode(selector);
  }

  /** The path of a field outside any list. */
  public static ParameterPath of(NumericField field) {
    return new ParameterPath(field, null);
  }

  /** The path of a list field's element at {@code index}. */
  public static ParameterPath at(NumericField field, int index) {
    return new ParameterPath(field, Selector.index(index));
  }

  /** The path of a list field's element named {@code name}. */
  public static ParameterPath named(NumericField field, String name) {
    return new ParameterPath(field, Selector.name(name));
  }

  /**
   * Parses a path to a numeric field.
   *
   * @throws IllegalArgumentException when the syntax is wrong or no numeric field has that path
   */
  public static ParameterPath parse(String text) {
    PathExpression p = PathExpression.parse(text);
    NumericField field = fieldOf(p);
    if (field == null) {
      throw new IllegalArgumentException("'" + text + "' is not a numeric parameter path");
    }
    return new ParameterPath(field, p.selector());
  }

  private static NumericField fieldOf(PathExpression p) {
    List<String> tail = p.tail();
    if (p.selector() != null) {
      FieldScope scope =
          switch (p.head()) {
            case "hyperscalers" -> FieldScope.HYPERSCALER;
            case "megaProjects" -> FieldScope.MEGA_PROJECT;
            default -> null;
          };
      return scope != null && tail.size() == 1 ? NumericField.find(scope, tail.get(0)) : null;
    }
    if (tail.isEmpty()) {
      return NumericField.find(FieldScope.TOP, p.head());
    }
    if (p.head().equals("depin") && tail.size() == 1) {
      return NumericField.find(FieldScope.DEPIN, tail.get(0));
    }
    if (p.head().equals("chips") && tail.size() == 1) {
      return NumericField.find(FieldScope.CHIPS, tail.get(0));
    }
    if (p.head().equals("chips") && tail.size() == 2 && tail.get(0).equals("shock")) {
      return NumericField.find(FieldScope.SHOCK, tail.get(1));
    }
    return null;
  }

  /** The path as text, for example {@code hyperscalers[Meta].growthPct}. */
  public String text() {
    return selector == null
        ? field.template()
        : field.scope().prefix() + "[" + selector.text() + "]." + field.fieldName();
  }

  @Override
  public String toString() {
    return text();
  }

  /** Why this path does not address anything in {@code s}, or {@code null} when it does. */
  public String unresolvedReason(Scenario s) {
    if (field.scope() == FieldScope.SHOCK && s.chips().shock() == null) {
      return text() + ": chips.shock is absent (the scenario has no supply shock)";
    }
    if (selector == null || selector.kind() == Selector.Kind.ALL) {
      return null;
    }
    List<String> names = elementNames(s);
    if (selector.kind() == Selector.Kind.INDEX && selector.index() >= names.size()) {
      return text()
          + ": index "
          + selector.index()
          + " is out of range (the scenario has "
          + names.size()
          + " "
          + field.scope().prefix()
          + ")";
    }
    if (selector.kind() == Selector.Kind.NAME && !names.contains(selector.name())) {
      return text() + ": no entry named '" + selector.name() + "' in " + field.scope().prefix();
    }
    return null;
  }

  /** The indices this path addresses in {@code s}; empty when it does not resolve. */
  public int[] indices(Scenario s) {
    if (selector == null) {
      return unresolvedReason(s) == null ? new int[] {0} : new int[0];
    }
    List<String> names = elementNames(s);
    return switch (selector.kind()) {
      case ALL -> java.util.stream.IntStream.range(0, names.size()).toArray();
      case INDEX -> selector.index() < names.size() ? new int[] {selector.index()} : new int[0];
      case NAME -> {
        int i = names.indexOf(selector.name());
        yield i < 0 ? new int[0] : new int[] {i};
      }
    };
  }

  /**
   * The value in {@code s}. For {@code [*]} the mean over the list's elements (the value a single
   * draw would replace); {@code NaN} when the path does not resolve or the list is empty.
   */
  public double get(Scenario s) {
    int[] idx = indices(s);
    if (idx.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i : idx) {
      sum += read(s, i);
    }
    return sum / idx.length;
  }

  /**
   * A copy of {@code s} with the value set at every element the path addresses; whole-number fields
   * are rounded. The value is not range-checked here: callers clamp to {@link
   * NumericField#validRange()}.
   *
   * @throws IllegalArgumentException when the path does not resolve in {@code s}
   */
  public Scenario with(Scenario s, double value) {
    String reason = unresolvedReason(s);
    if (reason != null) {
      throw new IllegalArgumentException(reason);
    }
    double v = field.wholeNumber() ? Math.rint(value) : value;
    return field.with(s, indices(s), v);
  }

  private double read(Scenario s, int i) {
    return field.get(s, i);
  }

  private List<String> elementNames(Scenario s) {
    List<String> names = new ArrayList<>();
    if (field.scope() == FieldScope.HYPERSCALER) {
      s.hyperscalers().forEach(h -> names.add(h.name()));
    } else {
      s.megaProjects().forEach(p -> names.add(p.name()));
    }
    return names;
  }
}
