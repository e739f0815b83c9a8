package com.computegap.model;

import java.util.List;

/**
 * What a Monte Carlo run reports for each output column and year (MODEL.md section 3): the mean and
 * five nearest-rank percentiles. See {@link Percentiles} for the exact rules on NaN and Infinity.
 */
public enum Statistic {
  MEAN("mean", 0),
  P5("p5", 5),
  P25("p25", 25),
  P50("p50", 50),
  P75("p75", 75),
  P95("p95", 95);

  private static final List<Statistic> VALUES = List.of(values());
  private static final List<Statistic> PERCENTILES = VALUES.subList(1, VALUES.size());

  private final String key;
  private final int percent;

  Statistic(String key, int percent) {
    this.key = key;
    this.percent = percent;
  }

  /** The name used in the {@code montecarlo} CSV header: {@code mean}, {@code p5}, ... */
  public String key() {
    return key;
  }

  /**
   * The percentile in percent (5 for {@link #P5}); 0 for {@link #MEAN}, which is not a percentile.
   */
  public int percent() {
    return percent;
  }

  public boolean isPercentile() {
    return this != MEAN;
  }

  /** All statistics in CSV order, without copying. */
  public static List<Statistic> all() {
    return VALUES;
  }

  /** The percentiles only, in increasing order. */
  public static List<Statistic> percentiles() {
    return PERCENTILES;
  }
}
