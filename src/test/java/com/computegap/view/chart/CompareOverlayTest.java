package com.computegap.view.chart;

import com.computegap.scenario.BundledScenarios;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareOverlayTest {

    private static final String B_MARK = ChartText.format("chart.series.compare", "");

    @ParameterizedTest
    @EnumSource(value = ChartKind.class, names = {"CAPEX", "INSTALLED", "GAP", "ALLOCATION"})
    void shouldDrawScenarioBAsDashedSeriesMarkedB(ChartKind kind) {
        ModelChart chart = ChartFixtures.chart(kind,
                ChartFixtures.compare(BundledScenarios.ESSAY, BundledScenarios.TAIWAN_DISRUPTION));
        ChartFixtures.draw(chart, 1600, 1000);
        XYPlot plot = chart.chart().getXYPlot();

        int bSeries = 0;
        for (int d : chart.compareDatasets()) {
            XYDataset dataset = plot.getDataset(d);
            XYItemRenderer renderer = plot.getRenderer(d);
            for (int s = 0; s < dataset.getSeriesCount(); s++) {
                bSeries++;
                assertTrue(dataset.getSeriesKey(s).toString().endsWith(B_MARK), dataset.getSeriesKey(s).toString());
                BasicStroke stroke = (BasicStroke) renderer.getSeriesStroke(s);
                assertNotNull(stroke.getDashArray(), "B is dashed");
            }
        }
        assertTrue(bSeries >= 2);
        assertTrue(legendLabels(plot).stream().filter(l -> l.endsWith(B_MARK)).count() >= 2, legendLabels(plot).toString());
    }

    @ParameterizedTest
    @EnumSource(value = ChartKind.class, names = {"CAPEX", "INSTALLED", "GAP", "ALLOCATION"})
    void shouldRemoveScenarioBWhenTheComparisonEnds(ChartKind kind) {
        ModelChart chart = ChartFixtures.chart(kind,
                ChartFixtures.compare(BundledScenarios.ESSAY, BundledScenarios.TAIWAN_DISRUPTION));

        chart.update(ChartFixtures.input(BundledScenarios.ESSAY));

        XYPlot plot = chart.chart().getXYPlot();
        for (int d : chart.compareDatasets()) {
            assertEquals(0, plot.getDataset(d).getSeriesCount());
        }
        assertTrue(legendLabels(plot).stream().noneMatch(l -> l.endsWith(B_MARK)));
    }

    @Test
    void shouldCarryScenarioBsOwnValues() {
        ChartInput input = ChartFixtures.compare(BundledScenarios.ESSAY, BundledScenarios.TAIWAN_DISRUPTION);
        CapexChart chart = ChartFixtures.chart(ChartKind.CAPEX, input);

        YearTableDataset b = chart.datasets().compareHyperscalers();

        assertEquals(input.compareResult().rows().size(), b.getItemCount());
        assertEquals(input.compareResult().last().hyperscalerAiCapexUsdB(), b.value(0, b.getItemCount() - 1));
        assertEquals(input.compareScenario().endYear(), b.year(b.getItemCount() - 1));
    }

    @Test
    void shouldNameScenarioBInOneLegendEntryInAGridCell() {
        ChartInput input = ChartFixtures.compare(BundledScenarios.ESSAY, BundledScenarios.TAIWAN_DISRUPTION);
        ModelChart chart = ChartFixtures.chart(ChartKind.INSTALLED, input);

        ChartFixtures.draw(chart, 390, 385);

        List<String> labels = legendLabels(chart.chart().getXYPlot());
        assertTrue(labels.contains(ChartText.format("chart.legend.compare", input.compareScenario().name())), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.endsWith(B_MARK)), labels.toString());
    }

    private static List<String> legendLabels(XYPlot plot) {
        List<String> labels = new ArrayList<>();
        var items = plot.getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }
}
