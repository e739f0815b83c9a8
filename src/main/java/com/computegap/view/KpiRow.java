package com.computegap.view;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The KPI cards side by side, sharing the width; when the narrowest width at which each card shows
 * its whole number does not fit five across, the cards wrap onto two rows. Every card in a row gets
 * the height its wrapped title and reason need at the width it has, so no text is cut.
 */
final class KpiRow extends Region {

  private static final double GAP = 10;

  KpiRow(List<? extends Region> cards) {
    getStyleClass().add(Styles.KPI_ROW);
    setId("kpi-row");
    getChildren().addAll(cards);
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected double computeMinWidth(double height) {
    double widest = 0;
    for (Node n : getManagedChildren()) {
      widest = Math.max(widest, n.minWidth(-1));
    }
    return snappedLeftInset() + snappedRightInset() + widest;
  }

  @Override
  protected double computePrefWidth(double height) {
    double sum = 0;
    for (Node n : getManagedChildren()) {
      sum += n.minWidth(-1);
    }
    return snappedLeftInset()
        + snappedRightInset()
        + sum
        + GAP * Math.max(0, getManagedChildren().size() - 1);
  }

  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected double computePrefHeight(double width) {
    double inner =
        width < 0
            ? computePrefWidth(-1) - snappedLeftInset() - snappedRightInset()
            : width - snappedLeftInset() - snappedRightInset();
    double h = 0;
    List<List<Node>> rows = rows(inner);
    for (List<Node> row : rows) {
      h += rowHeight(row, widths(row, inner));
    }
    return snappedTopInset() + snappedBottomInset() + h + GAP * Math.max(0, rows.size() - 1);
  }

  @Override
  protected void layoutChildren() {
    double inner = getWidth() - snappedLeftInset() - snappedRightInset();
    double y = snappedTopInset();
    for (List<Node> row : rows(inner)) {
      double[] w = widths(row, inner);
      double h = rowHeight(row, w);
      double x = snappedLeftInset();
      for (int i = 0; i < row.size(); i++) {
        row.get(i)
            .resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w[i]), snapSizeY(h));
        x += w[i] + GAP;
      }
      y += h + GAP;
    }
  }

  /** One row when every card's minimum fits across, else two (the first holding the extra card). */
  private List<List<Node>> rows(double inner) {
    List<Node> cards = getManagedChildren();
    double sum = GAP * Math.max(0, cards.size() - 1);
    for (Node n : cards) {
      sum += n.minWidth(-1);
    }
    if (sum <= inner || cards.size() < 2) {
      return List.of(cards);
    }
    int first = (cards.size() + 1) / 2;
    return List.of(cards.subList(0, first), cards.subList(first, cards.size()));
  }

  /** Each card its minimum, and what is left shared equally. */
  private static double[] widths(List<Node> row, double inner) {
    double[] w = new double[row.size()];
    double used = GAP * Math.max(0, row.size() - 1);
    for (int i = 0; i < row.size(); i++) {
      w[i] = row.get(i).minWidth(-1);
      used += w[i];
    }
    // share the rest so the cards end up as equal as their minimums allow
    double target = (inner - GAP * Math.max(0, row.size() - 1)) / Math.max(1, row.size());
    double spare = Math.max(0, inner - used);
    double deficit = 0;
    for (double v : w) {
      deficit += Math.max(0, target - v);
    }
    for (int i = 0; i < w.length; i++) {
      double want = Math.max(0, target - w[i]);
      w[i] += deficit > 0 ? spare * want / deficit : 0;
    }
    return w;
  }

  private static double rowHeight(List<Node> row, double[] widths) {
    double h = 0;
    for (int i = 0; i < row.size(); i++) {
      h = Math.max(h, row.get(i).prefHeight(widths[i]));
    }
    return h;
  }
}
