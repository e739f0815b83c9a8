package com.computegap.model;

/**
 * Horizon totals and the ratios shown as KPI cards (MODEL.md section 2, "Summary").
 *
 * @param totalHyperscalerAiCapexUsdB sum of hyperscaler AI capex over the horizon, billions of
 *     dollars
 * @param totalDepinAiCapexUsdB sum of DePIN AI capex over the horizon, billions of dollars
 * @param cumulativeSpendGapRatio the first divided by the second (division rules apply)
 * @param finalComputeGapRatio the compute gap in the last year
 * @param incentiveVsTodayCapRatio new incentives relative to today's DePIN market cap
 */
public record Summary(
    double totalHyperscalerAiCapexUsdB,
    double totalDepinAiCapexUsdB,
    double cumulativeSpendGapRatio,
    double finalComputeGapRatio,
    double incentiveVsTodayCapRatio) {}
