package com.computegap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * How one {@link NumericField} reads and replaces its value in a scenario: a getter and a wither on
 * the record that holds it, lifted to the whole scenario. List fields (hyperscalers, mega projects)
 * address element {@code i}; the others ignore it.
 */
interface FieldAccess {

  /** The value in {@code s}, of element {@code element} for list fields. */
  double get(Scenario s, int element);

  /** A copy of {@code s} with the value replaced, at each of {@code elements} for list fields. */
  Scenario with(Scenario s, int[] elements, double value);

  static FieldAccess top(
      ToDoubleFunction<Scenario> get, BiFunction<Scenario, Double, Scenario> with) {
    return of(s -> s, get, (s, changed) -> changed, with);
  }

  static FieldAccess depin(
      ToDoubleFunction<DepinParams> get, BiFunction<DepinParams, Double, DepinParams> with) {
    return of(Scenario::depin, get, Scenario::withDepin, with);
  }

  static FieldAccess chips(
      ToDoubleFunction<ChipParams> get, BiFunction<ChipParams, Double, ChipParams> with) {
    return of(Scenario::chips, get, Scenario::withChips, with);
  }

  static FieldAccess shock(
      ToDoubleFunction<SupplyShock> get, BiFunction<SupplyShock, Double, SupplyShock> with) {
    return of(
        s -> s.chips().shock(), get, (s, shock) -> s.withChips(s.chips().withShock(shock)), with);
  }

  static FieldAccess hyperscaler(
      ToDoubleFunction<Hyperscaler> get, BiFunction<Hyperscaler, Double, Hyperscaler> with) {
    return list(Scenario::hyperscalers, get, Scenario::withHyperscalers, with);
  }

  static FieldAccess megaProject(
      ToDoubleFunction<MegaProject> get, BiFunction<MegaProject, Double, MegaProject> with) {
    return list(Scenario::megaProjects, get, Scenario::withMegaProjects, with);
  }

  /** A field of the one {@code T} that {@code owner} picks out of a scenario. */
  private static <T> FieldAccess of(
      java.util.function.Function<Scenario, T> owner,
      ToDoubleFunction<T> get,
      BiFunction<Scenario, T, Scenario> replace,
      BiFunction<T, Double, T> with) {
    return new FieldAccess() {
      @Override
      public double get(Scenario s, int element) {
        return get.applyAsDouble(owner.apply(s));
      }

      @Override
      public Scenario with(Scenario s, int[] elements, double value) {
        return replace.apply(s, with.apply(owner.apply(s), value));
      }
    };
  }

  /** A field of every element of the list {@code owner} picks out of a scenario. */
  private static <T> FieldAccess list(
      java.util.function.Function<Scenario, List<T>> owner,
      ToDoubleFunction<T> get,
      BiFunction<Scenario, List<T>, Scenario> replace,
      BiFunction<T, Double, T> with) {
    return new FieldAccess() {
      @Override
      public double get(Scenario s, int element) {
        return get.applyAsDouble(owner.apply(s).get(element));
      }

      @Override
      public Scenario with(Scenario s, int[] elements, double value) {
        UnaryOperator<T> change = t -> with.apply(t, value);
        List<T> copy = new ArrayList<>(owner.apply(s));
        for (int i : elements) {
          copy.set(i, change.apply(copy.get(i)));
        }
        return replace.apply(s, copy);
      }
    };
  }
}
