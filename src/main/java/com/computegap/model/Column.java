package com.computegap.model;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The output columns of the yearly table, in the order of MODEL.md section 4; the last three are
 * the section 7 columns, printed for every file.
 */
public enum Column {
  YEAR("year", Unit.YEAR, YearRow::year),
  HYPERSCALER_CAPEX_USD_B("hyperscalerCapexUsdB", Unit.USD_B, YearRow::hyperscalerCapexUsdB),
  HYPERSCALER_AI_CAPEX_USD_B("hyperscalerAiCapexUsdB", Unit.USD_B, YearRow::hyperscalerAiCapexUsdB),
  DEPIN_GROSS_INCENTIVE_USD_B(
      "depinGrossIncentiveUsdB", Unit.USD_B, YearRow::depinGrossIncentiveUsdB),
  DEPIN_SELL_PRESSURE_USD_B("depinSellPressureUsdB", Unit.USD_B, YearRow::depinSellPressureUsdB),
  BUYER_DEMAND_USD_B("buyerDemandUsdB", Unit.USD_B, YearRow::buyerDemandUsdB),
  DEPIN_CASH_REALIZED_USD_B("depinCashRealizedUsdB", Unit.USD_B, YearRow::depinCashRealizedUsdB),
  DEPIN_AI_CAPEX_USD_B("depinAiCapexUsdB", Unit.USD_B, YearRow::depinAiCapexUsdB),
  SPEND_GAP_RATIO("spendGapRatio", Unit.RATIO, YearRow::spendGapRatio),
  DEPIN_SHARE_OF_AI_CAPEX_PCT("depinShareOfAiCapexPct", Unit.PCT, YearRow::depinShareOfAiCapexPct),
  UNIT_PRICE_USD_K("unitPriceUsdK", Unit.USD_K, YearRow::unitPriceUsdK),
  SUPPLY_K("supplyK", Unit.K, YearRow::supplyK),
  HYPERSCALER_DEMAND_K("hyperscalerDemandK", Unit.K, YearRow::hyperscalerDemandK),
  HYPERSCALER_UNITS_K("hyperscalerUnitsK", Unit.K, YearRow::hyperscalerUnitsK),
  OTHER_DEMAND_K("otherDemandK", Unit.K, YearRow::otherDemandK),
  OTHER_UNITS_K("otherUnitsK", Unit.K, YearRow::otherUnitsK),
  DEPIN_DEMAND_K("depinDemandK", Unit.K, YearRow::depinDemandK),
  DEPIN_UNITS_K("depinUnitsK", Unit.K, YearRow::depinUnitsK),
  UNALLOCATED_K("unallocatedK", Unit.K, YearRow::unallocatedK),
  HYPERSCALER_INSTALLED_K("hyperscalerInstalledK", Unit.K, YearRow::hyperscalerInstalledK),
  DEPIN_INSTALLED_K("depinInstalledK", Unit.K, YearRow::depinInstalledK),
  DEPIN_EFFECTIVE_K("depinEffectiveK", Unit.K, YearRow::depinEffectiveK),
  COMPUTE_GAP_RATIO("computeGapRatio", Unit.RATIO, YearRow::computeGapRatio),
  PARITY_TOKEN_PRICE_MULTIPLIER(
      "parityTokenPriceMultiplier", Unit.MULTIPLIER, YearRow::parityTokenPriceMultiplier),
  PARITY_BUYER_DEMAND_USD_B("parityBuyerDemandUsdB", Unit.USD_B, YearRow::parityBuyerDemandUsdB),
  TOKEN_PRICE_INDEX("tokenPriceIndex", Unit.MULTIPLIER, YearRow::tokenPriceIndex),
  USAGE_REVENUE_USD_B("usageRevenueUsdB", Unit.USD_B, YearRow::usageRevenueUsdB),
  LIST_PRICE_USD_K("listPriceUsdK", Unit.USD_K, YearRow::listPriceUsdK);

  private static final List<Column> VALUES = List.of(values());

  private final String key;
  private final Unit unit;
  private final ToDoubleFunction<YearRow> accessor;

  Column(String key, Unit unit, ToDoubleFunction<YearRow> accessor) {
    this.key = key;
    this.unit = unit;
    this.accessor = accessor;
  }

  /** The column name used in CSV headers and JSON. */
  public String key() {
    return key;
  }

  public Unit unit() {
    return unit;
  }

  public double of(YearRow row) {
    return accessor.applyAsDouble(row);
  }

  /** All columns in table order, without copying. */
  public static List<Column> all() {
    return VALUES;
  }

  /** The columns after {@code year}: the modelled numbers. */
  public static List<Column> outputs() {
    return VALUES.subList(1, VALUES.size());
  }

  /** The column with this key, or {@code null}. */
  public static Column byKey(String key) {
    for (Column c : VALUES) {
      if (c.key.equals(key)) {
        return c;
      }
    }
    return null;
  }
}
