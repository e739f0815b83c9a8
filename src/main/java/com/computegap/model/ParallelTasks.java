package com.computegap.model;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs numbered tasks of one {@link MonteCarlo} job on the calling thread and helper threads, and
 * keeps what stops the job: a set {@link CancelFlag}, an interrupt of the caller, or the first
 * failure of any task. Once stopped, no new task starts, and {@link #throwIfStopped} throws.
 */
final class ParallelTasks {

  private final int workers;
  private final CancelFlag cancel;
  private volatile boolean interrupted;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /**
   * Up to {@code workers} threads, including the caller, {@code >= 1} (0 when nothing will run).
   */
  ParallelTasks(int workers, CancelFlag cancel) {
    this.workers = workers;
    this.cancel = cancel;
  }

  /** Notes an interrupt of the calling thread, if it has one (its status is kept). */
  void noteCallerInterrupt() {
    if (Thread.currentThread().isInterrupted()) {
      interrupted = true;
    }
  }

  /** Whether the run was cancelled, the caller interrupted, or a task failed. */
  boolean stopped() {
    return cancel.isCancelled() || interrupted || failure.get() != null;
  }

  /**
   * Throws a task's failure as it was, or {@link CancellationException} when cancelled or
   * interrupted; returns when none of that happened.
   */
  void throwIfStopped() {
    Throwable t = failure.get();
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
    if (cancel.isCancelled() || interrupted) {
      throw new CancellationException("Monte Carlo run cancelled");
    }
  }

  /** Task {@code index}, run by worker {@code worker} ({@code 0} is the caller). */
  @FunctionalInterface
  interface Task {
    void run(int worker, int index);
  }

  /**
   * Runs tasks {@code 0 .. count-1} on the caller and up to {@code workers - 1} helper threads,
   * each taking the next task until none is left or the job is stopped. Tasks write only to their
   * own slots or to their worker's state, so the order they run in does not matter.
   */
  void run(int count, Task task) {
    AtomicInteger next = new AtomicInteger();
    int helpers = Math.max(0, Math.min(workers, count) - 1);
    Thread[] started = new Thread[helpers];
    for (int h = 0; h < helpers; h++) {
      int worker = h + 1;
      started[h] = new Thread(() -> work(worker, count, next, task), "monte-carlo-" + worker);
      started[h].setDaemon(true);
      started[h].start();
    }
    work(0, count, next, task);
    boolean wasInterrupted = false;
    for (Thread t : started) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          wasInterrupted = true;
          interrupted = true;
        }
      }
    }
    if (wasInterrupted) {
      Thread.currentThread().interrupt();
    }
    throwIfStopped();
  }

  private void work(int worker, int count, AtomicInteger next, Task task) {
    boolean caller = worker == 0;
    try {
      while (true) {
        if (caller && Thread.currentThread().isInterrupted()) {
          interrupted = true;
        }
        if (stopped()) {
          return;
        }
        int i = next.getAndIncrement();
        if (i >= count) {
          return;
        }
        task.run(worker, i);
      }
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
    }
  }
}
