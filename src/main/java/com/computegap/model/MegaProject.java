package com.computegap.model;

import java.util.Objects;

/**
 * Extra AI capex outside the four companies' budgets (for example a rumoured supercomputer), spread
 * evenly over {@code years} from {@code startYear}; only its years inside the horizon count.
 *
 * @param name label shown in charts, never {@code null}
 * @param startYear first year of spending, 2000..2100
 * @param years number of years the spend is spread over, 1..30
 * @param totalUsdB total spend, billions of US dollars, {@code >= 0}
 */
public record MegaProject(String name, int startYear, int years, double totalUsdB) {

  public MegaProject {
    Objects.requireNonNull(name, "name");
  }

  /** The spend in {@code year}, billions of US dollars; zero outside the project's years. */
  public double spendIn(int year) {
    return year >= startYear && year < startYear + years ? totalUsdB / years : 0.0;
  }

  public MegaProject withStartYear(int value) {
    return new MegaProject(name, value, years, totalUsdB);
  }

  public MegaProject withYears(int value) {
    return new MegaProject(name, startYear, value, totalUsdB);
  }

  public MegaProject withTotalUsdB(double value) {
    return new MegaProject(name, startYear, years, value);
  }
}
