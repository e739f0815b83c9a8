package com.computegap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.RandomScenarios;
import com.computegap.model.RealityCheck;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioParameters;
import com.computegap.model.Summary;
import com.computegap.model.SupplyShock;
import com.computegap.model.Unit;
import com.computegap.model.ValueRange;
import com.computegap.model.YearRow;
import com.computegap.scenario.BundledScenarios;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbook's formulas, evaluated by POI after inputs are typed in, equal the Java model to
 * 1e-9: every Model cell, every Summary cell, on every bundled scenario and on 200 random valid
 * ones, infinite and undefined results ("∞", "NaN") included.
 */
class WorkbookFormulaTest {

  static final double TOLERANCE = 1e-9;

  static List<String> bundled() {
    return BundledScenarios.ALL;
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void shouldRecomputeABundledScenarioAfterEachInputIsChanged(String file) throws IOException {
    Scenario target = BundledScenarios.load(file);
    Scenario start = perturbed(target, new Random(file.hashCode()));
    Counts counts = new Counts();
    try (WorkbookProbe probe = new WorkbookProbe(WorkbookExport.bytes(target, Locale.US))) {
      check(probe, target, file + " as written", counts);
    }
    chain(start, target, true, file, counts);
  }

  @Test
  void shouldRecomputeRandomScenariosIncludingInfiniteAndUndefinedResults() throws IOException {
    RandomScenarios random = new RandomScenarios(14L);
    Random draws = new Random(1414L);
    Counts counts = new Counts();
    for (int i = 0; i < 200; i++) {
      Scenario target = random.nextVersion2();
      chain(perturbed(target, draws), target, i % 20 == 0, "random scenario " + i, counts);
    }
    assertTrue(
        counts.infinite > 0 && counts.undefined > 0 && counts.finite > 1000,
        "the random scenarios must reach ∞ and NaN cells: " + counts);
    assertTrue(
        counts.illConditioned * 1000 < counts.finite, "hardly any cell is left out: " + counts);
    System.out.println("WorkbookFormulaTest random scenarios: " + counts);
  }

  @Test
  void shouldAddASupplyShockTypedIntoAScenarioWithoutOne() throws IOException {
    Scenario s = BundledScenarios.load(BundledScenarios.ESSAY);
    assertEquals(null, s.chips().shock());
    Scenario shocked = s.withChips(s.chips().withShock(new SupplyShock(2026, 2, 60)));
    try (WorkbookProbe probe = new WorkbookProbe(WorkbookExport.bytes(s, Locale.US))) {
      probe.set("chips.shock.year", 2026);
      probe.set("chips.shock.durationYears", 2);
      probe.set("chips.shock.supplyCutPct", 60);
      check(probe, shocked, "essay with a shock typed in", new Counts());
      // hand check: the essay's 4000 k units growing 40 %/yr, cut by 60 % in 2026
      assertEquals(4000, s.chips().supplyK());
      assertEquals(40, s.chips().supplyGrowthPct());
      assertEquals(4000 * 1.4 * 1.4 * 0.4, probe.model("supplyK", 2), 1e-9);
      assertEquals(4000 * 1.4 * 1.4 * 1.4 * 0.4, probe.model("supplyK", 3), 1e-9);
      assertEquals(4000 * 1.4 * 1.4 * 1.4 * 1.4, probe.model("supplyK", 4), 1e-9);
    }
  }

  @Test
  void shouldHoldActualsAgainstModelCellsThatFollowTheInputs() throws IOException {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    List<Actual> actuals =
        List.of(
            new Actual(
                Column.HYPERSCALER_CAPEX_USD_B,
                "Meta",
                2025,
                72.2,
                "Meta 10-K 2025",
                LocalDate.of(2026, 1, 29)),
            new Actual(Column.HYPERSCALER_AI_CAPEX_USD_B, "Microsoft", 2026, 80, "a source", null),
            new Actual(
                Column.SPEND_GAP_RATIO, null, 2027, 5, "emission over: the model says ∞", null),
            new Actual(
                Column.DEPIN_AI_CAPEX_USD_B,
                null,
                2024,
                0,
                "an actual of 0 below a positive model",
                null),
            new Actual(Column.DEPIN_AI_CAPEX_USD_B, null, 2028, 0, "0 against 0", null),
            new Actual(Column.SUPPLY_K, null, 2035, 9000, "outside the horizon", null));
    Scenario s = essay.withActuals(actuals);
    try (WorkbookProbe probe = new WorkbookProbe(WorkbookExport.bytes(s, Locale.US))) {
      check(probe, s, "essay with actuals", new Counts());
      // by hand: Meta's 33.5 B held flat against 72.2 B reported
      assertEquals(33.5, probe.actual(0)[0], 1e-12);
      assertEquals(100 * (33.5 - 72.2) / 72.2, probe.actual(0)[1], 1e-9);
      assertEquals(Double.POSITIVE_INFINITY, probe.actual(2)[0]);
      assertEquals(Double.POSITIVE_INFINITY, probe.actual(3)[1]);
      assertTrue(Double.isNaN(probe.actual(4)[1]));
      assertEquals(null, probe.actual(5));

      probe.set("hyperscalers[Meta].growthPct", 10);
      Scenario grown = ParameterPath.parse("hyperscalers[Meta].growthPct").with(s, 10);
      check(probe, grown, "Meta growing 10 %/yr", new Counts());
      assertEquals(33.5 * 1.1, probe.actual(0)[0], 1e-9);

      probe.set("startYear", 2031);
      Scenario later = ParameterPath.parse("startYear").with(grown, 2031);
      check(probe, later, "starting in 2031", new Counts());
      assertEquals(null, probe.actual(0), "2025 is now before the horizon");
      assertTrue(probe.actual(5) != null, "2035 is now inside it");
    }
  }

  @Test
  void shouldGiveTheEssayArithmeticInTheWorkbook() throws IOException {
    Scenario s = BundledScenarios.load(BundledScenarios.ESSAY);
    try (WorkbookProbe probe = new WorkbookProbe(WorkbookExport.bytes(s, Locale.US))) {
      // MODEL.md section 2: 2024 gives 170.5, 80/3 and 6.39
      assertEquals(170.5, probe.model("hyperscalerAiCapexUsdB", 0), 1e-9);
      assertEquals(80.0 / 3, probe.model("depinAiCapexUsdB", 0), 1e-9);
      assertEquals(6.39, probe.model("spendGapRatio", 0), 0.005);
      assertEquals(170.5 * 3 / 80, probe.summary("firstYearSpendGapRatio"), 1e-9);
    }
  }

  /**
   * Writes the workbook of {@code start}, then types in each input of {@code target} one by one.
   */
  static void chain(
      Scenario start, Scenario target, boolean checkEachStep, String what, Counts counts)
      throws IOException {
    List<WorkbookInputs.Input> typed = new WorkbookInputs(target).inputs();
    List<String> paths = typed.stream().map(WorkbookInputs.Input::path).toList();
    List<Double> values = typed.stream().map(WorkbookInputs.Input::value).toList();
    // bundled scenarios go through the file format; random ones are probed in memory, which is
    // faster
    try (WorkbookProbe probe =
        checkEachStep
            ? new WorkbookProbe(WorkbookExport.bytes(start, Locale.US))
            : new WorkbookProbe(WorkbookExport.build(start, Locale.US))) {
      assertEquals(paths, List.copyOf(probe.inputs.keySet()), what + ": same inputs");
      Scenario current = start;
      for (int i = 0; i < paths.size(); i++) {
        ParameterPath p = ParameterPath.parse(paths.get(i));
        probe.set(paths.get(i), values.get(i));
        if (p.field() != NumericField.YEARS && p.unresolvedReason(current) == null) {
          current = p.with(current, values.get(i));
        }
        if (checkEachStep) {
          check(
              probe,
              current,
              what + " after typing " + paths.get(i) + " = " + values.get(i),
              counts);
        }
      }
      check(probe, current, what + " with every input typed in", counts);
      assertEquals(GapModel.compute(target).rows(), GapModel.compute(current).rows(), what);
    }
  }

  /**
   * Every Model row that is a column of MODEL.md section 4, and every Summary value, against Java.
   */
  static void check(WorkbookProbe probe, Scenario s, String what, Counts counts) {
    ModelResult expected = GapModel.compute(s);
    double supplySoFar = 0;
    for (int n = 0; n < s.years(); n++) {
      assertEquals(
          s.startYear() + n,
          probe.value(probe.wb.getSheet("Model").getRow(2).getCell(3 + n), "year"),
          what + ": year header");
      YearRow row = expected.rows().get(n);
      supplySoFar = Math.max(supplySoFar, row.supplyK());
      for (Column c : Column.outputs()) {
        double e = c.of(row);
        double a = probe.model(c.key(), n);
        // Chip counts are remainders of the supply (differences of large numbers): judge them on
        // the
        // scale of the largest supply they come from, as ReferenceModelTest does.
        double floor = c.unit() == Unit.K ? supplySoFar : 0;
        if (!close(e, a, floor)
            && c == Column.COMPUTE_GAP_RATIO
            && row.depinEffectiveK() <= TOLERANCE * supplySoFar
            && probe.model("depinEffectiveK", n) <= TOLERANCE * supplySoFar) {
          // DePIN's compute is below the rounding floor of the supply it was carved from, in both
          // implementations: neither determines the ratio to 1e-9, so only the parts are compared.
          counts.illConditioned++;
          continue;
        }
        if (!close(e, a, floor)) {
          fail(
              what
                  + ", year "
                  + (s.startYear() + n)
                  + ", "
                  + c.key()
                  + ": Java "
                  + e
                  + ", workbook "
                  + a);
        }
        counts.count(e);
      }
    }
    Summary sum = expected.summary();
    boolean lastIllConditioned =
        !close(sum.finalComputeGapRatio(), probe.model("computeGapRatio", s.years() - 1), 0)
            && expected.last().depinEffectiveK() <= TOLERANCE * supplySoFar;
    double[][] pairs = {
      {sum.totalHyperscalerAiCapexUsdB(), probe.summary("totalHyperscalerAiCapexUsdB")},
      {sum.totalDepinAiCapexUsdB(), probe.summary("totalDepinAiCapexUsdB")},
      {sum.cumulativeSpendGapRatio(), probe.summary("cumulativeSpendGapRatio")},
      {
        lastIllConditioned
            ? probe.model("computeGapRatio", s.years() - 1)
            : sum.finalComputeGapRatio(),
        probe.summary("finalComputeGapRatio")
      },
      {sum.incentiveVsTodayCapRatio(), probe.summary("incentiveVsTodayCapRatio")},
      {expected.first().spendGapRatio(), probe.summary("firstYearSpendGapRatio")},
      {
        expected.first().parityTokenPriceMultiplier(),
        probe.summary("firstYearParityTokenPriceMultiplier")
      },
      {expected.first().parityBuyerDemandUsdB(), probe.summary("firstYearParityBuyerDemandUsdB")},
    };
    List<RealityCheck.Row> actuals = RealityCheck.rows(s, expected);
    for (int i = 0; i < actuals.size(); i++) {
      RealityCheck.Row r = actuals.get(i);
      double[] got = probe.actual(i);
      if (!r.hasModel()) {
        assertEquals(null, got, what + ", actual " + i + " has no model value");
      } else if (got == null || !close(r.model(), got[0], 0) || !close(r.errorPct(), got[1], 0)) {
        fail(
            what
                + ", actual "
                + i
                + ": Java "
                + r.model()
                + " / "
                + r.errorPct()
                + ", workbook "
                + (got == null ? "empty" : got[0] + " / " + got[1]));
      }
    }
    for (int i = 0; i < pairs.length; i++) {
      if (!close(pairs[i][0], pairs[i][1], 0)) {
        fail(what + ", summary line " + i + ": Java " + pairs[i][0] + ", workbook " + pairs[i][1]);
      }
    }
  }

  static boolean close(double e, double a, double floor) {
    if (Double.isNaN(e) || Double.isInfinite(e)) {
      return Double.compare(e, a) == 0;
    }
    double scale = Math.max(Math.max(Math.abs(e), Math.abs(a)), floor);
    return Math.abs(e - a) <= TOLERANCE * Math.max(scale, 1e-300);
  }

  /**
   * {@code s} with every numeric input redrawn inside its valid range: same shape, other numbers.
   */
  static Scenario perturbed(Scenario s, Random random) {
    Scenario out = s;
    for (ParameterPath p : ScenarioParameters.of(s)) {
      NumericField f = p.field();
      if (f == NumericField.YEARS) {
        continue;
      }
      double v;
      if (random.nextInt(8) == 0 && f.validRange().minInclusive() && !f.wholeNumber()) {
        v = f.validRange().min();
      } else {
        v = f.sliderMin() + random.nextDouble() * (f.sliderMax() - f.sliderMin());
      }
      ValueRange range = f.validRange();
      v = range.clamp(f.wholeNumber() ? Math.rint(v) : v);
      out = p.with(out, v);
    }
    return out;
  }

  /** How many expected cells were finite, infinite and undefined. */
  static final class Counts {
    int finite;
    int infinite;
    int undefined;
    int illConditioned;

    void count(double v) {
      if (Double.isNaN(v)) {
        undefined++;
      } else if (Double.isInfinite(v)) {
        infinite++;
      } else {
        finite++;
      }
    }

    @Override
    public String toString() {
      return finite
          + " finite, "
          + infinite
          + " infinite, "
          + undefined
          + " undefined, "
          + illConditioned
          + " compute gaps below the rounding floor";
    }
  }
}
