package com.computegap.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * Why B differs from A, as a horizontal waterfall: A's value of the chosen KPI on top, then one
 * floating bar per changed parameter from where the previous step ended to where this one ends (its
 * Shapley contribution), then B's value at the bottom. Steps that raise the KPI and steps that
 * lower it take two colours (orange and blue, A and B near-black); each bar is labelled with its
 * value. JavaFX-free: a view hosts {@link #chart()}.
 */
public final class DifferenceChart {

  private static final java.awt.Font ROW_FONT =
      new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);

  /** Room right of the bars for their labels, as a share of the value span. */
  private static final double LABEL_ROOM = 0.3;

  private final JFreeChart chart;
  private final Bars bars = new Bars();
  private final ValueMarker zero = new ValueMarker(0);
  private final TextTitle note;
  private ChartPalette palette = ChartTheme.LIGHT.palette();
  private DifferenceBars data;

  public DifferenceChart() {
    XYPlot plot = new XYPlot();
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDomainAxis(labels(new String[0]));
    NumberAxis value = new NumberAxis("");
    value.setMinorTickMarksVisible(false);
    plot.setRangeAxis(value);
    XYBarRenderer renderer =
        ChartRenderers.bars(
            (dataset, series, item) ->
                data == null || item >= data.rows().size()
                    ? null
                    : data.rows().get(item).tooltip());
    renderer.setUseYInterval(true);
    plot.setRenderer(renderer);
    plot.setDataset(bars);
    plot.addRangeMarker(zero, Layer.BACKGROUND);
    note = ChartStyler.subtitle(ChartStyler.NOTE);
    chart = ChartStyler.compactWithNote(plot, note);
    restyle();
  }

  /** The chart, for a viewer; owned by the JavaFX thread. */
  public JFreeChart chart() {
    return chart;
  }

  /** The data shown, or {@code null}. */
  public DifferenceBars data() {
    return data;
  }

  /** Shows {@code next} as one change; {@code null} clears the chart. */
  public void update(DifferenceBars next) {
    ChartStyler.batched(
        chart,
        () -> {
          data = next;
          XYPlot plot = chart.getXYPlot();
          plot.clearAnnotations();
          List<DifferenceBars.Row> rows = next == null ? List.of() : next.rows();
          bars.setData(rows);
          // the title is the view's KPI picker; a chart title would take rows from the bars
          chart.setTitle((String) null);
          note.setText(next == null ? "" : next.note());
          note.setVisible(next != null && !next.note().isEmpty());
          plot.setNoDataMessage(next == null ? "" : next.empty());
          if (next != null) {
            bars.setKeys(next.legend());
          }
          SymbolAxis axis =
              labels(rows.stream().map(DifferenceBars.Row::label).toArray(String[]::new));
          axis.setRange(new Range(-0.6, Math.max(0.6, rows.size() - 0.4)), true, false);
          plot.setDomainAxis(axis);
          double[] span = span(rows);
          NumberAxis value = (NumberAxis) plot.getRangeAxis();
          value.setLabel(next == null ? "" : next.axisLabel());
          value.setRange(new Range(span[0], span[1]), true, false);
          for (int i = 0; i < rows.size(); i++) {
            DifferenceBars.Row r = rows.get(i);
            XYTextAnnotation label =
                new XYTextAnnotation(" " + r.text(), i, Math.max(r.start(), r.end()));
            label.setFont(ChartStyler.ITEM_LABEL_COMPACT);
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(label, false);
          }
          ChartStyler.styleChart(chart, palette);
          paint();
        });
  }

  /** Restyles in {@code theme}. */
  public void applyTheme(ChartTheme theme) {
    palette = theme.palette();
    update(data);
  }

  private void restyle() {
    ChartStyler.styleChart(chart, palette);
    paint();
  }

  private void paint() {
    chart.getLegend().setItemFont(ChartStyler.LEGEND_COMPACT);
    XYPlot plot = chart.getXYPlot();
    plot.setNoDataMessageFont(ChartStyler.SUBTITLE);
    plot.setNoDataMessagePaint(palette.mutedText());
    XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
    ChartRenderers.bar(r, DifferenceBars.Kind.TOTAL.ordinal(), palette.reference(), palette);
    ChartRenderers.bar(r, DifferenceBars.Kind.UP.ordinal(), palette.depin(), palette);
    ChartRenderers.bar(r, DifferenceBars.Kind.DOWN.ordinal(), palette.hyperscalers(), palette);
    if (plot.getDomainAxis() instanceof SymbolAxis axis) {
      // every row named, in a smaller font where rows are short, rather than every other one
      axis.setTickLabelFont(ROW_FONT);
    }
    zero.setPaint(palette.axisLine());
    zero.setStroke(ChartStyler.line(palette, 0.75f, false));
    for (Object a : plot.getAnnotations()) {
      if (a instanceof XYTextAnnotation t) {
        t.setPaint(palette.text());
        t.setBackgroundPaint(palette.labelBackground());
      }
    }
  }

  /** The value axis: zero and every bar end, with room on the right for the labels. */
  static double[] span(List<DifferenceBars.Row> rows) {
    double lo = 0;
    double hi = 0;
    for (DifferenceBars.Row r : rows) {
      lo = Math.min(lo, Math.min(r.start(), r.end()));
      hi = Math.max(hi, Math.max(r.start(), r.end()));
    }
    double width = hi - lo;
    if (width == 0) {
      width = 1;
    }
    return new double[] {lo < 0 ? lo - width * 0.05 : 0, hi + width * LABEL_ROOM};
  }

  private static SymbolAxis labels(String[] names) {
    SymbolAxis axis = new SymbolAxis(null, names);
    axis.setGridBandsVisible(false);
    axis.setInverted(true); // A on top
    axis.setMinorTickMarksVisible(false);
    axis.setTickMarksVisible(false);
    axis.setAutoTickUnitSelection(false);
    axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
    return axis;
  }

  /**
   * The drawn extent of row {@code item}: {start, end}, NaN in the series it does not belong to.
   */
  double[] barExtent(DifferenceBars.Kind kind, int item) {
    int s = kind.ordinal();
    return new double[] {bars.getStartYValue(s, item), bars.getEndYValue(s, item)};
  }

  /** One series per {@link DifferenceBars.Kind}; a row has its extent in its kind's series only. */
  static final class Bars extends RowBarsDataset {
    private List<String> keys = List.of("total", "up", "down");
    private List<DifferenceBars.Row> rows = List.of();

    void setData(List<DifferenceBars.Row> next) {
      rows = next;
      fireDatasetChanged();
    }

    void setKeys(List<String> names) {
      keys = List.copyOf(names);
    }

    @Override
    public int getSeriesCount() {
      return DifferenceBars.Kind.values().length;
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
      return keys.get(series);
    }

    @Override
    public int getItemCount(int series) {
      return rows.size();
    }

    @Override
    public double getStartYValue(int series, int item) {
      DifferenceBars.Row r = rows.get(item);
      return r.kind().ordinal() == series ? r.start() : Double.NaN;
    }

    @Override
    public double getEndYValue(int series, int item) {
      DifferenceBars.Row r = rows.get(item);
      return r.kind().ordinal() == series ? r.end() : Double.NaN;
    }
  }
}
