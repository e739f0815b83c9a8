package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.Column;
import com.computegap.model.GoalSeek;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.PathExpression.Selector;
import com.computegap.model.Scenario;
import com.computegap.text.Messages;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Goal seek in words: solved answers apply as one undo step, capped presets say what caps them. */
class GoalSeekViewModelTest {

  private ExplorerViewModel doc;
  private GoalSeekViewModel goal;

  @BeforeEach
  void setUp() {
    Messages.setLocale(Locale.US);
    doc = ViewModels.immediate();
    goal = new GoalSeekViewModel(doc);
  }

  private void ask(String path, Column output, int year, String target) {
    goal.parameterProperty().set(ParameterPath.parse(path));
    goal.outputProperty().set(output);
    goal.yearProperty().set(year);
    goal.targetKindProperty().set(GoalSeekViewModel.TargetKind.VALUE);
    goal.targetTextProperty().set(target);
  }

  @Test
  void shouldOfferEveryParameterButTheHorizonAndAllCompaniesAtOnce() {
    assertTrue(goal.parameters().contains(ParameterPath.parse("hyperscalers[Meta].capexUsdB")));
    assertTrue(
        goal.parameters()
            .contains(new ParameterPath(NumericField.HYPERSCALER_CAPEX, Selector.all())));
    assertFalse(goal.parameters().contains(ParameterPath.parse("startYear")));
    assertEquals(ParameterPath.parse("depin.tokenPriceMultiplier"), goal.parameterProperty().get());
    assertEquals(2024, goal.yearProperty().get());
    assertEquals(
        "Capex in first year (all companies)",
        goal.parameterLabel(new ParameterPath(NumericField.HYPERSCALER_CAPEX, Selector.all())));
  }

  @Test
  void shouldSayTheTokenPricePresetIsCappedByWhatBuyersBring() {
    goal.solvePreset(GoalSeek.Preset.TOKEN_PRICE_FOR_CAPEX_PARITY);
    assertEquals(GoalSeekViewModel.Outcome.CAPPED, goal.outcomeProperty().get());
    assertFalse(goal.canApplyProperty().get());
    assertEquals(
        "Capped: beyond Token price = 1.5 \u00D7 today, DePIN AI capex no longer changes, because token "
            + "buyers bring only 40 B USD in 2024 (cash raised is the smaller of tokens sold and buyers\u2019 cash). "
            + "It stops at 40 B USD in 2024; the target is 170.5 B USD.\n"
            + "With buyers absorbing every token sold, parity would take a token price of 6.39 \u00D7 today "
            + "(the \u201CToken price for parity\u201D card): buyer demand has to grow too.",
        goal.answerProperty().get());
  }

  @Test
  void shouldSayTheBuyerDemandPresetIsCappedByWhatOperatorsSell() {
    goal.solvePreset(GoalSeek.Preset.BUYER_DEMAND_FOR_CAPEX_PARITY);
    assertEquals(GoalSeekViewModel.Outcome.CAPPED, goal.outcomeProperty().get());
    String answer = goal.answerProperty().get();
    assertTrue(
        answer.startsWith(
            "Capped: beyond Buyer demand = 26.67 B USD, DePIN AI capex no longer changes, "
                + "because operators sell only 26.67 B USD of tokens in 2024"),
        answer);
    assertTrue(answer.contains("Parity would take buyers bringing 170.5 B USD"), answer);
  }

  @Test
  void shouldSayWhenTheBriefsExampleIsCappedToo() {
    ask("depin.newIncentiveCapUsdB", Column.DEPIN_AI_CAPEX_USD_B, 2024, "50");
    assertTrue(goal.solve());
    assertEquals(GoalSeekViewModel.Outcome.CAPPED, goal.outcomeProperty().get());
    assertTrue(
        goal.answerProperty()
            .get()
            .startsWith(
                "Capped: beyond New incentives = 120 B USD, DePIN AI capex "
                    + "no longer changes, because token buyers bring only 40 B USD in 2024"),
        goal.answerProperty().get());
  }

  @Test
  void shouldApplyASolvedGoalAsOneUndoStep() {
    ask("depin.newIncentiveCapUsdB", Column.DEPIN_AI_CAPEX_USD_B, 2024, "30");
    assertTrue(goal.solve());
    assertEquals(GoalSeekViewModel.Outcome.SOLVED, goal.outcomeProperty().get());
    assertEquals(90, goal.resultProperty().get().value(), 1e-6);
    assertTrue(
        goal.answerProperty()
            .get()
            .startsWith(
                "New incentives = 90 B USD makes DePIN AI capex in 2024 "
                    + "equal 30 B USD. (Now: 80 B USD.)"),
        goal.answerProperty().get());
    assertTrue(goal.canApplyProperty().get());
    Scenario before = doc.scenario();
    int depth = doc.history().undoDepth();

    goal.apply();
    assertEquals(90, doc.scenario().depin().newIncentiveCapUsdB(), 1e-6);
    assertEquals("90", doc.parameter("depin.newIncentiveCapUsdB").textProperty().get());
    assertEquals(depth + 1, doc.history().undoDepth());
    assertEquals("Goal seek: New incentives", doc.history().undoLabelProperty().get());
    assertFalse(goal.canApplyProperty().get());
    assertTrue(
        goal.answerProperty().get().endsWith("Applied: 90 B USD. Undo (Ctrl+Z) takes it back."));

    doc.undo();
    assertEquals(before, doc.scenario());
    assertNull(goal.resultProperty().get(), "the answer was for the other scenario");
  }

  @Test
  void shouldMatchAnotherOutput() {
    goal.parameterProperty().set(ParameterPath.parse("depin.buyerDemandUsdB"));
    goal.outputProperty().set(Column.DEPIN_CASH_REALIZED_USD_B);
    goal.targetKindProperty().set(GoalSeekViewModel.TargetKind.OUTPUT);
    goal.otherOutputProperty().set(Column.DEPIN_SELL_PRESSURE_USD_B);
    assertTrue(goal.solve());
    assertEquals(GoalSeekViewModel.Outcome.SOLVED, goal.outcomeProperty().get());
    assertTrue(
        goal.answerProperty().get().contains("equal Tokens sold by operators (26.67 B USD)"),
        goal.answerProperty().get());
  }

  @Test
  void shouldSayWhenTheOutputStaysBelowEverywhere() {
    ask("depin.sellSharePct", Column.DEPIN_AI_CAPEX_USD_B, 2024, "100");
    assertTrue(goal.solve());
    assertEquals(GoalSeekViewModel.Outcome.NOT_REACHED, goal.outcomeProperty().get());
    assertEquals(
        "No value of Tokens sold (0 % to 100 %) lifts DePIN AI capex in 2024 to 100 B USD: it stays below. "
            + "Closest: 26.67 B USD at 100 %.",
        goal.answerProperty().get());
  }

  @Test
  void shouldSayWhenTheTargetFallsBetweenWholeNumbers() {
    ask("depin.emissionYears", Column.DEPIN_AI_CAPEX_USD_B, 2024, "30");
    assertTrue(goal.solve());
    assertEquals(GoalSeek.Status.BETWEEN_WHOLE_NUMBERS, goal.resultProperty().get().status());
    assertTrue(
        goal.answerProperty().get().startsWith("Emission period takes whole numbers only"),
        goal.answerProperty().get());
  }

  @Test
  void shouldRefuseATargetThatIsNotANumber() {
    ask("depin.newIncentiveCapUsdB", Column.DEPIN_AI_CAPEX_USD_B, 2024, "lots");
    assertFalse(goal.solve());
    assertEquals("Enter the target as a number (B USD)", goal.errorProperty().get());
    assertNull(goal.resultProperty().get());
  }

  @Test
  void shouldForgetTheAnswerWhenAnInputChanges() {
    goal.solvePreset(GoalSeek.Preset.TOKEN_PRICE_FOR_CAPEX_PARITY);
    goal.yearProperty().set(2025);
    assertEquals("", goal.answerProperty().get());
    assertEquals(GoalSeekViewModel.Outcome.NONE, goal.outcomeProperty().get());
  }
}
