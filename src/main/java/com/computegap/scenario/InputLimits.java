package com.computegap.scenario;

import java.util.Map;

/**
 * Every limit on what a scenario file may hold, in one place (MODEL.md sections 6 and 7, and the
 * ones this app adds where the contract names none). Together they bound what any file under {@link
 * #MAX_FILE_BYTES} can cost: a tree of at most a few hundred thousand nodes, lists the binder walks
 * once, and at most {@link #MAX_PROBLEMS} messages.
 */
public final class InputLimits {

  /** Files above this size are refused before they are parsed (MODEL.md section 6). */
  public static final int MAX_FILE_BYTES = 1024 * 1024;

  /** Problems kept for one file; the rest are counted in one last line. */
  public static final int MAX_PROBLEMS = 100;

  /**
   * Entries in any one JSON list or object, wherever it is, checked while the file is parsed, so
   * that no list, not even one in an unknown field, is built in full before it is refused. At least
   * every limit in {@link #LISTS}.
   */
  public static final int MAX_CONTAINER_ENTRIES = 1000;

  /**
   * The most entries of each list (or, for {@code sources}, keys of the map) in a scenario file. A
   * new list takes one line here.
   */
  private static final Map<String, Integer> LISTS =
      Map.of(
          "hyperscalers", 50, // MODEL.md section 1
          "megaProjects", 50, // MODEL.md section 1
          "uncertainty", 100, // MODEL.md section 6
          "references", 200, // chart markers: more would not be readable
          "sources", 1000, // one per parameter path, with room for every company's
          "correlations", 500, // spec 15: pairs among at most 100 uncertain parameters
          "claims", 100); // spec 15: claims a reader can still follow

  private InputLimits() {}

  /**
   * The most entries list {@code name} may have.
   *
   * @throws IllegalArgumentException for a list without a limit (a programming error: every list
   *     must have one)
   */
  public static int maxEntries(String name) {
    Integer max = LISTS.get(name);
    if (max == null) {
      throw new IllegalArgumentException("no limit defined for the list '" + name + "'");
    }
    return max;
  }
}
