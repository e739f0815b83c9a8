package com.computegap.export;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import com.computegap.model.RealityCheck;
import com.computegap.model.Scenario;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reality check of the deck: each reported figure of the scenario beside the model's value for
 * it and the error (MODEL.md section 7), as table rows.
 */
final class RealityRows {

  private RealityRows() {}

  /**
   * One actual against the model.
   *
   * @param series the column the figure is reported for
   * @param company the hyperscaler it is about, or empty
   * @param year the year it is for
   * @param actual the reported value, in the column's unit
   * @param model the model's value, or NaN when the year is outside the horizon
   * @param errorPct {@code 100 * (model - actual) / actual}, or NaN when there is no model value
   * @param source where the figure comes from
   * @param asOf when it was reported, or {@code null}
   */
  record Row(
      Column series,
      String company,
      int year,
      double actual,
      double model,
      double errorPct,
      String source,
      LocalDate asOf) {}

  /** The rows of {@code s}, one per actual in file order (MODEL.md section 7). */
  static List<Row> of(Scenario s, ModelResult result) {
    List<Row> rows = new ArrayList<>();
    for (RealityCheck.Row r : RealityCheck.rows(s, result)) {
      Actual a = r.actual();
      rows.add(
          new Row(
              a.series(),
              a.company() == null ? "" : a.company(),
              a.year(),
              a.value(),
              r.model(),
              r.errorPct(),
              a.source(),
              a.asOf()));
    }
    return rows;
  }

  /** The newest "as of" date of the rows, or {@code null} when none has one. */
  static LocalDate newestAsOf(List<Row> rows) {
    LocalDate newest = null;
    for (Row r : rows) {
      if (r.asOf() != null && (newest == null || r.asOf().isAfter(newest))) {
        newest = r.asOf();
      }
    }
    return newest;
  }

  /** The table: series, company, year, reported, model, error, source. */
  static DeckTables.Table table(List<Row> rows) {
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      String source =
          r.asOf() == null
              ? r.source()
              : Messages.format("export.deck.reality.sourceAsOf", r.source(), r.asOf().toString());
      cells.add(
          List.of(
              AnalysisTexts.column(r.series()),
              r.company(),
              Formats.year(r.year()),
              AnalysisTexts.outputShort(r.series(), r.actual()),
              Double.isNaN(r.model()) ? "" : AnalysisTexts.outputShort(r.series(), r.model()),
              Double.isNaN(r.model()) ? "" : Formats.percentChange(r.errorPct()),
              source));
    }
    return new DeckTables.Table(
        List.of(
            Messages.get("export.deck.reality.series"),
            Messages.get("export.deck.reality.company"),
            Messages.get("export.deck.reality.year"),
            Messages.get("export.deck.reality.actual"),
            Messages.get("export.deck.reality.model"),
            Messages.get("export.deck.reality.error"),
            Messages.get("export.brief.column.source")),
        new double[] {0.2, 0.1, 0.06, 0.1, 0.1, 0.09, 0.35},
        cells);
  }
}
