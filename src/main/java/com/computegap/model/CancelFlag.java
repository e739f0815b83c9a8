package com.computegap.model;

/**
 * Asks a long computation ({@link MonteCarlo#run}) to stop. Set it from any thread; the computation
 * checks it between blocks of work and then throws {@link
 * java.util.concurrent.CancellationException} instead of returning a partial result. A flag stays
 * set once set: use a new one per run.
 */
public final class CancelFlag {

  private volatile boolean cancelled;

  /** Requests cancellation. Idempotent. */
  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
