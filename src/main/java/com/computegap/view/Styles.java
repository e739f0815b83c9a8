package com.computegap.view;

import javafx.css.PseudoClass;

/** Style-class names and pseudo-classes of {@code explorer.css}, in one place. */
public final class Styles {

  public static final String STYLESHEET = "/com/computegap/explorer.css";

  public static final String CONTROLS_PANEL = "controls-panel";
  public static final String GROUP = "parameter-group";
  public static final String SUBHEADING = "parameter-subheading";
  public static final String PARAMETER_ROW = "parameter-row";
  public static final String PARAMETER_LABEL = "parameter-label";
  public static final String PARAMETER_FIELD = "parameter-field";
  public static final String PARAMETER_UNIT = "parameter-unit";
  public static final String CHANGED_MARK = "changed-mark";
  public static final String ICON_BUTTON = "icon-button";
  public static final String KPI_ROW = "kpi-row";
  public static final String KPI_CARD = "kpi-card";
  public static final String KPI_TITLE = "kpi-title";
  public static final String KPI_VALUE = "kpi-value";
  public static final String KPI_DELTA = "kpi-delta";
  public static final String KPI_REASON = "kpi-reason";
  public static final String KPI_NOTE = "kpi-note";
  public static final String SCENARIO_HEADER = "scenario-header";
  public static final String SCENARIO_NAME = "scenario-name";
  public static final String SCENARIO_DESCRIPTION = "scenario-description";
  public static final String STATUS_BAR = "status-bar";
  public static final String CHART_AREA = "chart-area";
  public static final String CHART_CELL = "chart-cell";

  public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
  public static final PseudoClass UP = PseudoClass.getPseudoClass("up");
  public static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
  public static final PseudoClass NON_FINITE = PseudoClass.getPseudoClass("non-finite");

  private Styles() {}
}
