package com.computegap.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Notes about values a chart cannot draw (Infinity, NaN, zero on a log scale), each naming its
 * years, in a full form with the reason for zoom windows and exports and a short form for grid
 * cells. Every note key {@code k} has a short variant {@code k.short}; both take the years as {0}.
 */
final class ChartNotes {

  private static final String SEPARATOR = "  ·  ";

  private final List<String> full = new ArrayList<>();
  private final List<String> brief = new ArrayList<>();

  /** Adds a note for {@code years} unless there are none; {@code compare} marks it as about B. */
  void add(boolean compare, String key, List<Integer> years) {
    if (years.isEmpty()) {
      return;
    }
    String runs = ChartText.yearRuns(years);
    full.add(tagged(compare, ChartText.format(key, runs)));
    brief.add(tagged(compare, ChartText.format(key + ".short", runs)));
  }

  boolean isEmpty() {
    return full.isEmpty();
  }

  /** All notes in one line (wrapped by the chart as needed). */
  String text(boolean compact) {
    return String.join(SEPARATOR, compact ? brief : full);
  }

  private static String tagged(boolean compare, String note) {
    return compare ? ChartText.format("chart.note.compare", note) : note;
  }
}
