package com.computegap.scenario;

import com.computegap.model.Actual;
import com.computegap.model.Column;
import com.computegap.model.Hyperscaler;
import com.computegap.model.Scenario;
import com.computegap.model.ValueRange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code actuals} list of MODEL.md section 7, read strictly and written back: series names,
 * company only with the two capex series and only a company of the file, a required source, a real
 * {@code YYYY-MM-DD} date, at most {@link Actual#MAX_ENTRIES} entries.
 */
final class ActualsJson {

  private static final List<String> FIELDS =
      List.of("series", "company", "year", "value", "source", "asOf");
  private static final List<String> REQUIRED = List.of("series", "year", "value", "source");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private ActualsJson() {}

  /** The entries of {@code items} ({@code actuals[0]}, ...); problems go to {@code in}. */
  static List<Actual> read(JsonFields in, List<JsonNode> items, Scenario scenario) {
    List<Actual> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      String path = JsonFields.element("actuals", i);
      JsonNode node = items.get(i);
      if (!in.isObject(node, path)) {
        continue;
      }
      Actual a = entry(in, node, path, scenario);
      if (a != null) {
        result.add(a);
      }
    }
    return result;
  }

  private static Actual entry(JsonFields in, JsonNode node, String path, Scenario scenario) {
    int before = in.problems().size();
    in.checkFields(node, path, FIELDS, REQUIRED);
    Column series = series(in, node, path);
    String company = company(in, node, path, series, scenario);
    double year = in.wholeNumber(node, path, "year");
    if (!Double.isNaN(year) && !ValueRange.closed(2000, 2100).contains(year)) {
      in.problem(
          path + ".year",
          path + ".year = " + JsonFields.shown(node.get("year")) + " is out of range 2000..2100");
    }
    double value = in.number(node, path, "value");
    if (!Double.isNaN(value) && value < 0) {
      in.problem(
          path + ".value",
          path
              + ".value = "
              + JsonFields.shown(node.get("value"))
              + " is out of range: it must be >= 0");
    }
    String source = in.text(node, path, "source", Actual.MAX_SOURCE_LENGTH);
    LocalDate asOf = asOf(in, node, path);
    if (in.problems().size() != before || series == null || source == null) {
      return null;
    }
    return new Actual(series, company, (int) year, value, source, asOf);
  }

  private static Column series(JsonFields in, JsonNode node, String path) {
    String text = in.text(node, path, "series", 100);
    if (text == null) {
      return null;
    }
    Column c = Column.byKey(text);
    if (c == null || c == Column.YEAR) {
      in.problem(
          path + ".series",
          path
              + ".series = \""
              + PlainText.shorten(text, JsonFields.MAX_QUOTED)
              + "\" is not an output column (expected a column name of the model table other than year,"
              + " for example hyperscalerCapexUsdB)");
      return null;
    }
    return c;
  }

  private static String company(
      JsonFields in, JsonNode node, String path, Column series, Scenario scenario) {
    String company = in.text(node, path, "company", ScenarioBinder.MAX_NAME_LENGTH);
    if (company == null) {
      return null;
    }
    String where = path + ".company";
    if (series != null && !Actual.allowsCompany(series)) {
      in.problem(
          where,
          where
              + ": a company is allowed only with hyperscalerCapexUsdB and"
              + " hyperscalerAiCapexUsdB, not with "
              + series.key());
      return null;
    }
    for (Hyperscaler h : scenario.hyperscalers()) {
      if (h.name().equals(company)) {
        return company;
      }
    }
    in.problem(
        where,
        where
            + " = \""
            + PlainText.shorten(company, JsonFields.MAX_QUOTED)
            + "\" is not a hyperscaler of this file");
    return null;
  }

  private static LocalDate asOf(JsonFields in, JsonNode node, String path) {
    JsonNode v = node.get("asOf");
    String where = path + ".asOf";
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      in.problem(where, where + ": expected a date \"YYYY-MM-DD\" " + JsonFields.found(v));
      return null;
    }
    String text = v.textValue();
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text); // ISO_LOCAL_DATE resolves strictly: 2025-02-30 is refused
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    in.problem(
        where,
        where
            + " = \""
            + PlainText.shorten(text, JsonFields.MAX_QUOTED)
            + "\" is not a valid date (expected YYYY-MM-DD, for example 2026-01-29)");
    return null;
  }

  /** The JSON list of {@code actuals}, in their order. */
  static ArrayNode write(List<Actual> actuals) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (Actual a : actuals) {
      ObjectNode o = list.addObject();
      o.put("series", a.series().key());
      if (a.company() != null) {
        o.put("company", a.company());
      }
      o.put("year", a.year());
      o.set("value", ScenarioWriter.number(a.value()));
      o.put("source", a.source());
      if (a.asOf() != null) {
        o.put("asOf", a.asOf().toString());
      }
    }
    return list;
  }
}
