package com.computegap.view;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

import java.util.List;

/**
 * Lays out the charts: three across the top (capex, gap, installed compute) and two below
 * (chip allocation, waterfall), all growing with the window.
 */
public final class ChartGrid extends GridPane {

    public ChartGrid(List<? extends Region> charts) {
        setId("chart-grid");
        getStyleClass().add(Styles.CHART_AREA);
        for (int c = 0; c < 6; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 6);
            cc.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(rc);
        }
        for (int i = 0; i < charts.size() && i < 5; i++) {
            Region chart = charts.get(i);
            chart.getStyleClass().add(Styles.CHART_CELL);
            chart.setMinSize(0, 0);
            chart.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            if (i < 3) {
                add(chart, i * 2, 0, 2, 1);
            } else {
                add(chart, (i - 3) * 3, 1, 3, 1);
            }
        }
    }

    /** The chart nodes, in layout order. */
    public List<Node> charts() {
        return getChildren();
    }
}
