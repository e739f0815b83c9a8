package com.computegap.export;

import com.computegap.chart.ChartPalette;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFFillProperties;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSRgbColor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSolidColorFillProperties;

/**
 * One native PowerPoint chart on a slide, built with POI's XDDF API: categories (years or parameter
 * names) in the first column of the chart's embedded data sheet, each series in a column of its
 * own, so PowerPoint's "Edit Data" shows the numbers. Values that a chart cannot draw (Infinity,
 * NaN, and zero or less on a log axis) are left blank, never written as a number.
 */
final class DeckChart {

  /** Sizes of chart texts, in points. */
  private static final double AXIS_TEXT = 11;

  private static final double LEGEND_TEXT = 11;

  private final XSLFChart chart;
  private final ChartPalette palette;
  private final String[] categories;
  private final XDDFCategoryDataSource categoryData;
  private final String fontName;
  private int nextColumn = 1;

  DeckChart(
      XMLSlideShow deck,
      XSLFSlide slide,
      Rectangle2D box,
      ChartPalette palette,
      List<String> categories,
      String categoryTitle,
      String fontName) {
    this.chart = deck.createChart();
    // POI places a chart's frame in EMU, unlike every other shape (points)
    slide.addChart(
        chart,
        new Rectangle2D.Double(
            Units.toEMU(box.getX()),
            Units.toEMU(box.getY()),
            Units.toEMU(box.getWidth()),
            Units.toEMU(box.getHeight())));
    this.palette = palette;
    this.fontName = fontName;
    this.categories = categories.toArray(new String[0]);
    chart.setSheetTitle(categoryTitle, 0);
    this.categoryData =
        XDDFDataSourcesFactory.fromArray(
            this.categories,
            chart.formatRange(new CellRangeAddress(1, this.categories.length, 0, 0)),
            0);
    chart.setAutoTitleDeleted(true);
    chart.displayBlanksAs(DisplayBlanks.GAP);
    chart.setPlotOnlyVisibleCells(false);
    XDDFShapeProperties space = chart.getOrAddShapeProperties();
    space.setFillProperties(solid(palette.background()));
    space.setLineProperties(noLine());
  }

  XSLFChart chart() {
    return chart;
  }

  /** The category axis at the bottom (or, for horizontal bars, at the left). */
  XDDFCategoryAxis categoryAxis(AxisPosition position) {
    XDDFCategoryAxis axis = chart.createCategoryAxis(position);
    axis.setMajorTickMark(AxisTickMark.OUT);
    axis.setTickLabelPosition(AxisTickLabelPosition.LOW);
    styleAxis(axis);
    return axis;
  }

  /** A value axis with its title (unit); {@code log} makes it logarithmic, base 10. */
  XDDFValueAxis valueAxis(AxisPosition position, String title, boolean log) {
    XDDFValueAxis axis = chart.createValueAxis(position);
    axis.setTitle(title);
    axis.setCrossBetween(AxisCrossBetween.BETWEEN);
    axis.setMajorTickMark(AxisTickMark.OUT);
    if (log) {
      axis.setLogBase(10);
    }
    axis.getOrAddMajorGridProperties().setLineProperties(line(palette.gridline(), 0.75, false));
    styleAxis(axis);
    styleTitle(axis);
    return axis;
  }

  /** Makes the axis of a helper series invisible: no line, labels or gridlines, fixed 0..1. */
  static void hide(XDDFValueAxis axis) {
    axis.setMinimum(0);
    axis.setMaximum(1);
    axis.setVisible(false);
    axis.setTickLabelPosition(AxisTickLabelPosition.NONE);
    axis.setMajorTickMark(AxisTickMark.NONE);
  }

  /** Where the category axis crosses the value axis: bars then grow from this value. */
  void crossAt(double value) {
    for (CTCatAx ax : chart.getCTChart().getPlotArea().getCatAxList()) {
      if (ax.isSetCrosses()) {
        ax.unsetCrosses();
      }
      ax.addNewCrossesAt().setVal(value);
    }
  }

  /**
   * Category axis crossing: the value axis minimum, so a log axis keeps its labels at the bottom.
   */
  static void crossAtMinimum(XDDFCategoryAxis axis) {
    axis.setCrosses(AxisCrosses.MIN);
  }

  XDDFBarChartData bars(
      XDDFChartAxis categories,
      XDDFValueAxis values,
      BarGrouping grouping,
      BarDirection direction) {
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarGrouping(grouping);
    data.setBarDirection(direction);
    data.setVaryColors(false);
    if (grouping == BarGrouping.STACKED || grouping == BarGrouping.PERCENT_STACKED) {
      overlap(100);
    }
    data.setGapWidth(60);
    return data;
  }

  /**
   * Bars of one category drawn over each other (100) or side by side (0), for the bar group made
   * last. Written as the attribute's text: POI's {@code setOverlap} needs a schema type that the
   * lean OOXML schema jar leaves out.
   */
  void overlap(int percent) {
    var groups = chart.getCTChart().getPlotArea().getBarChartList();
    var group = groups.get(groups.size() - 1);
    var overlap = group.isSetOverlap() ? group.getOverlap() : group.addNewOverlap();
    try (org.apache.xmlbeans.XmlCursor cursor = overlap.newCursor()) {
      cursor.setAttributeText(new javax.xml.namespace.QName("val"), Integer.toString(percent));
    }
  }

  XDDFLineChartData lines(XDDFChartAxis categories, XDDFValueAxis values) {
    XDDFLineChartData data =
        (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
    data.setVaryColors(false);
    return data;
  }

  /** A bar series filled with {@code colour} (its alpha kept). */
  XDDFChartData.Series bar(XDDFChartData data, String name, Double[] values, Color colour) {
    XDDFChartData.Series s = add(data, name, values);
    XDDFShapeProperties p = new XDDFShapeProperties();
    p.setFillProperties(solid(colour));
    p.setLineProperties(noLine());
    s.setShapeProperties(p);
    return s;
  }

  /** A line series: solid or dashed, in points wide, with or without markers. */
  XDDFLineChartData.Series line(
      XDDFLineChartData data,
      String name,
      Double[] values,
      Color colour,
      double width,
      boolean dashed,
      MarkerStyle marker) {
    XDDFLineChartData.Series s = (XDDFLineChartData.Series) add(data, name, values);
    XDDFShapeProperties p = new XDDFShapeProperties();
    p.setLineProperties(line(colour, width, dashed));
    s.setShapeProperties(p);
    s.setSmooth(false);
    s.setMarkerStyle(marker);
    return s;
  }

  private XDDFChartData.Series add(XDDFChartData data, String name, Double[] values) {
    if (values.length != categories.length) {
      throw new IllegalArgumentException(
          values.length + " values for " + categories.length + " categories");
    }
    int column = nextColumn++;
    XDDFNumericalDataSource<Double> source =
        XDDFDataSourcesFactory.fromArray(
            values,
            chart.formatRange(new CellRangeAddress(1, categories.length, column, column)),
            column);
    XDDFChartData.Series s = data.addSeries(categoryData, source);
    s.setTitle(name, chart.setSheetTitle(name, column));
    return s;
  }

  /**
   * Draws the data into the chart part and its embedded data sheet. POI counts only the points it
   * writes; the count is set to the number of categories so that blank points stay blanks in their
   * own place.
   */
  void plot(XDDFChartData data) {
    chart.plot(data);
    var area = chart.getCTChart().getPlotArea();
    List<org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource> values =
        new java.util.ArrayList<>();
    area.getBarChartList().forEach(g -> g.getSerList().forEach(ser -> values.add(ser.getVal())));
    area.getLineChartList().forEach(g -> g.getSerList().forEach(ser -> values.add(ser.getVal())));
    for (var v : values) {
      if (v != null && v.isSetNumRef()) {
        var cache =
            v.getNumRef().isSetNumCache()
                ? v.getNumRef().getNumCache()
                : v.getNumRef().addNewNumCache();
        (cache.isSetPtCount() ? cache.getPtCount() : cache.addNewPtCount())
            .setVal(categories.length);
      }
    }
  }

  /** The legend below the plot. */
  void legend() {
    XDDFChartLegend legend = chart.getOrAddLegend();
    legend.setPosition(LegendPosition.BOTTOM);
    legend.setOverlay(false);
    XDDFRunProperties text =
        legend.getTextBody() == null
            ? null
            : legend.getTextBody().getParagraph(0).getDefaultRunProperties();
    if (text == null) {
      var body = new org.apache.poi.xddf.usermodel.text.XDDFTextBody(legend);
      body.initialize();
      legend.setTextBody(body);
      text = body.getParagraph(0).addDefaultRunProperties();
    }
    text.setFontSize(LEGEND_TEXT);
    text.setFillProperties(solid(palette.text()));
    DeckText.fonts(text, fontName);
  }

  private void styleAxis(XDDFChartAxis axis) {
    XDDFRunProperties text = axis.getOrAddTextProperties();
    text.setFontSize(AXIS_TEXT);
    text.setFillProperties(solid(palette.text()));
    DeckText.fonts(text, fontName);
    axis.getOrAddShapeProperties().setLineProperties(line(palette.axisLine(), 0.75, false));
  }

  private void styleTitle(XDDFValueAxis axis) {
    var title = chart.getCTChart().getPlotArea();
    if (title == null) {
      return;
    }
    for (var ax : title.getValAxList()) {
      if (ax.getAxId().getVal() == axis.getId()
          && ax.isSetTitle()
          && ax.getTitle().isSetTx()
          && ax.getTitle().getTx().isSetRich()) {
        var rich = ax.getTitle().getTx().getRich();
        for (var p : rich.getPList()) {
          for (var r : p.getRList()) {
            var props = new XDDFRunProperties(r.isSetRPr() ? r.getRPr() : r.addNewRPr());
            props.setFontSize(AXIS_TEXT);
            props.setBold(false);
            props.setFillProperties(solid(palette.text()));
            DeckText.fonts(props, fontName);
          }
        }
      }
    }
  }

  /** A solid fill of {@code c}, translucent when {@code c} has an alpha below 255. */
  static XDDFFillProperties solid(Color c) {
    CTSolidColorFillProperties fill = CTSolidColorFillProperties.Factory.newInstance();
    CTSRgbColor rgb = fill.addNewSrgbClr();
    rgb.setVal(new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()});
    if (c.getAlpha() < 255) {
      rgb.addNewAlpha().setVal(Math.round(c.getAlpha() * 100000f / 255));
    }
    return new XDDFSolidFillProperties(fill);
  }

  static XDDFLineProperties line(Color c, double width, boolean dashed) {
    XDDFLineProperties line = new XDDFLineProperties(solid(c));
    line.setWidth(width);
    if (dashed) {
      line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
    }
    return line;
  }

  static XDDFLineProperties noLine() {
    return new XDDFLineProperties(new XDDFNoFillProperties());
  }

  /**
   * {@code values} as chart points: Infinity and NaN blank, and on a log axis zero and negatives
   * blank too.
   */
  static Double[] points(double[] values, boolean log) {
    Double[] out = new Double[values.length];
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      boolean drawable = Double.isFinite(v) && (!log || v > 0);
      out[i] = drawable ? v : null;
    }
    return out;
  }
}
