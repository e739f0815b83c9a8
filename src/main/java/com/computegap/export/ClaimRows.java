package com.computegap.export;

import com.computegap.model.CancelFlag;
import com.computegap.model.Claim;
import com.computegap.model.ClaimAnalysis;
import com.computegap.model.ClaimOp;
import com.computegap.model.Scenario;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The claims table of the brief and the deck: each claim of the scenario with the claim written
 * out, its probability over the Monte Carlo runs, the 95 % (Wilson) interval and whether it holds
 * with every input as set. The runs are the fans' ({@link DeckExport#RUNS} from seed {@link
 * DeckExport#SEED}, the defaults of the window and the command line), so the numbers match the
 * deck's fan slides and {@code montecarlo --claims}.
 */
final class ClaimRows {

  /**
   * One claim, as text.
   *
   * @param label the claim's label
   * @param claim the claim written out: {@code Spend gap in 2028 < 2×}
   * @param probability {@code 42.1 %}, or {@code –} for a year outside the horizon
   * @param interval the 95 % interval: {@code 41.1–43.1 %}
   * @param asSet {@code yes}, {@code no}, or {@code –} for a year outside the horizon
   */
  record Row(String label, String claim, String probability, String interval, String asSet) {}

  private ClaimRows() {}

  /** The rows of {@code s}'s claims; empty when it has none. */
  static List<Row> of(Scenario s) {
    if (s.claims().isEmpty()) {
      return List.of();
    }
    return rows(ClaimAnalysis.analyse(s, DeckExport.RUNS, DeckExport.SEED, new CancelFlag()));
  }

  /** The rows of analysed claims. */
  static List<Row> rows(List<ClaimAnalysis.Outcome> outcomes) {
    List<Row> out = new ArrayList<>(outcomes.size());
    for (ClaimAnalysis.Outcome o : outcomes) {
      String none = Formats.nonFinite(Double.NaN);
      out.add(
          new Row(
              o.claim().label(),
              statement(o.claim()),
              o.answered() ? percent(o.probability()) : none,
              o.answered()
                  ? Messages.format(
                      "export.claims.interval",
                      Formats.value(o.interval().low() * 100, 1),
                      Formats.value(o.interval().high() * 100, 1))
                  : none,
              o.answered()
                  ? Messages.get(o.holdsAsSet() ? "export.claims.yes" : "export.claims.no")
                  : none));
    }
    return List.copyOf(out);
  }

  /** {@code Spend gap in 2028 < 2×}, with the column's unit. */
  static String statement(Claim c) {
    return Messages.format(
        "export.claims.statement",
        AnalysisTexts.column(c.column()),
        Formats.year(c.year()),
        symbol(c.op()),
        AnalysisTexts.output(c.column(), c.value()).strip());
  }

  private static String symbol(ClaimOp op) {
    return switch (op) {
      case LT -> "<";
      case LE -> "≤";
      case GT -> ">";
      case GE -> "≥";
    };
  }

  /** A probability as a percentage with one decimal: {@code 42.1 %}. */
  static String percent(double p) {
    return Messages.format("export.claims.percent", Formats.value(p * 100, 1));
  }

  /** The deck's table: label, claim, probability, interval, as set. */
  static DeckTables.Table table(List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      cells.add(List.of(r.label(), r.claim(), r.probability(), r.interval(), r.asSet()));
    }
    return new DeckTables.Table(header(), new double[] {0.34, 0.3, 0.11, 0.15, 0.1}, cells);
  }

  /** The column heads. */
  static List<String> header() {
    return List.of(
        Messages.get("export.claims.column.label"),
        Messages.get("export.claims.column.claim"),
        Messages.get("export.claims.column.probability"),
        Messages.get("export.claims.column.interval"),
        Messages.get("export.claims.column.asSet"));
  }

  /** The line under the title: how the probabilities were made. */
  static String method() {
    return Messages.format(
        "export.claims.method", Formats.value(DeckExport.RUNS, 0), Long.toString(DeckExport.SEED));
  }
}
