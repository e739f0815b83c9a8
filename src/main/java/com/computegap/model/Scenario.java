package com.computegap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complete, validated scenario: the input of {@link GapModel}. Immutable; lists and the source
 * map are unmodifiable copies, and {@code null} for an optional part means "none" (empty list,
 * empty map, empty description).
 *
 * @param schemaVersion always {@link #requiredSchemaVersion()}, the lowest version that holds the
 *     content (the argument is replaced by it), so a file declared 2 without section 7 content
 *     equals its version 1 twin
 * @param name scenario name, 1..200 characters
 * @param description free text shown in the UI, never {@code null} (may be empty)
 * @param startYear first modelled year t0, 2000..2100
 * @param years horizon length, 1..30
 * @param hyperscalers the companies, names unique, at most 50
 * @param hyperscalerAcceleratorSharePct share of hyperscaler AI capex spent on accelerators, 0..100
 * @param megaProjects extra AI capex projects, at most 50
 * @param depin the DePIN side
 * @param chips the chip side, with an optional supply shock
 * @param references outside figures drawn as markers, not modelled
 * @param sources parameter path to the text of its source, in file order
 * @param uncertainty uncertain parameters for Monte Carlo and the tornado
 * @param actuals reported figures the model is held against, at most 500
 * @param correlations rank correlations between uncertain parameters (schema 2)
 * @param claims claims whose probability the uncertainty view reports (schema 2)
 */
public record Scenario(
    int schemaVersion,
    String name,
    String description,
    int startYear,
    int years,
    List<Hyperscaler> hyperscalers,
    double hyperscalerAcceleratorSharePct,
    List<MegaProject> megaProjects,
    DepinParams depin,
    ChipParams chips,
    List<ReferenceMarker> references,
    Map<String, String> sources,
    List<UncertainParameter> uncertainty,
    List<Actual> actuals,
    List<Correlation> correlations,
    List<Claim> claims) {

  /** The newest schema version this build reads and writes (MODEL.md section 7). */
  public static final int SCHEMA_VERSION = 2;

  /** The first schema version, which has none of the section 7 fields. */
  public static final int SCHEMA_VERSION_1 = 1;

  /** A scenario without actuals. */
  public Scenario(
      int schemaVersion,
      String name,
      String description,
      int startYear,
      int years,
      List<Hyperscaler> hyperscalers,
      double hyperscalerAcceleratorSharePct,
      List<MegaProject> megaProjects,
      DepinParams depin,
      ChipParams chips,
      List<ReferenceMarker> references,
      Map<String, String> sources,
      List<UncertainParameter> uncertainty) {
    this(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        List.of());
  }

  /** A scenario without correlations and claims. */
  public Scenario(
      int schemaVersion,
      String name,
      String description,
      int startYear,
      int years,
      List<Hyperscaler> hyperscalers,
      double hyperscalerAcceleratorSharePct,
      List<MegaProject> megaProjects,
      DepinParams depin,
      ChipParams chips,
      List<ReferenceMarker> references,
      Map<String, String> sources,
      List<UncertainParameter> uncertainty,
      List<Actual> actuals) {
    this(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        actuals,
        List.of(),
        List.of());
  }

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(depin, "depin");
    Objects.requireNonNull(chips, "chips");
    description = description == null ? "" : description;
    hyperscalers = hyperscalers == null ? List.of() : List.copyOf(hyperscalers);
    megaProjects = megaProjects == null ? List.of() : List.copyOf(megaProjects);
    references = references == null ? List.of() : List.copyOf(references);
    uncertainty = uncertainty == null ? List.of() : List.copyOf(uncertainty);
    actuals = actuals == null ? List.of() : List.copyOf(actuals);
    correlations = correlations == null ? List.of() : List.copyOf(correlations);
    claims = claims == null ? List.of() : List.copyOf(claims);
    schemaVersion = requiredSchemaVersion(depin, chips, actuals, uncertainty, correlations, claims);
    sources =
        sources == null || sources.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  /**
   * The lowest schema version that holds this scenario: 1 when every section 7 number is at its
   * default, there are no actuals, correlations or claims and no uncertainty range on a section 7
   * number; 2 otherwise.
   */
  public int requiredSchemaVersion() {
    return requiredSchemaVersion(depin, chips, actuals, uncertainty, correlations, claims);
  }

  private static int requiredSchemaVersion(
      DepinParams depin,
      ChipParams chips,
      List<Actual> actuals,
      List<UncertainParameter> uncertainty,
      List<Correlation> correlations,
      List<Claim> claims) {
    boolean version1 =
        depin.isVersion1()
            && chips.isVersion1()
            && actuals.isEmpty()
            && correlations.isEmpty()
            && claims.isEmpty();
    for (UncertainParameter u : uncertainty) {
      version1 &= !isVersion2Path(u.param());
    }
    return version1 ? SCHEMA_VERSION_1 : SCHEMA_VERSION;
  }

  private static boolean isVersion2Path(String path) {
    try {
      return ParameterPath.parse(path).field().version2();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The last modelled year. */
  public int endYear() {
    return startYear + years - 1;
  }

  /** The source text for a parameter path, or {@code null} when the scenario gives none. */
  public String sourceOf(String path) {
    return sources.get(path);
  }

  public Scenario withName(String value) {
    return new Scenario(
        schemaVersion,
        value,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        actuals,
        correlations,
        claims);
  }

  public Scenario withDescription(String value) {
    return new Scenario(
        schemaVersion,
        name,
        value,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        actuals,
        correlations,
        claims);
  }

  public Scenario withStartYear(int value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        value,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        actuals,
        correlations,
        claims);
  }

  public Scenario withYears(int value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        value,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        actuals,
        correlations,
        claims);
  }

  public Scenario withHyperscalers(List<Hyperscaler> value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        value,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        actuals,
        correlations,
        claims);
  }

  public Scenario withHyperscalerAcceleratorSharePct(double value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        value,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        actuals,
        correlations,
        claims);
  }

  public Scenario withMegaProjects(List<MegaProject> value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        value,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        actuals,
        correlations,
        claims);
  }

  public Scenario withDepin(DepinParams value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        value,
        chips,
        references,
        sources,
        uncertainty,
        actuals,
        correlations,
        claims);
  }

  public Scenario withChips(ChipParams value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        value,
        references,
        sources,
        uncertainty,
        actuals,
        correlations,
        claims);
  }

  public Scenario withReferences(List<ReferenceMarker> value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        value,
        sources,
        uncertainty,
        actuals,
        correlations,
        claims);
  }

  public Scenario withSources(Map<String, String> value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        value,
        uncertainty,
        actuals,
        correlations,
        claims);
  }

  public Scenario withUncertainty(List<UncertainParameter> value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        value,
        actuals,
        correlations,
        claims);
  }

  public Scenario withActuals(List<Actual> value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        value,
        correlations,
        claims);
  }

  public Scenario withCorrelations(List<Correlation> value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        actuals,
        value,
        claims);
  }

  public Scenario withClaims(List<Claim> value) {
    return new Scenario(
        schemaVersion,
        name,
        description,
        startYear,
        years,
        hyperscalers,
        hyperscalerAcceleratorSharePct,
        megaProjects,
        depin,
        chips,
        references,
        sources,
        uncertainty,
        actuals,
        correlations,
        value);
  }
}
