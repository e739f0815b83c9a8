package com.computegap.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Open Recent list: newest first, no duplicates, at most {@link #LIMIT}; persisted by a
 * callback.
 */
public final class RecentFiles {

  public static final int LIMIT = 10;

  private final ObservableList<Path> files = FXCollections.observableArrayList();
  private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);
  private final Consumer<List<Path>> store;

  /**
   * @param initial the persisted list; @param store called with the new list after every change
   */
  public RecentFiles(List<Path> initial, Consumer<List<Path>> store) {
    this.store = store;
    initial.stream()
        .map(p -> p.toAbsolutePath().normalize())
        .distinct()
        .limit(LIMIT)
        .forEach(files::add);
  }

  /** A list that keeps nothing between runs (tests). */
  public static RecentFiles inMemory() {
    return new RecentFiles(List.of(), list -> {});
  }

  public ObservableList<Path> files() {
    return readOnly;
  }

  /** Moves {@code file} to the top. */
  public void add(Path file) {
    Path p = file.toAbsolutePath().normalize();
    files.remove(p);
    files.add(0, p);
    if (files.size() > LIMIT) {
      files.remove(LIMIT, files.size());
    }
    store.accept(List.copyOf(files));
  }

  /** Drops a file that could not be opened any more. */
  public void remove(Path file) {
    if (files.remove(file.toAbsolutePath().normalize())) {
      store.accept(List.copyOf(files));
    }
  }

  public void clear() {
    files.clear();
    store.accept(List.of());
  }
}
