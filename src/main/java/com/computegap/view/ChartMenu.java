package com.computegap.view;

import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartPoint;
import com.computegap.text.Messages;
import com.computegap.view.chart.ChartView;
import com.computegap.viewmodel.ClaimEditorViewModel;
import com.computegap.viewmodel.ClaimsViewModel;
import java.util.function.BooleanSupplier;
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
   * @param solidIsDocument whether the solid series are the open document's: not while a pinned
   *     baseline is A (then the document is the dashed B, whose series carry no claim)
   * @param reveal brings the claims panel to the front
   */
  static void install(
      ChartView view,
      Runnable export,
      ClaimsViewModel claims,
      BooleanSupplier solidIsDocument,
      Window owner,
      Runnable reveal) {
    ChartKind kind = view.kind();
    MenuItem claim = new MenuItem(Messages.get("claims.kpiMenu"));
    claim.setId(kind.nodeId() + "-claim");
    SeparatorMenuItem separator = new SeparatorMenuItem();
    MenuItem exportItem = new MenuItem(Messages.get("charts.export"));
    exportItem.setId(kind.nodeId() + "-export");
    exportItem.setOnAction(e -> export.run());
    ContextMenu menu = new ContextMenu(claim, separator, exportItem);
    ChartPoint[] asked = new ChartPoint[1];
    claim.setOnAction(
        a -> {
          // the editor is made now, from the document as it is when the item is chosen
          ClaimEditorViewModel editor =
              asked[0] == null ? null : claims.editorFor(asked[0].column(), asked[0].year());
          if (editor != null) {
            reveal.run();
            ClaimDialog.show(owner, editor);
          }
        });
    view.setOnContextMenuRequested(
        e -> {
          ChartPoint point =
              solidIsDocument.getAsBoolean() ? view.pointAt(e.getX(), e.getY()) : null;
          asked[0] = point;
          boolean offered = point != null && claims.coversYear(point.year());
          claim.setVisible(offered);
          separator.setVisible(offered);
          menu.show(view, e.getScreenX(), e.getScreenY());
          e.consume();
        });
  }
}
