package com.computegap.view;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell of text that also carries the whole text as its tooltip: a column too narrow for a
 * long name or number (a 1024 px window, a table beside the charts) cuts it with an ellipsis, and
 * the mouse still reads it.
 *
 * @param <S> the row type
 */
final class WholeTextCell<S> extends TableCell<S, String> {

  private final Tooltip tip = new Tooltip();

  @Override
  protected void updateItem(String text, boolean empty) {
    super.updateItem(text, empty);
    boolean blank = empty || text == null || text.isEmpty();
    setText(blank ? null : text);
    tip.setText(blank ? "" : text);
    setTooltip(blank ? null : tip);
  }
}
