package com.computegap.export;

import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The one-page "scenario brief" PDF handed out after a meeting: the scenario's name, date, horizon
 * and description, the five headline numbers with the reason for any ∞, the capex, gap and chip
 * allocation charts as vector drawings, and every numeric assumption with its value, unit and
 * source. A4 portrait, in the current {@link Messages} language (English or Japanese), text real
 * and selectable, fonts embedded from the application itself (DejaVu Sans; a Noto Sans CJK JP
 * subset for Japanese), so it prints the same anywhere.
 *
 * <p>A scenario with reported figures ({@code actuals}) gets its reality check on the pages after
 * the brief: each figure beside the model's value and the error, coloured by size. A scenario with
 * claims gets a page of them ({@link ClaimPages}): each claim's probability over the Monte Carlo
 * runs with its 95 % interval, and whether it holds as set.
 *
 * <p>The page never overflows: long descriptions, card texts and sources wrap and are cut with "…",
 * the assumptions table shrinks its type and, for very large scenarios, leaves rows out; the page
 * then says what was shortened.
 *
 * <p>Any thread may call these methods (each call builds its own charts and document); they take a
 * few hundred milliseconds, so call them off the JavaFX thread.
 */
public final class ScenarioBrief {

  static {
    PoiLogging.quiet();
  }

  private ScenarioBrief() {}

  /**
   * The brief as PDF bytes.
   *
   * @param scenario the scenario as shown (with the partner's slider changes)
   * @param result {@code GapModel.compute(scenario)}
   * @param date the date printed on the brief, normally today
   */
  public static byte[] pdf(Scenario scenario, ModelResult result, LocalDate date) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(date, "date");
    try (PDDocument document = new PDDocument();
        PdfFonts fonts = new PdfFonts(document)) {
      PDPage page = new PDPage(BriefPage.SIZE);
      document.addPage(page);
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        new BriefPage(document, fonts, scenario, result, date)
            .draw(new PageCanvas(stream, BriefPage.SIZE.getHeight()));
      }
      new RealityCheckPages(document, fonts, scenario, result).addPages();
      new ClaimPages(document, fonts, scenario).addPages();
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(Messages.format("export.brief.documentTitle", scenario.name()));
      info.setSubject(scenario.description());
      info.setCreator(Messages.get("app.title"));
      info.setCreationDate(Calendar.getInstance());
      document.getDocumentCatalog().setLanguage(Messages.locale().toLanguageTag());
      ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the scenario brief", e);
    }
  }

  /**
   * Loads and exercises the PDF machinery once (PDFBox, the bundled fonts, the chart bridge) by
   * making a brief of the bundled essay baseline and discarding it, so the first brief a partner
   * asks for takes about 0.1 s instead of about 1 s. Optional; call it on a background thread, for
   * example at start-up. Never throws.
   */
  public static void warmUp() {
    try {
      Scenario s = BundledScenarios.load(BundledScenarios.ESSAY);
      pdf(s, GapModel.compute(s), LocalDate.now());
    } catch (RuntimeException e) {
      // only a head start: a real export reports its own failure
    }
  }

  /**
   * Writes the brief to {@code file}; the file appears whole or not at all.
   *
   * @throws IOException when the file cannot be written
   */
  public static void write(Scenario scenario, ModelResult result, LocalDate date, Path file)
      throws IOException {
    ExportFiles.write(file, pdf(scenario, result, date));
  }
}
