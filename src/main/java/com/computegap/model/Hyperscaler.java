package com.computegap.model;

import java.util.Objects;

/**
 * One hyperscaler's capital expenditure in the first modelled year.
 *
 * @param name company name, unique within a scenario, never {@code null}
 * @param capexUsdB total capex in the first year, billions of US dollars, {@code >= 0}
 * @param growthPct yearly growth of that capex in percent, {@code > -100}
 * @param aiSharePct share of the capex that is AI compute, 0..100
 */
public record Hyperscaler(String name, double capexUsdB, double growthPct, double aiSharePct) {

  public Hyperscaler {
    Objects.requireNonNull(name, "name");
  }

  public Hyperscaler withCapexUsdB(double value) {
    return new Hyperscaler(name, value, growthPct, aiSharePct);
  }

  public Hyperscaler withGrowthPct(double value) {
    return new Hyperscaler(name, capexUsdB, value, aiSharePct);
  }

  public Hyperscaler withAiSharePct(double value) {
    return new Hyperscaler(name, capexUsdB, growthPct, value);
  }
}
