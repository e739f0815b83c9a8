package com.computegap.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Applies a {@link ChartPalette} and the meeting-room type sizes to the parts every chart shares:
 * backgrounds, titles, legend, axes, gridlines. Series colours are each chart's own business. Sizes
 * are in pixels at render scale 1; tick labels stay at 14 px or more so the back of a room can read
 * them.
 */
final class ChartStyler {

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 19);
  static final Font TITLE_COMPACT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 14);
  static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final Font TICK_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final Font LEGEND_COMPACT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font MARKER_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  static final Font ITEM_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  static final Font ITEM_LABEL_COMPACT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  static final Font RESULT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  static final Font RESULT_COMPACT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  static final Font FOOTNOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

  private ChartStyler() {}

  /** Backgrounds, title, text subtitles (muted), legend, plot and axes. */
  static void styleChart(JFreeChart chart, ChartPalette p) {
    chart.setBackgroundPaint(p.background());
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(8, 10, 8, 14));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(TITLE);
      chart.getTitle().setPaint(p.text());
      chart.getTitle().setPadding(new RectangleInsets(2, 4, 2, 4));
    }
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title t = chart.getSubtitle(i);
      if (t instanceof LegendTitle legend) {
        styleLegend(legend, p);
      } else if (t instanceof TextTitle text) {
        text.setPaint(p.mutedText());
        text.setBackgroundPaint(null);
      }
    }
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(p.plotBackground());
    plot.setOutlineVisible(false);
    if (plot instanceof XYPlot xy) {
      styleXYPlot(xy, p);
    } else if (plot instanceof CategoryPlot category) {
      styleCategoryPlot(category, p);
    }
  }

  /** A text subtitle for scenario names and notes. */
  /**
   * Runs {@code change} with the chart's change events held back, so a batch of dataset and style
   * updates redraws once instead of once per value.
   */
  static void batched(JFreeChart chart, Runnable change) {
    boolean notify = chart.isNotify();
    chart.setNotify(false);
    try {
      change.run();
    } finally {
      chart.setNotify(notify);
    }
  }

  /**
   * A chart for a small cell: compact title, {@code note} as the subtitle under it, the legend at
   * the bottom.
   */
  static JFreeChart compactWithNote(org.jfree.chart.plot.Plot plot, TextTitle note) {
    JFreeChart chart = new JFreeChart("", TITLE_COMPACT, plot, false);
    chart.addSubtitle(note);
    org.jfree.chart.title.LegendTitle legend = new org.jfree.chart.title.LegendTitle(plot);
    legend.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
    chart.addSubtitle(legend);
    return chart;
  }

  static TextTitle subtitle(Font font) {
    TextTitle title = new TextTitle("", font);
    title.setPadding(new RectangleInsets(1, 4, 1, 4));
    return title;
  }

  /** A marker label drawn over a translucent patch of background, so bars never swallow it. */
  static void styleMarkerLabel(Marker marker, Paint paint, ChartPalette p) {
    marker.setLabelFont(MARKER_LABEL);
    marker.setLabelPaint(paint);
    marker.setLabelBackgroundColor(p.labelBackground());
  }

  /** A line stroke scaled to the palette's weight; dashed for comparison series. */
  static Stroke line(ChartPalette p, float factor, boolean dashed) {
    float width = p.lineWidth() * factor;
    if (!dashed) {
      return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
    return new BasicStroke(
        width,
        BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_ROUND,
        10f,
        new float[] {4 * width, 2.5f * width},
        0f);
  }

  /** A fine dotted line for secondary series. */
  static Stroke dotted(ChartPalette p, float factor) {
    float width = p.lineWidth() * factor;
    return new BasicStroke(
        width,
        BasicStroke.CAP_ROUND,
        BasicStroke.JOIN_ROUND,
        10f,
        new float[] {0.1f, 3 * width + 2},
        0f);
  }

  private static void styleLegend(LegendTitle legend, ChartPalette p) {
    legend.setItemFont(LEGEND);
    legend.setItemPaint(p.text());
    legend.setBackgroundPaint(p.background());
    legend.setFrame(BlockBorder.NONE);
    legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
    legend.setPadding(new RectangleInsets(6, 4, 2, 4));
  }

  private static void styleXYPlot(XYPlot plot, ChartPalette p) {
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(true);
    plot.setRangeGridlinePaint(p.gridline());
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setRangeMinorGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setInsets(new RectangleInsets(6, 4, 4, 8));
    styleAxis(plot.getDomainAxis(), p);
    for (int i = 0; i < plot.getRangeAxisCount(); i++) {
      styleAxis(plot.getRangeAxis(i), p);
    }
  }

  private static void styleCategoryPlot(CategoryPlot plot, ChartPalette p) {
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(true);
    plot.setRangeGridlinePaint(p.gridline());
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setInsets(new RectangleInsets(6, 4, 4, 8));
    styleAxis(plot.getDomainAxis(), p);
    styleAxis(plot.getRangeAxis(), p);
  }

  private static void styleAxis(Axis axis, ChartPalette p) {
    if (axis == null) {
      return;
    }
    axis.setLabelFont(AXIS_LABEL);
    axis.setLabelPaint(p.text());
    axis.setTickLabelFont(TICK_LABEL);
    axis.setTickLabelPaint(p.text());
    axis.setAxisLinePaint(p.axisLine());
    axis.setTickMarkPaint(p.axisLine());
    axis.setAxisLineVisible(true);
    axis.setTickMarkOutsideLength(4f);
  }
}
