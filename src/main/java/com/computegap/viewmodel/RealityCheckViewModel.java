package com.computegap.viewmodel;

import com.computegap.model.ModelResult;
import com.computegap.model.RealityCheck;
import com.computegap.model.Scenario;
import com.computegap.text.Formats;
import com.computegap.text.RealityTexts;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reality check of the open document (MODEL.md section 7): one row per reported figure of the
 * scenario, in file order, with the model's value for the same series, company and year, the error
 * and its band, and the summary line ("Within ±10 % of 9 of 12 reported figures"). Follows every
 * slider move while {@link #activeProperty() active}; catches up when it becomes active again.
 *
 * <p>Listens to the document weakly, so a view model the window no longer shows can be collected.
 */
public final class RealityCheckViewModel {

  private final ExplorerViewModel document;
  private final ObservableList<RealityCheckRow> rows = FXCollections.observableArrayList();
  private final ObservableList<RealityCheckRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final BooleanProperty active = new SimpleBooleanProperty(true);

  /** Held so the weak listener on the document lives as long as this view model. */
  private final InvalidationListener onResult = o -> resultChanged();

  private ModelResult shown;

  public RealityCheckViewModel(ExplorerViewModel document) {
    this.document = document;
    document.resultProperty().addListener(new WeakInvalidationListener(onResult));
    active.addListener((obs, was, now) -> resultChanged());
    refresh();
  }

  /** The rows, in the scenario's order of actuals; empty when it has none. */
  public ObservableList<RealityCheckRow> rows() {
    return readOnlyRows;
  }

  /** "Within ±10 % of 9 of 12 reported figures", or that the scenario lists none. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Whether the rows follow the document now; the view sets it while it is shown. */
  public BooleanProperty activeProperty() {
    return active;
  }

  private void resultChanged() {
    if (active.get() && document.result() != shown) {
      refresh();
    }
  }

  private void refresh() {
    Scenario s = document.scenario();
    ModelResult r = document.result();
    shown = r;
    if (s == null || r == null) {
      rows.clear();
      summary.set(RealityTexts.summary(0, 0, 0));
      return;
    }
    List<RealityCheck.Row> computed = RealityCheck.rows(s, r);
    rows.setAll(rowsOf(computed));
    RealityCheck.Summary sum = RealityCheck.summary(computed);
    summary.set(RealityTexts.summary(sum.within(), sum.compared(), sum.total()));
  }

  /** The panel's rows for the model's reality-check rows. */
  static List<RealityCheckRow> rowsOf(List<RealityCheck.Row> computed) {
    List<RealityCheckRow> out = new ArrayList<>(computed.size());
    for (RealityCheck.Row c : computed) {
      var a = c.actual();
      double error = c.hasModel() ? c.errorPct() : Double.NaN;
      String company = a.company() == null ? "" : a.company();
      String asOf = a.asOf() == null ? null : a.asOf().toString();
      out.add(
          new RealityCheckRow(
              a.series(),
              company,
              a.year(),
              a.value(),
              c.model(),
              error,
              RealityTexts.closeness(error),
              RealityTexts.series(a.series(), company),
              RealityTexts.unit(a.series()),
              RealityTexts.value(a.series(), a.value()),
              c.hasModel()
                  ? RealityTexts.value(a.series(), c.model())
                  : Formats.nonFinite(Double.NaN),
              RealityTexts.error(error),
              RealityTexts.source(a.source(), asOf)));
    }
    return out;
  }
}
