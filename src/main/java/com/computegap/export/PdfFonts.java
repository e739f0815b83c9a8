package com.computegap.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one exported PDF, loaded from the class path (never from system folders, so a PDF
 * looks the same on every machine): DejaVu Sans regular and bold for Latin, Greek, Cyrillic and
 * symbols, then subsets of Noto Sans CJK JP regular and bold for Japanese ({@code
 * tools/subset-japanese-font.py} made them; their licences lie beside them). Each font is parsed
 * and embedded (as a subset of the glyphs used) only when the document first needs it, so an
 * English PDF carries no Japanese font.
 *
 * <p>Not thread-safe: one instance per document, closed after the document is saved.
 */
final class PdfFonts implements Closeable {

  private static final String FOLDER = "/com/computegap/export/fonts/";
  static final String REGULAR = FOLDER + "DejaVuSans.ttf";
  static final String BOLD = FOLDER + "DejaVuSans-Bold.ttf";
  static final String JAPANESE = FOLDER + "ComputeGapSansJP-Regular.ttf";
  static final String JAPANESE_BOLD = FOLDER + "ComputeGapSansJP-Bold.ttf";

  private final PDDocument document;
  private final List<TrueTypeFont> opened = new ArrayList<>();
  private final Typeface regular;
  private final Typeface bold;

  PdfFonts(PDDocument document) {
    this.document = document;
    this.regular =
        new Typeface(
            List.of(
                new Typeface.Face(() -> load(Bytes.of(REGULAR))),
                new Typeface.Face(() -> load(Bytes.of(JAPANESE)))));
    this.bold =
        new Typeface(
            List.of(
                new Typeface.Face(() -> load(Bytes.of(BOLD))),
                new Typeface.Face(() -> load(Bytes.of(JAPANESE_BOLD)))));
  }

  Typeface regular() {
    return regular;
  }

  Typeface bold() {
    return bold;
  }

  private Typeface.Loaded load(byte[] data) {
    try {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
      opened.add(ttf);
      return new Typeface.Loaded(PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load a bundled font", e);
    }
  }

  /** Releases the parsed fonts; call after the document has been saved. */
  @Override
  public void close() throws IOException {
    for (TrueTypeFont ttf : opened) {
      ttf.close();
    }
    opened.clear();
  }

  /** The font files, read once per run and shared read-only by every document. */
  private static final class Bytes {
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    static byte[] of(String resource) {
      return CACHE.computeIfAbsent(resource, Bytes::read);
    }

    private static byte[] read(String resource) {
      try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("font missing from the build: " + resource);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
