package com.computegap.view.chart;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;

import java.awt.geom.Line2D;
import java.util.Iterator;
import java.util.Set;

/** Legend arrangements beyond what the renderers produce by themselves. */
final class ChartLegends {

    private ChartLegends() {
    }

    /**
     * In a small chart, replaces the legend entries of comparison scenario B (one per series, each
     * marked "(B)") by a single dashed entry naming B, which halves a crowded legend; with
     * {@code compareLabel == null} the renderers' own legend returns.
     */
    static void collapseCompare(XYPlot plot, Set<Integer> compareDatasets, String compareLabel, ChartPalette p) {
        plot.setFixedLegendItems(null);
        if (compareLabel == null) {
            return;
        }
        LegendItemCollection kept = new LegendItemCollection();
        for (Iterator<?> it = plot.getLegendItems().iterator(); it.hasNext(); ) {
            LegendItem item = (LegendItem) it.next();
            if (!compareDatasets.contains(item.getDatasetIndex())) {
                kept.add(item);
            }
        }
        kept.add(new LegendItem(compareLabel, null, null, null, new Line2D.Double(-10, 0, 10, 0),
                ChartStyler.line(p, 1f, true), p.text()));
        plot.setFixedLegendItems(kept);
    }
}
