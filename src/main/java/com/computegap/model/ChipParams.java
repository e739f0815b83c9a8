package com.computegap.model;

/**
 * Accelerator supply, prices and the order in which buyers are served. Chips in thousands of
 * H100-equivalents, prices in thousands of US dollars per H100-equivalent, money in billions.
 *
 * <p>{@code priceFlexPct} is the schema version 2 number of MODEL.md section 7; its default 0 keeps
 * the unit price at the list price (version 1), and the ten-argument constructor fills it in.
 *
 * @param supplyK accelerators produced in t0, {@code >= 0}
 * @param supplyGrowthPct yearly growth of that output, {@code > -100}
 * @param unitPriceUsdK list price per H100-equivalent in t0, {@code > 0}
 * @param unitPriceChangePctPerYear yearly list price change, {@code > -100}
 * @param hyperscalerPriorityCapPct most of the supply the hyperscalers may take first, 0..100
 * @param otherBuyersUsdB accelerator spend of sovereigns, enterprises and China in t0
 * @param otherBuyersGrowthPct yearly growth of that spend, {@code > -100}
 * @param usefulLifeYears years an accelerator stays in service, 1..15
 * @param hyperscalerInitialInstalledK hyperscaler installed base in t0 before new purchases
 * @param shock a supply cut, or {@code null} for none
 * @param priceFlexPct how far the unit price may move from the list price toward the clearing
 *     price: at most a factor {@code 1 + x/100} up or down, 0..1000; 0 = the list price
 */
public record ChipParams(
    double supplyK,
    double supplyGrowthPct,
    double unitPriceUsdK,
    double unitPriceChangePctPerYear,
    double hyperscalerPriorityCapPct,
    double otherBuyersUsdB,
    double otherBuyersGrowthPct,
    int usefulLifeYears,
    double hyperscalerInitialInstalledK,
    SupplyShock shock,
    double priceFlexPct) {

  public static final double DEFAULT_PRICE_FLEX_PCT = 0;

  /** A version 1 parameter set: the unit price is the list price. */
  public ChipParams(
      double supplyK,
      double supplyGrowthPct,
      double unitPriceUsdK,
      double unitPriceChangePctPerYear,
      double hyperscalerPriorityCapPct,
      double otherBuyersUsdB,
      double otherBuyersGrowthPct,
      int usefulLifeYears,
      double hyperscalerInitialInstalledK,
      SupplyShock shock) {
    this(
        supplyK,
        supplyGrowthPct,
        unitPriceUsdK,
        unitPriceChangePctPerYear,
        hyperscalerPriorityCapPct,
        otherBuyersUsdB,
        otherBuyersGrowthPct,
        usefulLifeYears,
        hyperscalerInitialInstalledK,
        shock,
        DEFAULT_PRICE_FLEX_PCT);
  }

  /** Whether the section 7 number is at its default, so version 1 can hold these values. */
  public boolean isVersion1() {
    return priceFlexPct == DEFAULT_PRICE_FLEX_PCT;
  }

  public ChipParams withSupplyK(double value) {
    return new ChipParams(
        value,
        supplyGrowthPct,
        unitPriceUsdK,
        unitPriceChangePctPerYear,
        hyperscalerPriorityCapPct,
        otherBuyersUsdB,
        otherBuyersGrowthPct,
        usefulLifeYears,
        hyperscalerInitialInstalledK,
        shock,
        priceFlexPct);
  }

  public ChipParams withSupplyGrowthPct(double value) {
    return new ChipParams(
        supplyK,
        value,
        unitPriceUsdK,
        unitPriceChangePctPerYear,
        hyperscalerPriorityCapPct,
        otherBuyersUsdB,
        otherBuyersGrowthPct,
        usefulLifeYears,
        hyperscalerInitialInstalledK,
        shock,
        priceFlexPct);
  }

  public ChipParams withUnitPriceUsdK(double value) {
    return new ChipParams(
        supplyK,
        supplyGrowthPct,
        value,
        unitPriceChangePctPerYear,
        hyperscalerPriorityCapPct,
        otherBuyersUsdB,
        otherBuyersGrowthPct,
        usefulLifeYears,
        hyperscalerInitialInstalledK,
        shock,
        priceFlexPct);
  }

  public ChipParams withUnitPriceChangePctPerYear(double value) {
    return new ChipParams(
        supplyK,
        supplyGrowthPct,
        unitPriceUsdK,
        value,
        hyperscalerPriorityCapPct,
        otherBuyersUsdB,
        otherBuyersGrowthPct,
        usefulLifeYears,
        hyperscalerInitialInstalledK,
        shock,
        priceFlexPct);
  }

  public ChipParams withHyperscalerPriorityCapPct(double value) {
    return new ChipParams(
        supplyK,
        supplyGrowthPct,
        unitPriceUsdK,
        unitPriceChangePctPerYear,
        value,
        otherBuyersUsdB,
        otherBuyersGrowthPct,
        usefulLifeYears,
        hyperscalerInitialInstalledK,
        shock,
        priceFlexPct);
  }

  public ChipParams withOtherBuyersUsdB(double value) {
    return new ChipParams(
        supplyK,
        supplyGrowthPct,
        unitPriceUsdK,
        unitPriceChangePctPerYear,
        hyperscalerPriorityCapPct,
        value,
        otherBuyersGrowthPct,
        usefulLifeYears,
        hyperscalerInitialInstalledK,
        shock,
        priceFlexPct);
  }

  public ChipParams withOtherBuyersGrowthPct(double value) {
    return new ChipParams(
        supplyK,
        supplyGrowthPct,
        unitPriceUsdK,
        unitPriceChangePctPerYear,
        hyperscalerPriorityCapPct,
        otherBuyersUsdB,
        value,
        usefulLifeYears,
        hyperscalerInitialInstalledK,
        shock,
        priceFlexPct);
  }

  public ChipParams withUsefulLifeYears(int value) {
    return new ChipParams(
        supplyK,
        supplyGrowthPct,
        unitPriceUsdK,
        unitPriceChangePctPerYear,
        hyperscalerPriorityCapPct,
        otherBuyersUsdB,
        otherBuyersGrowthPct,
        value,
        hyperscalerInitialInstalledK,
        shock,
        priceFlexPct);
  }

  public ChipParams withHyperscalerInitialInstalledK(double value) {
    return new ChipParams(
        supplyK,
        supplyGrowthPct,
        unitPriceUsdK,
        unitPriceChangePctPerYear,
        hyperscalerPriorityCapPct,
        otherBuyersUsdB,
        otherBuyersGrowthPct,
        usefulLifeYears,
        value,
        shock,
        priceFlexPct);
  }

  public ChipParams withPriceFlexPct(double value) {
    return new ChipParams(
        supplyK,
        supplyGrowthPct,
        unitPriceUsdK,
        unitPriceChangePctPerYear,
        hyperscalerPriorityCapPct,
        otherBuyersUsdB,
        otherBuyersGrowthPct,
        usefulLifeYears,
        hyperscalerInitialInstalledK,
        shock,
        value);
  }

  public ChipParams withShock(SupplyShock value) {
    return new ChipParams(
        supplyK,
        supplyGrowthPct,
        unitPriceUsdK,
        unitPriceChangePctPerYear,
        hyperscalerPriorityCapPct,
        otherBuyersUsdB,
        otherBuyersGrowthPct,
        usefulLifeYears,
        hyperscalerInitialInstalledK,
        value,
        priceFlexPct);
  }
}
