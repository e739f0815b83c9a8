package com.computegap.export;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fitting text into a width: line breaking (at the places the language allows, so Japanese breaks
 * between characters and English between words) and shortening with "…".
 */
final class TextFit {

  static final String ELLIPSIS = "…";

  /**
   * Lines of a wrapped text.
   *
   * @param lines the lines, never more than asked for
   * @param shortened whether text was cut (the last line then ends with "…")
   */
  record Wrapped(List<String> lines, boolean shortened) {
    int count() {
      return lines.size();
    }
  }

  private final Typeface face;
  private final float size;
  private final Locale locale;

  TextFit(Typeface face, float size, Locale locale) {
    this.face = face;
    this.size = size;
    this.locale = locale;
  }

  float width(String text) {
    return face.width(text, size);
  }

  /** {@code text} on one line of at most {@code width}, cut with "…" when longer. */
  String ellipsize(String text, float width) {
    String t = text.strip();
    return width(t) <= width ? t : withEllipsis(t, width);
  }

  /** The longest start of {@code text} that fits {@code width} with "…" after it, and the "…". */
  String withEllipsis(String text, float width) {
    String t = text.strip();
    if (width(t + ELLIPSIS) <= width) {
      return t + ELLIPSIS;
    }
    // binary search over the prefix length: widths grow with length
    int lo = 0;
    int hi = t.length();
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (width(cut(t, mid) + ELLIPSIS) <= width) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return cut(t, lo) + ELLIPSIS;
  }

  private static String cut(String t, int end) {
    if (end > 0 && end < t.length() && Character.isHighSurrogate(t.charAt(end - 1))) {
      end--;
    }
    return t.substring(0, end).stripTrailing();
  }

  /**
   * {@code text} broken into lines of at most {@code width}, at most {@code maxLines} of them (the
   * last one cut with "…" when the text goes on). Line breaks in the text are kept.
   */
  Wrapped wrap(String text, float width, int maxLines) {
    List<String> lines = new ArrayList<>();
    String[] paragraphs = text.strip().split("\\R+");
    boolean shortened = false;
    for (int p = 0; p < paragraphs.length && !shortened; p++) {
      List<String> own = wrapParagraph(paragraphs[p].strip(), width);
      for (int i = 0; i < own.size(); i++) {
        boolean more = i < own.size() - 1 || p < paragraphs.length - 1;
        if (lines.size() == maxLines - 1 && more) {
          lines.add(withEllipsis(own.get(i), width));
          shortened = true;
          break;
        }
        lines.add(own.get(i));
      }
    }
    if (lines.isEmpty()) {
      lines.add("");
    }
    return new Wrapped(lines, shortened);
  }

  private List<String> wrapParagraph(String text, float width) {
    List<String> lines = new ArrayList<>();
    if (text.isEmpty()) {
      return lines;
    }
    BreakIterator breaks = BreakIterator.getLineInstance(locale);
    breaks.setText(text);
    int lineStart = 0;
    int lastFit = -1;
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String candidate = text.substring(lineStart, end).stripTrailing();
      if (width(candidate) <= width) {
        lastFit = end;
        continue;
      }
      if (lastFit > lineStart) {
        lines.add(text.substring(lineStart, lastFit).strip());
        lineStart = lastFit;
        // the current segment starts the new line; it may itself be too long
        if (width(text.substring(lineStart, end).stripTrailing()) <= width) {
          lastFit = end;
          continue;
        }
      }
      // a single segment wider than the line: break it between characters
      lineStart = breakLongSegment(text, lineStart, end, width, lines);
      lastFit = lineStart;
    }
    if (lineStart < text.length()) {
      String tail = text.substring(lineStart).strip();
      if (!tail.isEmpty()) {
        lines.add(tail);
      }
    }
    return lines;
  }

  /**
   * Adds full lines cut from {@code text[from, to)} and returns where the unfinished rest starts.
   */
  private int breakLongSegment(String text, int from, int to, float width, List<String> lines) {
    int start = from;
    while (start < to) {
      int end = start;
      while (end < to) {
        int next = end + Character.charCount(text.codePointAt(end));
        if (width(text.substring(start, next)) > width && end > start) {
          break;
        }
        end = next;
      }
      if (end >= to) {
        return start;
      }
      lines.add(text.substring(start, end).strip());
      start = end;
    }
    return start;
  }
}
