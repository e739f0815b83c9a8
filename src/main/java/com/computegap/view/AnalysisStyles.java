package com.computegap.view;

import javafx.css.PseudoClass;

/** Style-class names and pseudo-classes of the analysis views in {@code explorer.css}. */
final class AnalysisStyles {

  static final String CHART_TABS = "chart-tabs";
  static final String UNCERTAINTY_VIEW = "uncertainty-view";
  static final String UNCERTAINTY_TOOLBAR = "uncertainty-toolbar";
  static final String UNCERTAINTY_STATUS = "uncertainty-status";
  static final String UNCERTAINTY_HINT = "uncertainty-hint";
  static final String UNCERTAINTY_WARNING = "uncertainty-warning";
  static final String CHART_PANE = "analysis-chart";
  static final String CHART_PICKER = "chart-year-picker";
  static final String RANGE_BADGE = "range-badge";
  static final String RANGE_EDITOR = "range-editor";
  static final String FIELD_LABEL = "analysis-field-label";
  static final String HELP_TEXT = "analysis-help";
  static final String ERROR_TEXT = "analysis-error";
  static final String GOAL_SEEK = "goal-seek";
  static final String CLAIM_LABEL = "claims-row-label";
  static final String CLAIM_STATEMENT = "claims-row-statement";
  static final String GOAL_ANSWER = "goal-answer";
  static final String GOAL_PRESETS = "goal-presets";

  static final PseudoClass SOLVED = PseudoClass.getPseudoClass("solved");
  static final PseudoClass CAPPED = PseudoClass.getPseudoClass("capped");
  static final PseudoClass NOT_REACHED = PseudoClass.getPseudoClass("not-reached");

  private AnalysisStyles() {}
}
