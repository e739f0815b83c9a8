package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Distribution;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import com.computegap.scenario.DistributionRules;
import com.computegap.text.Messages;
import com.computegap.viewmodel.RangeEditorViewModel.Kind;
import com.computegap.viewmodel.RangeEditorViewModel.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The range editor behind a slider row: validation in words, save and remove as one undo step,
 * scopes.
 */
class RangeEditorViewModelTest {

  private ExplorerViewModel doc;
  private RangesViewModel ranges;

  @BeforeEach
  void setUp() {
    Messages.setLocale(Locale.US);
    doc = ViewModels.immediate();
    ranges = new RangesViewModel(doc);
  }

  private RangeEditorViewModel editor(String path) {
    return ranges.editor(ParameterPath.parse(path));
  }

  private static void type(RangeEditorViewModel e, Kind kind, String... values) {
    e.kindProperty().set(kind);
    for (int i = 0; i < values.length; i++) {
      e.valueProperty(i).set(values[i]);
    }
  }

  @Test
  void shouldStartFromTheScenariosRangeWhenTheRowHasOne() {
    RangeEditorViewModel e = editor("chips.supplyGrowthPct");
    assertEquals(Kind.TRIANGULAR, e.kindProperty().get());
    assertEquals(
        List.of("20", "40", "60"),
        List.of(e.valueProperty(0).get(), e.valueProperty(1).get(), e.valueProperty(2).get()));
    assertTrue(e.existingProperty().get());
    assertTrue(e.validProperty().get());
    assertEquals(List.of(Scope.ONE), e.scopes());
  }

  @Test
  void shouldProposeATriangularAroundTheValueWhenTheRowHasNone() {
    RangeEditorViewModel e = editor("chips.supplyK");
    assertFalse(e.existingProperty().get());
    assertEquals(Kind.TRIANGULAR, e.kindProperty().get());
    assertEquals(new Distribution.Triangular(3000, 4000, 5000), e.distribution());
    assertTrue(e.validProperty().get());
  }

  @Test
  void shouldKeepTheDefaultInsideAnOpenRange() {
    RangeEditorViewModel e = editor("depin.aiSharePct");
    assertFalse(e.existingProperty().get());
    Distribution d = e.distribution();
    assertNotNull(d);
    assertEquals(100, d.tornadoHigh(), "clamped to the 100 % end");
  }

  @ParameterizedTest(name = "{0} {1},{2},{3} -> {4}")
  @CsvSource(
      delimiter = ';',
      value = {
        "UNIFORM;60;40;;Low must not be above high",
        "UNIFORM;-5;50;;Low and high must lie inside the valid range 0..100 (%)",
        "TRIANGULAR;10;70;50;Expected low \u2264 most likely \u2264 high",
        "TRIANGULAR;10;50;120;Low and high must lie inside the valid range 0..100 (%)",
        "NORMAL;50;-1;;The standard deviation must not be negative",
        "LOGNORMAL;0;50;;Both percentiles must be above 0",
        "LOGNORMAL;60;50;;The 5th percentile must not be above the 95th",
        "UNIFORM;abc;50;;Low: \u201Cabc\u201D is not a number",
        "UNIFORM;;50;;Low: enter a number",
        "TRIANGULAR;10;20;30;",
        "NORMAL;50;0;;",
        "NORMAL;150;10;;",
        "LOGNORMAL;20;20;;",
      })
  void shouldExplainWhyARangeCannotBeSaved(
      Kind kind, String a, String b, String c, String message) {
    RangeEditorViewModel e = editor("depin.sellSharePct");
    type(e, kind, a == null ? "" : a, b == null ? "" : b, c == null ? "" : c);
    assertEquals(message == null ? "" : message, e.errorProperty().get());
    assertEquals(message == null, e.validProperty().get());
    assertEquals(message == null, e.distribution() != null);
    assertEquals(message == null, e.save());
  }

  @ParameterizedTest(name = "{0} {1},{2},{3}")
  @CsvSource({
    "UNIFORM,0,100,",
    "UNIFORM,100,0,",
    "UNIFORM,-0.5,1,",
    "UNIFORM,99,100.5,",
    "TRIANGULAR,0,0,0",
    "TRIANGULAR,0,101,100",
    "TRIANGULAR,5,4,6",
    "TRIANGULAR,-1,0,5",
    "NORMAL,0,0,",
    "NORMAL,-50,3,",
    "NORMAL,5,-0.001,",
    "LOGNORMAL,0.001,1000,",
    "LOGNORMAL,-1,5,",
    "LOGNORMAL,5,4.99,",
  })
  void shouldAcceptExactlyWhatTheFileFormatAccepts(Kind kind, double a, double b, Double c) {
    for (NumericField f :
        List.of(
            NumericField.DEPIN_SELL_SHARE,
            NumericField.CHIPS_SUPPLY,
            NumericField.CHIPS_UNIT_PRICE,
            NumericField.CHIPS_SUPPLY_GROWTH)) {
      RangeEditorViewModel e = ranges.editor(ParameterPath.of(f));
      type(e, kind, Double.toString(a), Double.toString(b), c == null ? "" : Double.toString(c));
      Distribution d =
          switch (kind) {
            case UNIFORM -> new Distribution.Uniform(a, b);
            case TRIANGULAR -> new Distribution.Triangular(a, b, c);
            case NORMAL -> new Distribution.Normal(a, b);
            case LOGNORMAL -> new Distribution.LogNormal(a, b);
          };
      boolean rulesAccept = DistributionRules.problem(d, f.validRange()) == null;
      assertEquals(
          rulesAccept, e.validProperty().get(), f + " " + d + ": " + e.errorProperty().get());
    }
  }

  @Test
  void shouldSaveANewRangeAsOneUndoStepAndMarkTheRow() {
    ParameterPath row = ParameterPath.parse("chips.supplyK");
    assertEquals("", ranges.summary(row).getValue());
    RangeEditorViewModel e = ranges.editor(row);
    type(e, Kind.UNIFORM, "3,000", "5,000");
    int depth = doc.history().undoDepth();
    Scenario before = doc.scenario();

    assertTrue(e.save());
    List<UncertainParameter> after = doc.scenario().uncertainty();
    assertEquals(before.uncertainty().size() + 1, after.size());
    assertEquals(
        new UncertainParameter("chips.supplyK", new Distribution.Uniform(3000, 5000)),
        after.get(after.size() - 1));
    assertEquals(depth + 1, doc.history().undoDepth());
    assertEquals("Uncertainty range of Chip supply", doc.history().undoLabelProperty().get());
    assertEquals("Uniform, 3,000 \u2013 5,000 k units", ranges.summary(row).getValue());

    doc.undo();
    assertEquals(before, doc.scenario());
    assertEquals("", ranges.summary(row).getValue());
  }

  @Test
  void shouldReplaceAnEditedRangeWhereItWas() {
    RangeEditorViewModel e = editor("depin.tokenPriceMultiplier");
    assertEquals(Kind.LOGNORMAL, e.kindProperty().get());
    e.valueProperty(1).set("5");
    assertTrue(e.save());
    List<UncertainParameter> list = doc.scenario().uncertainty();
    assertEquals(8, list.size());
    assertEquals(
        new UncertainParameter("depin.tokenPriceMultiplier", new Distribution.LogNormal(0.3, 5)),
        list.get(1));
  }

  @Test
  void shouldRemoveTheRangeAsOneUndoStep() {
    RangeEditorViewModel e = editor("depin.frontierEfficiencyPct");
    Scenario before = doc.scenario();
    e.remove();
    assertEquals(7, doc.scenario().uncertainty().size());
    assertFalse(e.existingProperty().get());
    assertEquals("", ranges.summary(ParameterPath.parse("depin.frontierEfficiencyPct")).getValue());
    doc.undo();
    assertEquals(before, doc.scenario());
  }

  @Test
  void shouldOfferThisCompanyOrAllCompaniesOnACompanyRow() {
    ParameterPath meta = ParameterPath.parse("hyperscalers[Meta].growthPct");
    RangeEditorViewModel e = ranges.editor(meta);
    assertEquals(List.of(Scope.ONE, Scope.ALL), e.scopes());
    assertEquals("Only Meta", e.scopeLabel(Scope.ONE));
    assertEquals(Scope.ALL, e.scopeProperty().get(), "the essay's range is for all companies");
    assertEquals("hyperscalers[*].growthPct", e.target().text());
    assertEquals(
        "Capex growth (all companies): Triangular, 0 \u2013 40 %/yr, most likely 10",
        ranges.summary(meta).getValue());

    e.scopeProperty().set(Scope.ONE);
    assertFalse(e.existingProperty().get());
    type(e, Kind.UNIFORM, "5", "25");
    assertTrue(e.save());
    assertEquals(
        new UncertainParameter("hyperscalers[Meta].growthPct", new Distribution.Uniform(5, 25)),
        doc.scenario().uncertainty().get(8));
    assertEquals(
        "Capex growth (all companies): Triangular, 0 \u2013 40 %/yr, most likely 10\nUniform, 5 \u2013 25 %/yr",
        ranges.summary(meta).getValue());
    assertEquals(
        "Capex growth (all companies): Triangular, 0 \u2013 40 %/yr, most likely 10",
        ranges.summary(ParameterPath.parse("hyperscalers[Amazon].growthPct")).getValue(),
        "Amazon keeps only the all-companies range");
  }

  @Test
  void shouldCarryTheSpreadOverToAnotherKind() {
    RangeEditorViewModel e = editor("chips.supplyGrowthPct");
    e.kindProperty().set(Kind.NORMAL);
    Distribution.Normal n = (Distribution.Normal) e.distribution();
    assertEquals(40, n.mean());
    assertEquals(12.2, n.sd(), "the 90 % interval stays at 20 .. 60");
    e.kindProperty().set(Kind.UNIFORM);
    Distribution.Uniform u = (Distribution.Uniform) e.distribution();
    assertEquals(19.9, u.low(), 0.2);
    assertEquals(60.1, u.high(), 0.2);
    assertFalse(e.thirdShownProperty().get());
    assertEquals("Low", e.labelProperty(0).get());
  }

  @Test
  void shouldNotLetTheHorizonVary() {
    assertFalse(ranges.canVary(ParameterPath.parse("startYear")));
    assertFalse(ranges.canVary(ParameterPath.parse("years")));
    assertTrue(ranges.canVary(ParameterPath.parse("chips.shock.year")));
  }

  @Test
  void shouldRefuseTheHundredAndFirstRange() {
    Scenario s = doc.scenario();
    List<UncertainParameter> many = new ArrayList<>(s.uncertainty());
    while (many.size() < RangeTargets.MAX_RANGES) {
      many.add(new UncertainParameter("chips.otherBuyersUsdB", new Distribution.Uniform(10, 30)));
    }
    doc.change(s.withUncertainty(many), "test");
    RangeEditorViewModel e = editor("chips.supplyK");
    assertEquals("A scenario holds at most 100 uncertainty ranges", e.errorProperty().get());
    assertFalse(e.save());
  }
}
