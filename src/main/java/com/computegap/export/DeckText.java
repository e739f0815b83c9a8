package com.computegap.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xddf.usermodel.text.XDDFFont;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * Text on deck slides that never runs off its box: the size is chosen from an estimate of the
 * wrapped height (widths per character class of a typical sans-serif face, on the generous side),
 * shrunk step by step down to a floor, and below the floor the text is cut with "…". PowerPoint and
 * LibreOffice wrap and set the text themselves; the box also asks them to shrink on overflow.
 *
 * <p>Fonts: the Latin typeface {@value #LATIN} and the East Asian typeface {@value #EAST_ASIAN} on
 * every run, names PowerPoint and LibreOffice substitute sensibly where they are not installed.
 */
final class DeckText {

  /** The Latin typeface of every run. */
  static final String LATIN = "Arial";

  /** The East Asian typeface of every run (Japanese decks). */
  static final String EAST_ASIAN = "Noto Sans CJK JP";

  /** Line height as a multiple of the font size. */
  static final double LEADING = 1.2;

  /** Inner margin of every text box, points. */
  static final double INSET = 4;

  private DeckText() {}

  /** A text style: size bounds in points, colour, weight. */
  record Style(double size, double minSize, Color colour, boolean bold) {}

  /** Sets both typefaces of chart text. */
  static void fonts(XDDFRunProperties props, String latin) {
    props.setFonts(
        new XDDFFont[] {
          new XDDFFont(FontGroup.LATIN, latin, null, null, null),
          new XDDFFont(FontGroup.EAST_ASIAN, EAST_ASIAN, null, null, null),
        });
  }

  /**
   * A text box at {@code box} holding {@code text} (line breaks start paragraphs) at the largest
   * size between the style's bounds whose estimated wrapped height fits, cut with "…" if even the
   * smallest does not.
   */
  static XSLFTextBox box(
      XSLFSlide slide, Rectangle2D box, String text, Style style, Locale locale) {
    XSLFTextBox shape = slide.createTextBox();
    shape.setAnchor(box);
    shape.setWordWrap(true);
    shape.setInsets(new org.apache.poi.sl.usermodel.Insets2D(INSET, INSET, INSET, INSET));
    shape.setVerticalAlignment(VerticalAlignment.TOP);
    shape.setTextAutofit(TextShape.TextAutofit.NORMAL);
    double width = box.getWidth() - 2 * INSET;
    double height = box.getHeight() - 2 * INSET;
    Fitted fitted = fit(text, width, height, style.size(), style.minSize());
    shape.clearText();
    boolean first = true;
    for (String line : fitted.text().split("\n", -1)) {
      XSLFTextParagraph p = first ? shape.addNewTextParagraph() : shape.addNewTextParagraph();
      first = false;
      p.setTextAlign(TextParagraph.TextAlign.LEFT);
      p.setSpaceBefore(0.0);
      p.setSpaceAfter(0.0);
      p.setLineSpacing(100.0);
      XSLFTextRun r = p.addNewTextRun();
      r.setText(line);
      style(r, fitted.size(), style.colour(), style.bold(), locale);
    }
    return shape;
  }

  /** Size, colour, weight, both typefaces and the language of a run. */
  static void style(XSLFTextRun r, double size, Color colour, boolean bold, Locale locale) {
    r.setFontSize(size);
    r.setFontColor(colour);
    r.setBold(bold);
    r.setFontFamily(LATIN, FontGroup.LATIN);
    r.setFontFamily(EAST_ASIAN, FontGroup.EAST_ASIAN);
    var rPr = r.getRPr(true);
    rPr.setLang(locale.toLanguageTag());
  }

  /** Text after fitting, and its size. */
  record Fitted(String text, double size, boolean shortened) {}

  /**
   * The largest size from {@code max} down to {@code min} (half-point steps) at which the text
   * fits.
   */
  static Fitted fit(String text, double width, double height, double max, double min) {
    String t = text == null ? "" : text.strip();
    for (double size = max; size >= min - 1e-9; size -= 0.5) {
      if (height(t, width, size) <= height) {
        return new Fitted(t, size, false);
      }
    }
    // cut at the floor: longest start that fits with "…" (binary search: heights grow with length)
    int lo = 0;
    int hi = t.length();
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (height(cut(t, mid), width, min) <= height) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return new Fitted(cut(t, lo), min, true);
  }

  private static String cut(String t, int length) {
    int end = length;
    if (end > 0 && end < t.length() && Character.isHighSurrogate(t.charAt(end - 1))) {
      end--;
    }
    return t.substring(0, end).stripTrailing() + TextFit.ELLIPSIS;
  }

  /** Estimated height of {@code text} wrapped into {@code width} at {@code size}, points. */
  static double height(String text, double width, double size) {
    return lines(text, width, size) * size * LEADING;
  }

  /** Estimated number of lines of {@code text} wrapped greedily at spaces (and anywhere in CJK). */
  static int lines(String text, double width, double size) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines += paragraphLines(paragraph, width, size);
    }
    return Math.max(1, lines);
  }

  private static int paragraphLines(String paragraph, double width, double size) {
    int lines = 1;
    double x = 0;
    int i = 0;
    while (i < paragraph.length()) {
      // the next unbreakable piece: a run of non-space Latin characters, or one CJK character
      int cp = paragraph.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (!wide(cp) && cp != ' ') {
        while (end < paragraph.length()) {
          int next = paragraph.codePointAt(end);
          if (next == ' ' || wide(next)) {
            break;
          }
          end += Character.charCount(next);
        }
      }
      double w = width(paragraph.substring(i, end), size);
      if (cp == ' ') {
        x += w;
      } else if (x + w > width && x > 0) {
        lines++;
        x = w;
        // a piece wider than the line breaks by characters
        while (x > width) {
          lines++;
          x -= width;
        }
      } else {
        x += w;
        while (x > width) {
          lines++;
          x -= width;
        }
      }
      i = end;
    }
    return lines;
  }

  /** Estimated advance width of {@code s} at {@code size}, points. */
  static double width(String s, double size) {
    double em = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      em += em(cp);
      i += Character.charCount(cp);
    }
    return em * size;
  }

  private static double em(int cp) {
    if (wide(cp)) {
      return 1.0;
    }
    if (cp == ' '
        || cp == '.'
        || cp == ','
        || cp == ':'
        || cp == ';'
        || cp == 'i'
        || cp == 'l'
        || cp == 'j'
        || cp == '\''
        || cp == '|'
        || cp == '!') {
      return 0.3;
    }
    if (cp == 'm' || cp == 'w' || cp == 'M' || cp == 'W' || cp == '%' || cp == '@') {
      return 0.9;
    }
    if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
      return 0.68;
    }
    return 0.58;
  }

  /** Characters set full-width: CJK ideographs, kana, full-width forms. */
  static boolean wide(int cp) {
    return cp >= 0x2E80 && cp <= 0xA4CF
        || cp >= 0xAC00 && cp <= 0xD7AF
        || cp >= 0xF900 && cp <= 0xFAFF
        || cp >= 0xFE30 && cp <= 0xFE4F
        || cp >= 0xFF00 && cp <= 0xFF60
        || cp >= 0xFFE0 && cp <= 0xFFE6
        || cp >= 0x20000;
  }
}
