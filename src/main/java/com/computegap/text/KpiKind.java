package com.computegap.text;

import com.computegap.model.ModelResult;
import java.util.function.ToDoubleFunction;

/** The headline numbers shown as KPI cards. */
public enum KpiKind {
  FIRST_YEAR_SPEND_GAP(r -> r.first().spendGapRatio(), true),
  CUMULATIVE_SPEND_GAP(r -> r.summary().cumulativeSpendGapRatio(), true),
  FINAL_COMPUTE_GAP(r -> r.summary().finalComputeGapRatio(), true),
  PARITY_TOKEN_PRICE(r -> r.first().parityTokenPriceMultiplier(), true),
  PARITY_BUYER_DEMAND(r -> r.first().parityBuyerDemandUsdB(), false);

  private final ToDoubleFunction<ModelResult> value;
  private final boolean ratio;

  KpiKind(ToDoubleFunction<ModelResult> value, boolean ratio) {
    this.value = value;
    this.ratio = ratio;
  }

  public double valueOf(ModelResult result) {
    return value.applyAsDouble(result);
  }

  /** Shown as a multiple ({@code 6.39×}) rather than an amount of money. */
  public boolean isRatio() {
    return ratio;
  }

  /**
   * The value as a card shows it, in the current language: {@code 6.39×} for ratios, {@code 170.5 B
   * USD} for money, {@code ∞} or {@code –} when not finite.
   */
  public String format(double value) {
    return ratio ? Formats.times(value) : Messages.format("kpi.money", Formats.amount(value));
  }

  /** Stem of the resource keys: {@code kpi.firstYearSpendGap.title} and so on. */
  public String keyStem() {
    String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder("kpi.").append(words[0]);
    for (int i = 1; i < words.length; i++) {
      sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return sb.toString();
  }

  /** The node id of the card: {@code kpi-first-year-spend-gap}. */
  public String nodeId() {
    return "kpi-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
