package com.computegap.chart;

import com.computegap.text.Messages;
import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;
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
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * The tornado: one horizontal bar per uncertain parameter, largest swing on top, from the output
 * with the parameter at its low end to the output at its high end, drawn as two halves around the
 * scenario's value (a vertical line) so the direction of each effect reads at a glance. Each end is
 * labelled with its value; tooltips give the inputs and outputs with units. Rows are the view
 * model's ({@link TornadoBars}); at most {@value #MAX_BARS} are drawn, the rest named in a note.
 */
public final class TornadoChart {

  /**
   * Series: the half from the scenario value to the output at the parameter's low end, and to its
   * high end.
   */
  static final int LOW = 0;

  static final int HIGH = 1;

  /** Bars drawn at most; more would not be readable in a cell. */
  public static final int MAX_BARS = 15;

  /** Room either side of the bars for the end labels, as a share of the value span. */
  private static final double LABEL_ROOM = 0.16;

  private final JFreeChart chart;
  private final Bars bars = new Bars();
  private final ValueMarker base = new ValueMarker(0);
  private final TextTitle note;
  private ChartPalette palette = ChartTheme.LIGHT.palette();
  private TornadoBars data;

  public TornadoChart() {
    XYPlot plot = new XYPlot();
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setDomainAxis(labels(new String[0]));
    NumberAxis value = new NumberAxis("");
    value.setAutoRangeIncludesZero(false);
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
    base.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    base.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    base.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    plot.addRangeMarker(base, Layer.FOREGROUND);
    note = ChartStyler.subtitle(ChartStyler.NOTE);
    chart = ChartStyler.compactWithNote(plot, note);
    restyle();
  }

  /** The chart, for a viewer; owned by the JavaFX thread. */
  public JFreeChart chart() {
    return chart;
  }

  /** The data shown, or {@code null}. */
  public TornadoBars data() {
    return data;
  }

  /** Shows {@code next} as one change; {@code null} clears the chart. */
  public void update(TornadoBars next) {
    batch(
        () -> {
          data = next;
          XYPlot plot = chart.getXYPlot();
          plot.clearAnnotations();
          if (next == null) {
            chart.setTitle("");
            bars.setData(List.of(), 0, 0, 0);
            note.setVisible(false);
            plot.setNoDataMessage("");
            return;
          }
          chart.setTitle(next.title());
          List<TornadoBars.Row> rows =
              next.rows().subList(0, Math.min(MAX_BARS, next.rows().size()));
          double baseValue = next.tornado().base();
          double[] span = span(rows, baseValue);
          double lo = span[0];
          double hi = span[1];
          bars.setData(rows, baseValue, lo, hi);
          bars.setKeys(next.legend().get(0), next.legend().get(1));
          String[] names = rows.stream().map(TornadoBars.Row::label).toArray(String[]::new);
          SymbolAxis axis = labels(names);
          // a blank row on top for the scenario line's label
          axis.setRange(new Range(-1.3, Math.max(0.6, rows.size() - 0.4)), true, false);
          plot.setDomainAxis(axis);
          NumberAxis value = (NumberAxis) plot.getRangeAxis();
          value.setLabel(next.axisLabel());
          // room for the end labels may take the axis below zero: outputs that are never negative
          // (amounts, ratios) leave those ticks unlabelled rather than suggest a negative value
          boolean neverNegative = minFinite(rows, baseValue) >= 0;
          value.setNumberFormatOverride(
              new TickFormat(NumberFormat.getNumberInstance(Messages.locale()), neverNegative));
          value.setRange(new Range(lo, hi), true, false);
          boolean finiteBase = Double.isFinite(baseValue);
          base.setValue(finiteBase ? baseValue : lo);
          base.setLabel(next.baseLabel());
          for (int i = 0; i < rows.size(); i++) {
            TornadoBars.Row r = rows.get(i);
            addEndLabel(plot, i, r.lowOutput(), r.lowText(), baseValue, lo, hi);
            addEndLabel(plot, i, r.highOutput(), r.highText(), baseValue, lo, hi);
          }
          int hidden = next.rows().size() - rows.size();
          note.setText(hidden > 0 ? ChartText.format("unc.tornado.more", hidden) : "");
          note.setVisible(hidden > 0);
          plot.setNoDataMessage(next.empty());
          ChartStyler.styleChart(chart, palette);
          paint();
        });
  }

  /**
   * Shows or hides the title. The window hides it in a short cell: the output and year pickers
   * right above it say the same, and the height goes to the bars instead.
   */
  public void showTitle(boolean show) {
    chart.getTitle().setVisible(show);
  }

  /** Restyles in {@code theme}. */
  public void applyTheme(ChartTheme theme) {
    batch(
        () -> {
          palette = theme.palette();
          restyle();
          update(data);
        });
  }

  private void restyle() {
    ChartStyler.styleChart(chart, palette);
    paint();
  }

  private void paint() {
    chart.getTitle().setFont(ChartStyler.TITLE_COMPACT);
    chart.getLegend().setItemFont(ChartStyler.LEGEND_COMPACT);
    XYPlot plot = chart.getXYPlot();
    plot.setNoDataMessageFont(ChartStyler.SUBTITLE);
    plot.setNoDataMessagePaint(palette.mutedText());
    XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
    ChartRenderers.bar(r, LOW, palette.otherBuyers(), palette);
    ChartRenderers.bar(r, HIGH, palette.megaProjects(), palette);
    base.setPaint(palette.text());
    base.setStroke(ChartStyler.line(palette, 0.75f, false));
    ChartStyler.styleMarkerLabel(base, palette.text(), palette);
    if (plot.getDomainAxis() instanceof SymbolAxis axis) {
      axis.setGridBandsVisible(false);
    }
    for (Object a : plot.getAnnotations()) {
      if (a instanceof XYTextAnnotation t) {
        t.setPaint(palette.text());
        t.setBackgroundPaint(palette.labelBackground());
      }
    }
  }

  /** The value axis: every finite output and the base, with room for the end labels. */
  private static double[] span(List<TornadoBars.Row> rows, double base) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : allValues(rows, base)) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (lo > hi) {
      return new double[] {0, 1};
    }
    double width = hi - lo;
    if (width == 0) {
      width = Math.max(1e-9, Math.abs(hi) * 0.2);
      if (width == 0) {
        width = 1;
      }
    }
    return new double[] {lo - width * LABEL_ROOM, hi + width * LABEL_ROOM};
  }

  private static double minFinite(List<TornadoBars.Row> rows, double base) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : allValues(rows, base)) {
      if (Double.isFinite(v)) {
        min = Math.min(min, v);
      }
    }
    return min;
  }

  /** Grouped numbers in the current language; optionally no label on negative ticks. */
  private static final class TickFormat extends NumberFormat {
    private final NumberFormat numbers;
    private final boolean blankNegative;

    TickFormat(NumberFormat numbers, boolean blankNegative) {
      this.numbers = numbers;
      this.blankNegative = blankNegative;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
      return blankNegative && number < 0 ? to : numbers.format(number, to, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
      return blankNegative && number < 0 ? to : numbers.format(number, to, pos);
    }

    @Override
    public Number parse(String source, java.text.ParsePosition pos) {
      return numbers.parse(source, pos);
    }
  }

  private static double[] allValues(List<TornadoBars.Row> rows, double base) {
    double[] v = new double[rows.size() * 2 + 1];
    v[0] = base;
    for (int i = 0; i < rows.size(); i++) {
      v[2 * i + 1] = rows.get(i).lowOutput();
      v[2 * i + 2] = rows.get(i).highOutput();
    }
    return v;
  }

  /** The output at a bar's end, outside the bar: left of it when the bar ends left of the base. */
  private void addEndLabel(
      XYPlot plot, int row, double output, String text, double base, double lo, double hi) {
    if (Double.isNaN(output) || Math.abs(output - base) <= 1e-9 * Math.max(1, Math.abs(base))) {
      return; // no bar at this end: nothing to label
    }
    double at = Bars.clip(output, base, lo, hi);
    boolean left = at < base || (at == base && output < base);
    XYTextAnnotation label = new XYTextAnnotation(left ? text + " " : " " + text, row, at);
    label.setFont(ChartStyler.ITEM_LABEL_COMPACT);
    label.setTextAnchor(left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
    label.setPaint(palette.text());
    label.setBackgroundPaint(palette.labelBackground());
    plot.addAnnotation(label, false);
  }

  private static SymbolAxis labels(String[] names) {
    SymbolAxis axis = new SymbolAxis(null, names);
    axis.setGridBandsVisible(false);
    axis.setInverted(true); // the largest swing on top
    axis.setMinorTickMarksVisible(false);
    axis.setTickMarksVisible(false);
    return axis;
  }

  private void batch(Runnable change) {
    ChartStyler.batched(chart, change);
  }

  /**
   * The drawn extent of bar {@code item} of {@code series} ({@link #LOW} or {@link #HIGH}), for
   * tests.
   */
  double[] barExtent(int series, int item) {
    return new double[] {bars.getStartYValue(series, item), bars.getEndYValue(series, item)};
  }

  /**
   * Two series of bars over row indices: from the base to the low-end output, and from the base to
   * the high-end output. Infinite outputs are drawn to the axis edge, undefined ones not at all.
   */
  static final class Bars extends RowBarsDataset {
    private String lowKey = "low";
    private String highKey = "high";
    private double[] low = new double[0];
    private double[] high = new double[0];
    private double base;

    void setData(List<TornadoBars.Row> rows, double baseValue, double lo, double hi) {
      base = Double.isFinite(baseValue) ? baseValue : lo;
      low = new double[rows.size()];
      high = new double[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        low[i] = clip(rows.get(i).lowOutput(), base, lo, hi);
        high[i] = clip(rows.get(i).highOutput(), base, lo, hi);
      }
      fireDatasetChanged();
    }

    void setKeys(String lowName, String highName) {
      lowKey = Objects.requireNonNull(lowName);
      highKey = Objects.requireNonNull(highName);
    }

    /** Where an output is drawn: itself, the axis edge for ±Infinity, the base for NaN. */
    static double clip(double v, double base, double lo, double hi) {
      if (Double.isNaN(v)) {
        return base;
      }
      return Math.max(lo, Math.min(hi, v));
    }

    @Override
    public int getSeriesCount() {
      return 2;
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
      return series == LOW ? lowKey : highKey;
    }

    @Override
    public int getItemCount(int series) {
      return low.length;
    }

    @Override
    public double getStartYValue(int series, int item) {
      return base;
    }

    @Override
    public double getEndYValue(int series, int item) {
      return series == LOW ? low[item] : high[item];
    }
  }
}
