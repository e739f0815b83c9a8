package com.computegap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computegap.scenario.BundledScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

  static List<Arguments> feedbackCases() {
    List<Arguments> cases = new ArrayList<>();
    for (double e : new double[] {0.05, 0.3, 1, 1.16, 2.5, 5}) {
      for (double excess :
          new double[] {0, 1e-7, -3e-5, 4e-4, -9.7e-4, 9.8e-4, 1.2e-3, 0.3, -0.95, 25}) {
        cases.add(Arguments.of(e, excess));
      }
    }
    return cases;
  }

  /**
   * The price feedback without a {@code Math.pow} in most years (a memo and a series near 1) takes,
   * year after year, the step of MODEL.md section 7 written with {@code Math.pow}: {@code
   * feedback(t+1) / feedback(t) = clamp(absorption(t), 0.1, 10)^e}, with the absorption from the
   * year's own buyer demand and sell pressure. Buyers bring (1 + excess) times the first year's
   * sell pressure, so the absorption starts near 1 (or clamped) and, for e below 2, settles toward
   * 1; above 2 the recursion amplifies rounding, which is why each step is checked on its own.
   */
  @ParameterizedTest
  @MethodSource("feedbackCases")
  void shouldTakeTheFeedbackStepOfSection7EveryYear(double elasticity, double excess) {
    Scenario base = BundledScenarios.load(BundledScenarios.ESSAY).withYears(30);
    double emission = 80.0 / 30;
    Scenario s =
        base.withDepin(
            base.depin()
                .withNewIncentiveCapUsdB(80)
                .withEmissionYears(30)
                .withTokenPriceMultiplier(1)
                .withTokenPriceDriftPctPerYear(0)
                .withSellSharePct(100)
                .withBuyerDemandUsdB(emission * (1 + excess))
                .withBuyerDemandGrowthPct(0)
                .withPriceImpactElasticity(elasticity));
    List<YearRow> rows = GapModel.compute(s).rows();
    assertEquals(1.0, rows.get(0).tokenPriceIndex());
    int nearOne = 0;
    for (int n = 0; n + 1 < rows.size(); n++) {
      YearRow row = rows.get(n);
      double absorption =
          row.depinSellPressureUsdB() > 0
              ? row.buyerDemandUsdB() / row.depinSellPressureUsdB()
              : 1.0;
      nearOne += Math.abs(absorption - 1) < 1e-3 ? 1 : 0;
      double expected = Math.pow(Math.min(10, Math.max(0.1, absorption)), elasticity);
      double step = rows.get(n + 1).tokenPriceIndex() / row.tokenPriceIndex();
      assertEquals(
          expected,
          step,
          // the kernel forms the absorption in another order (a few ulps), which e amplifies; a
          // series of three terms instead of five is off by up to 4e-14
          1e-14 * expected,
          "e " + elasticity + ", excess " + excess + ", " + row.year());
    }
    if (Math.abs(excess) < 1e-3 && elasticity < 2) {
      assertEquals(29, nearOne, "the series path is what these cases exercise");
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
