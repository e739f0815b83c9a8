package com.computegap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @AfterEach
  void english() {
    Messages.setLocale(Locale.US);
  }

  @Test
  void shouldShowRatiosWithThreeSignificantFigures() {
    assertEquals("6.39×", Formats.times(6.39375));
    assertEquals("33.1×", Formats.times(33.137));
    assertEquals("347×", Formats.times(346.67));
    assertEquals("3,467×", Formats.times(3466.7));
  }

  @Test
  void shouldNeverShowARawInfinityOrNan() {
    assertEquals("∞", Formats.times(Double.POSITIVE_INFINITY));
    assertEquals("–", Formats.times(Double.NaN));
    assertEquals("∞", Formats.amount(Double.POSITIVE_INFINITY));
  }

  @Test
  void shouldParseWhatTheUserTypesInTheirLanguage() {
    assertEquals(1234.5, Formats.parse("1,234.5"));
    assertEquals(-12, Formats.parse("−12 %"));
    assertTrue(Double.isNaN(Formats.parse("12abc")));
    Messages.setLocale(Locale.JAPAN);
    assertEquals(1234.5, Formats.parse("1,234.5"));
  }

  @Test
  void shouldSignPercentChanges() {
    assertEquals("+12.3 %", Formats.percentChange(12.34));
    assertEquals("−4.0 %", Formats.percentChange(-4));
  }
}
