package com.computegap.chart;

import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * One of the five charts: a {@link JFreeChart} and the datasets it draws, updated in place from
 * each {@link ChartInput} (the chart object is built once and never rebuilt on a slider move).
 *
 * <p>Charts adapt to the size they are drawn at ({@link #fitTo}): in a cell of the main window's
 * grid they drop what the window already shows (the scenario name, unless comparing) and what does
 * not fit (long footnotes, crowded value labels); in a zoom window or an export they show it all.
 *
 * <p>Threading: JFreeChart is not thread-safe. An instance may be built on any thread, but from
 * then on it belongs to one thread: the render thread of {@code ChartRenderService}, or the JavaFX
 * thread for the copy in a zoom window, or the caller of {@link ChartExporter}. Never share one
 * instance between them.
 */
public abstract class ModelChart {

  private final ChartKind kind;
  private final JFreeChart chart;
  private final TextTitle scenarioLine;
  private ChartPalette palette = ChartTheme.LIGHT.palette();
  private ChartInput input;
  private Fit fit = new Fit(Fit.ROOMY_WIDTH, Fit.ROOMY_HEIGHT);

  /**
   * The size a chart is laid out for, in logical pixels.
   *
   * @param width chart width
   * @param height chart height
   */
  record Fit(double width, double height) {
    static final double ROOMY_WIDTH = 700;
    static final double ROOMY_HEIGHT = 480;

    /** Width the value axis and plot insets take from the chart, pixels. */
    static final double AXIS_ROOM = 90;

    /** Smallest distance between years, pixels, at which point markers are drawn. */
    static final double MIN_MARKER_SPACING = 18;

    /** Whether this is a grid cell rather than a zoom window or an export. */
    boolean compact() {
      return width < ROOMY_WIDTH || height < ROOMY_HEIGHT;
    }
  }

  /** {@code chart}'s first subtitle must be the scenario line, a {@link TextTitle}. */
  ModelChart(ChartKind kind, JFreeChart chart) {
    this.kind = Objects.requireNonNull(kind);
    this.chart = Objects.requireNonNull(chart);
    this.scenarioLine = (TextTitle) chart.getSubtitle(0);
    if (chart.getLegend() != null) {
      // asked at every draw, so the legend always matches the data and the size just drawn
      chart.getLegend().setSources(new LegendItemSource[] {this::legendItems});
    }
    ChartStyler.styleChart(chart, palette);
  }

  public ChartKind kind() {
    return kind;
  }

  /** The JFreeChart, for drawing; owned by the thread that owns this instance. */
  public JFreeChart chart() {
    return chart;
  }

  /** The input last passed to {@link #update(ChartInput)}, or {@code null} before the first. */
  public ChartInput input() {
    return input;
  }

  /**
   * Replaces the datasets' contents with {@code next}, as one batch: listeners (a zoom window's
   * viewer) see a single change at the end. Texts are re-read so a language switch shows with the
   * next update.
   */
  public final void update(ChartInput next) {
    Objects.requireNonNull(next, "input");
    batch(
        () -> {
          input = next;
          scenarioLine.setText(scenarioText(next));
          fill(next);
          paintSeries(palette);
          adaptAll();
        });
  }

  /** Restyles this chart in place. */
  public final void applyTheme(ChartTheme theme) {
    batch(
        () -> {
          palette = theme.palette();
          ChartStyler.styleChart(chart, palette);
          paintSeries(palette);
          adaptAll();
        });
  }

  /**
   * Lays the chart out for {@code width x height} logical pixels before it is drawn at that size.
   */
  public final void fitTo(double width, double height) {
    Fit next = new Fit(width, height);
    if (next.equals(fit)) {
      return;
    }
    fit = next;
    batch(this::adaptAll);
  }

  ChartPalette palette() {
    return palette;
  }

  Fit fit() {
    return fit;
  }

  /** Copies the input's columns into the datasets and sets titles, notes and markers. */
  abstract void fill(ChartInput input);

  /** Colours and strokes of the series present now (their number can change with the input). */
  abstract void paintSeries(ChartPalette p);

  /** The line under the title: the scenario's name, and B's when comparing. */
  String scenarioText(ChartInput in) {
    return ChartTitles.scenarioLine(in);
  }

  /**
   * The legend's entries: the renderers' own, except that a small chart names comparison scenario B
   * in one dashed entry instead of one entry per B series, and each chart may condense further.
   */
  LegendItemCollection legendItems() {
    LegendItemCollection items = chart.getPlot().getLegendItems();
    if (fit.compact() && input != null && input.hasCompare()) {
      items =
          ChartLegends.collapseCompare(
              items,
              compareDatasets(),
              ChartText.format("chart.legend.compare", input.compareScenario().name()),
              palette);
    }
    return condenseLegend(items, fit);
  }

  /** Chart-specific condensing of the legend for the size; none by default. */
  LegendItemCollection condenseLegend(LegendItemCollection items, Fit size) {
    return items;
  }

  /** Indices of the plot's datasets that draw comparison scenario B. */
  Set<Integer> compareDatasets() {
    return Set.of();
  }

  /** Chart-specific changes for the size; called after every fill, restyle and resize. */
  void adapt(Fit size) {}

  private void adaptAll() {
    adapt(fit);
    boolean compact = fit.compact();
    chart.getTitle().setFont(compact ? ChartStyler.TITLE_COMPACT : ChartStyler.TITLE);
    rangeAxis().setLabel(ChartText.compactOr(kind.textKey("axis"), compact));
    // a grid cell sits under the window's own scenario header; B is named in the legend instead
    scenarioLine.setVisible(!compact);
    if (chart.getPlot() instanceof XYPlot xy) {
      showPointMarkers(xy);
    }
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title t = chart.getSubtitle(i);
      if (t instanceof LegendTitle legend) {
        legend.setItemFont(compact ? ChartStyler.LEGEND_COMPACT : ChartStyler.LEGEND);
      }
    }
  }

  /**
   * Point markers on lines only while years are far enough apart; 30 markers in a cell are a smear.
   */
  private void showPointMarkers(XYPlot plot) {
    double years = plot.getDomainAxis().getRange().getLength();
    boolean roomy = (fit.width() - Fit.AXIS_ROOM) / Math.max(1, years) >= Fit.MIN_MARKER_SPACING;
    for (int i = 0; i < plot.getRendererCount(); i++) {
      if (plot.getRenderer(i) instanceof XYLineAndShapeRenderer r && r.getDefaultLinesVisible()) {
        r.setDefaultShapesVisible(roomy);
      }
    }
  }

  private ValueAxis rangeAxis() {
    return chart.getPlot() instanceof XYPlot xy
        ? xy.getRangeAxis()
        : ((CategoryPlot) chart.getPlot()).getRangeAxis();
  }

  private void batch(Runnable change) {
    ChartStyler.batched(chart, change);
  }
}
