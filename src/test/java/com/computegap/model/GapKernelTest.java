package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computegap.scenario.BundledScenarios;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GapKernelTest {

  static List<String> bundled() {
    return BundledScenarios.ALL;
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldMatchGapModelBitForBitOnEveryBundledScenario(String file) {
    Scenario s = BundledScenarios.load(file);
    assertSameBits(s, GapModel.compute(s), runKernel(new GapKernel(s), s.years()), file);
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldMatchGapModelBitForBitWithAnyInputChanged(String file) {
    Scenario base = BundledScenarios.load(file);
    SplittableRandom rng = new SplittableRandom(file.hashCode());
    // Inputs carry over from trial to trial in both, as they do from run to run in Monte Carlo.
    GapKernel kernel = new GapKernel(base);
    Scenario s = base;
    for (int trial = 0; trial < 300; trial++) {
      for (NumericField field : NumericField.all()) {
        if (field == NumericField.START_YEAR || field == NumericField.YEARS) {
          continue;
        }
        ParameterPath path = anyPath(field, base, rng);
        if (path == null || path.unresolvedReason(base) != null) {
          continue;
        }
        double v = value(field, rng);
        s = path.with(s, v);
        double stored = field.wholeNumber() ? Math.rint(v) : v;
        for (int i : path.indices(base)) {
          kernel.set(field, i, stored);
        }
      }
      assertSameBits(
          s, GapModel.compute(s), runKernel(kernel, s.years()), file + " trial " + trial);
    }
  }

  /** A path to {@code field}: for list fields a random element or all of them. */
  private static ParameterPath anyPath(NumericField field, Scenario s, SplittableRandom rng) {
    if (!field.scope().isList()) {
      return ParameterPath.of(field);
    }
    int size =
        field.scope() == FieldScope.HYPERSCALER ? s.hyperscalers().size() : s.megaProjects().size();
    if (size == 0) {
      return null;
    }
    int pick = rng.nextInt(size + 1);
    return pick == size
        ? new ParameterPath(field, PathExpression.Selector.all())
        : ParameterPath.at(field, pick);
  }

  /**
   * A value in the slider range, or one of its ends (zeros make x/0 and 0/0 outputs) one time in
   * five.
   */
  private static double value(NumericField field, SplittableRandom rng) {
    double min = Math.max(field.sliderMin(), field.validRange().lowestValid());
    double max = field.sliderMax();
    int kind = rng.nextInt(10);
    double v = kind == 0 ? min : kind == 1 ? max : min + (max - min) * rng.nextDouble();
    return field.validRange().clamp(v);
  }

  private static double[] runKernel(GapKernel kernel, int years) {
    double[] out = new double[years * GapKernel.OUTPUTS + 3];
    kernel.run(out, 3);
    return out;
  }

  private static void assertSameBits(
      Scenario s, ModelResult expected, double[] actual, String where) {
    for (int n = 0; n < s.years(); n++) {
      YearRow row = expected.rows().get(n);
      for (Column c : Column.outputs()) {
        double e = c.of(row);
        double a = actual[3 + n * GapKernel.OUTPUTS + c.ordinal() - 1];
        assertEquals(
            Double.doubleToLongBits(e),
            Double.doubleToLongBits(a),
            () -> where + ": " + c.key() + " in " + row.year() + ": model " + e + ", kernel " + a);
      }
    }
  }
}
