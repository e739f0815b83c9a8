package com.computegap.model;

/** The units of MODEL.md; the UI turns {@link #symbolKey()} into a localised label. */
public enum Unit {
  USD_B("unit.usdB"),
  USD_K("unit.usdK"),
  K("unit.k"),
  PCT("unit.pct"),
  PCT_PER_YEAR("unit.pctPerYear"),
  RATIO("unit.ratio"),
  MULTIPLIER("unit.multiplier"),
  YEAR("unit.year"),
  YEARS("unit.years"),
  COUNT("unit.count");

  private final String symbolKey;

  Unit(String symbolKey) {
    this.symbolKey = symbolKey;
  }

  /** Resource-bundle key of the unit's short label. */
  public String symbolKey() {
    return symbolKey;
  }
}
