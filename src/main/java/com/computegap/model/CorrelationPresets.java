package com.computegap.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two ready-made sets of rank correlations for the uncertainty view: inputs that rise and fall
 * together in a market cycle. The coefficients are assumptions of this project (no source in the
 * essay or its facts gives them), chosen round and moderate, and each preset's matrix is positive
 * definite on its own.
 *
 * <p>A preset applies only to the pairs whose two parameters are both in the scenario's {@code
 * uncertainty} list, compared by their exact {@code param} strings (as the file format does).
 */
public final class CorrelationPresets {

  /**
   * One pair of a preset.
   *
   * @param a a parameter path, exactly as an {@code uncertainty} entry writes it
   * @param b another
   * @param rho the rank correlation, -0.95..0.95
   * @param basis why, in one line (English; the window shows the translated text)
   */
  public record Pair(String a, String b, double rho, String basis) {

    /** Whether this pair joins {@code x} and {@code y}, in either order. */
    public boolean joins(String x, String y) {
      return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }

    public Correlation correlation() {
      return new Correlation(a, b, rho);
    }
  }

  /** The presets. */
  public enum Preset {
    /** Token price, buyers' cash and its growth: a crypto bull or bear market moves all three. */
    CRYPTO_CYCLE(
        "cryptoCycle",
        List.of(
            new Pair(
                "depin.tokenPriceMultiplier",
                "depin.buyerDemandUsdB",
                0.7,
                "Assumption: buyers bring more cash when token prices are high (crypto cycles)"),
            new Pair(
                "depin.tokenPriceMultiplier",
                "depin.buyerDemandGrowthPct",
                0.5,
                "Assumption: a rising token price comes with growing buyer demand"),
            new Pair(
                "depin.buyerDemandUsdB",
                "depin.buyerDemandGrowthPct",
                0.4,
                "Assumption: a year of strong buying tends to continue"))),
    /** Company capex growth, chip supply growth and other buyers: one AI investment cycle. */
    AI_CAPEX_CYCLE(
        "aiCapexCycle",
        List.of(
            new Pair(
                "hyperscalers[*].growthPct",
                "chips.supplyGrowthPct",
                0.6,
                "Assumption: foundries and packaging expand when hyperscalers spend more"),
            new Pair(
                "hyperscalers[*].growthPct",
                "chips.otherBuyersUsdB",
                0.5,
                "Assumption: the same AI boom drives the other chip buyers"),
            new Pair(
                "chips.supplyGrowthPct",
                "chips.otherBuyersUsdB",
                0.4,
                "Assumption: more supply follows more total demand")));

    private final String id;
    private final List<Pair> pairs;

    Preset(String id, List<Pair> pairs) {
      this.id = id;
      this.pairs = pairs;
    }

    /** A stable name for resource keys: {@code cryptoCycle}, {@code aiCapexCycle}. */
    public String id() {
      return id;
    }

    public List<Pair> pairs() {
      return pairs;
    }
  }

  /**
   * What applying a preset gives.
   *
   * @param correlations the scenario's new correlation list
   * @param applied the preset's pairs that were applied (both parameters uncertain)
   * @param skipped the preset's pairs left out (a parameter without a range)
   * @param dropped existing correlations removed because, combined with the preset, the matrix
   *     would not have been positive definite
   */
  public record Result(
      List<Correlation> correlations,
      List<Pair> applied,
      List<Pair> skipped,
      List<Correlation> dropped) {}

  private CorrelationPresets() {}

  /**
   * Applies {@code preset} to {@code s}: each applicable pair replaces an existing correlation of
   * the same two parameters or is appended. When the existing correlations and the preset together
   * would not be positive definite, the existing correlations that touch the preset's parameters
   * are dropped (the preset's own block is positive definite, and the rest is what it was).
   */
  public static Result apply(Scenario s, Preset preset) {
    Set<String> uncertain = new HashSet<>();
    for (UncertainParameter u : s.uncertainty()) {
      uncertain.add(u.param());
    }
    List<Pair> applied = new ArrayList<>();
    List<Pair> skipped = new ArrayList<>();
    for (Pair p : preset.pairs()) {
      (uncertain.contains(p.a()) && uncertain.contains(p.b()) ? applied : skipped).add(p);
    }
    List<Correlation> merged = merge(s.correlations(), applied);
    List<Correlation> dropped = new ArrayList<>();
    if (!isPositiveDefinite(s, merged)) {
      Set<String> touched = new HashSet<>();
      for (Pair p : applied) {
        touched.add(p.a());
        touched.add(p.b());
      }
      List<Correlation> kept = new ArrayList<>();
      for (Correlation c : s.correlations()) {
        boolean replaced = applied.stream().anyMatch(p -> p.joins(c.a(), c.b()));
        if (!replaced && (touched.contains(c.a()) || touched.contains(c.b()))) {
          dropped.add(c);
        } else {
          kept.add(c);
        }
      }
      merged = merge(kept, applied);
    }
    return new Result(
        List.copyOf(merged), List.copyOf(applied), List.copyOf(skipped), List.copyOf(dropped));
  }

  private static List<Correlation> merge(List<Correlation> existing, List<Pair> pairs) {
    List<Correlation> out = new ArrayList<>(existing);
    for (Pair p : pairs) {
      int at = -1;
      for (int i = 0; i < out.size(); i++) {
        if (p.joins(out.get(i).a(), out.get(i).b())) {
          at = i;
          break;
        }
      }
      if (at >= 0) {
        out.set(at, new Correlation(out.get(at).a(), out.get(at).b(), p.rho()));
      } else {
        out.add(p.correlation());
      }
    }
    return out;
  }

  /** Whether {@code correlations} resolve on {@code s} to a positive definite matrix. */
  static boolean isPositiveDefinite(Scenario s, List<Correlation> correlations) {
    try {
      CorrelatedInputs.resolve(s.uncertainty(), correlations);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
