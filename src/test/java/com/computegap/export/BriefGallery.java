package com.computegap.export;

import com.computegap.model.GapModel;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.Messages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Dev tool: writes the scenario brief of every bundled scenario as PDF and as a PNG render of its
 * page under {@code target/brief-gallery/}, to look at the layout without starting the app. Run
 * with the test class path; an argument "ja" renders the Japanese brief, "assets" also refreshes
 * the README's sample files under {@code assets/}.
 */
public final class BriefGallery {

  private BriefGallery() {}

  public static void main(String[] args) throws IOException {
    boolean ja = java.util.Arrays.asList(args).contains("ja");
    boolean assets = java.util.Arrays.asList(args).contains("assets");
    if (ja) {
      Messages.setLocale(Locale.JAPAN);
    }
    Path out = Path.of("target", "brief-gallery");
    Files.createDirectories(out);
    LocalDate date = LocalDate.of(2025, 3, 12);
    for (String file : BundledScenarios.ALL) {
      Scenario s = BundledScenarios.load(file);
      long start = System.nanoTime();
      byte[] pdf = ScenarioBrief.pdf(s, GapModel.compute(s), date);
      long ms = (System.nanoTime() - start) / 1_000_000;
      String stem = file.replace(".gapx.json", "") + (ja ? "-ja" : "");
      Files.write(out.resolve(stem + ".pdf"), pdf);
      BufferedImage page = render(pdf, 110);
      ImageIO.write(page, "png", out.resolve(stem + ".png").toFile());
      System.out.printf("%-28s %5d ms  %7d bytes%n", stem, ms, pdf.length);
      if (assets && file.equals(BundledScenarios.ESSAY)) {
        Files.createDirectories(Path.of("assets"));
        ImageIO.write(
            render(pdf, 150),
            "png",
            Path.of("assets", ja ? "brief-essay-ja.png" : "brief-essay.png").toFile());
        if (!ja) {
          Files.write(Path.of("assets", "brief-essay.pdf"), pdf);
        }
      }
    }
  }

  static BufferedImage render(byte[] pdf, float dpi) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
    }
  }
}
