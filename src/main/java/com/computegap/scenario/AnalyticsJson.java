package com.computegap.scenario;

import com.computegap.model.Claim;
import com.computegap.model.ClaimOp;
import com.computegap.model.Column;
import com.computegap.model.CorrelatedInputs;
import com.computegap.model.Correlation;
import com.computegap.model.CorrelationMatrix;
import com.computegap.model.ParameterPath;
import com.computegap.model.Scenario;
import com.computegap.model.UncertainParameter;
import com.computegap.model.ValueRange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema 2 lists {@code correlations} and {@code claims}, read strictly and written back.
 *
 * <p>A correlation names two {@code param} paths of the file's {@code uncertainty} list exactly as
 * written there, different, each unordered pair at most once, with a finite {@code rho} in
 * -0.95..0.95; the matrix they make (ones on the diagonal) must be positive definite. A claim has a
 * label of 1..200 characters, an output column other than {@code year}, a whole year 2000..2100
 * (one outside the horizon is kept and reported unanswered), one of the operators {@code < <= > >=}
 * and a finite value.
 */
final class AnalyticsJson {

  static final int MAX_CORRELATIONS = InputLimits.maxEntries("correlations");
  static final int MAX_CLAIMS = InputLimits.maxEntries("claims");
  static final int MAX_LABEL_LENGTH = 200;

  private static final List<String> CORRELATION_FIELDS = List.of("a", "b", "rho");
  private static final List<String> CLAIM_FIELDS =
      List.of("label", "column", "year", "op", "value");

  private AnalyticsJson() {}

  /**
   * The entries of the optional list {@code name}: empty when absent, null or {@code []}; refused
   * with "needs schemaVersion 2" when it has content and the file declares version 1.
   */
  static List<JsonNode> list(JsonFields in, JsonNode root, String name, int version, int max) {
    JsonNode node = root.get(name);
    if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
      return List.of();
    }
    if (version < Scenario.SCHEMA_VERSION) {
      in.problem(
          name,
          name
              + " needs schemaVersion 2 (the file declares schemaVersion "
              + version
              + "; set \"schemaVersion\": 2 to use it)");
      return List.of();
    }
    return in.array(root, "", name, max);
  }

  /** The {@code param} of each uncertainty entry as the file writes it (all entries valid). */
  static List<String> writtenParams(List<JsonNode> items) {
    List<String> result = new ArrayList<>(items.size());
    items.forEach(node -> result.add(node.get("param").textValue()));
    return result;
  }

  /**
   * The correlations of {@code items}; problems go to {@code in}.
   *
   * @param uncertainty the entries read from {@code uncertainty}
   * @param writtenParams the {@code param} of each {@code uncertainty} entry as written in the file
   *     (same order as {@code uncertainty}), or {@code null} when that list had problems: then only
   *     each entry's own fields are checked
   */
  static List<Correlation> readCorrelations(
      JsonFields in,
      List<JsonNode> items,
      List<UncertainParameter> uncertainty,
      List<String> writtenParams) {
    List<Correlation> result = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    boolean complete = true;
    for (int i = 0; i < items.size(); i++) {
      String path = JsonFields.element("correlations", i);
      JsonNode node = items.get(i);
      if (!in.isObject(node, path)) {
        complete = false;
        continue;
      }
      int before = in.problems().size();
      in.checkFields(node, path, CORRELATION_FIELDS, CORRELATION_FIELDS);
      String a = param(in, node, path, "a", uncertainty, writtenParams);
      String b = param(in, node, path, "b", uncertainty, writtenParams);
      double rho = in.number(node, path, "rho");
      if (!Double.isNaN(rho) && !(Math.abs(rho) <= Correlation.MAX_ABS_RHO)) {
        in.problem(
            path + ".rho",
            path
                + ".rho = "
                + JsonFields.shown(node.get("rho"))
                + " is out of range -0.95..0.95 (a rank correlation; 1 or -1 would make the"
                + " two parameters one)");
      }
      if (a != null && b != null && a.equals(b)) {
        in.problem(
            path + ".b", path + ": " + a + " is correlated with itself (a and b must differ)");
      } else if (a != null && b != null && !pairs.add(pairKey(a, b))) {
        in.problem(
            path,
            path + ": the pair " + a + ", " + b + " is already given; each pair may appear once");
      }
      if (in.problems().size() != before || writtenParams == null) {
        complete = false;
        continue;
      }
      result.add(new Correlation(a, b, rho));
    }
    if (complete && in.ok()) {
      positiveDefinite(in, result, uncertainty);
    }
    return result;
  }

  private static String pairKey(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
  }

  /**
   * The path of an uncertain parameter, as the scenario keeps it, when {@code field} equals the
   * {@code param} of an {@code uncertainty} entry as written; {@code null} after reporting.
   */
  private static String param(
      JsonFields in,
      JsonNode node,
      String path,
      String field,
      List<UncertainParameter> uncertainty,
      List<String> writtenParams) {
    String text = in.text(node, path, field, 400);
    if (text == null || writtenParams == null) {
      return null;
    }
    int index = writtenParams.lastIndexOf(text);
    if (index < 0) {
      in.problem(
          path + "." + field,
          path
              + "."
              + field
              + " = \""
              + PlainText.shorten(text, JsonFields.MAX_QUOTED)
              + "\" is not the param of an uncertainty entry (only uncertain parameters can be"
              + " correlated; write the path exactly as in uncertainty)");
      return null;
    }
    return uncertainty.get(index).param();
  }

  /** Reports when the correlations cannot hold together, naming the parameters involved. */
  private static void positiveDefinite(
      JsonFields in, List<Correlation> correlations, List<UncertainParameter> uncertainty) {
    if (correlations.isEmpty()) {
      return;
    }
    // The members in uncertainty order, as the engine orders them (CorrelatedInputs).
    TreeSet<Integer> members = new TreeSet<>();
    for (Correlation c : correlations) {
      members.add(lastIndex(uncertainty, c.a()));
      members.add(lastIndex(uncertainty, c.b()));
    }
    List<Integer> order = new ArrayList<>(members);
    int n = order.size();
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1;
    }
    for (Correlation c : correlations) {
      int i = order.indexOf(lastIndex(uncertainty, c.a()));
      int j = order.indexOf(lastIndex(uncertainty, c.b()));
      m[i][j] = c.rho();
      m[j][i] = c.rho();
    }
    List<Integer> bad = CorrelationMatrix.of(m).offendingIndices();
    if (!bad.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (int i : bad) {
        names.add(uncertainty.get(order.get(i)).param());
      }
      in.problem(
          "correlations",
          "correlations: not positive definite; the conflict involves " + String.join(", ", names));
      return;
    }
    try {
      CorrelatedInputs.resolve(uncertainty, correlations);
    } catch (IllegalArgumentException e) {
      in.problem("correlations", e.getMessage()); // the engine's own check, as a last guard
    }
  }

  private static int lastIndex(List<UncertainParameter> uncertainty, String param) {
    ParameterPath p = ParameterPath.parse(param);
    for (int i = uncertainty.size() - 1; i >= 0; i--) {
      if (ParameterPath.parse(uncertainty.get(i).param()).equals(p)) {
        return i;
      }
    }
    throw new IllegalStateException("not uncertain: " + param);
  }

  /** The claims of {@code items}; problems go to {@code in}. */
  static List<Claim> readClaims(JsonFields in, List<JsonNode> items) {
    List<Claim> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = JsonFields.element("claims", i);
      JsonNode node = items.get(i);
      if (!in.isObject(node, path)) {
        continue;
      }
      int before = in.problems().size();
      in.checkFields(node, path, CLAIM_FIELDS, CLAIM_FIELDS);
      String label = in.text(node, path, "label", MAX_LABEL_LENGTH);
      Column column = column(in, node, path);
      double year = in.wholeNumber(node, path, "year");
      // Not the horizon: a claim outside it stays in the file and is reported as unanswered, so
      // that moving the first year or the horizon never makes a saved scenario unreadable.
      if (!Double.isNaN(year) && !ValueRange.closed(2000, 2100).contains(year)) {
        in.problem(
            path + ".year",
            path + ".year = " + JsonFields.shown(node.get("year")) + " is out of range 2000..2100");
      }
      ClaimOp op = op(in, node, path);
      double value = in.number(node, path, "value");
      if (in.problems().size() == before && label != null && column != null && op != null) {
        result.add(new Claim(label, column, (int) year, op, value));
      }
    }
    return result;
  }

  private static Column column(JsonFields in, JsonNode node, String path) {
    String text = in.text(node, path, "column", 100);
    if (text == null) {
      return null;
    }
    Column c = Column.byKey(text);
    if (c == null || c == Column.YEAR) {
      in.problem(
          path + ".column",
          path
              + ".column = \""
              + PlainText.shorten(text, JsonFields.MAX_QUOTED)
              + "\" is not an output column (expected a column name of the model table other than"
              + " year, for example depinShareOfAiCapexPct)");
      return null;
    }
    return c;
  }

  private static ClaimOp op(JsonFields in, JsonNode node, String path) {
    String text = in.text(node, path, "op", 20);
    if (text == null) {
      return null;
    }
    ClaimOp op = ClaimOp.parse(text);
    if (op == null) {
      in.problem(
          path + ".op",
          path
              + ".op = \""
              + PlainText.shorten(text, JsonFields.MAX_QUOTED)
              + "\" is not a comparison (expected \"<\", \"<=\", \">\" or \">=\")");
    }
    return op;
  }

  /** The JSON list of {@code correlations}, in their order. */
  static ArrayNode writeCorrelations(List<Correlation> correlations) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (Correlation c : correlations) {
      ObjectNode o = list.addObject();
      o.put("a", c.a());
      o.put("b", c.b());
      o.set("rho", ScenarioWriter.number(c.rho()));
    }
    return list;
  }

  /** The JSON list of {@code claims}, in their order. */
  static ArrayNode writeClaims(List<Claim> claims) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (Claim c : claims) {
      ObjectNode o = list.addObject();
      o.put("label", c.label());
      o.put("column", c.column().key());
      o.put("year", c.year());
      o.put("op", c.op().symbol());
      o.set("value", ScenarioWriter.number(c.value()));
    }
    return list;
  }
}
