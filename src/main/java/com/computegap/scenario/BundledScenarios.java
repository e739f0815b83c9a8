package com.computegap.scenario;

import com.computegap.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The scenarios shipped with the app (the repository's {@code scenarios/} folder, packaged under
 * {@code /scenarios/} on the class path).
 */
public final class BundledScenarios {

  public static final String ESSAY = "essay-2024.gapx.json";
  public static final String DEPIN_BULL = "depin-bull.gapx.json";
  public static final String HYPERSCALER_LOCKOUT = "hyperscaler-lockout.gapx.json";
  public static final String TAIWAN_DISRUPTION = "taiwan-disruption.gapx.json";
  public static final String REALITY_2026 = "reality-2026.gapx.json";

  /** Every bundled file name, in menu order; the first is the app's default. */
  public static final List<String> ALL =
      List.of(ESSAY, DEPIN_BULL, HYPERSCALER_LOCKOUT, TAIWAN_DISRUPTION, REALITY_2026);

  private BundledScenarios() {}

  /** The raw bytes of a bundled file. */
  public static byte[] bytes(String fileName) {
    try (InputStream in = BundledScenarios.class.getResourceAsStream("/scenarios/" + fileName)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled scenario " + fileName);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads a bundled scenario. They are validated by the build's tests, so a failure here is a
   * packaging fault, reported unchecked.
   */
  public static Scenario load(String fileName) {
    try {
      return ScenarioReader.parse(bytes(fileName), fileName, List.of());
    } catch (ScenarioException e) {
      throw new IllegalStateException("bundled scenario is invalid: " + e.getMessage(), e);
    }
  }
}
