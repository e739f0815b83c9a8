package com.computegap.export;

import static com.computegap.export.WorkbookInputs.name;
import static com.computegap.export.WorkbookModel.INFINITY;
import static com.computegap.export.WorkbookModel.NAN;
import static com.computegap.export.WorkbookModel.div;

import com.computegap.export.WorkbookModel.Ctx;
import com.computegap.model.NumericField;
import com.computegap.model.Scenario;
import java.util.function.Function;

/**
 * The formula of each output column of MODEL.md sections 2, 4 and 7 on the Model sheet, keyed by
 * the column's CSV name. It lives apart from {@link WorkbookModel}, which lays out the sheet and
 * defines the workings these formulas refer to by key.
 */
final class WorkbookOutputFormulas {

  private final Scenario s;

  WorkbookOutputFormulas(Scenario s) {
    this.s = s;
  }

  /** The formula of the output column {@code key} for one year. */
  Function<Ctx, String> output(String key) {
    return switch (key) {
      case "hyperscalerCapexUsdB" -> c -> sum(c, "company.capex.", s.hyperscalers().size());
      case "hyperscalerAiCapexUsdB" ->
          c ->
              s.megaProjects().isEmpty()
                  ? sum(c, "company.ai.", s.hyperscalers().size())
                  : sum(c, "company.ai.", s.hyperscalers().size())
                      + "+"
                      + sum(c, "mega.", s.megaProjects().size());
      case "depinGrossIncentiveUsdB" -> c -> c.at("emission") + "*" + c.at("tokenPriceIndex");
      case "depinSellPressureUsdB" ->
          c -> c.at("depinGrossIncentiveUsdB") + "*" + name(NumericField.DEPIN_SELL_SHARE) + "/100";
      case "buyerDemandUsdB" ->
          c ->
              name(NumericField.DEPIN_BUYER_DEMAND)
                  + "*"
                  + c.g(NumericField.DEPIN_BUYER_DEMAND_GROWTH);
      case "depinCashRealizedUsdB" ->
          c ->
              "MIN("
                  + c.at("depinSellPressureUsdB")
                  + ","
                  + c.at("buyerDemandUsdB")
                  + ")+"
                  + c.at("usageRevenueUsdB");
      case "depinAiCapexUsdB" ->
          c ->
              c.at("depinCashRealizedUsdB")
                  + "*"
                  + name(NumericField.DEPIN_AI_SHARE)
                  + "/100*(1-"
                  + name(NumericField.DEPIN_CLOUD_RESOLD_SHARE)
                  + "/100)";
      case "spendGapRatio" -> c -> div(c.at("hyperscalerAiCapexUsdB"), c.at("depinAiCapexUsdB"));
      case "depinShareOfAiCapexPct" ->
          c -> {
            String d = c.at("depinAiCapexUsdB");
            String h = c.at("hyperscalerAiCapexUsdB");
            return "IF(" + d + "+" + h + "=0,0,100*(" + d + "/(" + d + "+" + h + ")))";
          };
      case "unitPriceUsdK" ->
          c -> {
            String flex = name(NumericField.CHIPS_PRICE_FLEX);
            String up = "(1+" + flex + "/100)";
            String ratio = c.at("priceRatio");
            return "IF("
                + flex
                + "=0,"
                + c.at("listPriceUsdK")
                + ","
                + c.at("listPriceUsdK")
                + "*IF(ISTEXT("
                + ratio
                + "),"
                + up
                + ",MIN("
                + up
                + ",MAX(1/"
                + up
                + ","
                + ratio
                + "))))";
          };
      case "supplyK" ->
          c ->
              name(NumericField.CHIPS_SUPPLY)
                  + "*"
                  + c.g(NumericField.CHIPS_SUPPLY_GROWTH)
                  + "*IF(AND("
                  + c.year()
                  + ">="
                  + name(NumericField.SHOCK_YEAR)
                  + ","
                  + c.year()
                  + "<"
                  + name(NumericField.SHOCK_YEAR)
                  + "+"
                  + name(NumericField.SHOCK_DURATION)
                  + "),1-"
                  + name(NumericField.SHOCK_SUPPLY_CUT)
                  + "/100,1)";
      case "hyperscalerDemandK" ->
          c ->
              c.at("hyperscalerAiCapexUsdB")
                  + "*"
                  + name(NumericField.HYPERSCALER_ACCELERATOR_SHARE)
                  + "/100*1000/"
                  + c.at("unitPriceUsdK");
      case "otherDemandK" -> c -> c.at("otherSpend") + "*1000/" + c.at("unitPriceUsdK");
      case "depinDemandK" ->
          c ->
              c.at("depinAiCapexUsdB")
                  + "*"
                  + name(NumericField.DEPIN_ACCELERATOR_SHARE)
                  + "/100*1000/"
                  + c.at("unitPriceUsdK");
      case "otherUnitsK" ->
          c ->
              "MIN(" + c.at("otherDemandK") + "," + c.at("supplyK") + "-" + c.at("firstCall") + ")";
      case "depinUnitsK" ->
          c ->
              "MIN("
                  + c.at("depinDemandK")
                  + ","
                  + c.at("supplyK")
                  + "-"
                  + c.at("firstCall")
                  + "-"
                  + c.at("otherUnitsK")
                  + ")";
      case "hyperscalerUnitsK" ->
          c ->
              "MIN("
                  + c.at("hyperscalerDemandK")
                  + ","
                  + c.at("firstCall")
                  + "+"
                  + c.at("leftover")
                  + ")";
      case "unallocatedK" -> c -> c.at("afterDepin") + "-" + c.at("leftover");
      case "hyperscalerInstalledK" ->
          c -> installed(c, NumericField.CHIPS_HYPERSCALER_INITIAL_INSTALLED, "hyperscalerUnitsK");
      case "depinInstalledK" ->
          c -> installed(c, NumericField.DEPIN_INITIAL_INSTALLED, "depinUnitsK");
      case "depinEffectiveK" ->
          c ->
              c.at("depinInstalledK") + "*" + name(NumericField.DEPIN_FRONTIER_EFFICIENCY) + "/100";
      case "computeGapRatio" -> c -> div(c.at("hyperscalerInstalledK"), c.at("depinEffectiveK"));
      case "parityTokenPriceMultiplier" ->
          c -> {
            String demand = c.at("parityBuyerDemandUsdB");
            return "IF(ISTEXT("
                + demand
                + "),"
                + demand
                + ",IF("
                + demand
                + "=0,0,"
                + div(demand, c.at("parityDenominator"))
                + "))";
          };
      case "parityBuyerDemandUsdB" ->
          c -> {
            String h = c.at("hyperscalerAiCapexUsdB");
            String keep = c.at("keep");
            return "IF("
                + keep
                + "=0,IF("
                + h
                + ">0,\""
                + INFINITY
                + "\",\""
                + NAN
                + "\"),MAX(0,"
                + h
                + "/"
                + keep
                + "-"
                + c.at("usageRevenueUsdB")
                + "))";
          };
      case "tokenPriceIndex" ->
          c ->
              name(NumericField.DEPIN_TOKEN_PRICE_MULTIPLIER)
                  + "*"
                  + c.at("tokenDrift")
                  + "*"
                  + c.at("feedback");
      case "usageRevenueUsdB" ->
          c ->
              name(NumericField.DEPIN_USAGE_REVENUE)
                  + "*"
                  + c.g(NumericField.DEPIN_USAGE_REVENUE_GROWTH);
      case "listPriceUsdK" ->
          c ->
              name(NumericField.CHIPS_UNIT_PRICE) + "*" + c.g(NumericField.CHIPS_UNIT_PRICE_CHANGE);
      default -> throw new IllegalStateException("the workbook has no formula for column " + key);
    };
  }

  private static String sum(Ctx c, String prefix, int count) {
    if (count == 0) {
      return "0";
    }
    return "SUM(" + c.at(prefix + 1) + ":" + c.at(prefix + count) + ")";
  }

  /**
   * Installed base: the starting base still in service plus the units bought in the last L years.
   */
  private static String installed(Ctx c, NumericField initial, String unitsKey) {
    return name(initial)
        + "*"
        + c.at("baseLeft")
        + "+SUMIF("
        + c.upTo(null)
        + ",\">\"&("
        + c.year()
        + "-"
        + name(NumericField.CHIPS_USEFUL_LIFE)
        + "),"
        + c.upTo(unitsKey)
        + ")";
  }
}
