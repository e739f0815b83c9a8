package com.computegap.viewmodel;

import com.computegap.model.Claim;
import com.computegap.model.ClaimOp;
import com.computegap.model.Column;
import com.computegap.model.Scenario;
import com.computegap.text.AnalysisTexts;
import com.computegap.text.ClaimTexts;
import com.computegap.text.Formats;
import com.computegap.text.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit-claim dialog: label, output column, year, operator and value, checked as typed. A
 * blank label takes the claim written out. {@link #save()} adds or replaces the claim through
 * {@link ClaimsViewModel} (one undo step).
 */
public final class ClaimEditorViewModel {

  /** The longest label a scenario file accepts. */
  public static final int MAX_LABEL = 200;

  private final ClaimsViewModel owner;
  private final int index;
  private final List<Integer> years = new ArrayList<>();
  private final StringProperty label = new SimpleStringProperty("");
  private final ObjectProperty<Column> column = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
  private final ObjectProperty<ClaimOp> op = new SimpleObjectProperty<>();
  private final StringProperty value = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

  /**
   * @param index the claim edited, or -1 for a new one
   * @param start the values the fields start with
   */
  ClaimEditorViewModel(ClaimsViewModel owner, Scenario s, int index, Claim start) {
    this.owner = owner;
    this.index = index;
    for (int y = s.startYear(); y <= s.endYear(); y++) {
      years.add(y);
    }
    label.set(start.label());
    column.set(start.column());
    year.set(years.contains(start.year()) ? start.year() : s.endYear());
    op.set(start.op());
    value.set(Formats.value(start.value(), 4));
    label.addListener((obs, was, now) -> check());
    column.addListener((obs, was, now) -> check());
    year.addListener((obs, was, now) -> check());
    op.addListener((obs, was, now) -> check());
    value.addListener((obs, was, now) -> check());
    check();
  }

  /** "Add claim" or "Edit claim". */
  public String title() {
    return Messages.get(index < 0 ? "claims.editor.addTitle" : "claims.editor.editTitle");
  }

  /** Whether this edits an existing claim. */
  public boolean editing() {
    return index >= 0;
  }

  /** The output columns offered: every model output. */
  public List<Column> columns() {
    return Column.outputs();
  }

  public String columnLabel(Column c) {
    return c == null ? "" : AnalysisTexts.column(c);
  }

  /** The years of the horizon. */
  public List<Integer> years() {
    return List.copyOf(years);
  }

  public List<ClaimOp> ops() {
    return List.of(ClaimOp.values());
  }

  public String opLabel(ClaimOp o) {
    return o == null ? "" : ClaimTexts.op(o);
  }

  public StringProperty labelProperty() {
    return label;
  }

  public ObjectProperty<Column> columnProperty() {
    return column;
  }

  public ObjectProperty<Integer> yearProperty() {
    return year;
  }

  public ObjectProperty<ClaimOp> opProperty() {
    return op;
  }

  /** The threshold as typed, in the column's unit. */
  public StringProperty valueProperty() {
    return value;
  }

  /** The unit of the chosen column ({@code ×}, {@code %}, {@code B USD}). */
  public ReadOnlyStringProperty unitProperty() {
    return unit.getReadOnlyProperty();
  }

  /** The claim written out as it stands, or empty while not valid. */
  public ReadOnlyStringProperty previewProperty() {
    return preview.getReadOnlyProperty();
  }

  /** Why the claim cannot be saved, or empty. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  /** The claim as the fields stand, or {@code null} while they are not valid. */
  public Claim claim() {
    if (!valid.get()) {
      return null;
    }
    Claim draft = new Claim("", column.get(), year.get(), op.get(), Formats.parse(value.get()));
    String text = label.get().strip();
    return new Claim(
        text.isEmpty() ? ClaimTexts.statement(draft) : text,
        draft.column(),
        draft.year(),
        draft.op(),
        draft.value());
  }

  /** Adds or replaces the claim (one undo step); false, with the reason shown, when not valid. */
  public boolean save() {
    Claim c = claim();
    if (c == null) {
      return false;
    }
    if (index < 0) {
      owner.add(c);
    } else {
      owner.replace(index, c);
    }
    return true;
  }

  private void check() {
    unit.set(column.get() == null ? "" : AnalysisTexts.unit(column.get().unit()));
    String problem = "";
    double v = Formats.parse(value.get());
    if (label.get().strip().length() > MAX_LABEL) {
      problem = Messages.format("claims.editor.error.label", MAX_LABEL);
    } else if (column.get() == null || op.get() == null || year.get() == null) {
      problem = Messages.get("claims.editor.error.incomplete");
    } else if (!years.contains(year.get())) {
      problem = Messages.get("claims.editor.error.year");
    } else if (!Double.isFinite(v)) {
      problem = Messages.get("claims.editor.error.value");
    }
    error.set(problem);
    valid.set(problem.isEmpty());
    Claim c = claim();
    preview.set(c == null ? "" : ClaimTexts.statement(c));
  }
}
