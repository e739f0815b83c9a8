package com.computegap.chart;

import java.awt.Paint;
import java.awt.geom.Line2D;
import java.util.Set;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

/** Legend arrangements beyond what the renderers produce by themselves. */
final class ChartLegends {

  private ChartLegends() {}

  /**
   * Replaces the legend entries of comparison scenario B (one per series, each marked "(B)") by a
   * single dashed entry naming B, which halves a crowded legend in a small chart.
   */
  static LegendItemCollection collapseCompare(
      LegendItemCollection items,
      Set<Integer> compareDatasets,
      String compareLabel,
      ChartPalette p) {
    LegendItemCollection kept = new LegendItemCollection();
    for (int i = 0; i < items.getItemCount(); i++) {
      LegendItem item = items.get(i);
      if (!compareDatasets.contains(item.getDatasetIndex())) {
        kept.add(item);
      }
    }
    kept.add(
        new LegendItem(
            compareLabel,
            null,
            null,
            null,
            new Line2D.Double(-10, 0, 10, 0),
            ChartStyler.line(p, 1f, true),
            p.text()));
    return kept;
  }

  /**
   * Replaces the entries of series {@code 0 .. count-1} of dataset {@code dataset} by one entry
   * {@code label} with a {@code swatch}-coloured box, placed where the first of them was.
   */
  static LegendItemCollection condenseSeries(
      LegendItemCollection items, int dataset, int count, String label, Paint swatch) {
    LegendItemCollection condensed = new LegendItemCollection();
    boolean placed = false;
    for (int i = 0; i < items.getItemCount(); i++) {
      LegendItem item = items.get(i);
      if (item.getDatasetIndex() == dataset && item.getSeriesIndex() < count) {
        if (!placed) {
          condensed.add(new LegendItem(label, null, null, null, item.getShape(), swatch));
          placed = true;
        }
      } else {
        condensed.add(item);
      }
    }
    return condensed;
  }
}
