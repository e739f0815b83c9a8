package com.computegap.model;

import java.util.Objects;

/**
 * One entry of a scenario's {@code uncertainty} list: a parameter path (MODEL.md section 5) and its
 * spread.
 *
 * @param param the parameter path, for example {@code chips.supplyGrowthPct}; never {@code null}
 * @param distribution how the parameter is drawn; never {@code null}
 */
public record UncertainParameter(String param, Distribution distribution) {

  public UncertainParameter {
    Objects.requireNonNull(param, "param");
    Objects.requireNonNull(distribution, "distribution");
  }
}
