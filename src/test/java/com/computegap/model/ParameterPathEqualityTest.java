package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ParameterPath} and its selector write their {@code equals} and {@code hashCode} out
 * (start-up time): they must still behave as a record's, equal exactly when every component is.
 */
class ParameterPathEqualityTest {

  private static final List<String> PATHS =
      List.of(
          "depin.sellSharePct",
          "depin.tokenPriceMultiplier",
          "hyperscalers[*].growthPct",
          "hyperscalers[0].growthPct",
          "hyperscalers[1].growthPct",
          "hyperscalers[Meta].growthPct",
          "hyperscalers[Amazon].growthPct",
          "hyperscalers[0].capexUsdB",
          "chips.shock.year");

  @Test
  void shouldEqualAPathParsedFromTheSameTextAndNoOther() {
    for (String a : PATHS) {
      ParameterPath pa = ParameterPath.parse(a);
      for (String b : PATHS) {
        ParameterPath pb = ParameterPath.parse(b);
        if (a.equals(b)) {
          assertEquals(pa, pb, a);
          assertEquals(pa.hashCode(), pb.hashCode(), a);
        } else {
          assertNotEquals(pa, pb, a + " vs " + b);
        }
      }
    }
    assertNotEquals(ParameterPath.parse(PATHS.get(0)), PATHS.get(0));
  }

  @Test
  void shouldMatchTheComponentsAsARecordWould() {
    ParameterPath byIndex = ParameterPath.at(NumericField.HYPERSCALER_GROWTH, 2);
    assertEquals(ParameterPath.parse("hyperscalers[2].growthPct"), byIndex);
    assertEquals(
        ParameterPath.named(NumericField.HYPERSCALER_GROWTH, "Meta"),
        ParameterPath.parse("hyperscalers[Meta].growthPct"));
    // a name that looks like an index is still a name
    assertNotEquals(ParameterPath.named(NumericField.HYPERSCALER_GROWTH, "2"), byIndex);
    // selectors that differ in one component only
    PathExpression.Selector all =
        new PathExpression.Selector(PathExpression.Selector.Kind.ALL, -1, null);
    assertNotEquals(all, new PathExpression.Selector(PathExpression.Selector.Kind.INDEX, -1, null));
    assertNotEquals(PathExpression.Selector.index(1), PathExpression.Selector.index(2));
    assertNotEquals(PathExpression.Selector.name("Meta"), PathExpression.Selector.name("meta"));
    assertEquals(all, PathExpression.Selector.all());
    assertEquals(all.hashCode(), PathExpression.Selector.all().hashCode());
    Set<ParameterPath> set = new HashSet<>();
    for (String p : PATHS) {
      set.add(ParameterPath.parse(p));
      set.add(ParameterPath.parse(p));
    }
    assertEquals(PATHS.size(), set.size());
  }
}
