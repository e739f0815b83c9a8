package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.computegap.scenario.BundledScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each field's getter and wither address its own value and nothing else. */
class NumericFieldAccessTest {

  /** Companies, mega projects and a shock: every field has something to address. */
  private static final Scenario BASE =
      withShock(BundledScenarios.load(BundledScenarios.HYPERSCALER_LOCKOUT));

  private static Scenario withShock(Scenario s) {
    return s.withChips(s.chips().withShock(new SupplyShock(2027, 3, 40)));
  }

  /** A valid value that differs from the current one: whole numbers stay whole. */
  private static double other(NumericField f, double current) {
    double v = current + (f.wholeNumber() ? 1 : 0.5);
    return f.validRange().contains(v) ? v : current - (f.wholeNumber() ? 1 : 0.5);
  }

  @ParameterizedTest
  @EnumSource(NumericField.class)
  void shouldChangeExactlyTheOneValueItAddresses(NumericField field) {
    int elements =
        switch (field.scope()) {
          case HYPERSCALER -> BASE.hyperscalers().size();
          case MEGA_PROJECT -> BASE.megaProjects().size();
          default -> 1;
        };
    assertNotEquals(0, elements, "the scenario has elements for " + field);
    for (int i = 0; i < elements; i++) {
      double before = field.get(BASE, i);
      double v = other(field, before);
      assertNotEquals(before, v);
      Scenario changed = field.with(BASE, new int[] {i}, v);
      assertEquals(v, field.get(changed, i), field + "[" + i + "]");
      for (NumericField g : NumericField.all()) {
        int n =
            switch (g.scope()) {
              case HYPERSCALER -> BASE.hyperscalers().size();
              case MEGA_PROJECT -> BASE.megaProjects().size();
              default -> 1;
            };
        for (int j = 0; j < n; j++) {
          if (g != field || j != i) {
            assertEquals(
                g.get(BASE, j),
                g.get(changed, j),
                field + "[" + i + "] changed " + g + "[" + j + "]");
          }
        }
      }
    }
  }
}
