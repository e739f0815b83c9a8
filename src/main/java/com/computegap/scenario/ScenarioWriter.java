package com.computegap.scenario;

import com.computegap.model.ChipParams;
import com.computegap.model.DepinParams;
import com.computegap.model.Distribution;
import com.computegap.model.Hyperscaler;
import com.computegap.model.MegaProject;
import com.computegap.model.ReferenceMarker;
import com.computegap.model.Scenario;
import com.computegap.model.SupplyShock;
import com.computegap.model.UncertainParameter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a scenario as MODEL.md section 1 JSON: fields in the documented order, optional parts left
 * out when empty, whole numbers without a decimal point, two-space indentation. The file gets the
 * lowest schema version that holds it (section 7): 1 without any section 7 content, else 2 with all
 * five section 7 numbers written out. Reading the text back gives an equal {@link Scenario}.
 */
public final class ScenarioWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(INDENT)
          .withArrayIndenter(INDENT);

  private ScenarioWriter() {}

  /** The file text, ending with a newline. */
  public static String toJson(Scenario s) {
    try {
      return ScenarioJson.mapper().writer(PRETTY).writeValueAsString(toTree(s)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a scenario tree always serialises", e);
    }
  }

  /** The JSON tree of {@code s}. */
  public static ObjectNode toTree(Scenario s) {
    ObjectNode root = NODES.objectNode();
    int version = s.requiredSchemaVersion();
    root.put("schemaVersion", version);
    root.put("name", s.name());
    if (!s.description().isEmpty()) {
      root.put("description", s.description());
    }
    root.put("startYear", s.startYear());
    root.put("years", s.years());
    ArrayNode companies = root.putArray("hyperscalers");
    for (Hyperscaler h : s.hyperscalers()) {
      ObjectNode o = companies.addObject();
      o.put("name", h.name());
      o.set("capexUsdB", number(h.capexUsdB()));
      o.set("growthPct", number(h.growthPct()));
      o.set("aiSharePct", number(h.aiSharePct()));
    }
    root.set("hyperscalerAcceleratorSharePct", number(s.hyperscalerAcceleratorSharePct()));
    if (!s.megaProjects().isEmpty()) {
      ArrayNode projects = root.putArray("megaProjects");
      for (MegaProject p : s.megaProjects()) {
        ObjectNode o = projects.addObject();
        o.put("name", p.name());
        o.put("startYear", p.startYear());
        o.put("years", p.years());
        o.set("totalUsdB", number(p.totalUsdB()));
      }
    }
    root.set("depin", depin(s.depin(), version));
    root.set("chips", chips(s.chips(), version));
    if (!s.references().isEmpty()) {
      ArrayNode refs = root.putArray("references");
      for (ReferenceMarker r : s.references()) {
        ObjectNode o = refs.addObject();
        o.put("label", r.label());
        o.put("year", r.year());
        o.set("usdB", number(r.usdB()));
      }
    }
    if (!s.sources().isEmpty()) {
      ObjectNode sources = root.putObject("sources");
      s.sources().forEach(sources::put);
    }
    if (!s.uncertainty().isEmpty()) {
      ArrayNode list = root.putArray("uncertainty");
      for (UncertainParameter u : s.uncertainty()) {
        list.add(uncertainty(u));
      }
    }
    if (!s.actuals().isEmpty()) {
      root.set("actuals", ActualsJson.write(s.actuals()));
    }
    if (!s.correlations().isEmpty()) {
      root.set("correlations", AnalyticsJson.writeCorrelations(s.correlations()));
    }
    if (!s.claims().isEmpty()) {
      root.set("claims", AnalyticsJson.writeClaims(s.claims()));
    }
    return root;
  }

  private static ObjectNode depin(DepinParams d, int version) {
    ObjectNode o = NODES.objectNode();
    o.set("marketCapUsdB", number(d.marketCapUsdB()));
    o.set("newIncentiveCapUsdB", number(d.newIncentiveCapUsdB()));
    o.put("emissionYears", d.emissionYears());
    o.set("tokenPriceMultiplier", number(d.tokenPriceMultiplier()));
    o.set("tokenPriceDriftPctPerYear", number(d.tokenPriceDriftPctPerYear()));
    o.set("sellSharePct", number(d.sellSharePct()));
    o.set("buyerDemandUsdB", number(d.buyerDemandUsdB()));
    o.set("buyerDemandGrowthPct", number(d.buyerDemandGrowthPct()));
    o.set("aiSharePct", number(d.aiSharePct()));
    o.set("cloudResoldSharePct", number(d.cloudResoldSharePct()));
    o.set("acceleratorSharePct", number(d.acceleratorSharePct()));
    o.set("frontierEfficiencyPct", number(d.frontierEfficiencyPct()));
    o.set("initialInstalledK", number(d.initialInstalledK()));
    if (version >= 2) {
      o.set("priceImpactElasticity", number(d.priceImpactElasticity()));
      o.set("usageRevenueUsdB", number(d.usageRevenueUsdB()));
      o.set("usageRevenueGrowthPct", number(d.usageRevenueGrowthPct()));
      o.set("tailEmissionPctPerYear", number(d.tailEmissionPctPerYear()));
    }
    return o;
  }

  private static ObjectNode chips(ChipParams c, int version) {
    ObjectNode o = NODES.objectNode();
    o.set("supplyK", number(c.supplyK()));
    o.set("supplyGrowthPct", number(c.supplyGrowthPct()));
    o.set("unitPriceUsdK", number(c.unitPriceUsdK()));
    o.set("unitPriceChangePctPerYear", number(c.unitPriceChangePctPerYear()));
    o.set("hyperscalerPriorityCapPct", number(c.hyperscalerPriorityCapPct()));
    o.set("otherBuyersUsdB", number(c.otherBuyersUsdB()));
    o.set("otherBuyersGrowthPct", number(c.otherBuyersGrowthPct()));
    o.put("usefulLifeYears", c.usefulLifeYears());
    o.set("hyperscalerInitialInstalledK", number(c.hyperscalerInitialInstalledK()));
    SupplyShock shock = c.shock();
    if (shock != null) {
      ObjectNode s = o.putObject("shock");
      s.put("year", shock.year());
      s.put("durationYears", shock.durationYears());
      s.set("supplyCutPct", number(shock.supplyCutPct()));
    }
    if (version >= 2) {
      o.set("priceFlexPct", number(c.priceFlexPct()));
    }
    return o;
  }

  private static ObjectNode uncertainty(UncertainParameter u) {
    ObjectNode o = NODES.objectNode();
    o.put("param", u.param());
    Distribution d = u.distribution();
    o.put("dist", d.kind());
    if (d instanceof Distribution.Uniform x) {
      o.set("low", number(x.low()));
      o.set("high", number(x.high()));
    } else if (d instanceof Distribution.Triangular x) {
      o.set("low", number(x.low()));
      o.set("mode", number(x.mode()));
      o.set("high", number(x.high()));
    } else if (d instanceof Distribution.Normal x) {
      o.set("mean", number(x.mean()));
      o.set("sd", number(x.sd()));
    } else if (d instanceof Distribution.LogNormal x) {
      o.set("p5", number(x.p5()));
      o.set("p95", number(x.p95()));
    }
    return o;
  }

  /**
   * Whole values as integers ({@code 45}, not {@code 45.0}); others as the shortest exact decimal.
   */
  static JsonNode number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return NODES.numberNode((long) v);
    }
    return NODES.numberNode(v);
  }
}
