package com.computegap.viewmodel;

import com.computegap.chart.TornadoBars;
import com.computegap.model.Column;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.Tornado;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "What moves the answer most?": the sensitivity (tornado) of one output in one year to each
 * uncertain parameter alone, for the scenario of the newest Monte Carlo result (so the fans and the
 * tornado always describe the same scenario). Recomputed when a run finishes or the output or year
 * changes; a tornado costs two model evaluations per parameter, microseconds, so it runs where it
 * is asked for.
 */
public final class TornadoViewModel {

  private final UncertaintyViewModel uncertainty;
  private final ObjectProperty<Column> column =
      new SimpleObjectProperty<>(Column.COMPUTE_GAP_RATIO);
  private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
  private final ObservableList<Integer> years = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<TornadoBars> data = new ReadOnlyObjectWrapper<>();

  public TornadoViewModel(UncertaintyViewModel uncertainty) {
    this.uncertainty = uncertainty;
    uncertainty.outcomeProperty().addListener((obs, was, now) -> refresh());
    column.addListener((obs, was, now) -> refresh());
    year.addListener((obs, was, now) -> refresh());
    refresh();
  }

  /** The outputs to choose from: every model output column. */
  public List<Column> columns() {
    return Column.outputs();
  }

  public String columnLabel(Column c) {
    return c == null ? "" : AnalysisTexts.column(c);
  }

  /**
   * The output charted; {@link Column#COMPUTE_GAP_RATIO} at first (the "compute gap, last year"
   * card).
   */
  public ObjectProperty<Column> columnProperty() {
    return column;
  }

  /** The year charted; the last year of the horizon at first, kept inside it. */
  public ObjectProperty<Integer> yearProperty() {
    return year;
  }

  /** The years of the horizon of the scenario charted. */
  public ObservableList<Integer> years() {
    return years;
  }

  /** The bars, or {@code null} before the first Monte Carlo result. */
  public ReadOnlyObjectProperty<TornadoBars> dataProperty() {
    return data.getReadOnlyProperty();
  }

  /** Rebuilds the texts in the current language. */
  public void relocalize() {
    refresh();
  }

  private void refresh() {
    UncertaintyViewModel.Outcome o = uncertainty.outcome();
    if (o == null || column.get() == null) {
      data.set(null);
      return;
    }
    Scenario s = o.scenario();
    List<Integer> horizon = new ArrayList<>();
    for (int y = s.startYear(); y <= s.endYear(); y++) {
      horizon.add(y);
    }
    if (!horizon.equals(years)) {
      years.setAll(horizon);
    }
    Integer y = year.get();
    if (y == null || y < s.startYear() || y > s.endYear()) {
      year.set(s.endYear()); // calls refresh again with a year inside the horizon
      return;
    }
    data.set(build(s, column.get(), y));
  }

  /**
   * The tornado of {@code c} in {@code y} for {@code s} with its texts; ignores ranges that no
   * longer apply.
   */
  public static TornadoBars build(Scenario s, Column c, int y) {
    Scenario runnable = UncertaintyViewModel.withoutDanglingRanges(s, new ArrayList<>());
    Tornado t = Tornado.of(runnable, c, y);
    List<TornadoBars.Row> rows = new ArrayList<>();
    String name = AnalysisTexts.column(c);
    boolean finiteBase = Double.isFinite(t.base());
    for (Tornado.Bar b : finiteBase ? t.bars() : List.<Tornado.Bar>of()) {
      ParameterPath p = ParameterPath.parse(b.parameter().param());
      String parameter = AnalysisTexts.parameter(p, s);
      String span = AnalysisTexts.span(b.lowInput(), b.highInput(), p.field());
      String lowText = AnalysisTexts.output(c, b.lowOutput());
      String highText = AnalysisTexts.output(c, b.highOutput());
      String tooltip =
          Messages.format(
              "unc.tornado.tooltip",
              parameter,
              name,
              Formats.year(y),
              AnalysisTexts.input(p.field(), b.lowInput()),
              lowText,
              AnalysisTexts.input(p.field(), b.highInput()),
              highText,
              AnalysisTexts.output(c, t.base()),
              AnalysisTexts.distribution(b.parameter().distribution(), p.field()));
      rows.add(
          new TornadoBars.Row(
              Messages.format("unc.tornado.row", parameter, span),
              b.lowOutput(),
              b.highOutput(),
              AnalysisTexts.outputShort(c, b.lowOutput()),
              AnalysisTexts.outputShort(c, b.highOutput()),
              tooltip));
    }
    String title = Messages.format("unc.tornado.title", name, Formats.year(y));
    String axis = Messages.format("unc.tornado.axis", name, AnalysisTexts.unit(c.unit()));
    String base = Messages.format("unc.tornado.base", AnalysisTexts.output(c, t.base()));
    List<String> legend =
        List.of(Messages.get("unc.tornado.legend.low"), Messages.get("unc.tornado.legend.high"));
    String empty =
        !finiteBase && !t.bars().isEmpty()
            ? Messages.format(
                "unc.tornado.baseNotFinite",
                name,
                Formats.year(y),
                AnalysisTexts.output(c, t.base()))
            : rows.isEmpty() ? Messages.get("unc.hint.noRanges") : "";
    return new TornadoBars(t, title, axis, base, legend, rows, empty);
  }
}
