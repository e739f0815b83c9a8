package com.computegap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Valid scenarios drawn at random across the whole valid range, with extra weight on the edges (0,
 * 100 %, no supply, shocks covering the horizon) where the division and allocation rules bite.
 */
public final class RandomScenarios {

  private final Random random;

  public RandomScenarios(long seed) {
    this.random = new Random(seed);
  }

  public Scenario next() {
    int start = 2000 + random.nextInt(90);
    int years = 1 + random.nextInt(30);
    List<Hyperscaler> companies = new ArrayList<>();
    int count = random.nextInt(6);
    for (int i = 0; i < count; i++) {
      companies.add(new Hyperscaler("Co" + i, money(), rate(), pct()));
    }
    List<MegaProject> projects = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      projects.add(
          new MegaProject(
              "P" + i, start - 3 + random.nextInt(years + 6), 1 + random.nextInt(8), money()));
    }
    DepinParams depin =
        new DepinParams(
            money(),
            money(),
            1 + random.nextInt(30),
            edge(0, 1, 5 * random.nextDouble()),
            rate(),
            pct(),
            money(),
            rate(),
            pct(),
            pct(),
            pct(),
            pct(),
            units());
    SupplyShock shock =
        random.nextBoolean()
            ? null
            : new SupplyShock(start - 2 + random.nextInt(years + 4), 1 + random.nextInt(30), pct());
    ChipParams chips =
        new ChipParams(
            units(),
            rate(),
            edge(0.001, 25, 0.001 + 60 * random.nextDouble()),
            rate(),
            pct(),
            money(),
            rate(),
            1 + random.nextInt(15),
            units(),
            shock);
    return new Scenario(
        1, "Random", "", start, years, companies, pct(), projects, depin, chips, List.of(),
        Map.of(), List.of());
  }

  /**
   * {@link #next()} with the section 7 numbers drawn too (each sometimes at its default) and, now
   * and then, the extremes: elasticity 5, a flex of 1000 %, a full tail.
   */
  public Scenario nextVersion2() {
    Scenario s = next();
    DepinParams d = s.depin();
    DepinParams v2 =
        new DepinParams(
            d.marketCapUsdB(),
            d.newIncentiveCapUsdB(),
            d.emissionYears(),
            d.tokenPriceMultiplier(),
            d.tokenPriceDriftPctPerYear(),
            d.sellSharePct(),
            d.buyerDemandUsdB(),
            d.buyerDemandGrowthPct(),
            d.aiSharePct(),
            d.cloudResoldSharePct(),
            d.acceleratorSharePct(),
            d.frontierEfficiencyPct(),
            d.initialInstalledK(),
            edge(0, 5, 2 * random.nextDouble()),
            edge(0, 100, 50 * random.nextDouble()),
            rate(),
            edge(0, 100, 30 * random.nextDouble()));
    ChipParams c = s.chips();
    ChipParams chips =
        new ChipParams(
            c.supplyK(),
            c.supplyGrowthPct(),
            c.unitPriceUsdK(),
            c.unitPriceChangePctPerYear(),
            c.hyperscalerPriorityCapPct(),
            c.otherBuyersUsdB(),
            c.otherBuyersGrowthPct(),
            c.usefulLifeYears(),
            c.hyperscalerInitialInstalledK(),
            c.shock(),
            edge(0, 1000, 200 * random.nextDouble()));
    return s.withDepin(v2).withChips(chips);
  }

  /**
   * {@code s} with the years that the model accepts but a file does not (a mega project or shock
   * starting before 2000 or after 2100) moved into 2000..2100, so it can be saved and read back.
   */
  public static Scenario fileValid(Scenario s) {
    List<MegaProject> projects = new ArrayList<>();
    for (MegaProject p : s.megaProjects()) {
      projects.add(p.withStartYear(Math.max(2000, Math.min(2100, p.startYear()))));
    }
    Scenario out = s.withMegaProjects(projects);
    SupplyShock shock = s.chips().shock();
    if (shock != null) {
      out =
          out.withChips(
              out.chips().withShock(shock.withYear(Math.max(2000, Math.min(2100, shock.year())))));
    }
    return out;
  }

  private double edge(double a, double b, double otherwise) {
    int roll = random.nextInt(10);
    return roll == 0 ? a : roll == 1 ? b : otherwise;
  }

  private double money() {
    return edge(0, 100, 500 * random.nextDouble());
  }

  private double units() {
    return edge(0, 1000, 20000 * random.nextDouble());
  }

  private double pct() {
    return edge(0, 100, 100 * random.nextDouble());
  }

  /** A growth rate in -90..+150 %/yr, sometimes exactly 0. */
  private double rate() {
    return edge(0, -50, -90 + 240 * random.nextDouble());
  }
}
