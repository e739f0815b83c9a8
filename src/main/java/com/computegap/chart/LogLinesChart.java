package com.computegap.chart;

import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The base of the two log-scale line charts ({@link GapRatioChart}, {@link InstalledComputeChart}):
 * scenario A's columns as solid lines, B's first few dashed, values that cannot sit on a log scale
 * left out and their years named in a note under the title, and the scenario's reported figures
 * ("actuals") of those columns as crosses at their value, the source and "as of" date in the
 * tooltip. Subclasses name the columns, the notes, the axis range and the colours.
 */
abstract class LogLinesChart extends ModelChart {

  /** Scenario A's lines, and B's (empty when not comparing). */
  record Datasets(YearTableDataset scenario, YearTableDataset compare) {}

  /** The dataset index of the reported figures, after A's (0) and B's (1) lines. */
  static final int ACTUALS = 2;

  private final Datasets data;
  private final ActualMarkers actuals = new ActualMarkers();
  private final TextTitle note;
  private ChartNotes notes = new ChartNotes();

  LogLinesChart(ChartKind kind, Datasets data, JFreeChart chart) {
    super(kind, chart);
    this.data = data;
    this.note = (TextTitle) chart().getSubtitle(1);
    actuals.install((XYPlot) chart().getPlot(), ACTUALS);
  }

  static Datasets createDatasets() {
    return new Datasets(new YearTableDataset(0, 0), new YearTableDataset(0, 0));
  }

  /**
   * A log-axis line chart over {@code d}, its tooltips {@code tooltipKey} with values formatted by
   * {@code format}.
   */
  static JFreeChart createChart(Datasets d, String tooltipKey, DoubleFunction<String> format) {
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(ChartAxes.yearAxis());
    plot.setRangeAxis(new PlainLogAxis(""));
    var tips = ChartData.tooltips(tooltipKey, format);
    plot.setRenderer(0, ChartRenderers.lines(tips));
    plot.setDataset(0, d.scenario());
    plot.setRenderer(1, ChartRenderers.lines(tips));
    plot.setDataset(1, d.compare());
    // B first, so where B equals A the solid A line stays on top
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    JFreeChart chart = new JFreeChart("", ChartStyler.TITLE, plot, false);
    chart.addSubtitle(ChartStyler.subtitle(ChartStyler.SUBTITLE));
    chart.addSubtitle(ChartStyler.subtitle(ChartStyler.NOTE));
    LegendTitle legend = new LegendTitle(plot);
    legend.setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(legend);
    return chart;
  }

  /** The chart's title key. */
  abstract String titleKey();

  /** Scenario A's columns, one line each. */
  abstract List<Column> columns();

  /** The lines' names, one per column, already translated. */
  abstract List<String> seriesNames();

  /** How many of the first columns scenario B draws too. */
  abstract int comparedColumns();

  /** Adds the notes for the values of {@code r} that cannot be drawn. */
  abstract void addNotes(ChartNotes notes, ModelResult r, boolean compare);

  /**
   * Sets the log axis around the drawn values' positive bounds ({@code null} when there are none).
   */
  abstract void setRange(PlainLogAxis axis, double[] bounds);

  /** Labels beyond the series (markers), set at every fill. */
  void fillLabels() {}

  /** Colours and strokes of the lines. */
  abstract void paintLines(ChartPalette p);

  @Override
  final void paintSeries(ChartPalette p) {
    paintLines(p);
    actuals.paint(p);
  }

  @Override
  final void fill(ChartInput input) {
    XYPlot plot = (XYPlot) chart().getPlot();
    chart().setTitle(ChartText.get(titleKey()));
    fillLabels();
    List<String> names = seriesNames();
    List<Column> columns = columns();
    ModelResult a = input.result();
    List<double[]> drawn = new ArrayList<>();
    List<double[]> valuesA = columns.stream().map(c -> ChartData.logColumn(a, c)).toList();
    data.scenario().setData(input.scenario().startYear(), names, columns, valuesA);
    drawn.addAll(valuesA);
    var figures =
        ActualMarkers.points(
            input.scenario(), a, ActualMarkers.atValue(input.scenario(), Set.copyOf(columns)));
    actuals.set(figures, true);
    drawn.add(ActualMarkers.values(figures));
    notes = new ChartNotes();
    addNotes(notes, a, false);
    if (input.hasCompare()) {
      ModelResult b = input.compareResult();
      int n = comparedColumns();
      List<double[]> valuesB =
          columns.subList(0, n).stream().map(c -> ChartData.logColumn(b, c)).toList();
      data.compare()
          .setData(
              input.compareScenario().startYear(),
              names.subList(0, n).stream().map(ChartTitles::compare).toList(),
              valuesB);
      drawn.addAll(valuesB);
      addNotes(notes, b, true);
    } else {
      data.compare().clear();
    }
    setRange((PlainLogAxis) plot.getRangeAxis(), ChartData.positiveBounds(drawn));
    ChartTitles.showYears(plot, input);
  }

  @Override
  void adapt(Fit size) {
    note.setText(notes.text(size.compact()));
    note.setVisible(!notes.isEmpty());
  }

  @Override
  Set<Integer> compareDatasets() {
    return Set.of(1);
  }

  Datasets datasets() {
    return data;
  }

  /** The reported figures drawn on this chart. */
  ActualMarkers actualMarkers() {
    return actuals;
  }

  /** The note line as drawn now; empty when hidden. */
  String noteText() {
    return note.isVisible() ? note.getText() : "";
  }
}
