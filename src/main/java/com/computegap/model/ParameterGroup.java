package com.computegap.model;

/** The groups of the controls panel, in display order. */
public enum ParameterGroup {
  HYPERSCALERS,
  TOKENS,
  CHIPS,
  EFFICIENCY,
  HORIZON;

  /** Resource-bundle key of the group's title. */
  public String titleKey() {
    return "group." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
