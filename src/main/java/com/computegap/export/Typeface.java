package com.computegap.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One weight of the PDF text: a chain of embedded fonts where each character is set in the first
 * font that has a glyph for it (DejaVu Sans, then the Japanese subset). A character no font has is
 * shown as {@link #MISSING} and noted, so the brief can say so rather than print nothing.
 */
final class Typeface {

  /** Stands in for a character none of the fonts can show. */
  static final char MISSING = '?';

  /** A font of the chain, parsed and embedded on first use. */
  static final class Face {
    private final Supplier<Loaded> loader;
    private Loaded loaded;

    Face(Supplier<Loaded> loader) {
      this.loader = loader;
    }

    Loaded get() {
      if (loaded == null) {
        loaded = loader.get();
      }
      return loaded;
    }
  }

  /** A parsed font: the PDF font and its Unicode character map. */
  record Loaded(PDType0Font font, CmapLookup cmap) {
    boolean has(int codePoint) {
      return cmap.getGlyphId(codePoint) > 0;
    }
  }

  /** A stretch of text set in one font. */
  record Run(PDFont font, String text) {}

  private final List<Face> faces;
  private final Map<Integer, Float> advances = new HashMap<>();
  private boolean missing;

  Typeface(List<Face> faces) {
    this.faces = List.copyOf(faces);
  }

  /** The first font of the chain, for text known to be plain ASCII. */
  PDFont primary() {
    return faces.get(0).get().font();
  }

  /** Whether some character so far had no glyph in any font. */
  boolean hadMissing() {
    return missing;
  }

  /** Whether some font of the chain has a glyph for {@code codePoint}. */
  boolean canDisplay(int codePoint) {
    return faceFor(codePoint) != null;
  }

  /**
   * {@code text} split into runs of one font each; line breaks and tabs become spaces, other
   * control characters are dropped.
   */
  List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Loaded currentFace = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || cp == '\r' || cp == '\t') {
        cp = ' ';
      } else if (Character.isISOControl(cp)) {
        continue;
      }
      Loaded face = faceFor(cp);
      if (face == null) {
        missing = true;
        cp = MISSING;
        face = faces.get(0).get();
      }
      if (face != currentFace && current.length() > 0) {
        runs.add(new Run(currentFace.font(), current.toString()));
        current.setLength(0);
      }
      currentFace = face;
      current.appendCodePoint(cp);
    }
    if (current.length() > 0) {
      runs.add(new Run(currentFace.font(), current.toString()));
    }
    return runs;
  }

  /**
   * Width of {@code text} at {@code size} points, in points: the sum of the glyphs' advances (PDF
   * text is set without kerning), each looked up once per document.
   */
  float width(String text, float size) {
    float units = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      units += advance(cp);
    }
    return units / 1000f * size;
  }

  /**
   * The advance of the glyph that shows {@code codePoint}, in 1/1000 em; as {@link #runs} maps it.
   */
  private float advance(int codePoint) {
    Float cached = advances.get(codePoint);
    if (cached != null) {
      return cached;
    }
    float units = 0;
    int cp = codePoint == '\n' || codePoint == '\r' || codePoint == '\t' ? ' ' : codePoint;
    if (!Character.isISOControl(cp)) {
      Loaded face = faceFor(cp);
      if (face == null) {
        face = faces.get(0).get();
        cp = MISSING;
      }
      try {
        units = face.font().getStringWidth(new String(Character.toChars(cp)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    advances.put(codePoint, units);
    return units;
  }

  /** Shows {@code text} at the current text position; call between beginText and endText. */
  void show(PDPageContentStream stream, String text, float size) throws IOException {
    for (Run run : runs(text)) {
      stream.setFont(run.font(), size);
      stream.showText(run.text());
    }
  }

  private Loaded faceFor(int codePoint) {
    for (Face f : faces) {
      Loaded l = f.get();
      if (l.has(codePoint)) {
        return l;
      }
    }
    return null;
  }
}
