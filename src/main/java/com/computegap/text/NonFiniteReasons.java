package com.computegap.text;

import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.model.YearRow;

/**
 * Why a headline number is ∞ or undefined, in words: the UI never shows a bare "Infinity". Looks at
 * the model's own columns to name the cause.
 */
public final class NonFiniteReasons {

  private NonFiniteReasons() {}

  /** The reason for {@code kind}'s value in {@code result}, or empty when the value is finite. */
  public static String of(KpiKind kind, Scenario s, ModelResult result) {
    double v = kind.valueOf(result);
    if (Double.isFinite(v)) {
      return "";
    }
    if (Double.isNaN(v)) {
      return Messages.get("reason.bothZero");
    }
    YearRow first = result.first();
    return switch (kind) {
      case FIRST_YEAR_SPEND_GAP -> depinSpendsNothing(first);
      case CUMULATIVE_SPEND_GAP -> Messages.get("reason.noDepinSpendOverHorizon");
      case FINAL_COMPUTE_GAP ->
          result.last().depinInstalledK() == 0
              ? Messages.format("reason.noDepinChips", Formats.year(result.last().year()))
              : Messages.get("reason.zeroFrontierEfficiency");
      case PARITY_TOKEN_PRICE ->
          s.depin().newIncentiveCapUsdB() == 0
              ? Messages.format("reason.noEmission", Formats.year(first.year()))
              : Messages.get("reason.noSalesReachAi");
      case PARITY_BUYER_DEMAND -> Messages.get("reason.nothingGoesToAi");
    };
  }

  private static String depinSpendsNothing(YearRow r) {
    String year = Formats.year(r.year());
    if (r.depinGrossIncentiveUsdB() == 0) {
      return Messages.format("reason.noEmissionValue", year);
    }
    if (r.depinCashRealizedUsdB() == 0) {
      return Messages.format("reason.noBuyerCash", year);
    }
    return Messages.format("reason.noIncentiveToAi", year);
  }
}
