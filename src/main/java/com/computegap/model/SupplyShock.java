package com.computegap.model;

/**
 * A cut in accelerator supply (for example a Taiwan disruption) in years {@code year .. year +
 * durationYears - 1}.
 *
 * @param year first year of the cut, 2000..2100
 * @param durationYears how many years it lasts, 1..30
 * @param supplyCutPct share of the supply lost in those years, 0..100
 */
public record SupplyShock(int year, int durationYears, double supplyCutPct) {

  /** Whether the cut applies in {@code t}. */
  public boolean activeIn(int t) {
    return t >= year && t < year + durationYears;
  }

  public SupplyShock withYear(int value) {
    return new SupplyShock(value, durationYears, supplyCutPct);
  }

  public SupplyShock withDurationYears(int value) {
    return new SupplyShock(year, value, supplyCutPct);
  }

  public SupplyShock withSupplyCutPct(double value) {
    return new SupplyShock(year, durationYears, value);
  }
}
