package com.computegap.view;

import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartPoint;
import com.computegap.text.Messages;
import com.computegap.view.chart.ChartView;
import com.computegap.viewmodel.ClaimEditorViewModel;
import com.computegap.viewmodel.ClaimsViewModel;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

/**
 * A chart's context menu: "P(this ≤ value)…" when the mouse is on a point that is one model column
 * in one year (the add-claim dialog opens with that column, year and current value, as from a KPI
 * card), then "Export This Chart…". Node ids: {@code <chart id>-claim}, {@code <chart id>-export}.
 */
final class ChartMenu {

  private ChartMenu() {}

  /**
   * @param export writes the chart to a file
   * @param reveal brings the claims panel to the front
   */
  static void install(
      ChartView view, Runnable export, ClaimsViewModel claims, Window owner, Runnable reveal) {
    ChartKind kind = view.kind();
    MenuItem claim = new MenuItem(Messages.get("claims.kpiMenu"));
    claim.setId(kind.nodeId() + "-claim");
    SeparatorMenuItem separator = new SeparatorMenuItem();
    MenuItem exportItem = new MenuItem(Messages.get("charts.export"));
    exportItem.setId(kind.nodeId() + "-export");
    exportItem.setOnAction(e -> export.run());
    ContextMenu menu = new ContextMenu(claim, separator, exportItem);
    view.setOnContextMenuRequested(
        e -> {
          ChartPoint point = view.pointAt(e.getX(), e.getY());
          ClaimEditorViewModel editor =
              point == null ? null : claims.editorFor(point.column(), point.year());
          claim.setVisible(editor != null);
          separator.setVisible(editor != null);
          claim.setOnAction(
              a -> {
                if (editor != null) {
                  reveal.run();
                  ClaimDialog.show(owner, editor);
                }
              });
          menu.show(view, e.getScreenX(), e.getScreenY());
          e.consume();
        });
  }
}
