package com.computegap.export;

import com.computegap.model.NumericField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;

/**
 * The search that fits a brief's assumptions table into the room left on the page: the largest type
 * at which every source is shown in full, else the smallest type with sources shortened just
 * enough, else, for huge scenarios, rows left out. Knows the table's geometry and nothing of
 * drawing; the page ({@link BriefPage}) draws the fit it is given.
 */
final class BriefTableFit {

  /** Type sizes tried for the table, largest first. */
  static final float[] TABLE_SIZES = {7.4f, 7.2f, 7.0f, 6.8f, 6.6f, 6.4f, 6.2f, 6.0f, 5.8f};

  static final int TABLE_MAX_SOURCE_LINES = 6;
  static final float LABEL_WIDTH = 132;
  static final float VALUE_WIDTH = 58;
  static final float COLUMN_GAP = 9;
  static final int LABEL_MAX_LINES = 2;

  /**
   * One line of the table: one parameter, or the same field of several companies (or mega projects)
   * when they share value and source ("Capex growth – all 4 companies").
   */
  record Row(NumericField field, List<String> elements, String value, String source) {}

  /** Consecutive rows of a group that share one source text, drawn once beside them. */
  record Block(List<Row> rows, String source) {}

  record Group(String title, List<Block> blocks) {}

  /**
   * The table laid out at one type size: for each group, the source lines of each block shown
   * (blocks beyond the list are left out).
   */
  record TableFit(
      float size,
      float height,
      List<List<Integer>> sourceLines,
      int omittedRows,
      boolean shortened) {

    /** The notes this fit adds to the page: one for shortened sources, one for left-out rows. */
    int noteCount() {
      return (shortened ? 1 : 0) + (omittedRows > 0 ? 1 : 0);
    }
  }

  /** A block's needs at one type size. */
  record Need(int rowLines, int sourceLines, boolean cut) {
    /** Source lines shown when space is short: as many as the labels take anyway, at least one. */
    int minLines() {
      return Math.min(sourceLines, Math.max(1, rowLines));
    }
  }

  private final Function<Float, TextFit> regularAt;
  private final Function<Row, String> label;
  private final float sourceWidth;

  /**
   * @param regularAt the regular face's text measure at a type size
   * @param label a row's label as the page prints it
   * @param sourceWidth width of the source column, in points
   */
  BriefTableFit(
      Function<Float, TextFit> regularAt, Function<Row, String> label, float sourceWidth) {
    this.regularAt = regularAt;
    this.label = label;
    this.sourceWidth = sourceWidth;
  }

  /** The height of a line of text at {@code size} points. */
  static float lineHeight(float size) {
    return size * 1.28f;
  }

  static float rowPad(float size) {
    return size * 0.12f;
  }

  static float groupHeight(float size) {
    return lineHeight(size + 0.6f) + 4;
  }

  static float headHeight(float size) {
    return lineHeight(size) + 2;
  }

  int labelLines(TextFit text, Row row) {
    return text.wrap(label.apply(row), LABEL_WIDTH, LABEL_MAX_LINES).count();
  }

  /**
   * The largest type at which the whole table fits with its notes; else the smallest type with
   * sources shortened (or, for huge scenarios, rows left out) just enough to fit.
   *
   * @param room height from the table's top to the bottom margin
   * @param pageNotes notes the page has without the table's
   * @param reservedBelow the space notes and footer need below the table, by number of notes
   */
  TableFit choose(
      List<Group> groups, float room, int pageNotes, IntToDoubleFunction reservedBelow) {
    for (float size : TABLE_SIZES) {
      TableFit fit = whole(groups, size, room - (float) reservedBelow.applyAsDouble(pageNotes));
      if (fit != null
          && fit.height() + (float) reservedBelow.applyAsDouble(pageNotes + fit.noteCount())
              <= room) {
        return fit;
      }
    }
    float smallest = TABLE_SIZES[TABLE_SIZES.length - 1];
    TableFit fit =
        squeezed(groups, smallest, room - (float) reservedBelow.applyAsDouble(pageNotes + 1));
    if (fit.omittedRows() > 0) {
      fit = squeezed(groups, smallest, room - (float) reservedBelow.applyAsDouble(pageNotes + 2));
    }
    return fit;
  }

  private List<List<Need>> needs(List<Group> groups, float size) {
    TextFit text = regularAt.apply(size);
    List<List<Need>> all = new ArrayList<>();
    for (Group g : groups) {
      List<Need> own = new ArrayList<>();
      for (Block b : g.blocks()) {
        int rowLines = 0;
        for (Row r : b.rows()) {
          rowLines += labelLines(text, r);
        }
        TextFit.Wrapped w =
            b.source() == null ? null : text.wrap(b.source(), sourceWidth, TABLE_MAX_SOURCE_LINES);
        own.add(new Need(rowLines, w == null ? 1 : w.count(), w != null && w.shortened()));
      }
      all.add(own);
    }
    return all;
  }

  private static float blockHeight(Need n, int sourceLines, float size) {
    return Math.max(n.rowLines(), sourceLines) * lineHeight(size) + 2 * rowPad(size);
  }

  /**
   * Every block with all its source lines (up to the cap), or null when that is taller than {@code
   * available}.
   */
  private TableFit whole(List<Group> groups, float size, float available) {
    List<List<Need>> needs = needs(groups, size);
    float height = headHeight(size);
    List<List<Integer>> lines = new ArrayList<>();
    boolean cut = false;
    for (List<Need> group : needs) {
      height += groupHeight(size);
      List<Integer> own = new ArrayList<>();
      for (Need n : group) {
        height += blockHeight(n, n.sourceLines(), size);
        own.add(n.sourceLines());
        cut |= n.cut();
      }
      lines.add(own);
    }
    return height <= available ? new TableFit(size, height, lines, 0, cut) : null;
  }

  /**
   * Every block at its shortest, then, in table order, as many as the space allows back at full
   * length; when even the shortest table is too tall, the blocks that do not fit are left out.
   */
  private TableFit squeezed(List<Group> groups, float size, float available) {
    List<List<Need>> needs = needs(groups, size);
    float lh = lineHeight(size);
    float base = headHeight(size);
    for (List<Need> group : needs) {
      base += groupHeight(size);
      for (Need n : group) {
        base += blockHeight(n, n.minLines(), size);
      }
    }
    float spare = available - base;
    float height = headHeight(size);
    List<List<Integer>> lines = new ArrayList<>();
    int omitted = 0;
    boolean cut = false;
    boolean full = false;
    for (int gi = 0; gi < needs.size(); gi++) {
      List<Integer> own = new ArrayList<>();
      lines.add(own);
      List<Need> group = needs.get(gi);
      if (!full
          && height + groupHeight(size) + blockHeight(group.get(0), group.get(0).minLines(), size)
              > available) {
        full = true;
      }
      if (!full) {
        height += groupHeight(size);
      }
      for (int bi = 0; bi < group.size(); bi++) {
        Need n = group.get(bi);
        int k = n.minLines();
        if (spare > 0 && k < n.sourceLines()) {
          int more = Math.min(n.sourceLines() - k, (int) Math.floor(spare / lh));
          float before = blockHeight(n, k, size);
          k += more;
          spare -= blockHeight(n, k, size) - before;
        }
        float h = blockHeight(n, k, size);
        if (full || height + h > available) {
          full = true;
          for (Row r : groups.get(gi).blocks().get(bi).rows()) {
            omitted += Math.max(1, r.elements().size());
          }
          continue;
        }
        cut |= k < n.sourceLines() || n.cut();
        height += h;
        own.add(k);
      }
    }
    return new TableFit(size, height, lines, omitted, cut);
  }
}
