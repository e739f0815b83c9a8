package com.computegap.chart;

import com.computegap.model.Column;
import com.computegap.model.Unit;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * A fan chart of one Monte Carlo output: the 5–95 % and 25–75 % bands of the runs, the median, and
 * the scenario's own value as a thin dashed line, on the log scale the main charts use, with a
 * parity line for ratios. Built once and updated in place from each {@link FanData}; the chart
 * draws what the view model computed and nothing else.
 *
 * <p>Threading: like every JFreeChart, owned by one thread after construction (the JavaFX thread
 * for the uncertainty view). It changes only when a Monte Carlo run finishes.
 */
public final class FanChart {

  static final int OUTER = 0;
  static final int INNER = 1;
  static final int MEDIAN = 0;
  static final int SCENARIO = 1;

  /** Ratios always show parity and at least this span; installed compute at least one decade. */
  private static final double RATIO_SPAN = 20;

  private static final double AMOUNT_SPAN = 10;

  private final Column column;
  private final JFreeChart chart;
  private final BandDataset bands = new BandDataset();
  private final YearTableDataset lines = new YearTableDataset(0, 0);
  private final TextTitle note;
  private final ValueMarker parity;
  private ChartPalette palette = ChartTheme.LIGHT.palette();
  private FanData data;

  /** An empty fan of {@code column}, coloured as the main charts colour that output. */
  public FanChart(Column column) {
    this.column = Objects.requireNonNull(column);
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(ChartAxes.yearAxis());
    plot.setRangeAxis(new PlainLogAxis(""));
    XYToolTipGenerator tips =
        (dataset, series, item) -> data == null ? null : data.tooltips().get(item);
    plot.setRenderer(0, new BandRenderer(tips));
    plot.setDataset(0, bands);
    XYLineAndShapeRenderer lineRenderer = ChartRenderers.lines(tips);
    lineRenderer.setDefaultShapesVisible(false);
    plot.setRenderer(1, lineRenderer);
    plot.setDataset(1, lines);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // the inner band over the outer
    parity = new ValueMarker(1.0);
    parity.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    parity.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    parity.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
    if (isRatio()) {
      plot.addRangeMarker(parity, Layer.FOREGROUND);
    }
    note = ChartStyler.subtitle(ChartStyler.NOTE);
    chart = ChartStyler.compactWithNote(plot, note);
    restyle();
  }

  public Column column() {
    return column;
  }

  /** The chart, for a viewer; owned by the JavaFX thread. */
  public JFreeChart chart() {
    return chart;
  }

  /** The bands: series 0 is p5–p95, series 1 p25–p75; y is the median. */
  public BandDataset bands() {
    return bands;
  }

  /** The data shown, or {@code null} before the first. */
  public FanData data() {
    return data;
  }

  /** Shows {@code next} as one change. */
  public void update(FanData next) {
    Objects.requireNonNull(next, "data");
    batch(
        () -> {
          data = next;
          XYPlot plot = chart.getXYPlot();
          chart.setTitle(next.title());
          plot.getRangeAxis().setLabel(next.axisLabel());
          List<String> legend = next.legend();
          bands.setData(
              next.startYear(),
              List.of(legend.get(0), legend.get(1)),
              List.of(next.p5(), next.p25()),
              List.of(next.p50(), next.p50()),
              List.of(next.p95(), next.p75()));
          lines.setData(
              next.startYear(),
              List.of(legend.get(2), legend.get(3)),
              List.of(logScale(next.p50()), logScale(next.scenario())));
          note.setText(next.note());
          note.setVisible(!next.note().isEmpty());
          parity.setLabel(ChartText.get("chart.gap.parity"));
          List<double[]> drawn =
              List.of(next.p5(), next.p25(), next.p50(), next.p75(), next.p95(), next.scenario());
          double[] bounds = ChartData.positiveBounds(drawn);
          PlainLogAxis axis = (PlainLogAxis) plot.getRangeAxis();
          if (isRatio()) {
            double lo = bounds == null ? 1 : Math.min(1, bounds[0]);
            double hi = bounds == null ? 1 : Math.max(1, bounds[1]);
            axis.setRangeAround(lo, hi, RATIO_SPAN);
          } else if (bounds != null) {
            axis.setRangeAround(bounds[0], bounds[1], AMOUNT_SPAN);
          } else {
            axis.setRangeAround(1, 1000, AMOUNT_SPAN);
          }
          ChartAxes.showYears(
              (org.jfree.chart.axis.NumberAxis) plot.getDomainAxis(),
              next.startYear(),
              next.startYear() + next.years() - 1);
          paint();
        });
  }

  /** Restyles in {@code theme}. */
  public void applyTheme(ChartTheme theme) {
    batch(
        () -> {
          palette = theme.palette();
          restyle();
        });
  }

  private void restyle() {
    ChartStyler.styleChart(chart, palette);
    chart.getTitle().setFont(ChartStyler.TITLE_COMPACT);
    chart.getLegend().setItemFont(ChartStyler.LEGEND_COMPACT);
    paint();
  }

  private void paint() {
    XYPlot plot = chart.getXYPlot();
    Color colour = colour(palette);
    BandRenderer band = (BandRenderer) plot.getRenderer(0);
    band.setSeriesPaint(OUTER, withAlpha(colour, palette.background(), 0.20));
    band.setSeriesPaint(INNER, withAlpha(colour, palette.background(), 0.42));
    XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer(1);
    ChartRenderers.line(r, MEDIAN, colour, ChartRenderers.CIRCLE, false, 1.25f, palette);
    r.setSeriesShapesVisible(MEDIAN, false);
    r.setSeriesPaint(SCENARIO, palette.text());
    r.setSeriesStroke(SCENARIO, ChartStyler.line(palette, 0.55f, true));
    r.setSeriesShapesVisible(SCENARIO, false);
    parity.setPaint(palette.parity());
    parity.setStroke(ChartStyler.line(palette, 0.9f, true));
    ChartStyler.styleMarkerLabel(parity, palette.parity(), palette);
  }

  /** The output's colour in the main charts: spend gap, compute gap, DePIN. */
  private Color colour(ChartPalette p) {
    return switch (column) {
      case SPEND_GAP_RATIO -> p.spendGap();
      case COMPUTE_GAP_RATIO -> p.computeGap();
      default -> p.depin();
    };
  }

  private boolean isRatio() {
    return column.unit() == Unit.RATIO;
  }

  /**
   * {@code c} at {@code alpha} over the background: an opaque mix, so the inner band over the outer
   * one reads as a darker shade rather than a muddy overlap.
   */
  private static Color withAlpha(Color c, Color background, double alpha) {
    int r = (int) Math.round(c.getRed() * alpha + background.getRed() * (1 - alpha));
    int g = (int) Math.round(c.getGreen() * alpha + background.getGreen() * (1 - alpha));
    int b = (int) Math.round(c.getBlue() * alpha + background.getBlue() * (1 - alpha));
    return new Color(r, g, b);
  }

  /** Values a log scale cannot show (Infinity, NaN, zero, negative) become gaps in a line. */
  private static double[] logScale(double[] values) {
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      if (!(out[i] > 0) || Double.isInfinite(out[i])) {
        out[i] = Double.NaN;
      }
    }
    return out;
  }

  private void batch(Runnable change) {
    ChartStyler.batched(chart, change);
  }

  /** The drawable values of the lines, for tests: series 0 median, 1 scenario. */
  List<double[]> lineValues() {
    List<double[]> out = new ArrayList<>();
    for (int s = 0; s < lines.getSeriesCount(); s++) {
      double[] v = new double[lines.getItemCount()];
      for (int i = 0; i < v.length; i++) {
        v[i] = lines.value(s, i);
      }
      out.add(v);
    }
    return out;
  }
}
