package com.computegap.export;

import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartTheme;
import com.computegap.chart.ModelChart;
import com.computegap.text.Messages;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/** Charts as vector drawings: built the way the window builds them, drawn into any Graphics2D. */
final class PdfCharts {

  private PdfCharts() {}

  /**
   * A new chart of {@code kind} showing {@code input} in {@code theme}, laid out for {@code width x
   * height} logical pixels (below 700 x 480 the chart takes its compact form, as in the window's
   * grid). Owned by the calling thread.
   */
  static JFreeChart build(
      ChartKind kind, ChartInput input, ChartTheme theme, double width, double height) {
    ModelChart chart = kind.create();
    chart.applyTheme(theme);
    chart.update(input);
    chart.fitTo(width, height);
    return chart.chart();
  }

  /**
   * Adapts a compact chart for paper, where nothing can be hovered: a legend entry that points to
   * tooltips (the capex chart's outside figures) takes its plain wording; the brief names the
   * figures under the chart instead.
   */
  static void forPaper(JFreeChart chart) {
    if (!(chart.getPlot() instanceof XYPlot plot)) {
      return;
    }
    String hover = Messages.get("chart.capex.series.referencesHover");
    String plain = Messages.get("chart.capex.series.references");
    for (int i = 0; i < plot.getRendererCount(); i++) {
      XYItemRenderer r = plot.getRenderer(i);
      XYDataset d = plot.getDataset(i);
      if (r == null
          || d == null
          || d.getSeriesCount() == 0
          || r.getLegendItemLabelGenerator() == null) {
        continue;
      }
      if (hover.equals(r.getLegendItemLabelGenerator().generateLabel(d, 0))) {
        r.setLegendItemLabelGenerator((dataset, series) -> plain);
      }
    }
  }

  /**
   * {@code chart} drawn as a PDF form of {@code width x height} units (one unit per logical pixel),
   * its text set in the bundled fonts; place it with a scale to size it on a page.
   */
  static PDFormXObject form(
      PDDocument document, PdfFonts fonts, JFreeChart chart, double width, double height)
      throws IOException {
    PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) width, (float) height);
    try {
      g.setFontTextDrawer(new ChartTextDrawer(fonts));
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    return g.getXFormObject();
  }
}
