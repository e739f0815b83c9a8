package com.computegap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.computegap.text.RealityTexts.Closeness;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bands that colour the reality check, and the summary line, as the issue words them. */
class RealityTextsTest {

  private Locale before;

  @BeforeEach
  void english() {
    before = Messages.locale();
    Messages.setLocale(Locale.ENGLISH);
  }

  @AfterEach
  void restore() {
    Messages.setLocale(before);
  }

  @ParameterizedTest(name = "an error of {0} % should be {1}")
  @CsvSource({
    "0, CLOSE", "10, CLOSE", "-10, CLOSE", "9.99, CLOSE",
    "10.01, NEAR", "-10.01, NEAR", "25, NEAR", "-25, NEAR",
    "25.01, FAR", "-25.01, FAR", "-100, FAR", "300, FAR",
    "Infinity, FAR", "-Infinity, FAR", "NaN, NONE",
  })
  void shouldBandAnErrorBySize(double errorPct, Closeness expected) {
    assertEquals(expected, RealityTexts.closeness(errorPct));
  }

  @Test
  void shouldGiveEachBandItsOwnStyleClass() {
    assertEquals(
        4,
        java.util.Arrays.stream(Closeness.values()).map(Closeness::styleClass).distinct().count());
    assertEquals("reality-close", Closeness.CLOSE.styleClass());
    assertEquals("reality-far", Closeness.FAR.styleClass());
  }

  @Test
  void shouldSayHowManyFiguresTheModelMatches() {
    assertEquals("Within ±10 % of 9 of 12 reported figures", RealityTexts.summary(9, 12, 12));
    assertEquals(
        "Within ±10 % of 2 of 3 reported figures; 1 more lie outside the horizon",
        RealityTexts.summary(2, 3, 4));
    assertEquals(Messages.get("reality.summary.none"), RealityTexts.summary(0, 0, 0));
  }

  @Test
  void shouldWriteTheErrorWithItsSignAndTheSourceWithItsDate() {
    assertEquals("−14.5 %", RealityTexts.error(100 * (33.5 - 39.2) / 39.2));
    assertEquals("+4.0 %", RealityTexts.error(4));
    assertEquals("–", RealityTexts.error(Double.NaN));
    assertEquals("Meta 10-K (as of 2026-01-29)", RealityTexts.source("Meta 10-K", "2026-01-29"));
    assertEquals("Meta 10-K", RealityTexts.source("Meta 10-K", null));
  }
}
