package com.computegap.viewmodel;

import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Presentation mode: one chart at a time, keyboard navigation, a caption per chart and the few
 * sliders the presenter pinned.
 */
public final class PresentationViewModel {

  private final ExplorerViewModel document;
  private final AppearanceViewModel appearance;
  private final int chartCount;
  private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);

  public PresentationViewModel(
      ExplorerViewModel document, AppearanceViewModel appearance, int chartCount) {
    this.document = document;
    this.appearance = appearance;
    this.chartCount = chartCount;
  }

  /** The chart on screen, 0-based. */
  public ReadOnlyIntegerProperty indexProperty() {
    return index.getReadOnlyProperty();
  }

  public int chartCount() {
    return chartCount;
  }

  public void next() {
    index.set(Math.min(chartCount - 1, index.get() + 1));
  }

  public void previous() {
    index.set(Math.max(0, index.get() - 1));
  }

  public void first() {
    index.set(0);
  }

  public void last() {
    index.set(chartCount - 1);
  }

  /** "2 / 5". */
  public String position() {
    return Messages.format("presentation.position", index.get() + 1, chartCount);
  }

  /** The pinned sliders that exist in the open scenario, in pin order. */
  public List<ParameterViewModel> pinnedParameters() {
    List<ParameterViewModel> rows = new ArrayList<>();
    for (String path : appearance.pinned()) {
      ParameterViewModel row = document.parameter(path);
      if (row != null) {
        rows.add(row);
      }
    }
    return rows;
  }
}
