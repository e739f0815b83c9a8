package com.computegap.chart;

import com.computegap.model.Column;
import com.computegap.model.HyperscalerBreakdown;
import com.computegap.model.ModelResult;
import com.computegap.model.ReferenceMarker;
import com.computegap.model.Scenario;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * AI capex per year: each year a stack of the hyperscalers' AI capex by company plus mega projects,
 * beside a DePIN AI capex bar, with the scenario's outside reference figures as numbered markers
 * (their labels are listed under the chart, which stays readable however long they are), and the
 * scenario's reported figures as crosses (a company's figure on its layer of the stack). A
 * comparison scenario B is drawn as dashed lines over the tops of the two bars.
 */
final class CapexChart extends ModelChart {

  static final int STACK = 0;
  static final int DEPIN = 1;
  static final int COMPARE_HYPERSCALERS = 2;
  static final int COMPARE_DEPIN = 3;
  static final int REFERENCES = 4;
  static final int ACTUALS = 5;

  /** Each year's slot: the hyperscaler stack left of the year, the DePIN bar right of it. */
  private static final double BAR_OFFSET = 0.2;

  private static final double BAR_WIDTH = 0.38;

  /** Value labels on the bars only while a year's slot is at least this wide, in pixels. */
  private static final double MIN_LABELLED_SLOT = 56;

  /** Half the length of a reference figure's dashed line, in years. */
  private static final double REFERENCE_REACH = 0.42;

  private final Datasets data;
  private final TextTitle footnote;
  private final ActualMarkers actuals = new ActualMarkers();
  private final MarkerLabels markerLabels = new MarkerLabels();

  /** The datasets of this chart; the reference series lists points in scenario order. */
  record Datasets(
      YearTableDataset hyperscalers,
      YearTableDataset depin,
      YearTableDataset compareHyperscalers,
      YearTableDataset compareDepin,
      XYSeriesCollection references) {}

  CapexChart() {
    this(createDatasets());
  }

  private CapexChart(Datasets data) {
    super(ChartKind.CAPEX, createChart(data));
    this.data = data;
    this.footnote = (TextTitle) chart().getSubtitle(1);
    actuals.install((XYPlot) chart().getPlot(), ACTUALS);
  }

  static Datasets createDatasets() {
    XYSeriesCollection references = new XYSeriesCollection();
    references.addSeries(new XYSeries("references", false, true));
    return new Datasets(
        new YearTableDataset(-BAR_OFFSET, BAR_WIDTH),
        new YearTableDataset(BAR_OFFSET, BAR_WIDTH),
        new YearTableDataset(-BAR_OFFSET, BAR_WIDTH),
        new YearTableDataset(BAR_OFFSET, BAR_WIDTH),
        references);
  }

  static JFreeChart createChart(Datasets d) {
    XYPlot plot = new XYPlot();
    plot.setDomainAxis(ChartAxes.yearAxis());
    plot.setRangeAxis(ChartAxes.valueAxis(""));
    var usd = ChartData.tooltips("chart.tooltip.usdB", ChartText::amount);
    StackedXYBarRenderer stack = ChartRenderers.stackedBars(usd);
    XYBarRenderer depin = ChartRenderers.bars(usd);
    plot.setRenderer(STACK, stack);
    plot.setDataset(STACK, d.hyperscalers());
    plot.setRenderer(DEPIN, depin);
    plot.setDataset(DEPIN, d.depin());
    plot.setRenderer(COMPARE_HYPERSCALERS, ChartRenderers.lines(usd));
    plot.setDataset(COMPARE_HYPERSCALERS, d.compareHyperscalers());
    plot.setRenderer(COMPARE_DEPIN, ChartRenderers.lines(usd));
    plot.setDataset(COMPARE_DEPIN, d.compareDepin());
    plot.setRenderer(REFERENCES, referenceRenderer());
    plot.setDataset(REFERENCES, d.references());
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

    JFreeChart chart = new JFreeChart("", ChartStyler.TITLE, plot, false);
    chart.addSubtitle(ChartStyler.subtitle(ChartStyler.SUBTITLE));
    TextTitle footnote = ChartStyler.subtitle(ChartStyler.SUBTITLE);
    footnote.setPosition(RectangleEdge.BOTTOM);
    footnote.setTextAlignment(HorizontalAlignment.LEFT);
    footnote.setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.addSubtitle(footnote);
    LegendTitle legend = new LegendTitle(plot);
    legend.setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(legend);
    return chart;
  }

  private static XYLineAndShapeRenderer referenceRenderer() {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
    r.setDefaultToolTipGenerator((dataset, series, item) -> null);
    return r;
  }

  /** "①".."⑳", then "(21)": short enough to sit beside a marker. */
  static String badge(int index) {
    return index < 20 ? String.valueOf((char) ('\u2460' + index)) : "(" + (index + 1) + ")";
  }

  @Override
  void fill(ChartInput input) {
    Scenario s = input.scenario();
    ModelResult r = input.result();
    XYPlot plot = (XYPlot) chart().getPlot();
    chart().setTitle(ChartText.get("chart.capex.title"));

    fillStack(s);
    data.depin()
        .setData(
            s.startYear(),
            List.of(ChartText.get("chart.capex.series.depin")),
            List.of(Column.DEPIN_AI_CAPEX_USD_B),
            List.of(ChartData.column(r, Column.DEPIN_AI_CAPEX_USD_B)));
    if (input.hasCompare()) {
      int startB = input.compareScenario().startYear();
      data.compareHyperscalers()
          .setData(
              startB,
              List.of(ChartTitles.compare(ChartText.get("chart.capex.series.hyperscalers"))),
              List.of(ChartData.column(input.compareResult(), Column.HYPERSCALER_AI_CAPEX_USD_B)));
      data.compareDepin()
          .setData(
              startB,
              List.of(ChartTitles.compare(ChartText.get("chart.capex.series.depin"))),
              List.of(ChartData.column(input.compareResult(), Column.DEPIN_AI_CAPEX_USD_B)));
    } else {
      data.compareHyperscalers().clear();
      data.compareDepin().clear();
    }
    fillReferences(s, plot);
    actuals.set(ActualMarkers.points(s, r, a -> placeActual(s, a)), false);

    ChartTitles.showYears(plot, input);
  }

  /**
   * Where a reported figure sits: a total on the hyperscaler stack's slot at its value, one
   * company's figure where that company's layer of the stack would end if the model matched it (the
   * layers below it plus the figure), DePIN AI capex on the DePIN bar's slot.
   */
  private double[] placeActual(Scenario s, com.computegap.model.Actual a) {
    int n = a.year() - s.startYear();
    if (n < 0 || a.year() > s.endYear()) {
      return null;
    }
    return switch (a.series()) {
      case HYPERSCALER_CAPEX_USD_B, HYPERSCALER_AI_CAPEX_USD_B -> {
        double base = 0;
        if (a.company() != null) {
          int k = 0;
          while (k < s.hyperscalers().size()
              && !s.hyperscalers().get(k).name().equals(a.company())) {
            base += data.hyperscalers().value(k, n);
            k++;
          }
        }
        yield new double[] {a.year() - BAR_OFFSET, base + a.value()};
      }
      case DEPIN_AI_CAPEX_USD_B -> new double[] {a.year() + BAR_OFFSET, a.value()};
      default -> null;
    };
  }

  /** The reported figures drawn, for tests. */
  ActualMarkers actualMarkers() {
    return actuals;
  }

  private void fillStack(Scenario s) {
    HyperscalerBreakdown b = HyperscalerBreakdown.of(s);
    List<String> keys = new ArrayList<>(b.companyNames());
    List<double[]> values = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      double[] v = new double[b.years()];
      for (int n = 0; n < v.length; n++) {
        v[n] = b.companyAiCapexUsdB(k, n);
      }
      values.add(v);
    }
    if (!s.megaProjects().isEmpty()) {
      double[] mega = new double[b.years()];
      for (int n = 0; n < mega.length; n++) {
        mega[n] = b.megaProjectsUsdB(n);
      }
      keys.add(ChartText.get("chart.capex.series.mega"));
      values.add(mega);
    }
    data.hyperscalers().setData(s.startYear(), keys, values);
  }

  private void fillReferences(Scenario s, XYPlot plot) {
    XYSeries series = data.references().getSeries(0);
    series.clear();
    List<String> notes = new ArrayList<>();
    List<String> tips = new ArrayList<>();
    for (ReferenceMarker m : s.references()) {
      if (m.year() < s.startYear() || m.year() > s.endYear()) {
        continue;
      }
      String badge = badge(series.getItemCount());
      series.add(m.year() - BAR_OFFSET, m.usdB(), false);
      notes.add(badge + " " + m.label());
      tips.add(
          ChartText.format(
              "chart.tooltip.reference",
              badge + " " + m.label(),
              ChartText.year(m.year()),
              ChartText.amount(m.usdB())));
    }
    series.fireSeriesChanged();
    List<String> tooltips = List.copyOf(tips);
    plot.getRenderer(REFERENCES)
        .setDefaultToolTipGenerator((dataset, ser, item) -> tooltips.get(item));
    footnote.setText(String.join("\n", notes));
  }

  /**
   * In a grid cell the reference labels would squeeze the plot, so they move to the tooltips (and
   * the zoom window); value labels show only where a year's slot has room for them.
   */
  @Override
  void adapt(Fit size) {
    XYPlot plot = (XYPlot) chart().getPlot();
    boolean hasReferences = data.references().getSeries(0).getItemCount() > 0;
    footnote.setVisible(hasReferences && !size.compact());
    footnote.setFont(ChartStyler.FOOTNOTE);
    String legend =
        ChartText.get(
            size.compact()
                ? "chart.capex.series.referencesHover"
                : "chart.capex.series.references");
    ((XYLineAndShapeRenderer) plot.getRenderer(REFERENCES))
        .setLegendItemLabelGenerator((dataset, series) -> legend);
    double years = plot.getDomainAxis().getRange().getLength();
    boolean labelled = (size.width() - Fit.AXIS_ROOM) / Math.max(1, years) >= MIN_LABELLED_SLOT;
    annotate(plot, palette(), labelled, size.compact());
  }

  /** Companies beyond these counts share one legend entry ("Hyperscalers: 12 companies"). */
  private static final int MAX_COMPANY_ENTRIES_COMPACT = 6;

  private static final int MAX_COMPANY_ENTRIES = 16;

  @Override
  LegendItemCollection condenseLegend(LegendItemCollection items, Fit size) {
    int companies = input() == null ? 0 : input().scenario().hyperscalers().size();
    if (companies <= (size.compact() ? MAX_COMPANY_ENTRIES_COMPACT : MAX_COMPANY_ENTRIES)) {
      return items;
    }
    return ChartLegends.condenseSeries(
        items,
        STACK,
        companies,
        ChartText.format("chart.capex.series.companies", companies),
        palette().company(1));
  }

  @Override
  Set<Integer> compareDatasets() {
    return Set.of(COMPARE_HYPERSCALERS, COMPARE_DEPIN);
  }

  @Override
  void paintSeries(ChartPalette p) {
    XYPlot plot = (XYPlot) chart().getPlot();
    XYBarRenderer stack = (XYBarRenderer) plot.getRenderer(STACK);
    int companies = data.hyperscalers().getSeriesCount();
    boolean hasMega = input() != null && !input().scenario().megaProjects().isEmpty();
    for (int k = 0; k < companies; k++) {
      boolean mega = hasMega && k == companies - 1;
      ChartRenderers.bar(stack, k, mega ? p.megaProjects() : p.company(k), p);
    }
    XYBarRenderer depin = (XYBarRenderer) plot.getRenderer(DEPIN);
    ChartRenderers.bar(depin, 0, p.depin(), p);
    ChartRenderers.line(
        (XYLineAndShapeRenderer) plot.getRenderer(COMPARE_HYPERSCALERS),
        0,
        p.emphasis(p.hyperscalers()),
        ChartRenderers.SQUARE,
        true,
        1f,
        p);
    ChartRenderers.line(
        (XYLineAndShapeRenderer) plot.getRenderer(COMPARE_DEPIN),
        0,
        p.emphasis(p.depin()),
        ChartRenderers.CIRCLE,
        true,
        1f,
        p);
    XYLineAndShapeRenderer refs = (XYLineAndShapeRenderer) plot.getRenderer(REFERENCES);
    refs.setSeriesPaint(0, p.reference());
    refs.setSeriesShape(0, ChartRenderers.DASH);
    actuals.paint(p);
  }

  /**
   * Reference figures as a dashed line across the year's slot, so each reads against both bars,
   * with its number badge beside the line; then, when there is room, the value on top of each bar.
   * The labels are placed by {@link MarkerLabels}: a badge moves to the line's other end, above or
   * below it, a value label stacks up a line, and a label with no free place is dropped (the
   * marker's and the bar's tooltips still give the value). No label covers a reported figure's
   * cross, so a total that would sit on one moves up a line. Badges are placed first. Annotations
   * hold their own paint, so they are rebuilt whenever the data, the theme or the size changes.
   */
  private void annotate(XYPlot plot, ChartPalette p, boolean labelled, boolean compact) {
    plot.clearAnnotations();
    markerLabels.clear();
    for (int i = 0; i < actuals.count(); i++) {
      double[] xy = actuals.point(i);
      markerLabels.avoid(xy[0], xy[1], ActualMarkers.REACH_PX);
    }
    XYSeries series = data.references().getSeries(0);
    for (int i = 0; i < series.getItemCount(); i++) {
      double year = series.getX(i).doubleValue() + BAR_OFFSET;
      double usdB = series.getY(i).doubleValue();
      plot.addAnnotation(
          new XYLineAnnotation(
              year - REFERENCE_REACH,
              usdB,
              year + REFERENCE_REACH,
              usdB,
              ChartStyler.line(p, 0.75f, true),
              p.reference()),
          false);
      markerLabels.add(
          badge(i),
          ChartStyler.MARKER_LABEL,
          p.reference(),
          p.labelBackground(),
          MarkerLabels.besideMarker(year - REFERENCE_REACH, year + REFERENCE_REACH, usdB));
    }
    if (labelled) {
      Font font = compact ? ChartStyler.ITEM_LABEL_COMPACT : ChartStyler.ITEM_LABEL;
      YearTableDataset stack = data.hyperscalers();
      for (int i = 0; i < stack.getItemCount(); i++) {
        double total = stack.stackTotal(i);
        if (stack.getSeriesCount() > 0 && total > 0) {
          markerLabels.add(
              ChartText.amount(total),
              font,
              p.text(),
              p.labelBackground(),
              MarkerLabels.aboveBar(stack.getXValue(0, i), total, 2));
        }
      }
      YearTableDataset depin = data.depin();
      for (int i = 0; i < depin.getItemCount(); i++) {
        double v = depin.value(0, i);
        if (v > 0) {
          markerLabels.add(
              ChartText.amount(v),
              font,
              p.text(),
              p.labelBackground(),
              MarkerLabels.aboveBar(depin.getXValue(0, i), v, 2));
        }
      }
    }
    plot.addAnnotation(markerLabels, false);
  }

  /** The marker and value labels of the last draw. */
  PlacedLabels labels() {
    return markerLabels.placed();
  }

  Datasets datasets() {
    return data;
  }
}
