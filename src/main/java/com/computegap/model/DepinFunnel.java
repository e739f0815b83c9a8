package com.computegap.model;

/**
 * One year's path from token emission to DePIN frontier compute, step by step: the money stages
 * (billions of US dollars) that the waterfall chart draws, and the chip figures (thousands of
 * H100-equivalents) at its end. The intermediate stages ({@link #aiShareUsdB()}, {@link
 * #acceleratorSpendUsdB()}) are not model columns; they use the same factors as {@link GapModel},
 * so the stages end exactly on {@link YearRow#depinAiCapexUsdB()} and {@link
 * YearRow#depinDemandK()}.
 *
 * @param year the modelled year
 * @param emittedUsdB tokens emitted, valued at that year's price
 * @param soldUsdB the part operators sell
 * @param absorbedUsdB the part buyers' cash absorbs (token cash only)
 * @param aiShareUsdB the part that goes to AI compute
 * @param aiCapexUsdB after cloud resale (renting hyperscaler capacity adds no chips)
 * @param acceleratorSpendUsdB the part that buys accelerators
 * @param unitPriceUsdK price per H100-equivalent, thousands of US dollars
 * @param demandedK accelerators that spend would buy
 * @param boughtK accelerators DePIN actually got (it is served last)
 * @param installedK DePIN installed base that year
 * @param frontierEfficiencyPct share of the installed base usable for frontier work, 0..100
 * @param effectiveK installed base times that share
 * @param usageRevenueUsdB cash from customers renting the network's compute (MODEL.md section 7),
 *     added to the absorbed token cash before the AI share
 */
public record DepinFunnel(
    int year,
    double emittedUsdB,
    double soldUsdB,
    double absorbedUsdB,
    double aiShareUsdB,
    double aiCapexUsdB,
    double acceleratorSpendUsdB,
    double unitPriceUsdK,
    double demandedK,
    double boughtK,
    double installedK,
    double frontierEfficiencyPct,
    double effectiveK,
    double usageRevenueUsdB) {

  /** The funnel of {@code row}, a row that {@link GapModel} computed from {@code s}. */
  public static DepinFunnel of(Scenario s, YearRow row) {
    DepinParams d = s.depin();
    double aiShare = row.depinCashRealizedUsdB() * d.aiSharePct() / 100;
    double absorbed = Math.min(row.depinSellPressureUsdB(), row.buyerDemandUsdB());
    return new DepinFunnel(
        row.year(),
        row.depinGrossIncentiveUsdB(),
        row.depinSellPressureUsdB(),
        absorbed,
        aiShare,
        row.depinAiCapexUsdB(),
        row.depinAiCapexUsdB() * d.acceleratorSharePct() / 100,
        row.unitPriceUsdK(),
        row.depinDemandK(),
        row.depinUnitsK(),
        row.depinInstalledK(),
        d.frontierEfficiencyPct(),
        row.depinEffectiveK(),
        row.usageRevenueUsdB());
  }

  /**
   * The cash DePIN raises: absorbed token cash plus usage revenue ({@link
   * YearRow#depinCashRealizedUsdB()}).
   */
  public double cashUsdB() {
    return absorbedUsdB + usageRevenueUsdB;
  }
}
