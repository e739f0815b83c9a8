package com.computegap.chart;

import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.model.SupplyShock;
import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;

/**
 * Who gets each year's accelerators, stacked in the model's priority order (hyperscalers, other
 * buyers, DePIN, unallocated; the stack's top is the year's supply), with supply-shock years shaded
 * and labelled. Comparison scenario B is drawn as dashed lines at the tops of its layers, so each
 * line marks where B's stack would end that layer.
 *
 * <p>When the scenario lets the chip price move toward the price that clears the market ({@code
 * chips.priceFlexPct} above 0, MODEL.md section 7), a second axis on the right carries the list
 * price and the price buyers pay, so the clearing mechanism is visible: where budgets exceed the
 * supply the price paid rises above the list price, where chips would go unsold it falls. The
 * scenario's reported figures for the chart's series are crosses on their layer (or price).
 */
final class AllocationChart extends ModelChart {

  static final Column[] LAYERS = {
    Column.HYPERSCALER_UNITS_K, Column.OTHER_UNITS_K, Column.DEPIN_UNITS_K, Column.UNALLOCATED_K,
  };
  private static final String[] LAYER_KEYS = {
    "chart.allocation.series.hyperscalers", "chart.allocation.series.other",
    "chart.allocation.series.depin", "chart.allocation.series.unallocated",
  };
  private static final double BAR_WIDTH = 0.7;
  static final int PRICES = 2;
  static final int ACTUALS = 3;
  static final int PRICE_ACTUALS = 4;
  private static final int PRICE_AXIS = 1;

  private final Datasets data;
  private final IntervalMarker shock;
  private final YearTableDataset prices = new YearTableDataset(0, 0);
  private final ActualMarkers actuals = new ActualMarkers();
  private final ActualMarkers priceActuals = new ActualMarkers();

  /** A's stacked layers, and B's cumulative layer tops (empty when not comparing). */
  record Datasets(YearTableDataset layers, YearTableDataset compareTops) {}

  AllocationChart() {
    this(createDatasets());
  }

  private AllocationChart(Datasets data) {
    super(ChartKind.ALLOCATION, createChart(data));
    this.data = data;
    this.shock = new IntervalMarker(0, 0);
    shock.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    shock.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    shock.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
    XYPlot plot = (XYPlot) chart().getPlot();
    org.jfree.chart.axis.NumberAxis priceAxis = ChartAxes.valueAxis("");
    priceAxis.setVisible(false);
    plot.setRangeAxis(PRICE_AXIS, priceAxis);
    plot.setRenderer(
        PRICES, ChartRenderers.lines(ChartData.tooltips("chart.tooltip.usdK", ChartText::amount)));
    plot.setDataset(PRICES, prices);
    plot.mapDatasetToRangeAxis(PRICES, PRICE_AXIS);
    actuals.install(plot, ACTUALS);
    priceActuals.install(plot, PRICE_ACTUALS);
    plot.mapDatasetToRangeAxis(PRICE_ACTUALS, PRICE_AXIS);
    ChartStyler.styleChart(chart(), palette());
  }

  static Datasets createDatasets() {
    return new Datasets(new YearTableDataset(0, BAR_WIDTH), new YearTableDataset(0, BAR_WIDTH));
  }

  static JFreeChart createChart(Datasets d) {
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(ChartAxes.yearAxis());
    plot.setRangeAxis(ChartAxes.valueAxis(""));
    plot.setRenderer(
        0, ChartRenderers.stackedBars(ChartData.tooltips("chart.tooltip.k", ChartText::amount)));
    plot.setDataset(0, d.layers());
    plot.setRenderer(1, ChartRenderers.lines(AllocationChart::compareTooltip));
    plot.setDataset(1, d.compareTops());
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    JFreeChart chart = new JFreeChart("", ChartStyler.TITLE, plot, false);
    chart.addSubtitle(ChartStyler.subtitle(ChartStyler.SUBTITLE));
    LegendTitle legend = new LegendTitle(plot);
    legend.setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(legend);
    return chart;
  }

  /**
   * B's lines are drawn at cumulative heights; the tooltip gives the layer's own value, except for
   * the top line, which is B's supply.
   */
  private static String compareTooltip(XYDataset dataset, int series, int item) {
    YearTableDataset d = (YearTableDataset) dataset;
    boolean top = series == d.getSeriesCount() - 1;
    double below = series == 0 || top ? 0 : d.value(series - 1, item);
    return ChartText.format(
        "chart.tooltip.k",
        ChartText.year(d.year(item)),
        d.getSeriesKey(series),
        ChartText.amount(d.value(series, item) - below));
  }

  @Override
  void fill(ChartInput input) {
    XYPlot plot = (XYPlot) chart().getPlot();
    chart().setTitle(ChartText.get("chart.allocation.title"));

    Scenario s = input.scenario();
    List<String> keys = Arrays.stream(LAYER_KEYS).map(ChartText::get).toList();
    data.layers()
        .setData(
            s.startYear(),
            keys,
            Arrays.asList(LAYERS),
            Arrays.stream(LAYERS).map(c -> ChartData.column(input.result(), c)).toList());
    if (input.hasCompare()) {
      List<String> tops = new ArrayList<>(keys.subList(0, keys.size() - 1));
      tops.add(ChartText.get("chart.allocation.series.supply"));
      data.compareTops()
          .setData(
              input.compareScenario().startYear(),
              tops.stream().map(ChartTitles::compare).toList(),
              cumulative(input.compareResult()));
    } else {
      data.compareTops().clear();
    }
    placeShock(plot, s);
    fillPrices(plot, input);
    actuals.set(
        ActualMarkers.points(s, input.result(), a -> placeActual(s, input.result(), a)), false);
    priceActuals.set(ActualMarkers.points(s, input.result(), a -> placePrice(s, a)), false);
    ChartTitles.showYears(plot, input);
  }

  /** Whether the price paid can differ from the list price, so the price axis is worth its room. */
  private static boolean flexes(Scenario s) {
    return s.chips().priceFlexPct() > 0;
  }

  private void fillPrices(XYPlot plot, ChartInput input) {
    Scenario s = input.scenario();
    boolean show = flexes(s);
    plot.getRangeAxis(PRICE_AXIS).setVisible(show);
    plot.getRangeAxis(PRICE_AXIS).setLabel(ChartText.get("chart.allocation.priceAxis"));
    if (!show) {
      prices.clear();
      return;
    }
    prices.setData(
        s.startYear(),
        List.of(
            ChartText.get("chart.allocation.series.listPrice"),
            ChartText.get("chart.allocation.series.pricePaid")),
        List.of(Column.LIST_PRICE_USD_K, Column.UNIT_PRICE_USD_K),
        List.of(
            ChartData.column(input.result(), Column.LIST_PRICE_USD_K),
            ChartData.column(input.result(), Column.UNIT_PRICE_USD_K)));
  }

  /**
   * A chip-count figure on the top of its layer as the model stacks it; supply at the stack's top.
   */
  private static double[] placeActual(Scenario s, ModelResult r, com.computegap.model.Actual a) {
    var row = r.row(a.year());
    if (row == null) {
      return null;
    }
    double below = 0;
    for (Column layer : LAYERS) {
      if (layer == a.series()) {
        return new double[] {a.year(), below + a.value()};
      }
      below += layer.of(row);
    }
    return a.series() == Column.SUPPLY_K ? new double[] {a.year(), a.value()} : null;
  }

  /** A price figure on the price axis; only while that axis shows. */
  private static double[] placePrice(Scenario s, com.computegap.model.Actual a) {
    boolean price = a.series() == Column.UNIT_PRICE_USD_K || a.series() == Column.LIST_PRICE_USD_K;
    boolean inside = a.year() >= s.startYear() && a.year() <= s.endYear();
    return price && inside && flexes(s) ? new double[] {a.year(), a.value()} : null;
  }

  /** The list price and the price paid on the right-hand axis; empty when the price cannot flex. */
  YearTableDataset prices() {
    return prices;
  }

  /** The reported chip counts drawn, for tests. */
  ActualMarkers actualMarkers() {
    return actuals;
  }

  private static List<double[]> cumulative(ModelResult r) {
    List<double[]> layers = Arrays.stream(LAYERS).map(c -> ChartData.column(r, c)).toList();
    double[] running = new double[r.rows().size()];
    List<double[]> tops = new ArrayList<>();
    for (double[] layer : layers) {
      double[] top = new double[running.length];
      for (int i = 0; i < top.length; i++) {
        running[i] += layer[i];
        top[i] = running[i];
      }
      tops.add(top);
    }
    return tops;
  }

  /**
   * Shades the shock's years inside the horizon, whole year slots wide; no marker without a shock.
   */
  private void placeShock(XYPlot plot, Scenario s) {
    plot.removeDomainMarker(shock, Layer.BACKGROUND);
    SupplyShock cut = s.chips().shock();
    if (cut == null) {
      return;
    }
    int first = Math.max(cut.year(), s.startYear());
    int last = Math.min(cut.year() + cut.durationYears() - 1, s.endYear());
    if (first > last) {
      return;
    }
    shock.setStartValue(first - 0.5);
    shock.setEndValue(last + 0.5);
    shock.setLabel(
        ChartText.format("chart.allocation.shock", ChartText.percent(cut.supplyCutPct())));
    plot.addDomainMarker(0, shock, Layer.BACKGROUND, false);
  }

  @Override
  Set<Integer> compareDatasets() {
    return Set.of(1);
  }

  @Override
  void paintSeries(ChartPalette p) {
    XYPlot plot = (XYPlot) chart().getPlot();
    XYBarRenderer bars = (XYBarRenderer) plot.getRenderer(0);
    Color[] colours = {p.hyperscalers(), p.otherBuyers(), p.depin(), p.unallocated()};
    for (int i = 0; i < colours.length; i++) {
      ChartRenderers.bar(bars, i, colours[i], p);
    }
    XYLineAndShapeRenderer b = (XYLineAndShapeRenderer) plot.getRenderer(1);
    Shape[] shapes = {
      ChartRenderers.SQUARE, ChartRenderers.DIAMOND, ChartRenderers.CIRCLE, ChartRenderers.SQUARE
    };
    for (int i = 0; i < colours.length; i++) {
      ChartRenderers.line(b, i, p.emphasis(colours[i]), shapes[i], true, 1f, p);
    }
    XYLineAndShapeRenderer price = (XYLineAndShapeRenderer) plot.getRenderer(PRICES);
    ChartRenderers.line(price, 0, p.mutedText(), ChartRenderers.CIRCLE, true, 1.2f, p);
    ChartRenderers.line(price, 1, p.text(), ChartRenderers.CIRCLE, false, 1.6f, p);
    actuals.paint(p);
    priceActuals.paint(p);
    priceActuals.hideFromLegendWhen(actuals.count() > 0);
    shock.setPaint(p.shockFill());
    shock.setOutlinePaint(null);
    ChartStyler.styleMarkerLabel(shock, p.shockText(), p);
  }

  Datasets datasets() {
    return data;
  }

  /** The shading of the shock years, or {@code null} when none is drawn. */
  IntervalMarker shockMarker() {
    var markers = ((XYPlot) chart().getPlot()).getDomainMarkers(Layer.BACKGROUND);
    return markers != null && markers.contains(shock) ? shock : null;
  }
}
