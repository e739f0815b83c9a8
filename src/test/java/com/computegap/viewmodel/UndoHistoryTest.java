package com.computegap.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {

  private final AtomicLong now = new AtomicLong(0);
  private final UndoHistory<String> history = new UndoHistory<>(now::get);

  @Test
  void shouldFoldQuickEditsOfTheSameFieldIntoOneStep() {
    history.record("a", "b", "x", "x");
    now.addAndGet(100);
    history.record("b", "c", "x", "x");
    assertEquals(1, history.undoDepth());
    assertEquals("a", history.undo());
  }

  @Test
  void shouldKeepEditsApartWhenSlowOrOfDifferentFields() {
    history.record("a", "b", "x", "x");
    now.addAndGet(UndoHistory.MERGE_WINDOW_MS + 1);
    history.record("b", "c", "x", "x");
    history.record("c", "d", "y", "y");
    history.record("d", "e", "typed", null);
    history.record("e", "f", "typed", null);
    assertEquals(5, history.undoDepth());
  }

  @Test
  void shouldHoldAGestureOpenUntilItEndsThenStartANewStep() {
    history.beginGesture("x");
    history.record("a", "b", "x", "x");
    now.addAndGet(10_000);
    history.record("b", "c", "x", "x");
    history.endGesture();
    history.record("c", "d", "x", "x");
    assertEquals(2, history.undoDepth());
    assertEquals("c", history.undo());
    assertEquals("a", history.undo());
  }

  @Test
  void shouldDropAStepThatFoldsBackToWhereItStarted() {
    history.record("a", "b", "x", "x");
    history.record("b", "a", "x", "x");
    assertEquals(0, history.undoDepth());
    assertFalse(history.canUndoProperty().get());
  }

  @Test
  void shouldClearRedoOnANewChangeAndIgnoreNoOps() {
    history.record("a", "b", "1", null);
    history.undo();
    assertEquals("b", history.redo());
    history.undo();
    history.record("a", "z", "2", null);
    assertNull(history.redo());
    history.record("z", "z", "3", null);
    assertEquals(1, history.undoDepth());
    assertEquals("2", history.undoLabelProperty().get());
  }
}
