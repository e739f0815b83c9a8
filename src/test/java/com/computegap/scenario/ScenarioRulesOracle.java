package com.computegap.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fuzz test's acceptance oracle: the rules of MODEL.md sections 1, 3, 5, 6 and 7 (and the
 * limits the README adds where the contract names none), typed again from the documents over a
 * Jackson tree. It shares no code with the app's reader or validator. Where the contract leaves a
 * choice open (a {@code null} optional field, a selector that names no company) it is lenient: it
 * must never call a valid file invalid, so every rule here is one that no valid file breaks.
 *
 * <p>Numbers are read as exact decimals, so that a whole-number rule sees {@code
 * 4.99999999999999999} as it is written; ranges are checked on the nearest double, the value the
 * model computes with.
 */
final class ScenarioRulesOracle {

  /** Reads numbers exactly and refuses duplicate keys, as MODEL.md section 1 asks. */
  static final ObjectMapper EXACT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build()
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** A value range: {@code low}/{@code high} with open or closed ends. */
  record Range(double low, boolean lowOpen, double high, boolean highOpen) {
    boolean contains(double v) {
      return (lowOpen ? v > low : v >= low) && (highOpen ? v < high : v <= high);
    }

    @Override
    public String toString() {
      return (lowOpen ? "(" : "[") + low + ", " + high + (highOpen ? ")" : "]");
    }
  }

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final Range NON_NEGATIVE = new Range(0, false, INF, true);
  private static final Range POSITIVE = new Range(0, true, INF, true);
  private static final Range PERCENT = new Range(0, false, 100, false);
  private static final Range GROWTH = new Range(-100, true, 1000, false);
  private static final Range YEAR = new Range(2000, false, 2100, false);
  private static final Range HORIZON = new Range(1, false, 30, false);
  private static final Range LIFE = new Range(1, false, 15, false);
  private static final Range ELASTICITY = new Range(0, false, 5, false);
  private static final Range FLEX = new Range(0, false, 1000, false);
  private static final Range RHO = new Range(-0.95, false, 0.95, false);
  private static final Range ANY = new Range(-INF, true, INF, true);

  /** A numeric field: its range, whether it must be whole, whether it is required. */
  record Rule(Range range, boolean whole, boolean required, boolean version2) {}

  private static Rule need(Range r) {
    return new Rule(r, false, true, false);
  }

  private static Rule whole(Range r) {
    return new Rule(r, true, true, false);
  }

  private static Rule v2(Range r) {
    return new Rule(r, false, false, true);
  }

  private static final Map<String, Rule> TOP =
      Map.of(
          "startYear", whole(YEAR),
          "years", whole(HORIZON),
          "hyperscalerAcceleratorSharePct", need(PERCENT));
  private static final Map<String, Rule> COMPANY =
      Map.of(
          "capexUsdB", need(NON_NEGATIVE), "growthPct", need(GROWTH), "aiSharePct", need(PERCENT));
  private static final Map<String, Rule> MEGA =
      Map.of("startYear", whole(YEAR), "years", whole(HORIZON), "totalUsdB", need(NON_NEGATIVE));
  private static final Map<String, Rule> DEPIN = depinRules();
  private static final Map<String, Rule> CHIPS = chipRules();
  private static final Map<String, Rule> SHOCK =
      Map.of("year", whole(YEAR), "durationYears", whole(HORIZON), "supplyCutPct", need(PERCENT));

  private static Map<String, Rule> depinRules() {
    Map<String, Rule> m = new HashMap<>();
    m.put("marketCapUsdB", need(NON_NEGATIVE));
    m.put("newIncentiveCapUsdB", need(NON_NEGATIVE));
    m.put("emissionYears", whole(HORIZON));
    m.put("tokenPriceMultiplier", need(NON_NEGATIVE));
    m.put("tokenPriceDriftPctPerYear", need(GROWTH));
    m.put("sellSharePct", need(PERCENT));
    m.put("buyerDemandUsdB", need(NON_NEGATIVE));
    m.put("buyerDemandGrowthPct", need(GROWTH));
    m.put("aiSharePct", need(PERCENT));
    m.put("cloudResoldSharePct", need(PERCENT));
    m.put("acceleratorSharePct", need(PERCENT));
    m.put("frontierEfficiencyPct", need(PERCENT));
    m.put("initialInstalledK", need(NON_NEGATIVE));
    m.put("priceImpactElasticity", v2(ELASTICITY));
    m.put("usageRevenueUsdB", v2(NON_NEGATIVE));
    m.put("usageRevenueGrowthPct", v2(GROWTH));
    m.put("tailEmissionPctPerYear", v2(PERCENT));
    return Map.copyOf(m);
  }

  private static Map<String, Rule> chipRules() {
    Map<String, Rule> m = new HashMap<>();
    m.put("supplyK", need(NON_NEGATIVE));
    m.put("supplyGrowthPct", need(GROWTH));
    m.put("unitPriceUsdK", need(POSITIVE));
    m.put("unitPriceChangePctPerYear", need(GROWTH));
    m.put("hyperscalerPriorityCapPct", need(PERCENT));
    m.put("otherBuyersUsdB", need(NON_NEGATIVE));
    m.put("otherBuyersGrowthPct", need(GROWTH));
    m.put("usefulLifeYears", whole(LIFE));
    m.put("hyperscalerInitialInstalledK", need(NON_NEGATIVE));
    m.put("priceFlexPct", v2(FLEX));
    return Map.copyOf(m);
  }

  /** The output columns of MODEL.md sections 4 and 7, {@code year} first. */
  static final List<String> COLUMNS =
      List.of(
          ("year,hyperscalerCapexUsdB,hyperscalerAiCapexUsdB,depinGrossIncentiveUsdB,"
                  + "depinSellPressureUsdB,buyerDemandUsdB,depinCashRealizedUsdB,depinAiCapexUsdB,"
                  + "spendGapRatio,depinShareOfAiCapexPct,unitPriceUsdK,supplyK,hyperscalerDemandK,"
                  + "hyperscalerUnitsK,otherDemandK,otherUnitsK,depinDemandK,depinUnitsK,"
                  + "unallocatedK,hyperscalerInstalledK,depinInstalledK,depinEffectiveK,"
                  + "computeGapRatio,parityTokenPriceMultiplier,parityBuyerDemandUsdB,"
                  + "tokenPriceIndex,usageRevenueUsdB,listPriceUsdK")
              .split(","));

  private static final Set<String> TOP_FIELDS =
      Set.of(
          "schemaVersion",
          "name",
          "description",
          "startYear",
          "years",
          "hyperscalers",
          "hyperscalerAcceleratorSharePct",
          "megaProjects",
          "depin",
          "chips",
          "references",
          "sources",
          "uncertainty",
          "actuals");
  private static final Set<String> LISTS_OF_SPEC15 = Set.of("correlations", "claims");

  private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern PATH =
      Pattern.compile("(hyperscalers|megaProjects)\\[([^\\]]+)]\\.([A-Za-z]+)|([A-Za-z.]+)");

  private final boolean spec15Lists;
  private final List<String> broken = new ArrayList<>();

  private ScenarioRulesOracle(boolean spec15Lists) {
    this.spec15Lists = spec15Lists;
  }

  /**
   * The rules {@code json} breaks, empty for a valid scenario file. {@code spec15Lists}: whether
   * {@code correlations} and {@code claims} are known fields (spec15); without it they are unknown
   * fields like any other.
   */
  static List<String> check(byte[] json, boolean spec15Lists) {
    if (json.length > 1024 * 1024) {
      return List.of("file over 1 MiB");
    }
    JsonNode root;
    try {
      root = EXACT.readTree(json);
    } catch (IOException | RuntimeException e) {
      return List.of("not JSON: " + e.getClass().getSimpleName());
    }
    return check(root, spec15Lists);
  }

  /** The rules {@code root} breaks (numbers best read with {@link #EXACT}). */
  static List<String> check(JsonNode root, boolean spec15Lists) {
    ScenarioRulesOracle o = new ScenarioRulesOracle(spec15Lists);
    o.root(root);
    return o.broken;
  }

  private void fail(String where, String why) {
    broken.add((where.isEmpty() ? "(root)" : where) + ": " + why);
  }

  private void root(JsonNode root) {
    if (root == null || !root.isObject()) {
      fail("", "not an object");
      return;
    }
    depthAndSizes(root, 1, "");
    Set<String> known = new HashSet<>(TOP_FIELDS);
    if (spec15Lists) {
      known.addAll(LISTS_OF_SPEC15);
    }
    fields(root, "", known);

    JsonNode version = root.get("schemaVersion");
    BigDecimal v = wholeNumber(version, "schemaVersion");
    boolean version1 = v != null && v.compareTo(BigDecimal.ONE) == 0;
    if (v != null && v.compareTo(BigDecimal.ONE) != 0 && v.compareTo(BigDecimal.valueOf(2)) != 0) {
      fail("schemaVersion", v + " is neither 1 nor 2");
    }
    text(root, "", "name", true, 200);
    JsonNode description = root.get("description");
    if (description != null && !description.isNull() && !description.isTextual()) {
      fail("description", "not text");
    }
    numbers(root, "", TOP, version1);
    double startYear = number(root.get("startYear"));
    double years = number(root.get("years"));

    Set<String> companies = new HashSet<>();
    for (JsonNode c : list(root, "", "hyperscalers", true, 50)) {
      String where = "hyperscalers[" + companies.size() + "]";
      if (entry(c, where, Set.of("name", "capexUsdB", "growthPct", "aiSharePct"))) {
        String name = selectableName(c, where);
        if (name != null && !companies.add(name)) {
          fail(where, "the company name '" + name + "' appears twice");
        }
        numbers(c, where, COMPANY, version1);
      } else {
        companies.add("\u0000" + companies.size());
      }
    }
    int k = 0;
    for (JsonNode p : list(root, "", "megaProjects", false, 50)) {
      String where = "megaProjects[" + k++ + "]";
      if (entry(p, where, Set.of("name", "startYear", "years", "totalUsdB"))) {
        selectableName(p, where);
        numbers(p, where, MEGA, version1);
      }
    }
    JsonNode depin = root.get("depin");
    if (object(depin, "depin", DEPIN.keySet())) {
      numbers(depin, "depin", DEPIN, version1);
    } else if (depin == null || depin.isNull()) {
      fail("depin", "missing"); // a required object: null is no more allowed than absent
    }
    JsonNode chips = root.get("chips");
    Set<String> chipFields = new HashSet<>(CHIPS.keySet());
    chipFields.add("shock");
    if (object(chips, "chips", chipFields)) {
      numbers(chips, "chips", CHIPS, version1);
      JsonNode shock = chips.get("shock");
      if (shock != null && !shock.isNull() && object(shock, "chips.shock", SHOCK.keySet())) {
        numbers(shock, "chips.shock", SHOCK, version1);
      }
    } else if (chips == null || chips.isNull()) {
      fail("chips", "missing"); // a required object: null is no more allowed than absent
    }
    k = 0;
    for (JsonNode r : list(root, "", "references", false, 200)) {
      String where = "references[" + k++ + "]";
      if (entry(r, where, Set.of("label", "year", "usdB"))) {
        text(r, where, "label", true, 200);
        numbers(r, where, Map.of("year", whole(YEAR), "usdB", need(NON_NEGATIVE)), version1);
      }
    }
    sources(root.get("sources"));
    List<String> uncertain = uncertainty(root);
    actuals(root, companies, version1);
    if (spec15Lists) {
      correlations(root, uncertain, version1);
      claims(root, version1);
    }
  }

  // ---- sections 3 and 5: sources and uncertainty ----

  private void sources(JsonNode sources) {
    if (sources == null || sources.isNull()) {
      return;
    }
    if (!sources.isObject()) {
      fail("sources", "not an object");
      return;
    }
    if (sources.size() > 1000) {
      fail("sources", sources.size() + " keys, more than 1000");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = sources.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!isPath(e.getKey())) {
        fail("sources." + e.getKey(), "not a parameter path");
      }
      if (!e.getValue().isTextual()) {
        fail("sources." + e.getKey(), "not text");
      }
    }
  }

  private List<String> uncertainty(JsonNode root) {
    List<String> params = new ArrayList<>();
    int k = 0;
    for (JsonNode u : list(root, "", "uncertainty", false, 100)) {
      String where = "uncertainty[" + k++ + "]";
      if (!u.isObject()) {
        fail(where, "not an object");
        continue;
      }
      JsonNode param = u.get("param");
      Rule rule = null;
      if (param == null || !param.isTextual() || !isPath(param.asText())) {
        fail(where + ".param", "not a parameter path");
      } else {
        params.add(param.asText());
        rule = ruleOf(param.asText());
        if (!resolves(param.asText(), root)) {
          fail(where + ".param", "'" + param.asText() + "' names nothing in the file");
        }
      }
      JsonNode dist = u.get("dist");
      String d = dist != null && dist.isTextual() ? dist.asText() : "";
      List<String> args =
          switch (d) {
            case "uniform" -> List.of("low", "high");
            case "triangular" -> List.of("low", "mode", "high");
            case "normal" -> List.of("mean", "sd");
            case "lognormal" -> List.of("p5", "p95");
            default -> null;
          };
      if (args == null) {
        fail(where + ".dist", "not a distribution");
        continue;
      }
      Set<String> allowed = new HashSet<>(args);
      allowed.add("param");
      allowed.add("dist");
      object(u, where, allowed);
      Map<String, Double> a = new HashMap<>();
      for (String arg : args) {
        a.put(arg, finite(u.get(arg), where + "." + arg, true));
      }
      if (a.containsValue(null)) {
        continue;
      }
      // The ends of a range (section 3) are values the parameter may take; a normal's draws are
      // clamped to the valid range instead.
      for (String end : List.of("low", "mode", "high", "p5", "p95")) {
        if (rule != null && a.containsKey(end) && !rule.range().contains(a.get(end))) {
          fail(where + "." + end, a.get(end) + " outside the parameter's range " + rule.range());
        }
      }
      switch (d) {
        case "uniform" -> order(where, a.get("low"), a.get("high"));
        case "triangular" -> {
          order(where, a.get("low"), a.get("mode"));
          order(where, a.get("mode"), a.get("high"));
        }
        case "normal" -> {
          if (a.get("sd") < 0) {
            fail(where + ".sd", "negative");
          }
        }
        default -> {
          if (a.get("p5") <= 0 || a.get("p95") <= 0) {
            fail(where, "lognormal percentiles must be > 0");
          }
          order(where, a.get("p5"), a.get("p95"));
        }
      }
    }
    return params;
  }

  private void order(String where, double low, double high) {
    if (low > high) {
      fail(where, low + " above " + high);
    }
  }

  /** A path of section 5 to a numeric field (the selector is not resolved: names may be any). */
  private static boolean isPath(String path) {
    return ruleOf(path) != null;
  }

  /** The rule of the field {@code path} leads to, or null when it is no numeric parameter path. */
  private static Rule ruleOf(String path) {
    var m = PATH.matcher(path);
    if (!m.matches()) {
      return null;
    }
    if (m.group(1) != null) {
      return (m.group(1).equals("hyperscalers") ? COMPANY : MEGA).get(m.group(3));
    }
    String p = m.group(4);
    if (TOP.containsKey(p)) {
      return TOP.get(p);
    }
    for (var e : Map.of("depin.", DEPIN, "chips.shock.", SHOCK, "chips.", CHIPS).entrySet()) {
      if (p.startsWith(e.getKey()) && e.getValue().containsKey(p.substring(e.getKey().length()))) {
        return e.getValue().get(p.substring(e.getKey().length()));
      }
    }
    return null;
  }

  /**
   * Whether an uncertain {@code path} names something the file has: an index below the list's size,
   * a name of the list, {@code *}; {@code chips.shock.*} only with a shock.
   */
  private static boolean resolves(String path, JsonNode root) {
    var m = PATH.matcher(path);
    if (!m.matches()) {
      return false;
    }
    if (m.group(1) == null) {
      JsonNode chips = root.get("chips");
      return !m.group(4).startsWith("chips.shock.")
          || chips != null && chips.get("shock") != null && !chips.get("shock").isNull();
    }
    JsonNode list = root.get(m.group(1));
    int size = list != null && list.isArray() ? list.size() : 0;
    String selector = m.group(2);
    if (selector.equals("*")) {
      return true;
    }
    if (ALL_DIGITS.matcher(selector).matches()) {
      return selector.length() < 9 && Integer.parseInt(selector) < size;
    }
    for (int i = 0; i < size; i++) {
      JsonNode name = list.get(i).get("name");
      if (name != null && name.isTextual() && name.asText().equals(selector)) {
        return true;
      }
    }
    return false;
  }

  // ---- section 7: actuals; spec15: correlations and claims ----

  private void actuals(JsonNode root, Set<String> companies, boolean version1) {
    List<JsonNode> items = list(root, "", "actuals", false, 500);
    if (version1 && !items.isEmpty()) {
      fail("actuals", "needs schemaVersion 2");
    }
    int k = 0;
    for (JsonNode a : items) {
      String where = "actuals[" + k++ + "]";
      if (!entry(a, where, Set.of("series", "company", "year", "value", "source", "asOf"))) {
        continue;
      }
      String series = text(a, where, "series", true, Integer.MAX_VALUE);
      if (series != null && (!COLUMNS.contains(series) || series.equals("year"))) {
        fail(where + ".series", "'" + series + "' is not an output column");
      }
      String company = text(a, where, "company", false, 200);
      if (company != null) {
        if (!companies.contains(company)) {
          fail(where + ".company", "'" + company + "' is no company of the file");
        }
        if (series != null
            && !series.equals("hyperscalerCapexUsdB")
            && !series.equals("hyperscalerAiCapexUsdB")) {
          fail(where + ".company", "not allowed with " + series);
        }
      }
      numbers(a, where, Map.of("year", whole(YEAR), "value", need(NON_NEGATIVE)), false);
      text(a, where, "source", true, 1000);
      String asOf = text(a, where, "asOf", false, Integer.MAX_VALUE);
      if (asOf != null && !isDate(asOf)) {
        fail(where + ".asOf", "'" + asOf + "' is not a YYYY-MM-DD date");
      }
    }
  }

  private static boolean validUnicode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDate(String s) {
    if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return false;
    }
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private void correlations(JsonNode root, List<String> uncertain, boolean version1) {
    List<JsonNode> items = list(root, "", "correlations", false, 500);
    if (version1 && !items.isEmpty()) {
      fail("correlations", "needs schemaVersion 2");
    }
    List<String> names = new ArrayList<>();
    Map<String, Double> pairs = new HashMap<>();
    int k = 0;
    for (JsonNode c : items) {
      String where = "correlations[" + k++ + "]";
      if (!entry(c, where, Set.of("a", "b", "rho"))) {
        continue;
      }
      String a = text(c, where, "a", true, Integer.MAX_VALUE);
      String b = text(c, where, "b", true, Integer.MAX_VALUE);
      Double rho = finite(c.get("rho"), where + ".rho", true);
      if (rho != null && !RHO.contains(rho)) {
        fail(where + ".rho", rho + " outside " + RHO);
      }
      if (a == null || b == null) {
        continue;
      }
      for (String p : List.of(a, b)) {
        if (!uncertain.contains(p)) {
          fail(where, "'" + p + "' is not the param of an uncertainty entry");
        } else if (!names.contains(p)) {
          names.add(p);
        }
      }
      if (a.equals(b)) {
        fail(where, "a parameter correlated with itself");
      }
      String key = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
      if (pairs.put(key, rho == null ? 0 : rho) != null) {
        fail(where, "the pair appears twice");
      }
    }
    if (broken.isEmpty() && !names.isEmpty() && !positiveDefinite(names, pairs)) {
      fail("correlations", "not positive definite");
    }
  }

  /** Cholesky of the matrix over {@code names} (diagonal 1, {@code pairs} off it, 0 elsewhere). */
  private static boolean positiveDefinite(List<String> names, Map<String, Double> pairs) {
    int n = names.size();
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1;
      for (int j = 0; j < i; j++) {
        String a = names.get(i);
        String b = names.get(j);
        Double rho = pairs.get(a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a);
        m[i][j] = m[j][i] = rho == null ? 0 : rho;
      }
    }
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = m[i][j];
        for (int p = 0; p < j; p++) {
          sum -= l[i][p] * l[j][p];
        }
        if (i == j) {
          // a small margin: a matrix this close to singular is refused or repaired by any reader
          if (sum <= 1e-10) {
            return false;
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    return true;
  }

  private void claims(JsonNode root, boolean version1) {
    List<JsonNode> items = list(root, "", "claims", false, 100);
    if (version1 && !items.isEmpty()) {
      fail("claims", "needs schemaVersion 2");
    }
    int k = 0;
    for (JsonNode c : items) {
      String where = "claims[" + k++ + "]";
      if (!entry(c, where, Set.of("label", "column", "year", "op", "value"))) {
        continue;
      }
      text(c, where, "label", true, 200);
      String column = text(c, where, "column", true, Integer.MAX_VALUE);
      if (column != null && (!COLUMNS.contains(column) || column.equals("year"))) {
        fail(where + ".column", "'" + column + "' is not an output column");
      }
      // any whole year of 2000..2100: one outside the horizon is kept and left unanswered
      numbers(c, where, Map.of("year", whole(YEAR), "value", need(ANY)), false);
      String op = text(c, where, "op", true, Integer.MAX_VALUE);
      if (op != null && !List.of("<", "<=", ">", ">=").contains(op)) {
        fail(where + ".op", "'" + op + "' is not <, <=, > or >=");
      }
    }
  }

  // ---- primitives ----

  /**
   * Containers nest at most 20 deep and hold at most 1000 entries each (section 6, README); every
   * text and key is Unicode that UTF-8 can hold (no unpaired surrogate).
   */
  private void depthAndSizes(JsonNode node, int depth, String where) {
    if (node.isTextual() && !validUnicode(node.asText())) {
      fail(where, "text with an unpaired surrogate");
    }
    if (!node.isContainerNode()) {
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      if (!validUnicode(it.next())) {
        fail(where, "a key with an unpaired surrogate");
      }
    }
    if (depth > 20) {
      fail(where, "nested deeper than 20 levels");
      return;
    }
    if (node.size() > 1000) {
      fail(where, node.size() + " entries, more than 1000");
    }
    for (JsonNode child : node) {
      depthAndSizes(child, depth + 1, where);
    }
  }

  /** Whether {@code node} is an object; if so, reports the fields outside {@code allowed}. */
  /** A list entry: unlike an optional object, a null entry is an error, not "absent". */
  private boolean entry(JsonNode node, String where, Set<String> allowed) {
    if (node == null || node.isNull()) {
      fail(where, "a list entry may not be null");
      return false;
    }
    return object(node, where, allowed);
  }

  private boolean object(JsonNode node, String where, Set<String> allowed) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isObject()) {
      fail(where, "not an object");
      return false;
    }
    fields(node, where, allowed);
    return true;
  }

  private void fields(JsonNode node, String where, Set<String> allowed) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        fail(where, "unknown field '" + name + "'");
      }
    }
  }

  private List<JsonNode> list(
      JsonNode parent, String where, String name, boolean required, int max) {
    JsonNode node = parent.get(name);
    String at = where.isEmpty() ? name : where + "." + name;
    if (node == null || node.isNull()) {
      if (required) {
        fail(at, "missing");
      }
      return List.of();
    }
    if (!node.isArray()) {
      fail(at, "not a list");
      return List.of();
    }
    if (node.size() > max) {
      fail(at, node.size() + " entries, more than " + max);
    }
    List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    return items;
  }

  /** The text of a field, checking it is text of 1..max characters; null if absent or wrong. */
  private String text(JsonNode parent, String where, String name, boolean required, int max) {
    JsonNode node = parent.get(name);
    String at = where.isEmpty() ? name : where + "." + name;
    if (node == null || node.isNull()) {
      if (required) {
        fail(at, "missing");
      }
      return null;
    }
    if (!node.isTextual()) {
      fail(at, "not text");
      return null;
    }
    String s = node.asText();
    int length = s.codePointCount(0, s.length());
    if (length < 1 || length > max) {
      fail(at, length + " characters, not 1.." + max);
    }
    return s;
  }

  /** A company or mega-project name: text, and not one that a path would read as a selector. */
  private String selectableName(JsonNode entry, String where) {
    String name = text(entry, where, "name", true, 200);
    if (name != null && (ALL_DIGITS.matcher(name).matches() || name.equals("*"))) {
      fail(where + ".name", "'" + name + "' would read as an index or as every entry");
    }
    return name;
  }

  private void numbers(JsonNode parent, String where, Map<String, Rule> rules, boolean version1) {
    for (Map.Entry<String, Rule> e : rules.entrySet()) {
      String at = where.isEmpty() ? e.getKey() : where + "." + e.getKey();
      Rule rule = e.getValue();
      JsonNode node = parent.get(e.getKey());
      if (node == null || node.isNull()) {
        if (rule.required()) {
          fail(at, "missing");
        }
        continue;
      }
      if (rule.version2() && version1) {
        fail(at, "needs schemaVersion 2");
      }
      if (rule.whole() && wholeNumber(node, at) == null) {
        continue;
      }
      Double v = finite(node, at, true);
      if (v != null && !rule.range().contains(v)) {
        fail(at, v + " outside " + rule.range());
      }
    }
  }

  /** The exact value of a whole number, or null (reported) when it is not one. */
  private BigDecimal wholeNumber(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      fail(at, "missing");
      return null;
    }
    if (!node.isNumber()) {
      fail(at, "not a number");
      return null;
    }
    BigDecimal exact = exact(node);
    if (exact == null || exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
      fail(at, node + " is not a whole number");
      return null;
    }
    return exact;
  }

  private static BigDecimal exact(JsonNode node) {
    if (node.isBigDecimal() || node.isIntegralNumber()) {
      return node.decimalValue();
    }
    double d = node.doubleValue();
    return Double.isFinite(d) ? new BigDecimal(d) : null;
  }

  /** A finite number's double value, or null (reported). */
  private Double finite(JsonNode node, String at, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        fail(at, "missing");
      }
      return null;
    }
    if (!node.isNumber()) {
      fail(at, "not a number");
      return null;
    }
    double v = node.doubleValue();
    if (!Double.isFinite(v)) {
      fail(at, node + " is not finite");
      return null;
    }
    return v;
  }

  private static double number(JsonNode node) {
    return node != null && node.isNumber() ? node.doubleValue() : Double.NaN;
  }
}
