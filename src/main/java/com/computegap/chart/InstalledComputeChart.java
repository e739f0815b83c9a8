package com.computegap.chart;

import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Installed compute, thousands of H100-equivalents on a log scale: the hyperscalers' installed base
 * against DePIN's frontier-usable (effective) base, with DePIN's raw installed base as a thin dotted
 * line so the frontier discount stays visible. Years where a value cannot sit on a log scale (zero)
 * are left out and named in a note.
 */
final class InstalledComputeChart extends ModelChart {

    static final int HYPERSCALERS = 0;
    static final int DEPIN_EFFECTIVE = 1;
    static final int DEPIN_INSTALLED = 2;

    /** The reported figures, a dataset after B's. */
    static final int ACTUALS = 2;
    private final ActualMarkers actuals = new ActualMarkers();
    private final Datasets data;
    private final TextTitle note;
    private ChartNotes notes = new ChartNotes();

    /** Scenario A's three lines, and B's two (empty when not comparing). */
    record Datasets(YearTableDataset scenario, YearTableDataset compare) {
    }

    InstalledComputeChart() {
        this(createDatasets());
    }

    private InstalledComputeChart(Datasets data) {
        super(ChartKind.INSTALLED, createChart(data));
        this.data = data;
        this.note = (TextTitle) chart().getSubtitle(1);
        actuals.install((XYPlot) chart().getPlot(), ACTUALS);
    }

    static Datasets createDatasets() {
        return new Datasets(new YearTableDataset(0, 0), new YearTableDataset(0, 0));
    }

    static JFreeChart createChart(Datasets d) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(ChartAxes.yearAxis());
        plot.setRangeAxis(new PlainLogAxis(""));
        var tips = ChartData.tooltips("chart.tooltip.k", ChartText::amount);
        plot.setRenderer(0, ChartRenderers.lines(tips));
        plot.setDataset(0, d.scenario());
        plot.setRenderer(1, ChartRenderers.lines(tips));
        plot.setDataset(1, d.compare());
        // B first, so where B equals A the solid A line stays on top
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
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
        ModelResult a = input.result();
        XYPlot plot = (XYPlot) chart().getPlot();
        chart().setTitle(ChartText.get("chart.installed.title"));

        String hyperscalers = ChartText.get("chart.installed.series.hyperscalers");
        String effective = ChartText.get("chart.installed.series.depinEffective");
        List<double[]> drawn = new ArrayList<>();
        List<double[]> valuesA = List.of(ChartData.logColumn(a, Column.HYPERSCALER_INSTALLED_K),
                ChartData.logColumn(a, Column.DEPIN_EFFECTIVE_K), ChartData.logColumn(a, Column.DEPIN_INSTALLED_K));
        data.scenario().setData(input.scenario().startYear(),
                List.of(hyperscalers, effective, ChartText.get("chart.installed.series.depinInstalled")), valuesA);
        drawn.addAll(valuesA);
        notes = new ChartNotes();
        addNotes(notes, a, false);
        if (input.hasCompare()) {
            ModelResult b = input.compareResult();
            List<double[]> valuesB = List.of(ChartData.logColumn(b, Column.HYPERSCALER_INSTALLED_K),
                    ChartData.logColumn(b, Column.DEPIN_EFFECTIVE_K));
            data.compare().setData(input.compareScenario().startYear(),
                    List.of(ChartTitles.compare(hyperscalers), ChartTitles.compare(effective)), valuesB);
            drawn.addAll(valuesB);
            addNotes(notes, b, true);
        } else {
            data.compare().clear();
        }

        List<ActualMarkers.Point> reported = ActualMarkers.points(input.scenario(), a,
                ActualMarkers.atValue(input.scenario(), java.util.Set.of(Column.HYPERSCALER_INSTALLED_K, Column.DEPIN_INSTALLED_K, Column.DEPIN_EFFECTIVE_K)));
        actuals.set(reported, true);
        drawn.add(ActualMarkers.values(reported));
        double[] bounds = ChartData.positiveBounds(drawn);
        PlainLogAxis axis = (PlainLogAxis) plot.getRangeAxis();
        if (bounds != null) {
            axis.setRangeAround(bounds[0], bounds[1], 10);
        } else {
            axis.setRangeAround(1, 1000, 10);
        }
        ChartTitles.showYears(plot, input);
    }

    private static void addNotes(ChartNotes notes, ModelResult r, boolean compare) {
        notes.add(compare, "chart.installed.note.noDepin",
                ChartData.yearsWhere(r, Column.DEPIN_EFFECTIVE_K, v -> !(v > 0)));
        notes.add(compare, "chart.installed.note.noHyperscalers",
                ChartData.yearsWhere(r, Column.HYPERSCALER_INSTALLED_K, v -> !(v > 0)));
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
        ChartRenderers.line(a, HYPERSCALERS, p.hyperscalers(), ChartRenderers.SQUARE, false, 1.25f, p);
        ChartRenderers.line(a, DEPIN_EFFECTIVE, p.depin(), ChartRenderers.CIRCLE, false, 1.25f, p);
        ChartRenderers.line(a, DEPIN_INSTALLED, p.depin(), ChartRenderers.CIRCLE, false, 0.6f, p);
        a.setSeriesStroke(DEPIN_INSTALLED, ChartStyler.dotted(p, 0.75f));
        a.setSeriesShapesVisible(DEPIN_INSTALLED, false);
        XYLineAndShapeRenderer b = (XYLineAndShapeRenderer) plot.getRenderer(1);
        ChartRenderers.line(b, HYPERSCALERS, p.hyperscalers(), ChartRenderers.SQUARE, true, 1.25f, p);
        ChartRenderers.line(b, DEPIN_EFFECTIVE, p.depin(), ChartRenderers.CIRCLE, true, 1.25f, p);
    }

    /** The reported figures drawn, for tests. */
    ActualMarkers actualMarkers() {
        return actuals;
    }

    Datasets datasets() {
        return data;
    }
}
