package com.computegap.scenario;

import com.computegap.model.Actual;
import com.computegap.model.ChipParams;
import com.computegap.model.Claim;
import com.computegap.model.Correlation;
import com.computegap.model.DepinParams;
import com.computegap.model.Distribution;
import com.computegap.model.Hyperscaler;
import com.computegap.model.MegaProject;
import com.computegap.model.NumericField;
import com.computegap.model.ParameterPath;
import com.computegap.model.ReferenceMarker;
import com.computegap.model.Scenario;
import com.computegap.model.SupplyShock;
import com.computegap.model.UncertainParameter;
import com.computegap.model.ValueRange;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a parsed JSON tree into a {@link Scenario}, checking MODEL.md section 1 field by field:
 * unknown and missing fields, types, whole numbers, ranges, limits and references between fields.
 * Reports every problem it finds, in file order, rather than stopping at the first.
 */
final class ScenarioBinder {

  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_LIST_ENTRIES = InputLimits.maxEntries("hyperscalers");
  static final int MAX_UNCERTAINTY_ENTRIES = InputLimits.maxEntries("uncertainty");

  private static final List<String> TOP_FIELDS =
      List.of(
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
          "actuals",
          "correlations",
          "claims");
  private static final List<String> TOP_REQUIRED =
      List.of(
          "schemaVersion",
          "name",
          "startYear",
          "years",
          "hyperscalers",
          "hyperscalerAcceleratorSharePct",
          "depin",
          "chips");
  private static final List<String> HYPERSCALER_FIELDS =
      List.of("name", "capexUsdB", "growthPct", "aiSharePct");
  private static final List<String> MEGA_FIELDS =
      List.of("name", "startYear", "years", "totalUsdB");
  private static final List<String> DEPIN_FIELDS = DepinParams.FIELDS;
  private static final List<String> DEPIN_REQUIRED = DEPIN_FIELDS.subList(0, 13);
  private static final List<String> CHIP_FIELDS =
      List.of(
          "supplyK",
          "supplyGrowthPct",
          "unitPriceUsdK",
          "unitPriceChangePctPerYear",
          "hyperscalerPriorityCapPct",
          "otherBuyersUsdB",
          "otherBuyersGrowthPct",
          "usefulLifeYears",
          "hyperscalerInitialInstalledK",
          "shock",
          "priceFlexPct");
  private static final List<String> CHIP_REQUIRED = CHIP_FIELDS.subList(0, 9);
  private static final List<String> SHOCK_FIELDS = List.of("year", "durationYears", "supplyCutPct");
  private static final List<String> REFERENCE_FIELDS = List.of("label", "year", "usdB");

  private final JsonFields in = new JsonFields();
  private int version = Scenario.SCHEMA_VERSION;

  /** The scenario, or {@code null} with {@link #problems()} filled. */
  Scenario bind(JsonNode root) {
    if (!in.isObject(root, "(top level)")) {
      return null;
    }
    if (!schemaVersionSupported(root)) {
      return null;
    }
    in.checkFields(root, "", TOP_FIELDS, TOP_REQUIRED);
    String name = in.text(root, "", "name", MAX_NAME_LENGTH);
    String description = in.optionalText(root, "", "description");
    double startYear = number(root, "", NumericField.START_YEAR);
    double years = number(root, "", NumericField.YEARS);
    List<Hyperscaler> hyperscalers = hyperscalers(root);
    double acceleratorShare = number(root, "", NumericField.HYPERSCALER_ACCELERATOR_SHARE);
    List<MegaProject> megaProjects = megaProjects(root);
    DepinParams depin = depin(root.get("depin"));
    ChipParams chips = chips(root.get("chips"));
    List<ReferenceMarker> references = references(root);
    Map<String, String> sources = sources(root);
    List<JsonNode> uncertaintyNodes = in.array(root, "", "uncertainty", MAX_UNCERTAINTY_ENTRIES);
    List<JsonNode> actualNodes =
        version2Only(root, "", "actuals")
            ? in.array(root, "", "actuals", Actual.MAX_ENTRIES)
            : List.of();
    List<JsonNode> correlationNodes =
        AnalyticsJson.list(in, root, "correlations", version, AnalyticsJson.MAX_CORRELATIONS);
    List<JsonNode> claimNodes =
        AnalyticsJson.list(in, root, "claims", version, AnalyticsJson.MAX_CLAIMS);
    if (!in.ok()) {
      return null;
    }
    Scenario scenario =
        new Scenario(
            version,
            name,
            description,
            (int) startYear,
            (int) years,
            hyperscalers,
            acceleratorShare,
            megaProjects,
            depin,
            chips,
            references,
            sources,
            List.of());
    List<UncertainParameter> uncertainty = uncertainty(uncertaintyNodes, scenario);
    List<String> written = in.ok() ? AnalyticsJson.writtenParams(uncertaintyNodes) : null;
    List<Actual> actuals = ActualsJson.read(in, actualNodes, scenario);
    List<Correlation> correlations =
        AnalyticsJson.readCorrelations(in, correlationNodes, uncertainty, written);
    List<Claim> claims = AnalyticsJson.readClaims(in, claimNodes);
    scenario = scenario.withUncertainty(uncertainty).withActuals(actuals);
    return in.ok() ? scenario.withCorrelations(correlations).withClaims(claims) : null;
  }

  List<ScenarioProblem> problems() {
    return in.problems();
  }

  private boolean schemaVersionSupported(JsonNode root) {
    JsonNode v = root.get("schemaVersion");
    if (v == null || v.isNull()) {
      in.problem(
          "schemaVersion", "schemaVersion is missing (a required field; this version writes 1)");
      return false;
    }
    if (!v.isNumber()) {
      in.problem(
          "schemaVersion", "schemaVersion: expected the number 1 or 2 " + JsonFields.found(v));
      return false;
    }
    double declared = v.doubleValue();
    if (declared > Scenario.SCHEMA_VERSION) {
      in.problem(
          "schemaVersion",
          "schemaVersion = "
              + v.asText()
              + ": the file was written by a newer version"
              + " of Compute Gap Explorer; this version reads schemaVersion 1 and "
              + Scenario.SCHEMA_VERSION);
      return false;
    }
    if (!JsonFields.isWhole(v)) {
      in.problem(
          "schemaVersion", "schemaVersion = " + JsonFields.shown(v) + " must be a whole number");
      return false;
    }
    if (declared != Scenario.SCHEMA_VERSION_1 && declared != Scenario.SCHEMA_VERSION) {
      in.problem(
          "schemaVersion",
          "schemaVersion = "
              + v.asText()
              + " is not supported (expected 1 or "
              + Scenario.SCHEMA_VERSION
              + ")");
      return false;
    }
    version = (int) declared;
    return true;
  }

  /**
   * Whether a field that only schema version 2 has may be read: {@code false} when it is absent or
   * {@code null} (it takes its default), and {@code false} after reporting when the file declares
   * schemaVersion 1.
   */
  private boolean version2Only(JsonNode parent, String path, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return false;
    }
    if (version < Scenario.SCHEMA_VERSION) {
      String where = JsonFields.child(path, name);
      in.problem(
          where,
          where
              + " needs schemaVersion 2 (the file declares schemaVersion "
              + version
              + "; set \"schemaVersion\": 2 to use it)");
      return false;
    }
    return true;
  }

  /**
   * An optional section 7 number: its default when absent or null, else checked like {@link
   * #number}.
   */
  private double optionalNumber(
      JsonNode parent, String path, NumericField field, double defaultValue) {
    return version2Only(parent, path, field.fieldName())
        ? number(parent, path, field)
        : defaultValue;
  }

  /**
   * A number checked against its field's valid range and whole-number rule; {@code NaN} on error.
   */
  private double number(JsonNode parent, String path, NumericField field) {
    String name = field.fieldName();
    double v =
        field.wholeNumber() ? in.wholeNumber(parent, path, name) : in.number(parent, path, name);
    return inRange(v, JsonFields.child(path, name), parent.get(name), field.validRange());
  }

  private double inRange(double v, String where, JsonNode node, ValueRange range) {
    if (Double.isNaN(v) || range.contains(v)) {
      return v;
    }
    String shown = node == null ? Double.toString(v) : JsonFields.shown(node);
    in.problem(
        where,
        where
            + " = "
            + shown
            + (range.isClosed()
                ? " is out of range " + range.describe()
                : " is out of range: it must be " + range.describe()));
    return Double.NaN;
  }

  private List<Hyperscaler> hyperscalers(JsonNode root) {
    List<Hyperscaler> result = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<JsonNode> items = in.array(root, "", "hyperscalers", MAX_LIST_ENTRIES);
    for (int i = 0; i < items.size(); i++) {
      String path = JsonFields.element("hyperscalers", i);
      JsonNode node = items.get(i);
      if (!in.isObject(node, path)) {
        continue;
      }
      in.checkFields(node, path, HYPERSCALER_FIELDS, HYPERSCALER_FIELDS);
      String name = selectableName(in.text(node, path, "name", MAX_NAME_LENGTH), path, "company");
      if (name != null && !names.add(name)) {
        in.problem(
            path + ".name",
            path
                + ".name: '"
                + name
                + "' is already used by another hyperscaler;"
                + " names must be unique");
      }
      result.add(
          new Hyperscaler(
              name == null ? "" : name,
              number(node, path, NumericField.HYPERSCALER_CAPEX),
              number(node, path, NumericField.HYPERSCALER_GROWTH),
              number(node, path, NumericField.HYPERSCALER_AI_SHARE)));
    }
    return result;
  }

  /**
   * {@code name}, or {@code null} after reporting when a parameter path could not select it by
   * name: in {@code hyperscalers[007].growthPct} digits are always an index and {@code *} means
   * every entry (MODEL.md section 5), so a slider, range or source saved for such a name would come
   * back on another entry.
   */
  private String selectableName(String name, String path, String what) {
    if (name == null) {
      return null;
    }
    String list = path.substring(0, path.indexOf('['));
    String why;
    if (name.equals("*")) {
      why = " would read as every entry";
    } else if (!name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
      why = " would read as the index " + PlainText.shorten(name, JsonFields.MAX_QUOTED);
    } else {
      return name;
    }
    in.problem(
        path + ".name",
        path
            + ".name = \""
            + PlainText.shorten(name, JsonFields.MAX_QUOTED)
            + "\" cannot name a "
            + what
            + ": in a parameter path such as "
            + list
            + "["
            + PlainText.shorten(name, JsonFields.MAX_QUOTED)
            + "].x it"
            + why
            + " (digits alone and * are selectors); add a letter or a word");
    return null;
  }

  private List<MegaProject> megaProjects(JsonNode root) {
    List<MegaProject> result = new ArrayList<>();
    List<JsonNode> items = in.array(root, "", "megaProjects", MAX_LIST_ENTRIES);
    for (int i = 0; i < items.size(); i++) {
      String path = JsonFields.element("megaProjects", i);
      JsonNode node = items.get(i);
      if (!in.isObject(node, path)) {
        continue;
      }
      in.checkFields(node, path, MEGA_FIELDS, MEGA_FIELDS);
      String name =
          selectableName(in.text(node, path, "name", MAX_NAME_LENGTH), path, "mega project");
      double start = number(node, path, NumericField.MEGA_START_YEAR);
      double years = number(node, path, NumericField.MEGA_YEARS);
      double total = number(node, path, NumericField.MEGA_TOTAL);
      result.add(new MegaProject(name == null ? "" : name, (int) start, (int) years, total));
    }
    return result;
  }

  private DepinParams depin(JsonNode node) {
    if (node == null || node.isNull() || !in.isObject(node, "depin")) {
      return null;
    }
    in.checkFields(node, "depin", DEPIN_FIELDS, DEPIN_REQUIRED);
    return new DepinParams(
        number(node, "depin", NumericField.DEPIN_MARKET_CAP),
        number(node, "depin", NumericField.DEPIN_NEW_INCENTIVE_CAP),
        (int) number(node, "depin", NumericField.DEPIN_EMISSION_YEARS),
        number(node, "depin", NumericField.DEPIN_TOKEN_PRICE_MULTIPLIER),
        number(node, "depin", NumericField.DEPIN_TOKEN_PRICE_DRIFT),
        number(node, "depin", NumericField.DEPIN_SELL_SHARE),
        number(node, "depin", NumericField.DEPIN_BUYER_DEMAND),
        number(node, "depin", NumericField.DEPIN_BUYER_DEMAND_GROWTH),
        number(node, "depin", NumericField.DEPIN_AI_SHARE),
        number(node, "depin", NumericField.DEPIN_CLOUD_RESOLD_SHARE),
        number(node, "depin", NumericField.DEPIN_ACCELERATOR_SHARE),
        number(node, "depin", NumericField.DEPIN_FRONTIER_EFFICIENCY),
        number(node, "depin", NumericField.DEPIN_INITIAL_INSTALLED),
        optionalNumber(
            node,
            "depin",
            NumericField.DEPIN_PRICE_IMPACT_ELASTICITY,
            DepinParams.DEFAULT_PRICE_IMPACT_ELASTICITY),
        optionalNumber(
            node,
            "depin",
            NumericField.DEPIN_USAGE_REVENUE,
            DepinParams.DEFAULT_USAGE_REVENUE_USD_B),
        optionalNumber(
            node,
            "depin",
            NumericField.DEPIN_USAGE_REVENUE_GROWTH,
            DepinParams.DEFAULT_USAGE_REVENUE_GROWTH_PCT),
        optionalNumber(
            node,
            "depin",
            NumericField.DEPIN_TAIL_EMISSION,
            DepinParams.DEFAULT_TAIL_EMISSION_PCT_PER_YEAR));
  }

  private ChipParams chips(JsonNode node) {
    if (node == null || node.isNull() || !in.isObject(node, "chips")) {
      return null;
    }
    in.checkFields(node, "chips", CHIP_FIELDS, CHIP_REQUIRED);
    return new ChipParams(
        number(node, "chips", NumericField.CHIPS_SUPPLY),
        number(node, "chips", NumericField.CHIPS_SUPPLY_GROWTH),
        number(node, "chips", NumericField.CHIPS_UNIT_PRICE),
        number(node, "chips", NumericField.CHIPS_UNIT_PRICE_CHANGE),
        number(node, "chips", NumericField.CHIPS_PRIORITY_CAP),
        number(node, "chips", NumericField.CHIPS_OTHER_BUYERS),
        number(node, "chips", NumericField.CHIPS_OTHER_BUYERS_GROWTH),
        (int) number(node, "chips", NumericField.CHIPS_USEFUL_LIFE),
        number(node, "chips", NumericField.CHIPS_HYPERSCALER_INITIAL_INSTALLED),
        shock(node.get("shock")),
        optionalNumber(
            node, "chips", NumericField.CHIPS_PRICE_FLEX, ChipParams.DEFAULT_PRICE_FLEX_PCT));
  }

  private SupplyShock shock(JsonNode node) {
    if (node == null || node.isNull() || !in.isObject(node, "chips.shock")) {
      return null;
    }
    in.checkFields(node, "chips.shock", SHOCK_FIELDS, SHOCK_FIELDS);
    return new SupplyShock(
        (int) number(node, "chips.shock", NumericField.SHOCK_YEAR),
        (int) number(node, "chips.shock", NumericField.SHOCK_DURATION),
        number(node, "chips.shock", NumericField.SHOCK_SUPPLY_CUT));
  }

  private List<ReferenceMarker> references(JsonNode root) {
    List<ReferenceMarker> result = new ArrayList<>();
    List<JsonNode> items = in.array(root, "", "references", InputLimits.maxEntries("references"));
    for (int i = 0; i < items.size(); i++) {
      String path = JsonFields.element("references", i);
      JsonNode node = items.get(i);
      if (!in.isObject(node, path)) {
        continue;
      }
      in.checkFields(node, path, REFERENCE_FIELDS, REFERENCE_FIELDS);
      String label = in.text(node, path, "label", MAX_NAME_LENGTH);
      double year =
          inRange(
              in.wholeNumber(node, path, "year"),
              path + ".year",
              node.get("year"),
              ValueRange.closed(2000, 2100));
      double usdB =
          inRange(
              in.number(node, path, "usdB"),
              path + ".usdB",
              node.get("usdB"),
              ValueRange.atLeast(0));
      result.add(new ReferenceMarker(label == null ? "" : label, (int) year, usdB));
    }
    return result;
  }

  private Map<String, String> sources(JsonNode root) {
    Map<String, String> result = new LinkedHashMap<>();
    JsonNode node = root.get("sources");
    if (node == null || node.isNull() || !in.isObject(node, "sources")) {
      return result;
    }
    if (node.size() > InputLimits.maxEntries("sources")) {
      in.problem(
          "sources",
          "sources has "
              + node.size()
              + " entries; at most "
              + InputLimits.maxEntries("sources")
              + " are allowed");
      return result;
    }
    node.fields()
        .forEachRemaining(
            e -> {
              String where = "sources." + PlainText.shorten(e.getKey(), JsonFields.MAX_QUOTED);
              if (!in.wellFormed(e.getKey(), where)) {
                return;
              }
              try {
                ParameterPath.parse(e.getKey()); // a path to a numeric field (section 5)
              } catch (IllegalArgumentException ex) {
                in.problem(where, "sources: the key " + ex.getMessage());
                return;
              }
              if (!e.getValue().isTextual()) {
                in.problem(where, where + ": expected a string " + JsonFields.found(e.getValue()));
                return;
              }
              if (in.wellFormed(e.getValue().textValue(), where)) {
                result.put(e.getKey(), e.getValue().textValue());
              }
            });
    return result;
  }

  private List<UncertainParameter> uncertainty(List<JsonNode> items, Scenario scenario) {
    List<UncertainParameter> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = JsonFields.element("uncertainty", i);
      JsonNode node = items.get(i);
      if (!in.isObject(node, path)) {
        continue;
      }
      UncertainParameter entry = uncertainEntry(node, path, scenario);
      if (entry != null) {
        result.add(entry);
      }
    }
    return result;
  }

  private UncertainParameter uncertainEntry(JsonNode node, String path, Scenario scenario) {
    if (absent(node.get("param")) || absent(node.get("dist"))) {
      in.checkFields(
          node,
          path,
          List.of("param", "dist", "low", "mode", "high", "mean", "sd", "p5", "p95"),
          List.of("param", "dist"));
      return null;
    }
    String kind = in.text(node, path, "dist", 20);
    List<String> numbers =
        switch (kind == null ? "" : kind) {
          case "uniform" -> List.of("low", "high");
          case "triangular" -> List.of("low", "mode", "high");
          case "normal" -> List.of("mean", "sd");
          case "lognormal" -> List.of("p5", "p95");
          default -> null;
        };
    if (numbers == null) {
      if (kind != null) {
        in.problem(
            path + ".dist",
            path
                + ".dist = \""
                + kind
                + "\" is not a distribution (expected uniform, triangular, normal or lognormal)");
      }
      return null;
    }
    List<String> fields = new ArrayList<>(List.of("param", "dist"));
    fields.addAll(numbers);
    in.checkFields(node, path, fields, fields);
    ParameterPath param = param(node, path, scenario);
    double[] v = new double[numbers.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = in.number(node, path, numbers.get(k));
    }
    if (param == null || !in.ok()) {
      return null;
    }
    Distribution distribution =
        switch (kind) {
          case "uniform" -> new Distribution.Uniform(v[0], v[1]);
          case "triangular" -> new Distribution.Triangular(v[0], v[1], v[2]);
          case "normal" -> new Distribution.Normal(v[0], v[1]);
          default -> new Distribution.LogNormal(v[0], v[1]);
        };
    String wrong = DistributionRules.problem(distribution, param.field().validRange());
    if (wrong != null) {
      in.problem(path, path + " (" + param.text() + "): " + wrong);
      return null;
    }
    return new UncertainParameter(param.text(), distribution);
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull();
  }

  private ParameterPath param(JsonNode node, String path, Scenario scenario) {
    String text = in.text(node, path, "param", 400);
    if (text == null) {
      return null;
    }
    ParameterPath param;
    try {
      param = ParameterPath.parse(text);
    } catch (IllegalArgumentException e) {
      in.problem(path + ".param", path + ".param: " + e.getMessage());
      return null;
    }
    if (param.field() == NumericField.START_YEAR || param.field() == NumericField.YEARS) {
      in.problem(
          path + ".param",
          path + ".param = " + text + " cannot be uncertain: it changes which years the table has");
      return null;
    }
    if (param.field().version2() && version < Scenario.SCHEMA_VERSION) {
      in.problem(
          path + ".param",
          path
              + ".param = "
              + text
              + " needs schemaVersion 2 (the file declares"
              + " schemaVersion "
              + version
              + ")");
      return null;
    }
    String reason = param.unresolvedReason(scenario);
    if (reason != null) {
      in.problem(path + ".param", path + ".param: " + reason);
      return null;
    }
    return param;
  }
}
