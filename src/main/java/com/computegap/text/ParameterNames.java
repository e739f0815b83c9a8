package com.computegap.text;

import com.computegap.model.FieldScope;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.PathExpression.Selector;
import com.computegap.model.Scenario;

/**
 * The one naming service for parameters: a field's label and help, and a path's name in its three
 * uses (analysis texts and exports, undo steps, comparison rows). Every name starts from the
 * field's label in the bundle ({@code param.<template>.label}).
 */
public final class ParameterNames {

  private ParameterNames() {}

  /** The field's label: {@code Capex growth}. */
  public static String field(NumericField f) {
    return Messages.get("param." + f.template() + ".label");
  }

  /** What the field means, for tooltips. */
  public static String help(NumericField f) {
    return Messages.get("param." + f.template() + ".help");
  }

  /**
   * A parameter's name as a partner reads it: {@code Token price}, {@code Meta · Capex growth},
   * {@code Capex growth (all companies)}, {@code Rumoured OpenAI supercomputer · Total spend}.
   *
   * @param s the scenario that resolves index selectors to names; may be {@code null}
   */
  public static String of(ParameterPath path, Scenario s) {
    String base = field(path.field());
    Selector selector = path.selector();
    if (selector == null) {
      return base;
    }
    boolean companies = path.field().scope() == FieldScope.HYPERSCALER;
    return switch (selector.kind()) {
      case ALL ->
          companies
              ? Messages.format("unc.param.allCompanies", base)
              : Messages.format("unc.param.allProjects", base);
      case NAME, INDEX -> Messages.format("unc.param.element", element(path, s), base);
    };
  }

  /** The company or mega project a list path names ({@code Meta}), or empty for other paths. */
  public static String element(ParameterPath path, Scenario s) {
    Selector selector = path.selector();
    if (selector == null || selector.kind() == Selector.Kind.ALL) {
      return "";
    }
    if (selector.kind() == Selector.Kind.NAME) {
      return selector.name();
    }
    int i = selector.index();
    if (s != null
        && path.field().scope() == FieldScope.HYPERSCALER
        && i < s.hyperscalers().size()) {
      return s.hyperscalers().get(i).name();
    }
    if (s != null
        && path.field().scope() == FieldScope.MEGA_PROJECT
        && i < s.megaProjects().size()) {
      return s.megaProjects().get(i).name();
    }
    return "#" + (i + 1);
  }

  /**
   * A path as an undo step names it: companies by their selector ({@code Meta · Capex growth}),
   * else the label.
   */
  public static String undoStep(ParameterPath path) {
    String base = field(path.field());
    return path.selector() == null || path.field().scope() != FieldScope.HYPERSCALER
        ? base
        : path.selector().text() + " · " + base;
  }

  /**
   * A path as a comparison row names it: {@code Meta · Capex growth}, {@code Mega project 1 · Total
   * spend}.
   */
  public static String compared(ParameterPath path) {
    String base = field(path.field());
    if (path.selector() == null) {
      return base;
    }
    String owner =
        path.field().scope() == FieldScope.HYPERSCALER
            ? path.selector().text()
            : Messages.format("compare.megaProject", path.selector().index() + 1);
    return owner + " · " + base;
  }
}
