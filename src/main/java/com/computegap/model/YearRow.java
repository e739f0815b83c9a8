package com.computegap.model;

/**
 * One modelled year: every column of MODEL.md section 4, in that order. Money in billions of US
 * dollars, chips in thousands of H100-equivalents, prices in thousands of dollars per unit,
 * percentages 0..100. {@code unitPriceUsdK} is the price buyers pay (the list price moved toward
 * the clearing price, MODEL.md section 7), {@code listPriceUsdK} the list price. Ratios may be
 * {@code Infinity} (x/0 with x &gt; 0) or {@code NaN} (0/0).
 */
public record YearRow(
    int year,
    double hyperscalerCapexUsdB,
    double hyperscalerAiCapexUsdB,
    double depinGrossIncentiveUsdB,
    double depinSellPressureUsdB,
    double buyerDemandUsdB,
    double depinCashRealizedUsdB,
    double depinAiCapexUsdB,
    double spendGapRatio,
    double depinShareOfAiCapexPct,
    double unitPriceUsdK,
    double supplyK,
    double hyperscalerDemandK,
    double hyperscalerUnitsK,
    double otherDemandK,
    double otherUnitsK,
    double depinDemandK,
    double depinUnitsK,
    double unallocatedK,
    double hyperscalerInstalledK,
    double depinInstalledK,
    double depinEffectiveK,
    double computeGapRatio,
    double parityTokenPriceMultiplier,
    double parityBuyerDemandUsdB,
    double tokenPriceIndex,
    double usageRevenueUsdB,
    double listPriceUsdK) {

  /** The value of a column; {@link Column#YEAR} gives the year as a double. */
  public double get(Column column) {
    return column.of(this);
  }
}
