package com.computegap.chart;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The distribution of one Monte Carlo output in one year: a histogram (share of runs per bin, left
 * axis) and the cumulative curve (share of runs at most x, right axis, 0–100 %), with the scenario
 * value and each claim's threshold as labelled vertical lines. Built once ({@link #createChart})
 * and updated in place from each {@link DistributionData}.
 *
 * <p>Threading: owned by one thread after construction (the JavaFX thread in the window).
 */
public final class DistributionChart {

  static final int HISTOGRAM = 0;
  static final int CUMULATIVE = 1;

  private final JFreeChart chart;
  private final XYIntervalSeriesCollection bins = new XYIntervalSeriesCollection();
  private final XYSeriesCollection curve = new XYSeriesCollection();
  private final NumberAxis shareAxis = ChartAxes.valueAxis("");
  private final NumberAxis cumulativeAxis = new NumberAxis("");
  private final NumberAxis linearAxis = new NumberAxis("");
  private final LogAxis logAxis = new LogAxis("");
  private final TextTitle note;
  private ChartPalette palette = ChartTheme.LIGHT.palette();
  private DistributionData data;

  public DistributionChart() {
    chart = createChart();
    note = (TextTitle) chart.getSubtitle(0);
    restyle();
  }

  private JFreeChart createChart() {
    XYPlot plot = new XYPlot();
    linearAxis.setAutoRangeIncludesZero(false);
    linearAxis.setNumberFormatOverride(
        NumberFormat.getNumberInstance(com.computegap.text.Messages.locale()));
    logAxis.setNumberFormatOverride(
        NumberFormat.getNumberInstance(com.computegap.text.Messages.locale()));
    logAxis.setMinorTickMarksVisible(false);
    logAxis.setAutoTickUnitSelection(false);
    logAxis.setTickUnit(new NumberTickUnit(1)); // one tick per decade: 10, 100, 1,000
    logAxis.setSmallestValue(1e-9);
    plot.setDomainAxis(linearAxis);
    plot.setRangeAxis(0, shareAxis);
    cumulativeAxis.setRange(0, 100);
    cumulativeAxis.setAutoRange(false);
    plot.setRangeAxis(1, cumulativeAxis);
    plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    XYToolTipGenerator tips =
        (dataset, series, item) ->
            data == null || item >= data.tooltips().size() ? null : data.tooltips().get(item);
    XYBarRenderer bars = ChartRenderers.bars(tips);
    bars.setUseYInterval(false);
    plot.setDataset(HISTOGRAM, bins);
    plot.setRenderer(HISTOGRAM, bars);
    XYLineAndShapeRenderer line = ChartRenderers.lines(null);
    line.setDefaultShapesVisible(false);
    plot.setDataset(CUMULATIVE, curve);
    plot.setRenderer(CUMULATIVE, line);
    plot.mapDatasetToRangeAxis(CUMULATIVE, 1);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    JFreeChart c = ChartStyler.compactWithNote(plot, ChartStyler.subtitle(ChartStyler.NOTE));
    c.removeLegend(); // the two axis labels, in the series' colours, say what is what
    return c;
  }

  /** The chart, for a viewer. */
  public JFreeChart chart() {
    return chart;
  }

  /** The data shown, or {@code null} before the first. */
  public DistributionData data() {
    return data;
  }

  /** The histogram, for tests: one series, x from each bin's low to high edge, y its share. */
  public XYIntervalSeriesCollection bins() {
    return bins;
  }

  /** The vertical lines drawn, in order: the scenario's, then the claims'. */
  public List<ValueMarker> markers() {
    return chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND) == null
        ? List.of()
        : chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND).stream()
            .map(ValueMarker.class::cast)
            .toList();
  }

  /** Shows {@code next} as one change. */
  public void update(DistributionData next) {
    Objects.requireNonNull(next, "data");
    ChartStyler.batched(
        chart,
        () -> {
          data = next;
          XYPlot plot = chart.getXYPlot();
          chart.setTitle(next.title());
          ValueAxis domain = next.logScale() ? logAxis : linearAxis;
          if (plot.getDomainAxis() != domain) {
            plot.setDomainAxis(domain);
            ChartStyler.styleChart(chart, palette);
            chart.getTitle().setFont(ChartStyler.TITLE_COMPACT);
          }
          domain.setLabel(next.axisLabel());
          shareAxis.setLabel(next.shareLabel());
          cumulativeAxis.setLabel(next.cumulativeLabel());
          bins.removeAllSeries();
          XYIntervalSeries histogram = new XYIntervalSeries(next.legend().get(0));
          for (int i = 0; i < next.binShare().length; i++) {
            double mid = (next.binLow()[i] + next.binHigh()[i]) / 2;
            double y = next.binShare()[i];
            histogram.add(mid, next.binLow()[i], next.binHigh()[i], y, 0, y);
          }
          bins.addSeries(histogram);
          curve.removeAllSeries();
          XYSeries cumulative = new XYSeries(next.legend().get(1), false, true);
          for (int i = 0; i < next.cumulativeX().length; i++) {
            cumulative.add(next.cumulativeX()[i], next.cumulativeShare()[i]);
          }
          curve.addSeries(cumulative);
          plot.clearDomainMarkers();
          int claim = 0;
          for (DistributionData.Marker m : next.markers()) {
            ValueMarker marker = new ValueMarker(m.value());
            marker.setLabel(m.label());
            boolean high = m.kind() == DistributionData.Kind.SCENARIO || claim++ % 2 == 1;
            marker.setLabelAnchor(high ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
            marker.setLabelTextAnchor(high ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
            marker.setLabelOffset(new RectangleInsets(high ? 4 : 18, 4, high ? 4 : 18, 4));
            plot.addDomainMarker(marker, Layer.FOREGROUND);
          }
          note.setText(next.note());
          note.setVisible(!next.note().isEmpty());
          paint();
        });
  }

  /** Restyles in {@code theme}. */
  public void applyTheme(ChartTheme theme) {
    ChartStyler.batched(
        chart,
        () -> {
          palette = theme.palette();
          restyle();
        });
  }

  private void restyle() {
    ChartStyler.styleChart(chart, palette);
    chart.getTitle().setFont(ChartStyler.TITLE_COMPACT);
    paint();
  }

  private void paint() {
    XYPlot plot = chart.getXYPlot();
    ChartRenderers.bar((XYBarRenderer) plot.getRenderer(HISTOGRAM), 0, palette.depin(), palette);
    XYLineAndShapeRenderer line = (XYLineAndShapeRenderer) plot.getRenderer(CUMULATIVE);
    ChartRenderers.line(line, 0, palette.computeGap(), ChartRenderers.CIRCLE, false, 1.1f, palette);
    line.setSeriesShapesVisible(0, false);
    shareAxis.setLabelPaint(palette.depin());
    cumulativeAxis.setLabelPaint(palette.computeGap());
    cumulativeAxis.setTickLabelPaint(palette.mutedText());
    cumulativeAxis.setLabelFont(ChartStyler.AXIS_LABEL);
    cumulativeAxis.setTickLabelFont(ChartStyler.TICK_LABEL);
    java.util.Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
    if (markers != null && data != null) {
      int i = 0;
      for (Object o : markers) {
        ValueMarker m = (ValueMarker) o;
        boolean scenario = data.markers().get(i++).kind() == DistributionData.Kind.SCENARIO;
        Color c = scenario ? palette.text() : palette.parity();
        m.setPaint(c);
        m.setStroke(ChartStyler.line(palette, scenario ? 0.9f : 0.8f, !scenario));
        ChartStyler.styleMarkerLabel(m, c, palette);
      }
    }
  }
}
