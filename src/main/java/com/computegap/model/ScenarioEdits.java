package com.computegap.model;

import com.computegap.model.PathExpression.Selector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Structural edits that must keep the scenario's references consistent: a removed mega project or
 * supply shock takes its uncertainty ranges with it, and ranges and sources that address later mega
 * projects by index move down with them. Without this a saved file would name parameters that no
 * longer exist, and would not load again.
 */
public final class ScenarioEdits {

  private ScenarioEdits() {}

  /** {@code s} without mega project {@code index}; its ranges dropped, later indices renumbered. */
  public static Scenario removeMegaProject(Scenario s, int index) {
    List<MegaProject> projects = new ArrayList<>(s.megaProjects());
    String removedName = projects.remove(index).name();
    boolean nameStillUsed = projects.stream().anyMatch(p -> p.name().equals(removedName));
    List<UncertainParameter> ranges = new ArrayList<>();
    for (UncertainParameter u : s.uncertainty()) {
      String moved = renumbered(u.param(), index, removedName, nameStillUsed);
      if (moved != null) {
        ranges.add(new UncertainParameter(moved, u.distribution()));
      }
    }
    Map<String, String> sources = new LinkedHashMap<>();
    s.sources()
        .forEach(
            (key, text) -> {
              String moved = renumbered(key, index, removedName, nameStillUsed);
              if (moved != null) {
                sources.put(moved, text);
              }
            });
    return s.withMegaProjects(projects).withUncertainty(ranges).withSources(sources);
  }

  /** {@code s} without its supply shock and the shock's ranges. */
  public static Scenario removeShock(Scenario s) {
    List<UncertainParameter> ranges =
        s.uncertainty().stream().filter(u -> !isShockPath(u.param())).toList();
    return s.withChips(s.chips().withShock(null)).withUncertainty(ranges);
  }

  /** The ranges of {@code s} that address the shock (kept aside while it is switched off). */
  public static List<UncertainParameter> shockRanges(Scenario s) {
    return s.uncertainty().stream().filter(u -> isShockPath(u.param())).toList();
  }

  private static boolean isShockPath(String path) {
    try {
      return ParameterPath.parse(path).field().scope() == FieldScope.SHOCK;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The path after mega project {@code removed} is gone: unchanged when it addresses something
   * else, one index lower when it addressed a later project, {@code null} when it addressed the
   * removed one.
   */
  private static String renumbered(
      String text, int removed, String removedName, boolean nameStillUsed) {
    PathExpression p;
    try {
      p = PathExpression.parse(text);
    } catch (IllegalArgumentException e) {
      return text;
    }
    if (!"megaProjects".equals(p.head()) || p.selector() == null) {
      return text;
    }
    Selector sel = p.selector();
    return switch (sel.kind()) {
      case ALL -> text;
      case NAME -> sel.name().equals(removedName) && !nameStillUsed ? null : text;
      case INDEX ->
          sel.index() == removed
              ? null
              : sel.index() < removed
                  ? text
                  : new PathExpression(p.head(), Selector.index(sel.index() - 1), p.tail()).text();
    };
  }
}
