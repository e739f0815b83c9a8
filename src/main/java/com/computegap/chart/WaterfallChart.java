package com.computegap.chart;

import com.computegap.model.DepinFunnel;
import com.computegap.model.YearRow;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One year's path from token emission to DePIN accelerators, in billions of US dollars: each bar is
 * the money left at a stage (emitted, sold, absorbed by buyers, AI share, after cloud resale,
 * accelerators), topped by a pale segment for what the step lost. Usage revenue (cash from
 * customers renting the network's compute, MODEL.md section 7) is the one step that adds money:
 * when the scenario has any, a step after the buyers' cash adds it as a segment of its own colour.
 * Money turns into chips only at the end, so the chips are not forced onto the dollar axis: they
 * are stated under the chart (accelerators demanded and bought, then the frontier-usable installed
 * base).
 */
final class WaterfallChart extends ModelChart {

  static final int KEPT = 0;
  static final int LOST = 1;
  static final int ADDED = 2;
  static final String[] STAGE_KEYS = {
    "chart.waterfall.stage.emitted", "chart.waterfall.stage.sold", "chart.waterfall.stage.absorbed",
    "chart.waterfall.stage.aiShare", "chart.waterfall.stage.afterCloud",
        "chart.waterfall.stage.accelerators",
  };

  /** The usage-revenue step, inserted after the buyers' cash when the scenario earns any. */
  static final String USAGE_STAGE_KEY = "chart.waterfall.stage.usage";

  private final DefaultCategoryDataset data;
  private final TextTitle note;
  private final TextTitle units;
  private final TextTitle result;

  WaterfallChart() {
    this(createDataset());
  }

  private WaterfallChart(DefaultCategoryDataset data) {
    super(ChartKind.WATERFALL, createChart(data));
    this.data = data;
    this.note = (TextTitle) chart().getSubtitle(1);
    this.result = (TextTitle) chart().getSubtitle(2);
    this.units = (TextTitle) chart().getSubtitle(3);
  }

  static DefaultCategoryDataset createDataset() {
    return new DefaultCategoryDataset();
  }

  static JFreeChart createChart(DefaultCategoryDataset d) {
    CategoryAxis stages = new CategoryAxis();
    stages.setMaximumCategoryLabelLines(3);
    stages.setMaximumCategoryLabelWidthRatio(1.5f);
    stages.setCategoryMargin(0.3);
    stages.setLowerMargin(0.03);
    stages.setUpperMargin(0.03);
    StageRenderer renderer = renderer();
    CategoryPlot plot = new CategoryPlot(d, stages, ChartAxes.valueAxis(""), renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.addAnnotation(new Labels(renderer), false);
    JFreeChart chart = new JFreeChart("", ChartStyler.TITLE, plot, false);
    chart.addSubtitle(ChartStyler.subtitle(ChartStyler.SUBTITLE));
    chart.addSubtitle(ChartStyler.subtitle(ChartStyler.NOTE));
    TextTitle result = ChartStyler.subtitle(ChartStyler.RESULT);
    result.setPosition(RectangleEdge.BOTTOM);
    result.setPadding(new RectangleInsets(2, 4, 4, 4));
    chart.addSubtitle(result);
    TextTitle units = ChartStyler.subtitle(ChartStyler.SUBTITLE);
    units.setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(units);
    LegendTitle legend = new LegendTitle(plot);
    legend.setPosition(RectangleEdge.TOP);
    chart.addSubtitle(legend);
    return chart;
  }

  /**
   * Stacked bars whose last "kept" bar, the money that buys chips, takes the stronger colour. Its
   * value labels are not drawn where JFreeChart would put them (on top of each other when bars are
   * short, cut off at the top of the plot): the renderer only records each bar, and {@link Labels}
   * places them all after the bars are drawn.
   */
  static final class StageRenderer extends StackedBarRenderer {
    private Paint resultPaint;

    /**
     * Room for every stage and the usage-revenue step that is inserted when the scenario earns any.
     */
    private static final int COLUMNS = STAGE_KEYS.length + 1;

    private final Rectangle2D[][] bars = new Rectangle2D[2][COLUMNS];
    private final String[][] texts = new String[2][COLUMNS];
    private final PlacedLabels labels = new PlacedLabels();

    void setResultPaint(Paint paint) {
      resultPaint = paint;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      if (row == KEPT
          && column == getPlot().getDataset().getColumnCount() - 1
          && resultPaint != null) {
        return resultPaint;
      }
      return super.getItemPaint(row, column);
    }

    @Override
    public CategoryItemRendererState initialise(
        Graphics2D g2,
        Rectangle2D dataArea,
        CategoryPlot plot,
        int rendererIndex,
        PlotRenderingInfo info) {
      for (int row = 0; row < 2; row++) {
        Arrays.fill(bars[row], null);
        Arrays.fill(texts[row], null);
      }
      return super.initialise(g2, dataArea, plot, rendererIndex, info);
    }

    /** Records the bar and its label; {@link Labels} draws it. */
    @Override
    protected void drawItemLabel(
        Graphics2D g2,
        CategoryDataset data,
        int row,
        int column,
        CategoryPlot plot,
        CategoryItemLabelGenerator generator,
        Rectangle2D bar,
        boolean negative) {
      if (row < 2 && column < COLUMNS) {
        bars[row][column] = (Rectangle2D) bar.clone();
        texts[row][column] = generator.generateLabel(data, row, column);
      }
    }

    /** The value labels of the last draw, for tests. */
    PlacedLabels labels() {
      return labels;
    }

    /**
     * Places the recorded labels: first what is left at each stage (inside the top of its bar, else
     * above the whole stack, stacked up a line at a time), then what each step lost (inside its
     * pale segment, else above the stack). Nothing may leave the data area; a label with no room is
     * dropped, and its bar's tooltip still gives the value.
     */
    void drawLabels(Graphics2D g2, Rectangle2D dataArea) {
      labels.clear();
      Font font = getDefaultItemLabelFont();
      Paint paint = getDefaultItemLabelPaint();
      for (int row : new int[] {KEPT, LOST}) {
        for (int column = 0; column < COLUMNS; column++) {
          Rectangle2D bar = bars[row][column];
          String text = texts[row][column];
          if (bar == null || text == null) {
            continue;
          }
          double top = stackTop(column);
          double x = bar.getCenterX();
          boolean kept = row == KEPT;
          labels.add(
              new PlacedLabels.Request(
                  text,
                  font,
                  paint,
                  null,
                  (w, h) -> {
                    List<Rectangle2D> c = new ArrayList<>();
                    if (bar.getHeight() >= h + 2 * PlacedLabels.PAD) {
                      c.add(
                          kept
                              ? LabelPlacement.below(x, bar.getMinY() + PlacedLabels.PAD, w, h)
                              : LabelPlacement.centred(x, bar.getCenterY(), w, h));
                    }
                    c.addAll(
                        LabelPlacement.stackedUp(
                            LabelPlacement.above(x, top - PlacedLabels.PAD, w, h), 3));
                    return c;
                  }));
        }
      }
      labels.draw(g2, dataArea, List.of());
    }

    private double stackTop(int column) {
      double top = Double.POSITIVE_INFINITY;
      for (Rectangle2D[] row : bars) {
        if (row[column] != null && row[column].getHeight() > 0) {
          top = Math.min(top, row[column].getMinY());
        }
      }
      return top == Double.POSITIVE_INFINITY && bars[KEPT][column] != null
          ? bars[KEPT][column].getMinY()
          : top;
    }
  }

  /**
   * Draws the renderer's value labels once the bars are all drawn (plot annotations come after
   * them).
   */
  static final class Labels extends AbstractAnnotation implements CategoryAnnotation {
    private static final long serialVersionUID = 1L;
    private final transient StageRenderer renderer;

    Labels(StageRenderer renderer) {
      this.renderer = renderer;
    }

    @Override
    public void draw(
        Graphics2D g2,
        CategoryPlot plot,
        Rectangle2D dataArea,
        CategoryAxis domainAxis,
        ValueAxis rangeAxis) {
      renderer.drawLabels(g2, dataArea);
    }
  }

  private static StageRenderer renderer() {
    StageRenderer r = new StageRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(true);
    r.setMaximumBarWidth(0.14);
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(ChartStyler.ITEM_LABEL);
    r.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator() {
          @Override
          public String generateLabel(CategoryDataset dataset, int row, int column) {
            double v = dataset.getValue(row, column).doubleValue();
            if (row == LOST) {
              return v > 0 ? "−" + ChartText.amount(v) : null;
            }
            if (row == ADDED) {
              return v > 0 ? "+" + ChartText.amount(v) : null;
            }
            return ChartText.amount(v);
          }
        });
    r.setDefaultToolTipGenerator(
        (dataset, row, column) -> {
          double v = dataset.getValue(row, column).doubleValue();
          String stage = dataset.getColumnKey(column).toString().replace('\n', ' ');
          return switch (row) {
            case KEPT ->
                ChartText.format("chart.tooltip.waterfall.kept", stage, ChartText.amount(v));
            case ADDED ->
                ChartText.format("chart.tooltip.waterfall.added", stage, ChartText.amount(v));
            default -> ChartText.format("chart.tooltip.waterfall.lost", stage, ChartText.amount(v));
          };
        });
    return r;
  }

  @Override
  void fill(ChartInput input) {
    YearRow row = input.result().row(input.focusYear());
    DepinFunnel f = DepinFunnel.of(input.scenario(), row);
    CategoryPlot plot = (CategoryPlot) chart().getPlot();
    chart().setTitle(ChartText.format("chart.waterfall.title", ChartText.year(f.year())));
    note.setText(ChartText.format("chart.waterfall.note.noEmission", ChartText.year(f.year())));
    note.setVisible(!(f.emittedUsdB() > 0));

    double[] stages = {
      f.emittedUsdB(),
      f.soldUsdB(),
      f.absorbedUsdB(),
      f.aiShareUsdB(),
      f.aiCapexUsdB(),
      f.acceleratorSpendUsdB()
    };
    boolean usage = earnsUsageRevenue(input);
    String kept = ChartText.get("chart.waterfall.series.kept");
    String lost = ChartText.get("chart.waterfall.series.lost");
    String added = ChartText.get("chart.waterfall.series.added");
    data.setNotify(false);
    data.clear();
    double before = 0;
    for (int i = 0; i < stages.length; i++) {
      String stage = ChartText.get(STAGE_KEYS[i]);
      if (i == 3 && usage) {
        // the buyers' cash stays and the usage revenue stacks on it: the cash the model spends
        String step = ChartText.get(USAGE_STAGE_KEY);
        data.addValue(stages[2], kept, step);
        data.addValue(0, lost, step);
        data.addValue(f.usageRevenueUsdB(), added, step);
        before = f.cashUsdB();
      }
      double loss = i == 0 ? 0 : lost(before, stages[i]);
      data.addValue(stages[i], kept, stage);
      data.addValue(loss, lost, stage);
      if (usage) {
        data.addValue(0, added, stage);
      }
      before = stages[i];
    }
    data.setNotify(true);

    units.setText(
        ChartText.format(
            "chart.waterfall.units",
            ChartText.amount(f.acceleratorSpendUsdB()),
            ChartText.amount(f.unitPriceUsdK()),
            ChartText.amount(f.demandedK()),
            ChartText.amount(f.boughtK())));
    result.setText(
        ChartText.format(
            "chart.waterfall.result",
            ChartText.year(f.year()),
            ChartText.amount(f.effectiveK()),
            ChartText.percent(f.frontierEfficiencyPct()),
            ChartText.amount(f.installedK())));
  }

  /**
   * Whether the scenario earns usage revenue in any year, so the step is drawn in every year alike.
   */
  private static boolean earnsUsageRevenue(ChartInput input) {
    return input.result().rows().stream().anyMatch(r -> r.usageRevenueUsdB() > 0);
  }

  /**
   * What a step lost; rounding noise (x * 100 / 100 is not always x) counts as nothing, so a step
   * that keeps everything never shows a "−0.0".
   */
  static double lost(double before, double after) {
    double loss = before - after;
    return loss > 1e-9 * Math.max(1, Math.abs(before)) ? loss : 0;
  }

  /** Only scenario A is explained here, so the line names A alone, even when comparing. */
  @Override
  String scenarioText(ChartInput in) {
    return in.scenario().name();
  }

  @Override
  void adapt(Fit size) {
    result.setFont(size.compact() ? ChartStyler.RESULT_COMPACT : ChartStyler.RESULT);
    units.setFont(size.compact() ? ChartStyler.FOOTNOTE : ChartStyler.SUBTITLE);
  }

  @Override
  void paintSeries(ChartPalette p) {
    StageRenderer r = (StageRenderer) ((CategoryPlot) chart().getPlot()).getRenderer();
    r.setSeriesPaint(KEPT, p.stage());
    r.setResultPaint(p.result());
    r.setSeriesPaint(LOST, p.loss());
    r.setSeriesPaint(ADDED, p.gain());
    r.setDefaultOutlinePaint(p.background());
    r.setDefaultOutlineStroke(new BasicStroke(1f));
    r.setDefaultItemLabelPaint(p.text());
    result.setPaint(p.text());
  }

  /** The value labels of the last draw. */
  PlacedLabels labels() {
    return ((StageRenderer) ((CategoryPlot) chart().getPlot()).getRenderer()).labels();
  }

  DefaultCategoryDataset dataset() {
    return data;
  }
}
