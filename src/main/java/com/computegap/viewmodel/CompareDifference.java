package com.computegap.viewmodel;

import com.computegap.chart.DifferenceBars;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.ScenarioDifference;
import com.computegap.model.ScenarioParameters;
import com.computegap.model.ShapleySplit;
import com.computegap.text.Formats;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import com.computegap.text.ParameterNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Why B differs from A": the Shapley split of one KPI's difference ({@link ScenarioDifference})
 * and the waterfall bars that draw it, with their texts in the current language. Pure, so tests can
 * check the bars for known pairs.
 */
public final class CompareDifference {

  /** Orders sampled when more than {@link ShapleySplit#EXACT_LIMIT} parameters differ. */
  public static final int PERMUTATIONS = 200;

  /** Seed of the sampled orders: the same pair always gives the same estimate. */
  public static final long SEED = 15L;

  /** Steps drawn at most; the smaller rest is one "other parameters" step. */
  public static final int MAX_STEPS = 12;

  /** Interactions above this share of the difference get a note. */
  public static final double LARGE_INTERACTIONS = 0.1;

  /** Most players the split takes (sampled orders use an int mask). */
  public static final int MAX_PLAYERS = 31;

  private CompareDifference() {}

  /**
   * Model runs the split of A against B costs: {@code 2^k} exact, else {@code PERMUTATIONS * k}.
   */
  public static long cost(int players) {
    return players <= ShapleySplit.EXACT_LIMIT
        ? 1L << players
        : (long) PERMUTATIONS * players + players + 2;
  }

  /** The split of {@code kpi} between A and B, or {@code null} when too many parameters differ. */
  public static ScenarioDifference.Result split(Scenario a, Scenario b, KpiKind kpi) {
    if (ScenarioDifference.players(a, b).size() > MAX_PLAYERS) {
      return null;
    }
    return ScenarioDifference.split(a, b, kpi::valueOf, PERMUTATIONS, SEED);
  }

  /** The bars of {@code r} ({@code null}: too many parameters differ). */
  public static DifferenceBars bars(
      Scenario a, Scenario b, KpiKind kpi, ScenarioDifference.Result r) {
    String name = Messages.get(kpi.keyStem() + ".title");
    String title = Messages.format("compare.why.title", name);
    List<String> legend =
        List.of(
            Messages.get("compare.why.legend.total"),
            Messages.get("compare.why.legend.up"),
            Messages.get("compare.why.legend.down"));
    if (r == null) {
      return new DifferenceBars(
          title, name, legend, List.of(), "", Messages.format("compare.why.tooMany", MAX_PLAYERS));
    }
    if (r.players().isEmpty()) {
      return new DifferenceBars(
          title, name, legend, List.of(), "", Messages.get("compare.why.none"));
    }
    if (r.split() == null || !Double.isFinite(r.valueA()) || !Double.isFinite(r.valueB())) {
      return new DifferenceBars(
          title, name, legend, List.of(), "", Messages.format("compare.why.notFinite", name));
    }
    ShapleySplit.Result s = r.split();
    Map<String, ParameterPath> paths = new HashMap<>();
    ScenarioParameters.of(a).forEach(p -> paths.put(p.text(), p));
    ScenarioParameters.of(b).forEach(p -> paths.putIfAbsent(p.text(), p));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < r.players().size(); i++) {
      order.add(i);
    }
    double[] phi = s.contributions();
    order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(phi[i])));
    List<DifferenceBars.Row> rows = new ArrayList<>();
    rows.add(total(Messages.get("compare.why.a"), kpi, r.valueA()));
    double at = r.valueA();
    int shown = Math.min(order.size(), order.size() > MAX_STEPS ? MAX_STEPS - 1 : MAX_STEPS);
    for (int n = 0; n < shown; n++) {
      int i = order.get(n);
      String player = r.players().get(i);
      String label =
          player.equals(ScenarioDifference.STRUCTURE)
              ? Messages.get("compare.why.structure")
              : paths.containsKey(player) ? ParameterNames.compared(paths.get(player)) : player;
      rows.add(step(label, kpi, at, phi[i], s.standardErrors()[i]));
      at += phi[i];
    }
    if (shown < order.size()) {
      double rest = 0;
      double restVar = 0;
      for (int n = shown; n < order.size(); n++) {
        rest += phi[order.get(n)];
        restVar += Math.pow(s.standardErrors()[order.get(n)], 2);
      }
      String label = Messages.format("compare.why.others", order.size() - shown);
      rows.add(step(label, kpi, at, rest, Math.sqrt(restVar)));
    }
    rows.add(total(Messages.get("compare.why.b"), kpi, r.valueB()));
    List<String> notes = new ArrayList<>();
    if (!s.exact()) {
      notes.add(Messages.format("compare.why.sampled", PERMUTATIONS, r.players().size()));
    }
    if (s.interactionsLarge(LARGE_INTERACTIONS)) {
      double share = Math.abs(s.interaction() / s.total()) * 100;
      notes.add(Messages.format("compare.why.interactions", Formats.value(share, 0)));
    }
    return new DifferenceBars(title, name, legend, rows, String.join(" ", notes), "");
  }

  private static DifferenceBars.Row total(String label, KpiKind kpi, double v) {
    String text = kpi.format(v);
    return new DifferenceBars.Row(
        label, DifferenceBars.Kind.TOTAL, 0, v, text, label + ": " + text);
  }

  private static DifferenceBars.Row step(
      String label, KpiKind kpi, double from, double phi, double se) {
    String text = signed(kpi, phi);
    if (se > 0) {
      text = Messages.format("compare.why.withError", text, kpi.format(se));
    }
    DifferenceBars.Kind kind = phi < 0 ? DifferenceBars.Kind.DOWN : DifferenceBars.Kind.UP;
    return new DifferenceBars.Row(
        label,
        kind,
        from,
        from + phi,
        text,
        Messages.format("compare.why.tooltip", label, text, kpi.format(from + phi)));
  }

  /** {@code +0.45×} or {@code −12.3 B USD}. */
  static String signed(KpiKind kpi, double v) {
    return (v < 0 ? "−" : "+") + kpi.format(Math.abs(v));
  }
}
