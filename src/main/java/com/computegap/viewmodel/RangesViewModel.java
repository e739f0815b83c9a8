package com.computegap.viewmodel;

import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.PathExpression.Selector;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The uncertainty ranges of the open document as the slider rows show them: which rows carry a
 * range (a "±" mark with the range in its tooltip) and the editor for a row's range. The ranges
 * live in the scenario's {@code uncertainty} list; every edit goes through the document as one undo
 * step.
 *
 * <p>A row is covered by an entry for its own path (by name or by index) and, for company and mega
 * project rows, by an entry for all elements ({@code hyperscalers[*].growthPct}).
 */
public final class RangesViewModel {

  private final ExplorerViewModel document;
  private final ReadOnlyObjectWrapper<List<UncertainParameter>> ranges =
      new ReadOnlyObjectWrapper<>(List.of());

  public RangesViewModel(ExplorerViewModel document) {
    this.document = document;
    ranges.set(document.scenario().uncertainty());
    // fires only when the list itself changes, not on every slider step
    document
        .scenarioProperty()
        .addListener(
            (obs, was, now) -> {
              if (!now.uncertainty().equals(ranges.get())) {
                ranges.set(now.uncertainty());
              }
            });
  }

  /** The scenario's uncertainty list; changes only when an entry is added, edited or removed. */
  public ReadOnlyObjectProperty<List<UncertainParameter>> rangesProperty() {
    return ranges.getReadOnlyProperty();
  }

  /**
   * Whether a row may carry a range: every field but the horizon ({@code startYear}, {@code
   * years}).
   */
  public boolean canVary(ParameterPath row) {
    return row.field() != NumericField.START_YEAR && row.field() != NumericField.YEARS;
  }

  /**
   * The ranges that apply to a row, one line each ("All companies: Triangular, 0 – 40 %/yr, most
   * likely 10"), or empty when none does; follows the document.
   */
  public ObservableValue<String> summary(ParameterPath row) {
    return ranges.map(list -> describe(row, list));
  }

  /** The tooltip of a row's range mark: what the mark means and {@link #summary}. */
  public ObservableValue<String> tooltip(ParameterPath row) {
    return summary(row)
        .map(text -> text.isEmpty() ? "" : Messages.format("unc.badge.tooltip", text));
  }

  /** A new editor for the range of {@code row}, starting from the document's current scenario. */
  public RangeEditorViewModel editor(ParameterPath row) {
    return new RangeEditorViewModel(document, row);
  }

  private String describe(ParameterPath row, List<UncertainParameter> list) {
    Scenario s = document.scenario();
    List<String> lines = new ArrayList<>();
    for (UncertainParameter u : list) {
      ParameterPath p = RangeTargets.parse(u);
      if (p == null || !RangeTargets.appliesTo(p, row, s)) {
        continue;
      }
      String text = AnalysisTexts.distribution(u.distribution(), p.field());
      boolean all = p.selector() != null && p.selector().kind() == Selector.Kind.ALL;
      lines.add(all ? Messages.format("unc.badge.all", AnalysisTexts.parameter(p, s), text) : text);
    }
    return String.join("\n", lines);
  }
}
