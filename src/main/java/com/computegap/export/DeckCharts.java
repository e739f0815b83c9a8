package com.computegap.export;

import com.computegap.chart.ChartPalette;
import com.computegap.model.Column;
import com.computegap.model.DepinFunnel;
import com.computegap.model.HyperscalerBreakdown;
import com.computegap.model.ModelResult;
import com.computegap.model.MonteCarloResult;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.Statistic;
import com.computegap.model.SupplyShock;
import com.computegap.model.Tornado;
import com.computegap.model.YearRow;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The deck's native charts, one method per chart, with the series, colours and axis titles of the
 * on-screen charts ({@code com.computegap.chart}). Where PowerPoint draws differently from the
 * screen the chart says so in its series names: the hyperscaler stack and DePIN share a year's
 * slot, so DePIN is a line with markers beside the stack; supply-shock years are a translucent
 * series on a hidden axis; the parity line is a series of 1s; the fans are percentile lines.
 */
final class DeckCharts {

  private final XMLSlideShow deck;
  private final ChartPalette palette;
  private final Scenario scenario;
  private final ModelResult result;
  private final List<String> years;

  DeckCharts(XMLSlideShow deck, ChartPalette palette, Scenario scenario, ModelResult result) {
    this.deck = deck;
    this.palette = palette;
    this.scenario = scenario;
    this.result = result;
    List<String> y = new ArrayList<>();
    for (YearRow row : result.rows()) {
      y.add(Formats.year(row.year()));
    }
    this.years = List.copyOf(y);
  }

  private DeckChart chart(XSLFSlide slide, Rectangle2D box) {
    return new DeckChart(
        deck, slide, box, palette, years, Messages.get("export.column.year"), DeckText.LATIN);
  }

  static double[] column(ModelResult r, Column c) {
    double[] v = new double[r.rows().size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = c.of(r.rows().get(i));
    }
    return v;
  }

  /** AI capex per year: the companies and mega projects stacked, DePIN as a line beside them. */
  void capex(XSLFSlide slide, Rectangle2D box) {
    DeckChart c = chart(slide, box);
    XDDFCategoryAxis x = c.categoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = c.valueAxis(AxisPosition.LEFT, Messages.get("chart.capex.axis"), false);
    XDDFBarChartData stack = c.bars(x, y, BarGrouping.STACKED, BarDirection.COL);
    HyperscalerBreakdown b = HyperscalerBreakdown.of(scenario);
    for (int k = 0; k < b.companyNames().size(); k++) {
      double[] v = new double[b.years()];
      for (int n = 0; n < v.length; n++) {
        v[n] = b.companyAiCapexUsdB(k, n);
      }
      c.bar(stack, b.companyNames().get(k), DeckChart.points(v, false), palette.company(k));
    }
    if (!scenario.megaProjects().isEmpty()) {
      double[] v = new double[b.years()];
      for (int n = 0; n < v.length; n++) {
        v[n] = b.megaProjectsUsdB(n);
      }
      c.bar(
          stack,
          Messages.get("chart.capex.series.mega"),
          DeckChart.points(v, false),
          palette.megaProjects());
    }
    c.plot(stack);
    XDDFLineChartData depin = c.lines(x, y);
    c.line(
        depin,
        Messages.get("chart.capex.series.depin"),
        DeckChart.points(column(result, Column.DEPIN_AI_CAPEX_USD_B), false),
        palette.depin(),
        2.5,
        false,
        MarkerStyle.CIRCLE);
    c.plot(depin);
    c.legend();
  }

  /** Installed compute, log scale: hyperscalers, DePIN frontier-usable, DePIN all installed. */
  void installed(XSLFSlide slide, Rectangle2D box) {
    DeckChart c = chart(slide, box);
    XDDFCategoryAxis x = c.categoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = c.valueAxis(AxisPosition.LEFT, Messages.get("chart.installed.axis"), true);
    DeckChart.crossAtMinimum(x);
    logRange(
        y,
        List.of(
            column(result, Column.HYPERSCALER_INSTALLED_K),
            column(result, Column.DEPIN_EFFECTIVE_K),
            column(result, Column.DEPIN_INSTALLED_K)),
        false);
    XDDFLineChartData lines = c.lines(x, y);
    c.line(
        lines,
        Messages.get("chart.installed.series.hyperscalers"),
        DeckChart.points(column(result, Column.HYPERSCALER_INSTALLED_K), true),
        palette.hyperscalers(),
        2.5,
        false,
        MarkerStyle.SQUARE);
    c.line(
        lines,
        Messages.get("chart.installed.series.depinEffective"),
        DeckChart.points(column(result, Column.DEPIN_EFFECTIVE_K), true),
        palette.depin(),
        2.5,
        false,
        MarkerStyle.CIRCLE);
    c.line(
        lines,
        Messages.get("chart.installed.series.depinInstalled"),
        DeckChart.points(column(result, Column.DEPIN_INSTALLED_K), true),
        palette.depin(),
        1.25,
        true,
        MarkerStyle.NONE);
    c.plot(lines);
    c.legend();
  }

  /** Spend gap and compute gap, log scale, with the parity line at 1×. */
  void gap(XSLFSlide slide, Rectangle2D box) {
    DeckChart c = chart(slide, box);
    XDDFCategoryAxis x = c.categoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = c.valueAxis(AxisPosition.LEFT, Messages.get("chart.gap.axis"), true);
    DeckChart.crossAtMinimum(x);
    double[] spend = column(result, Column.SPEND_GAP_RATIO);
    double[] compute = column(result, Column.COMPUTE_GAP_RATIO);
    logRange(y, List.of(spend, compute), true);
    XDDFLineChartData lines = c.lines(x, y);
    c.line(
        lines,
        Messages.get("chart.gap.series.spend"),
        DeckChart.points(spend, true),
        palette.spendGap(),
        2.5,
        false,
        MarkerStyle.SQUARE);
    c.line(
        lines,
        Messages.get("chart.gap.series.compute"),
        DeckChart.points(compute, true),
        palette.computeGap(),
        2.5,
        false,
        MarkerStyle.CIRCLE);
    double[] ones = new double[years.size()];
    java.util.Arrays.fill(ones, 1.0);
    c.line(
        lines,
        Messages.get("chart.gap.parity"),
        DeckChart.points(ones, true),
        palette.parity(),
        1.5,
        true,
        MarkerStyle.NONE);
    c.plot(lines);
    c.legend();
  }

  /**
   * Who gets the chips, stacked, with the supply-shock years shaded by a series on a hidden axis.
   */
  void allocation(XSLFSlide slide, Rectangle2D box) {
    DeckChart c = chart(slide, box);
    SupplyShock cut = scenario.chips().shock();
    double[] shock = new double[years.size()];
    boolean anyShock = false;
    for (int i = 0; i < shock.length; i++) {
      int year = result.rows().get(i).year();
      if (cut != null && year >= cut.year() && year < cut.year() + cut.durationYears()) {
        shock[i] = 1;
        anyShock = true;
      }
    }
    XDDFCategoryAxis x = c.categoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = c.valueAxis(AxisPosition.LEFT, Messages.get("chart.allocation.axis"), false);
    XDDFBarChartData stack = c.bars(x, y, BarGrouping.STACKED, BarDirection.COL);
    Column[] layers = {
      Column.HYPERSCALER_UNITS_K, Column.OTHER_UNITS_K, Column.DEPIN_UNITS_K, Column.UNALLOCATED_K
    };
    String[] keys = {
      "chart.allocation.series.hyperscalers",
      "chart.allocation.series.other",
      "chart.allocation.series.depin",
      "chart.allocation.series.unallocated"
    };
    Color[] colours = {
      palette.hyperscalers(), palette.otherBuyers(), palette.depin(), palette.unallocated()
    };
    for (int i = 0; i < layers.length; i++) {
      c.bar(
          stack,
          Messages.get(keys[i]),
          DeckChart.points(column(result, layers[i]), false),
          colours[i]);
    }
    c.plot(stack);
    if (anyShock) {
      XDDFCategoryAxis x2 = c.categoryAxis(AxisPosition.TOP);
      x2.setVisible(false);
      XDDFValueAxis y2 = c.valueAxis(AxisPosition.RIGHT, "", false);
      DeckChart.hide(y2);
      x2.crossAxis(y2);
      y2.crossAxis(x2);
      XDDFBarChartData shade = c.bars(x2, y2, BarGrouping.CLUSTERED, BarDirection.COL);
      shade.setGapWidth(0);
      String label =
          Messages.format(
              "chart.allocation.shock",
              Formats.withUnit(cut.supplyCutPct(), com.computegap.model.Unit.PCT).strip());
      c.bar(shade, label, DeckChart.points(shock, false), palette.shockFill());
      c.plot(shade);
    }
    c.legend();
  }

  /**
   * One year's path from token emission to DePIN accelerators: what is kept and what is lost per
   * step.
   */
  void waterfall(XSLFSlide slide, Rectangle2D box, int year) {
    DepinFunnel f = DepinFunnel.of(scenario, result.row(year));
    double[] stages = {
      f.emittedUsdB(),
      f.soldUsdB(),
      f.absorbedUsdB(),
      f.aiShareUsdB(),
      f.aiCapexUsdB(),
      f.acceleratorSpendUsdB()
    };
    String[] stageKeys = {
      "chart.waterfall.stage.emitted",
      "chart.waterfall.stage.sold",
      "chart.waterfall.stage.absorbed",
      "chart.waterfall.stage.aiShare",
      "chart.waterfall.stage.afterCloud",
      "chart.waterfall.stage.accelerators"
    };
    List<String> names = new ArrayList<>();
    double[] lost = new double[stages.length];
    for (int i = 0; i < stages.length; i++) {
      names.add(Messages.get(stageKeys[i]));
      lost[i] = i == 0 ? 0 : lost(stages[i - 1], stages[i]);
    }
    DeckChart c = new DeckChart(deck, slide, box, palette, names, "", DeckText.LATIN);
    XDDFCategoryAxis x = c.categoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = c.valueAxis(AxisPosition.LEFT, Messages.get("chart.waterfall.axis"), false);
    XDDFBarChartData stack = c.bars(x, y, BarGrouping.STACKED, BarDirection.COL);
    c.bar(
        stack,
        Messages.get("chart.waterfall.series.kept"),
        DeckChart.points(stages, false),
        palette.stage());
    c.bar(
        stack,
        Messages.get("chart.waterfall.series.lost"),
        DeckChart.points(lost, false),
        palette.loss());
    c.plot(stack);
    c.legend();
  }

  /**
   * A Monte Carlo fan as percentile lines: p5 and p95, p25 and p75, the median, the scenario as
   * set.
   */
  void fan(XSLFSlide slide, Rectangle2D box, MonteCarloResult mc, Column column) {
    boolean log =
        column.unit() == com.computegap.model.Unit.RATIO || column == Column.DEPIN_EFFECTIVE_K;
    String axis =
        column == Column.DEPIN_EFFECTIVE_K
            ? Messages.get("unc.fan.installed.axis")
            : Messages.get("unc.fan.ratio.axis");
    Color colour =
        switch (column) {
          case SPEND_GAP_RATIO -> palette.spendGap();
          case COMPUTE_GAP_RATIO -> palette.computeGap();
          default -> palette.depin();
        };
    DeckChart c = chart(slide, box);
    XDDFCategoryAxis x = c.categoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = c.valueAxis(AxisPosition.LEFT, axis, log);
    DeckChart.crossAtMinimum(x);
    double[] p5 = mc.series(column, Statistic.P5);
    double[] p25 = mc.series(column, Statistic.P25);
    double[] p50 = mc.series(column, Statistic.P50);
    double[] p75 = mc.series(column, Statistic.P75);
    double[] p95 = mc.series(column, Statistic.P95);
    double[] own = column(result, column);
    logRange(y, List.of(p5, p95, own), column.unit() == com.computegap.model.Unit.RATIO);
    XDDFLineChartData lines = c.lines(x, y);
    Color outer = blend(colour, 0.45);
    Color inner = blend(colour, 0.75);
    String outerName = Messages.get("unc.fan.legend.outer");
    String innerName = Messages.get("unc.fan.legend.inner");
    c.line(
        lines,
        outerName + " (p5)",
        DeckChart.points(p5, log),
        outer,
        1.25,
        false,
        MarkerStyle.NONE);
    c.line(
        lines,
        innerName + " (p25)",
        DeckChart.points(p25, log),
        inner,
        1.75,
        false,
        MarkerStyle.NONE);
    c.line(
        lines,
        Messages.get("unc.fan.legend.median"),
        DeckChart.points(p50, log),
        colour,
        3,
        false,
        MarkerStyle.CIRCLE);
    c.line(
        lines,
        innerName + " (p75)",
        DeckChart.points(p75, log),
        inner,
        1.75,
        false,
        MarkerStyle.NONE);
    c.line(
        lines,
        outerName + " (p95)",
        DeckChart.points(p95, log),
        outer,
        1.25,
        false,
        MarkerStyle.NONE);
    c.line(
        lines,
        Messages.get("unc.fan.legend.scenario"),
        DeckChart.points(own, log),
        palette.text(),
        1.25,
        true,
        MarkerStyle.NONE);
    c.plot(lines);
    c.legend();
  }

  /**
   * The tornado as horizontal bars from the scenario value: the output at each parameter's low and
   * high end.
   */
  void tornado(XSLFSlide slide, Rectangle2D box, Tornado t, int maxBars) {
    List<Tornado.Bar> bars = t.bars().subList(0, Math.min(maxBars, t.bars().size()));
    List<String> names = new ArrayList<>();
    double[] low = new double[bars.size()];
    double[] high = new double[bars.size()];
    // largest swing at the top: PowerPoint lists horizontal categories from the bottom up
    for (int i = bars.size() - 1, k = 0; i >= 0; i--, k++) {
      Tornado.Bar b = bars.get(i);
      ParameterPath p = ParameterPath.parse(b.parameter().param());
      names.add(
          Messages.format(
              "unc.tornado.row",
              AnalysisTexts.parameter(p, scenario),
              AnalysisTexts.span(b.lowInput(), b.highInput(), p.field())));
      low[k] = b.lowOutput();
      high[k] = b.highOutput();
    }
    DeckChart c =
        new DeckChart(
            deck, slide, box, palette, names, Messages.get("unc.tornado.output"), DeckText.LATIN);
    XDDFCategoryAxis x = c.categoryAxis(AxisPosition.LEFT);
    String name = AnalysisTexts.column(t.column());
    XDDFValueAxis y =
        c.valueAxis(
            AxisPosition.BOTTOM,
            Messages.format("unc.tornado.axis", name, AnalysisTexts.unit(t.column().unit())),
            false);
    XDDFBarChartData data = c.bars(x, y, BarGrouping.CLUSTERED, BarDirection.BAR);
    c.overlap(100);
    c.bar(
        data,
        Messages.get("unc.tornado.legend.low"),
        DeckChart.points(low, false),
        palette.otherBuyers());
    c.bar(
        data,
        Messages.get("unc.tornado.legend.high"),
        DeckChart.points(high, false),
        palette.megaProjects());
    c.plot(data);
    c.crossAt(t.base());
    c.legend();
  }

  /** What a step loses, as the on-screen waterfall counts it: rounding noise is no loss. */
  static double lost(double before, double after) {
    double loss = before - after;
    return loss > 1e-9 * Math.max(1, Math.abs(before)) ? loss : 0;
  }

  /** Log axis bounds at powers of ten around the drawable values (and 1 when {@code withOne}). */
  private static void logRange(XDDFValueAxis axis, List<double[]> series, boolean withOne) {
    double lo = withOne ? 1 : Double.POSITIVE_INFINITY;
    double hi = withOne ? 1 : 0;
    for (double[] s : series) {
      for (double v : s) {
        if (v > 0 && Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!(hi > 0)) {
      return;
    }
    double min = Math.pow(10, Math.floor(Math.log10(lo)));
    double max = Math.pow(10, Math.ceil(Math.log10(hi)));
    if (max <= min) {
      max = min * 10;
    }
    axis.setMinimum(min);
    axis.setMaximum(max);
  }

  /** {@code c} mixed with the slide background: {@code share} 1 is {@code c}, 0 the background. */
  private Color blend(Color c, double share) {
    Color b = palette.background();
    return new Color(
        (int) Math.round(c.getRed() * share + b.getRed() * (1 - share)),
        (int) Math.round(c.getGreen() * share + b.getGreen() * (1 - share)),
        (int) Math.round(c.getBlue() * share + b.getBlue() * (1 - share)));
  }
}
