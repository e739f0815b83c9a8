package com.computegap.model;

/** Where a numeric field lives in the scenario, and the path prefix that reaches it. */
public enum FieldScope {
  TOP(""),
  DEPIN("depin."),
  CHIPS("chips."),
  SHOCK("chips.shock."),
  HYPERSCALER("hyperscalers"),
  MEGA_PROJECT("megaProjects");

  private final String prefix;

  FieldScope(String prefix) {
    this.prefix = prefix;
  }

  /** For object scopes the dotted prefix ({@code depin.}); for list scopes the list's name. */
  public String prefix() {
    return prefix;
  }

  public boolean isList() {
    return this == HYPERSCALER || this == MEGA_PROJECT;
  }
}
