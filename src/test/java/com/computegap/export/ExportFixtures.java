package com.computegap.export;

import com.computegap.chart.ChartInput;
import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Scenarios, results and PDF reading for the export tests. */
final class ExportFixtures {

  private ExportFixtures() {}

  static Scenario scenario(String bundledFile) {
    return BundledScenarios.load(bundledFile);
  }

  static ModelResult result(Scenario s) {
    return GapModel.compute(s);
  }

  static ChartInput input(String bundledFile) {
    Scenario s = scenario(bundledFile);
    return ChartInput.of(s, result(s));
  }

  /** The text of a PDF as PDFBox extracts it. */
  static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code s} without any whitespace, so text wrapped over lines still compares. */
  static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }
}
