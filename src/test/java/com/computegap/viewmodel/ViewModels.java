package com.computegap.viewmodel;

import java.util.concurrent.atomic.AtomicReference;

/** View models for plain JUnit tests: recompute happens at once instead of on the next frame. */
public final class ViewModels {

  private ViewModels() {}

  public static ExplorerViewModel immediate() {
    AtomicReference<ExplorerViewModel> self = new AtomicReference<>();
    ExplorerViewModel vm =
        new ExplorerViewModel(
            () -> {
              if (self.get() != null) {
                self.get().flushRecompute();
              }
            },
            RecentFiles.inMemory());
    self.set(vm);
    return vm;
  }
}
