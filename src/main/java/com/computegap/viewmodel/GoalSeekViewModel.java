package com.computegap.viewmodel;

import com.computegap.model.Column;
import com.computegap.model.FieldScope;
import com.computegap.model.GapModel;
import com.computegap.model.GoalSeek;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.PathExpression.Selector;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioParameters;
import com.computegap.model.YearRow;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "What would have to be true?": goal seek over one parameter of the open document. Pick a
 * parameter, an output, a year and a target (a number, or another output in the same year), solve,
 * read the answer in words, and apply it to the document as one undo step. When no value in the
 * parameter's valid range reaches the target the answer says why, and on a plateau it says what
 * caps it ("beyond 1.5× today nothing changes because token buyers bring only 40 B USD").
 *
 * <p>A search costs a few hundred model evaluations at most (well under 10 ms), so it runs where it
 * is asked for.
 */
public final class GoalSeekViewModel {

  /** What the output must equal. */
  public enum TargetKind {
    VALUE,
    OUTPUT
  }

  /** How an answer reads, for styling: met, capped by another limit, or not reachable. */
  public enum Outcome {
    NONE,
    SOLVED,
    CAPPED,
    NOT_REACHED
  }

  /** Outputs along DePIN's money path: a cash cap (buyers or sellers) can hold them. */
  private static final Set<Column> CASH_PATH =
      EnumSet.of(
          Column.DEPIN_CASH_REALIZED_USD_B,
          Column.DEPIN_AI_CAPEX_USD_B,
          Column.SPEND_GAP_RATIO,
          Column.DEPIN_SHARE_OF_AI_CAPEX_PCT,
          Column.DEPIN_DEMAND_K,
          Column.DEPIN_UNITS_K,
          Column.DEPIN_INSTALLED_K,
          Column.DEPIN_EFFECTIVE_K,
          Column.COMPUTE_GAP_RATIO);

  /** Outputs that follow DePIN's chips: the allocation (served last) can hold them. */
  private static final Set<Column> CHIP_PATH =
      EnumSet.of(
          Column.DEPIN_UNITS_K,
          Column.DEPIN_INSTALLED_K,
          Column.DEPIN_EFFECTIVE_K,
          Column.COMPUTE_GAP_RATIO);

  /** Inputs that raise what operators sell; buyers' cash can cap them. */
  private static final Set<NumericField> SELLER_SIDE =
      EnumSet.of(
          NumericField.DEPIN_NEW_INCENTIVE_CAP,
          NumericField.DEPIN_EMISSION_YEARS,
          NumericField.DEPIN_TOKEN_PRICE_MULTIPLIER,
          NumericField.DEPIN_TOKEN_PRICE_DRIFT,
          NumericField.DEPIN_SELL_SHARE);

  /** Inputs that raise what buyers bring; what operators sell can cap them. */
  private static final Set<NumericField> BUYER_SIDE =
      EnumSet.of(NumericField.DEPIN_BUYER_DEMAND, NumericField.DEPIN_BUYER_DEMAND_GROWTH);

  private final ExplorerViewModel document;
  private final ObservableList<ParameterPath> parameters = FXCollections.observableArrayList();
  private final ObjectProperty<ParameterPath> parameter = new SimpleObjectProperty<>();
  private final ObjectProperty<Column> output =
      new SimpleObjectProperty<>(Column.DEPIN_AI_CAPEX_USD_B);
  private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
  private final ObservableList<Integer> years = FXCollections.observableArrayList();
  private final ObjectProperty<TargetKind> targetKind =
      new SimpleObjectProperty<>(TargetKind.VALUE);
  private final StringProperty targetText = new SimpleStringProperty("");
  private final ObjectProperty<Column> otherOutput =
      new SimpleObjectProperty<>(Column.HYPERSCALER_AI_CAPEX_USD_B);
  private final ReadOnlyObjectWrapper<GoalSeek.Result> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
  private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper targetUnit = new ReadOnlyStringWrapper("");
  private GoalSeek.Preset preset;
  private Scenario solvedFor;
  private boolean applying;
  private boolean presetting;

  public GoalSeekViewModel(ExplorerViewModel document) {
    this.document = document;
    refresh();
    parameter.addListener((obs, was, now) -> inputsChanged());
    output.addListener(
        (obs, was, now) -> {
          targetUnit.set(now == null ? "" : AnalysisTexts.unit(now.unit()));
          inputsChanged();
        });
    year.addListener((obs, was, now) -> inputsChanged());
    targetKind.addListener((obs, was, now) -> inputsChanged());
    targetText.addListener((obs, was, now) -> inputsChanged());
    otherOutput.addListener((obs, was, now) -> inputsChanged());
    targetUnit.set(AnalysisTexts.unit(output.get().unit()));
    document.structureVersionProperty().addListener((obs, was, now) -> refresh());
    document
        .scenarioProperty()
        .addListener(
            (obs, was, now) -> {
              if (!applying && result.get() != null && !now.equals(solvedFor)) {
                clearAnswer(); // the answer was for another scenario
              }
            });
  }

  // ---- inputs --------------------------------------------------------------------------------

  /**
   * Every parameter of the scenario (companies' also for all companies at once), but the horizon.
   */
  public ObservableList<ParameterPath> parameters() {
    return parameters;
  }

  public ObjectProperty<ParameterPath> parameterProperty() {
    return parameter;
  }

  public String parameterLabel(ParameterPath p) {
    return p == null ? "" : AnalysisTexts.parameter(p, document.scenario());
  }

  /** The outputs to choose from: every model output column. */
  public List<Column> columns() {
    return Column.outputs();
  }

  public String columnLabel(Column c) {
    return c == null ? "" : AnalysisTexts.column(c);
  }

  public ObjectProperty<Column> outputProperty() {
    return output;
  }

  public ObjectProperty<Integer> yearProperty() {
    return year;
  }

  public ObservableList<Integer> years() {
    return years;
  }

  public ObjectProperty<TargetKind> targetKindProperty() {
    return targetKind;
  }

  /** The target number as typed, in the output's unit ({@link #targetUnitProperty()}). */
  public StringProperty targetTextProperty() {
    return targetText;
  }

  public ReadOnlyStringProperty targetUnitProperty() {
    return targetUnit.getReadOnlyProperty();
  }

  /** The output the first must equal when {@link TargetKind#OUTPUT}. */
  public ObjectProperty<Column> otherOutputProperty() {
    return otherOutput;
  }

  // ---- outputs -------------------------------------------------------------------------------

  /** The engine's answer, or {@code null} before a search or after the inputs changed. */
  public ReadOnlyObjectProperty<GoalSeek.Result> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** The answer in words, with units. */
  public ReadOnlyStringProperty answerProperty() {
    return answer.getReadOnlyProperty();
  }

  /** Why the search could not start (a target that is not a number), or empty. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  /** Whether the answer is a value that meets the goal and differs from the document's. */
  public ReadOnlyBooleanProperty canApplyProperty() {
    return canApply.getReadOnlyProperty();
  }

  // ---- commands ------------------------------------------------------------------------------

  /** Re-reads the parameters and years from the document (before the dialog shows). */
  public void refresh() {
    Scenario s = document.scenario();
    List<ParameterPath> list = new ArrayList<>();
    for (ParameterPath p : ScenarioParameters.of(s)) {
      if (p.field() == NumericField.START_YEAR || p.field() == NumericField.YEARS) {
        continue;
      }
      list.add(p);
      boolean lastCompany =
          p.field().scope() == FieldScope.HYPERSCALER
              && s.hyperscalers().size() > 1
              && p.selector().kind() == Selector.Kind.NAME
              && p.selector()
                  .name()
                  .equals(s.hyperscalers().get(s.hyperscalers().size() - 1).name());
      if (lastCompany) {
        list.add(new ParameterPath(p.field(), Selector.all()));
      }
    }
    ParameterPath chosen = parameter.get();
    if (!list.equals(parameters)) {
      parameters.setAll(list);
    }
    List<Integer> horizon = new ArrayList<>();
    for (int y = s.startYear(); y <= s.endYear(); y++) {
      horizon.add(y);
    }
    if (!horizon.equals(years)) {
      years.setAll(horizon);
    }
    if (chosen == null || !list.contains(chosen)) {
      parameter.set(
          list.contains(GoalSeek.Preset.TOKEN_PRICE_FOR_CAPEX_PARITY.parameter())
              ? GoalSeek.Preset.TOKEN_PRICE_FOR_CAPEX_PARITY.parameter()
              : list.isEmpty() ? null : list.get(0));
    }
    if (year.get() == null || !horizon.contains(year.get())) {
      year.set(s.startYear());
    }
  }

  /**
   * Searches for the value of the parameter that meets the goal and sets {@link #answerProperty()}.
   *
   * @return whether a search ran (the target was a number, or another output)
   */
  public boolean solve() {
    ParameterPath p = parameter.get();
    Column c = output.get();
    Integer y = year.get();
    if (p == null || c == null || y == null) {
      return false;
    }
    GoalSeek.Goal goal;
    if (targetKind.get() == TargetKind.OUTPUT) {
      if (otherOutput.get() == null || otherOutput.get() == c) {
        error.set(Messages.get("unc.goal.error.sameOutput"));
        return false;
      }
      goal = GoalSeek.Goal.matching(c, y, otherOutput.get());
    } else {
      double v = Formats.parse(targetText.get());
      if (!Double.isFinite(v)) {
        error.set(Messages.format("unc.goal.error.target", AnalysisTexts.unit(c.unit())));
        return false;
      }
      goal = GoalSeek.Goal.of(c, y, v);
    }
    error.set("");
    Scenario s = document.scenario();
    GoalSeek.Result r = GoalSeek.solve(s, p, goal);
    solvedFor = s;
    result.set(r);
    answer.set(explain(r, s, preset));
    outcome.set(r.solved() ? Outcome.SOLVED : capped(r) ? Outcome.CAPPED : Outcome.NOT_REACHED);
    canApply.set(r.solved() && r.value() != p.get(s));
    return true;
  }

  /**
   * One of the essay's two questions in the first year: what token price, or what buyer demand,
   * makes DePIN AI capex match the hyperscalers'. Sets the inputs and solves.
   */
  public void solvePreset(GoalSeek.Preset which) {
    refresh();
    Scenario s = document.scenario();
    presetting = true;
    try {
      parameter.set(which.parameter());
      output.set(Column.DEPIN_AI_CAPEX_USD_B);
      year.set(s.startYear());
      targetKind.set(TargetKind.OUTPUT);
      otherOutput.set(Column.HYPERSCALER_AI_CAPEX_USD_B);
    } finally {
      presetting = false;
    }
    preset = which;
    solve();
  }

  /** Sets the parameter to the answer through the document, as one undo step. */
  public void apply() {
    GoalSeek.Result r = result.get();
    if (r == null || !r.solved()) {
      return;
    }
    Scenario s = document.scenario();
    ParameterPath p = r.parameter();
    double v = p.field().validRange().clamp(r.value());
    applying = true;
    try {
      document.change(
          p.with(s, v), Messages.format("unc.undo.goalSeek", AnalysisTexts.parameter(p, s)));
    } finally {
      applying = false;
    }
    solvedFor = document.scenario();
    canApply.set(false);
    answer.set(
        answer.get()
            + "\n"
            + Messages.format("unc.goal.applied", AnalysisTexts.input(p.field(), v)));
  }

  /** Rebuilds the texts in the current language. */
  public void relocalize() {
    GoalSeek.Result r = result.get();
    if (r != null && solvedFor != null) {
      answer.set(explain(r, solvedFor, preset));
    }
    Column c = output.get();
    targetUnit.set(c == null ? "" : AnalysisTexts.unit(c.unit()));
  }

  // ---- internals -----------------------------------------------------------------------------

  private void inputsChanged() {
    if (!presetting) {
      preset = null;
      clearAnswer();
    }
  }

  private void clearAnswer() {
    result.set(null);
    answer.set("");
    error.set("");
    outcome.set(Outcome.NONE);
    canApply.set(false);
  }

  /**
   * A plateau: the closest value lies inside the searched range, where the output stopped changing.
   */
  private static boolean capped(GoalSeek.Result r) {
    boolean stays =
        r.status() == GoalSeek.Status.STAYS_ABOVE || r.status() == GoalSeek.Status.STAYS_BELOW;
    return stays && r.value() > r.searchedFrom() && r.value() < r.searchedTo();
  }

  /** The answer in words; public for tests of the phrasing. */
  public static String explain(GoalSeek.Result r, Scenario s, GoalSeek.Preset preset) {
    ParameterPath p = r.parameter();
    NumericField f = p.field();
    Column c = r.goal().column();
    String param = AnalysisTexts.parameter(p, s);
    String at = AnalysisTexts.input(f, r.value());
    String edge = capped(r) ? AnalysisTexts.input(f, plateauEdge(r, s)) : at;
    String out = AnalysisTexts.column(c);
    String year = Formats.year(r.goal().year());
    String reached = AnalysisTexts.output(c, r.output());
    String target = AnalysisTexts.output(c, r.target());
    String goal =
        r.goal().otherColumn() == null
            ? target
            : Messages.format(
                "unc.goal.other", AnalysisTexts.column(r.goal().otherColumn()), target);
    String now = AnalysisTexts.input(f, p.get(s));
    String text =
        switch (r.status()) {
          case SOLVED -> Messages.format("unc.goal.solved", param, at, out, year, goal, now);
          case STAYS_ABOVE, STAYS_BELOW ->
              capped(r)
                  ? Messages.format(
                      "unc.goal.capped", param, edge, out, reason(r, s), reached, year, target)
                  : Messages.format(
                      r.status() == GoalSeek.Status.STAYS_ABOVE
                          ? "unc.goal.staysAbove"
                          : "unc.goal.staysBelow",
                      param,
                      range(r),
                      out,
                      year,
                      goal,
                      reached,
                      at);
          case JUMPS_PAST ->
              Messages.format("unc.goal.jumps", out, param, at, reached, target, year);
          case BETWEEN_WHOLE_NUMBERS ->
              Messages.format("unc.goal.between", param, at, reached, target, out, year);
          case UNDEFINED -> Messages.format("unc.goal.undefined", out, param, range(r), year);
        };
    if (preset != null && !r.solved()) {
      YearRow first = GapModel.compute(s).first();
      text +=
          "\n"
              + (preset == GoalSeek.Preset.TOKEN_PRICE_FOR_CAPEX_PARITY
                  ? Messages.format(
                      "unc.goal.preset.tokenPrice",
                      AnalysisTexts.output(
                          Column.PARITY_TOKEN_PRICE_MULTIPLIER, first.parityTokenPriceMultiplier()))
                  : Messages.format(
                      "unc.goal.preset.buyerDemand",
                      AnalysisTexts.output(
                          Column.PARITY_BUYER_DEMAND_USD_B, first.parityBuyerDemandUsdB())));
    }
    return text;
  }

  /**
   * Where a plateau begins: the engine reports the closest value nearest the document's value,
   * which can lie inside the plateau (buyer demand 40 when nothing changes above 26.7). Bisects
   * down to the smallest value with exactly the same output, so "beyond X" names the real cap.
   * Whole-number fields and plateaus that reach the bottom of the range are left as they are.
   */
  private static double plateauEdge(GoalSeek.Result r, Scenario s) {
    ParameterPath p = r.parameter();
    if (p.field().wholeNumber() || r.value() <= r.searchedFrom()) {
      return r.value();
    }
    double lo = r.searchedFrom();
    double hi = r.value();
    if (output(r, s, lo) == r.output()) {
      return r.value();
    }
    for (int i = 0; i < 200; i++) {
      double mid = lo + (hi - lo) / 2;
      if (mid <= lo || mid >= hi) {
        break;
      }
      if (output(r, s, mid) == r.output()) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  private static double output(GoalSeek.Result r, Scenario s, double x) {
    return r.goal().column().of(GapModel.compute(r.parameter().with(s, x)).row(r.goal().year()));
  }

  /** What holds the output on a plateau, read from the model at the closest value. */
  private static String reason(GoalSeek.Result r, Scenario s) {
    ParameterPath p = r.parameter();
    Column c = r.goal().column();
    YearRow row = GapModel.compute(p.with(s, plateauEdge(r, s))).row(r.goal().year());
    String year = Formats.year(row.year());
    if (CASH_PATH.contains(c)
        && SELLER_SIDE.contains(p.field())
        && atMost(row.buyerDemandUsdB(), row.depinSellPressureUsdB())) {
      return Messages.format(
          "unc.goal.reason.buyers",
          AnalysisTexts.output(Column.BUYER_DEMAND_USD_B, row.buyerDemandUsdB()),
          year);
    }
    if (CASH_PATH.contains(c)
        && BUYER_SIDE.contains(p.field())
        && atMost(row.depinSellPressureUsdB(), row.buyerDemandUsdB())) {
      return Messages.format(
          "unc.goal.reason.sellers",
          AnalysisTexts.output(Column.DEPIN_SELL_PRESSURE_USD_B, row.depinSellPressureUsdB()),
          year);
    }
    if (CHIP_PATH.contains(c) && row.depinUnitsK() < row.depinDemandK()) {
      return Messages.format(
          "unc.goal.reason.chips",
          AnalysisTexts.output(Column.DEPIN_UNITS_K, row.depinUnitsK()),
          AnalysisTexts.output(Column.SUPPLY_K, row.supplyK()),
          year);
    }
    return Messages.get("unc.goal.reason.other");
  }

  /**
   * {@code a <= b} up to rounding: at a plateau's edge the two sides of a min() are equal but for
   * an ulp.
   */
  private static boolean atMost(double a, double b) {
    return a <= b + 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }

  /**
   * The searched range in words: {@code 0 to 100 %}, or {@code 0 or more} where it is open above.
   */
  private static String range(GoalSeek.Result r) {
    NumericField f = r.parameter().field();
    String from = AnalysisTexts.input(f, r.searchedFrom());
    if (r.searchedTo() >= GoalSeek.SEARCH_LIMIT && Double.isInfinite(f.validRange().max())) {
      return Messages.format("unc.goal.rangeOpen", from);
    }
    return Messages.format("unc.goal.range", from, AnalysisTexts.input(f, r.searchedTo()));
  }
}
