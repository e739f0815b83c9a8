package com.computegap.model;

import java.util.List;

/**
 * Hyperscaler AI capex split by company and mega projects, year by year: the parts whose sum is the
 * {@link YearRow#hyperscalerAiCapexUsdB()} column. Not a model column itself, so it lives beside
 * {@link GapModel} and uses the same arithmetic (growth carried by multiplication), which keeps the
 * stacked chart's top equal to the modelled total. Immutable; money in billions of US dollars.
 */
public final class HyperscalerBreakdown {

  private final int startYear;
  private final List<String> companyNames;
  private final double[][] companyAiCapexUsdB;
  private final double[] megaProjectsUsdB;

  private HyperscalerBreakdown(
      int startYear,
      List<String> companyNames,
      double[][] companyAiCapexUsdB,
      double[] megaProjectsUsdB) {
    this.startYear = startYear;
    this.companyNames = companyNames;
    this.companyAiCapexUsdB = companyAiCapexUsdB;
    this.megaProjectsUsdB = megaProjectsUsdB;
  }

  /** The split for every modelled year of a valid scenario. */
  public static HyperscalerBreakdown of(Scenario s) {
    int years = s.years();
    List<Hyperscaler> companies = s.hyperscalers();
    double[][] perCompany = new double[companies.size()][years];
    for (int k = 0; k < companies.size(); k++) {
      Hyperscaler h = companies.get(k);
      double factor = 1.0;
      double step = 1 + h.growthPct() / 100;
      for (int n = 0; n < years; n++) {
        perCompany[k][n] = h.capexUsdB() * factor * h.aiSharePct() / 100;
        factor *= step;
      }
    }
    double[] mega = new double[years];
    for (int n = 0; n < years; n++) {
      for (MegaProject p : s.megaProjects()) {
        mega[n] += p.spendIn(s.startYear() + n);
      }
    }
    List<String> names = companies.stream().map(Hyperscaler::name).toList();
    return new HyperscalerBreakdown(s.startYear(), names, perCompany, mega);
  }

  public int startYear() {
    return startYear;
  }

  /** Number of modelled years. */
  public int years() {
    return megaProjectsUsdB.length;
  }

  /** Company names in scenario order. */
  public List<String> companyNames() {
    return companyNames;
  }

  /** AI capex of company {@code company} (scenario order) in year {@code startYear + yearIndex}. */
  public double companyAiCapexUsdB(int company, int yearIndex) {
    return companyAiCapexUsdB[company][yearIndex];
  }

  /** Spend of all mega projects active in year {@code startYear + yearIndex}. */
  public double megaProjectsUsdB(int yearIndex) {
    return megaProjectsUsdB[yearIndex];
  }
}
