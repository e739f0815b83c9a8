package com.computegap.view;

import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import com.computegap.viewmodel.ClaimEditorViewModel;
import com.computegap.viewmodel.ClaimsViewModel;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The KPI cards' context menu: "P(this ≤ value)…" opens the add-claim dialog with the card's
 * output, year and current value. Node id of the item: {@code <card id>-claim}.
 */
final class ClaimMenu {

  private ClaimMenu() {}

  /**
   * @param reveal brings the claims panel to the front
   */
  static void install(
      Region card, KpiKind kind, ClaimsViewModel claims, Window owner, Runnable reveal) {
    MenuItem item = new MenuItem(Messages.get("claims.kpiMenu"));
    item.setId(kind.nodeId() + "-claim");
    item.setOnAction(
        e -> {
          ClaimEditorViewModel editor = claims.editorFor(kind);
          if (editor != null) {
            reveal.run();
            ClaimDialog.show(owner, editor);
          }
        });
    ContextMenu menu = new ContextMenu(item);
    card.setOnContextMenuRequested(
        e -> {
          item.setDisable(claims.editorFor(kind) == null);
          menu.show(card, e.getScreenX(), e.getScreenY());
          e.consume();
        });
  }
}
