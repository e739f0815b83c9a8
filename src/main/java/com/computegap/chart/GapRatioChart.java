package com.computegap.chart;

import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How many times more the hyperscalers spend (spend gap) and have installed (compute gap) than
 * DePIN, on a log scale with a parity line at 1×. Infinite ratios (DePIN has nothing) and undefined
 * ones (neither side has anything) cannot be drawn; they are left out and the years named in a note
 * under the title, so a gap to infinity never reads as a gap closing.
 */
final class GapRatioChart extends ModelChart {

    static final int SPEND = 0;
    static final int COMPUTE = 1;

    /** The axis always shows parity and at least this span, so a flat gap does not look dramatic. */
    private static final double MIN_SPAN = 20;

    /** The reported figures, a dataset after B's. */
    static final int ACTUALS = 2;
    private final ActualMarkers actuals = new ActualMarkers();
    private final Datasets data;
    private final TextTitle note;
    private final ValueMarker parity;
    private ChartNotes notes = new ChartNotes();

    /** Scenario A's two ratios, and B's (empty when not comparing). */
    record Datasets(YearTableDataset scenario, YearTableDataset compare) {
    }

    GapRatioChart() {
        this(createDatasets());
    }

    private GapRatioChart(Datasets data) {
        super(ChartKind.GAP, createChart(data));
        this.data = data;
        this.note = (TextTitle) chart().getSubtitle(1);
        actuals.install((XYPlot) chart().getPlot(), ACTUALS);
        this.parity = (ValueMarker) ((XYPlot) chart().getPlot()).getRangeMarkers(Layer.FOREGROUND).iterator().next();
    }

    static Datasets createDatasets() {
        return new Datasets(new YearTableDataset(0, 0), new YearTableDataset(0, 0));
    }

    static JFreeChart createChart(Datasets d) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(ChartAxes.yearAxis());
        plot.setRangeAxis(new PlainLogAxis(""));
        var tips = ChartData.tooltips("chart.tooltip.ratio", ChartText::ratio);
        plot.setRenderer(0, ChartRenderers.lines(tips));
        plot.setDataset(0, d.scenario());
        plot.setRenderer(1, ChartRenderers.lines(tips));
        plot.setDataset(1, d.compare());
        // B first, so where B equals A the solid A line stays on top
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        ValueMarker parity = new ValueMarker(1.0);
        parity.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        parity.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        parity.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
        plot.addRangeMarker(parity, Layer.FOREGROUND);
        JFreeChart chart = new JFreeChart("", ChartStyler.TITLE, plot, false);
        chart.addSubtitle(ChartStyler.subtitle(ChartStyler.SUBTITLE));
        chart.addSubtitle(ChartStyler.subtitle(ChartStyler.NOTE));
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(legend);
        return chart;
    }

    @Override
    void fill(ChartInput input) {
        XYPlot plot = (XYPlot) chart().getPlot();
        chart().setTitle(ChartText.get("chart.gap.title"));
        parity.setLabel(ChartText.get("chart.gap.parity"));

        String spend = ChartText.get("chart.gap.series.spend");
        String compute = ChartText.get("chart.gap.series.compute");
        ModelResult a = input.result();
        List<double[]> drawn = new ArrayList<>();
        List<double[]> valuesA = List.of(ChartData.logColumn(a, Column.SPEND_GAP_RATIO),
                ChartData.logColumn(a, Column.COMPUTE_GAP_RATIO));
        data.scenario().setData(input.scenario().startYear(), List.of(spend, compute), valuesA);
        drawn.addAll(valuesA);
        notes = new ChartNotes();
        addNotes(notes, a, false);
        if (input.hasCompare()) {
            ModelResult b = input.compareResult();
            List<double[]> valuesB = List.of(ChartData.logColumn(b, Column.SPEND_GAP_RATIO),
                    ChartData.logColumn(b, Column.COMPUTE_GAP_RATIO));
            data.compare().setData(input.compareScenario().startYear(),
                    List.of(ChartTitles.compare(spend), ChartTitles.compare(compute)), valuesB);
            drawn.addAll(valuesB);
            addNotes(notes, b, true);
        } else {
            data.compare().clear();
        }

        List<ActualMarkers.Point> reported = ActualMarkers.points(input.scenario(), a,
                ActualMarkers.atValue(input.scenario(), java.util.Set.of(Column.SPEND_GAP_RATIO, Column.COMPUTE_GAP_RATIO)));
        actuals.set(reported, true);
        drawn.add(ActualMarkers.values(reported));
        double[] bounds = ChartData.positiveBounds(drawn);
        double lo = bounds == null ? 1 : Math.min(1, bounds[0]);
        double hi = bounds == null ? 1 : Math.max(1, bounds[1]);
        ((PlainLogAxis) plot.getRangeAxis()).setRangeAround(lo, hi, MIN_SPAN);
        ChartTitles.showYears(plot, input);
    }

    /** One note per kind of undrawable ratio, naming the years. */
    static void addNotes(ChartNotes notes, ModelResult r, boolean compare) {
        for (Column column : List.of(Column.SPEND_GAP_RATIO, Column.COMPUTE_GAP_RATIO)) {
            String prefix = column == Column.SPEND_GAP_RATIO ? "chart.gap.note.spend" : "chart.gap.note.compute";
            notes.add(compare, prefix + "Infinite", ChartData.yearsWhere(r, column, Double::isInfinite));
            notes.add(compare, prefix + "Undefined", ChartData.yearsWhere(r, column, Double::isNaN));
            notes.add(compare, prefix + "Zero", ChartData.yearsWhere(r, column, v -> v <= 0));
        }
    }

    @Override
    void adapt(Fit size) {
        note.setText(notes.text(size.compact()));
        note.setVisible(!notes.isEmpty());
    }

    @Override
    Set<Integer> compareDatasets() {
        return Set.of(1);
    }

    @Override
    void paintSeries(ChartPalette p) {
        XYPlot plot = (XYPlot) chart().getPlot();
        actuals.paint(p);
        XYLineAndShapeRenderer a = (XYLineAndShapeRenderer) plot.getRenderer(0);
        ChartRenderers.line(a, SPEND, p.spendGap(), ChartRenderers.SQUARE, false, 1.25f, p);
        ChartRenderers.line(a, COMPUTE, p.computeGap(), ChartRenderers.CIRCLE, false, 1.25f, p);
        XYLineAndShapeRenderer b = (XYLineAndShapeRenderer) plot.getRenderer(1);
        ChartRenderers.line(b, SPEND, p.spendGap(), ChartRenderers.SQUARE, true, 1.25f, p);
        ChartRenderers.line(b, COMPUTE, p.computeGap(), ChartRenderers.CIRCLE, true, 1.25f, p);
        parity.setPaint(p.parity());
        parity.setStroke(ChartStyler.line(p, 0.9f, true));
        ChartStyler.styleMarkerLabel(parity, p.parity(), p);
    }

    /** The reported figures drawn, for tests. */
    ActualMarkers actualMarkers() {
        return actuals;
    }

    Datasets datasets() {
        return data;
    }

    /** The note line as drawn now; empty when hidden. */
    String noteText() {
        return note.isVisible() ? note.getText() : "";
    }
}
