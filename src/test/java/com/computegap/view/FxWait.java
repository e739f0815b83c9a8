package com.computegap.view;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in UI tests for something the JavaFX thread does on a later pulse. */
public final class FxWait {

  private FxWait() {}

  /** Waits up to 5 s for {@code condition}, then lets pending JavaFX events run. */
  public static void until(BooleanSupplier condition) {
    try {
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    } catch (TimeoutException e) {
      throw new AssertionError("condition not met within 5 s", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }
}
