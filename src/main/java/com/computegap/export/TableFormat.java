package com.computegap.export;

import com.computegap.model.Column;
import com.computegap.model.ModelResult;
import com.computegap.model.Summary;
import com.computegap.model.YearRow;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The yearly table as MODEL.md section 4 prints it: CSV with {@code .} decimals whatever the locale
 * and {@code Double.toString} precision, or JSON with non-finite numbers as strings.
 */
public final class TableFormat {

  private TableFormat() {}

  /** The CSV header line, without line break. */
  public static String csvHeader() {
    StringBuilder sb = new StringBuilder();
    for (Column c : Column.all()) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(c.key());
    }
    return sb.toString();
  }

  /** One CSV line, without line break. */
  public static String csvLine(YearRow row) {
    StringBuilder sb = new StringBuilder(Integer.toString(row.year()));
    for (Column c : Column.outputs()) {
      sb.append(',').append(number(c.of(row)));
    }
    return sb.toString();
  }

  /** Header and one line per year, each ending with {@code \n}. */
  public static String csv(ModelResult result) {
    StringBuilder sb = new StringBuilder(csvHeader()).append('\n');
    for (YearRow row : result.rows()) {
      sb.append(csvLine(row)).append('\n');
    }
    return sb.toString();
  }

  /** A number as the contract prints it: {@code Double.toString}, so Infinity and NaN as such. */
  public static String number(double v) {
    return Double.toString(v);
  }

  /** {@code {"years":[{...}],"summary":{...}}}, pretty-printed, ending with {@code \n}. */
  public static String json(ModelResult result) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeArrayFieldStart("years");
      for (YearRow row : result.rows()) {
        g.writeStartObject();
        g.writeNumberField("year", row.year());
        for (Column c : Column.outputs()) {
          writeNumber(g, c.key(), c.of(row));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      Summary s = result.summary();
      g.writeObjectFieldStart("summary");
      writeNumber(g, "totalHyperscalerAiCapexUsdB", s.totalHyperscalerAiCapexUsdB());
      writeNumber(g, "totalDepinAiCapexUsdB", s.totalDepinAiCapexUsdB());
      writeNumber(g, "cumulativeSpendGapRatio", s.cumulativeSpendGapRatio());
      writeNumber(g, "finalComputeGapRatio", s.finalComputeGapRatio());
      writeNumber(g, "incentiveVsTodayCapRatio", s.incentiveVsTodayCapRatio());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void writeNumber(JsonGenerator g, String name, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(name, v);
    } else {
      g.writeStringField(name, Double.toString(v));
    }
  }
}
