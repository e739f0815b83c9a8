package com.computegap.viewmodel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo of whole-state snapshots. The state is immutable (a scenario), so a step is just
 * "before" and "after"; no command objects to get wrong.
 *
 * <p>Steps with the same merge key fold into one while they are open: a slider drag stays open
 * until the drag ends, and repeated small edits of one field (arrow keys) within {@link
 * #MERGE_WINDOW_MS} fold together, so one gesture is one undo step.
 *
 * @param <S> the immutable state type
 */
public final class UndoHistory<S> {

  /** Edits of the same thing closer together than this are one step. */
  public static final long MERGE_WINDOW_MS = 800;

  /** Oldest steps are dropped beyond this many. */
  public static final int LIMIT = 500;

  private record Step<S>(S before, S after, String label, Object mergeKey, long at) {}

  private final Deque<Step<S>> undo = new ArrayDeque<>();
  private final Deque<Step<S>> redo = new ArrayDeque<>();
  private final LongSupplier clock;
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
  private Object openGesture;

  public UndoHistory() {
    this(System::currentTimeMillis);
  }

  /** With an injectable clock, for tests of the merge window. */
  public UndoHistory(LongSupplier clock) {
    this.clock = clock;
  }

  /**
   * Records a change from {@code before} to {@code after}. Folds into the last step when that step
   * has the same merge key and is still open (a gesture in progress or within the merge window).
   */
  public void record(S before, S after, String label, Object mergeKey) {
    if (Objects.equals(before, after)) {
      return;
    }
    long now = clock.getAsLong();
    Step<S> last = undo.peek();
    boolean fold =
        last != null
            && mergeKey != null
            && mergeKey.equals(last.mergeKey())
            && (mergeKey.equals(openGesture) || now - last.at() <= MERGE_WINDOW_MS);
    if (fold) {
      undo.pop();
      if (!Objects.equals(last.before(), after)) {
        undo.push(new Step<>(last.before(), after, label, mergeKey, now));
      }
    } else {
      undo.push(new Step<>(before, after, label, mergeKey, now));
      if (undo.size() > LIMIT) {
        undo.removeLast();
      }
    }
    redo.clear();
    refresh();
  }

  /** Keeps steps with {@code key} folding together until {@link #endGesture()} (a slider drag). */
  public void beginGesture(Object key) {
    openGesture = key;
  }

  /** Ends the open gesture: the next change starts a new step. */
  public void endGesture() {
    openGesture = null;
    Step<S> last = undo.peek();
    if (last != null) {
      // Closing the time window too, so a quick second drag is its own step.
      undo.pop();
      undo.push(
          new Step<>(
              last.before(), last.after(), last.label(), last.mergeKey(), Long.MIN_VALUE / 2));
    }
  }

  /** The state to go back to, or {@code null} when there is nothing to undo. */
  public S undo() {
    Step<S> step = undo.poll();
    if (step == null) {
      return null;
    }
    redo.push(step);
    refresh();
    return step.before();
  }

  /** The state to go forward to, or {@code null} when there is nothing to redo. */
  public S redo() {
    Step<S> step = redo.poll();
    if (step == null) {
      return null;
    }
    undo.push(step);
    refresh();
    return step.after();
  }

  /** Forgets everything (a different document was opened). */
  public void clear() {
    undo.clear();
    redo.clear();
    openGesture = null;
    refresh();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** What undo would revert, for the menu item ("Undo Token price"). */
  public ReadOnlyStringProperty undoLabelProperty() {
    return undoLabel.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoLabelProperty() {
    return redoLabel.getReadOnlyProperty();
  }

  public int undoDepth() {
    return undo.size();
  }

  private void refresh() {
    canUndo.set(!undo.isEmpty());
    canRedo.set(!redo.isEmpty());
    undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
    redoLabel.set(redo.isEmpty() ? "" : redo.peek().label());
  }
}
