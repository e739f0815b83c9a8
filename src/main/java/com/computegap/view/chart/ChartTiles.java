package com.computegap.view.chart;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A chart's picture on screen as a grid of small images, so that a new frame repaints only the
 * tiles whose pixels changed. With the software renderer, painting a chart's area costs far more
 * than drawing it, and JavaFX repaints the whole bounds of an image node whose pixels change: one
 * image per chart made every slider step repaint every changed chart whole, although between two
 * steps only a few per cent of a chart's tiles change (a moving line, a taller bar, a new label).
 *
 * <p>The tiles sit in nested groups of at most {@value #GROUP_LIMIT} children: JavaFX gives up
 * collecting the dirty areas of a group's children one by one when more than 12 of them changed,
 * and repaints the whole group instead, which for a flat grid is the whole chart again.
 *
 * <p>A new size first gets one tile the size of the image ({@link #whole}), and the grid only when
 * the view asks for it ({@link #rebuild}): building and first painting a grid of several hundred
 * image views took about 0.15 s at start-up, too much for the window's first frame or for each
 * settle of a resize; the slider steps that follow then repaint only what changed.
 *
 * <p>The tiles hold their own copy of the pixels: the frames the render thread draws into are never
 * on screen, so drawing the next frame cannot race the painter. Use on the JavaFX thread.
 */
final class ChartTiles {

  /** Side of a tile in device pixels (the last column and row may be narrower). */
  static final int TILE = 32;

  /**
   * The most tiles of one grid: an image so large that {@value #TILE} px tiles would pass it (a
   * chart on a 4K screen) gets larger tiles, so the scene graph stays small.
   */
  static final int MOST_TILES = 1024;

  /** The most children of one group: JavaFX's own threshold (12) for collecting them one by one. */
  static final int GROUP_LIMIT = 12;

  private final List<Tile> tiles = new ArrayList<>();
  private int width;
  private int height;
  private int side;
  private int columns;
  private boolean whole;
  private int lastCopied;

  /** One tile: its own pixels, shown by its own image view. */
  private static final class Tile {
    final int x;
    final int y;
    final int w;
    final int h;
    final int[] pixels;
    final PixelBuffer<IntBuffer> buffer;
    final ImageView view;

    Tile(int x, int y, int w, int h) {
      this.x = x;
      this.y = y;
      this.w = w;
      this.h = h;
      pixels = new int[w * h];
      buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
      view = new ImageView(new WritableImage(buffer));
      view.setManaged(false);
      view.setSmooth(true);
      view.setPreserveRatio(false);
    }
  }

  /**
   * Side of the tiles of an image of this size: {@value #TILE} px, or the smallest larger side in
   * steps of 16 px that keeps the grid, its partial last row and column included, within {@value
   * #MOST_TILES} tiles.
   */
  static int side(int width, int height) {
    int s = TILE;
    while (spans(width, s) * spans(height, s) > MOST_TILES) {
      s += 16;
    }
    return s;
  }

  /** Number of tiles of side {@code side} across {@code pixels} device pixels. */
  static int spans(int pixels, int side) {
    return (pixels + side - 1) / side;
  }

  /** Number of tiles of an image of this size, numbered row by row. */
  static int count(int width, int height) {
    int s = side(width, height);
    return spans(width, s) * spans(height, s);
  }

  /** Whether the tiles are laid out for an image of exactly this size. */
  boolean fits(int imageWidth, int imageHeight) {
    return !tiles.isEmpty() && width == imageWidth && height == imageHeight;
  }

  /** Whether the image is shown as one tile, not yet as a grid. */
  boolean isWhole() {
    return whole;
  }

  /**
   * Makes one tile for an image of this size and returns it, to replace the old tiles in the scene.
   * It is blank until {@link #copy} fills it, and {@link #copy} then copies it whole.
   */
  Node whole(int imageWidth, int imageHeight) {
    tiles.clear();
    width = imageWidth;
    height = imageHeight;
    side = 0;
    columns = 1;
    whole = true;
    Tile t = new Tile(0, 0, imageWidth, imageHeight);
    tiles.add(t);
    return t.view;
  }

  /**
   * Makes a new grid for an image of this size and returns its root node, which replaces the old
   * grid's in the scene. The tiles are blank until {@link #copy} fills them.
   */
  Node rebuild(int imageWidth, int imageHeight) {
    tiles.clear();
    whole = false;
    width = imageWidth;
    height = imageHeight;
    side = side(imageWidth, imageHeight);
    columns = spans(imageWidth, side);
    for (int y = 0; y < imageHeight; y += side) {
      for (int x = 0; x < imageWidth; x += side) {
        tiles.add(new Tile(x, y, Math.min(side, imageWidth - x), Math.min(side, imageHeight - y)));
      }
    }
    return group(0, 0, columns, spans(imageHeight, side));
  }

  /**
   * A group of the tiles in columns {@code c0 .. c1-1} and rows {@code r0 .. r1-1}: the tiles
   * themselves when there are few enough, otherwise the four quarters of the block, each a group.
   */
  private Group group(int c0, int r0, int c1, int r1) {
    Group g = new Group();
    g.setManaged(false);
    g.setAutoSizeChildren(false);
    if ((c1 - c0) * (r1 - r0) <= GROUP_LIMIT) {
      for (int r = r0; r < r1; r++) {
        for (int c = c0; c < c1; c++) {
          g.getChildren().add(tiles.get(r * columns + c).view);
        }
      }
      return g;
    }
    int cm = c1 - c0 > 1 ? (c0 + c1) / 2 : c1;
    int rm = r1 - r0 > 1 ? (r0 + r1) / 2 : r1;
    addGroup(g, c0, r0, cm, rm);
    addGroup(g, cm, r0, c1, rm);
    addGroup(g, c0, rm, cm, r1);
    addGroup(g, cm, rm, c1, r1);
    return g;
  }

  private void addGroup(Group parent, int c0, int r0, int c1, int r1) {
    if (c1 > c0 && r1 > r0) {
      parent.getChildren().add(group(c0, r0, c1, r1));
    }
  }

  /**
   * Copies the tiles that {@code changed} marks (all of them when it is {@code null}, or while the
   * image is {@link #isWhole whole}) from {@code data}, an image of the size the tiles were made
   * for, row by row, and tells JavaFX that those tiles, and only those, need repainting. The pixels
   * are written inside {@link PixelBuffer#updateBuffer}, as its contract asks.
   */
  void copy(int[] data, boolean[] changed) {
    lastCopied = 0;
    for (int i = 0; i < tiles.size(); i++) {
      if (changed != null && !whole && !changed[i]) {
        continue;
      }
      Tile t = tiles.get(i);
      t.buffer.updateBuffer(
          b -> {
            for (int row = 0; row < t.h; row++) {
              System.arraycopy(data, (t.y + row) * width + t.x, t.pixels, row * t.w, t.w);
            }
            return null;
          });
      lastCopied++;
    }
  }

  /**
   * Places the tiles over a content area of {@code contentW} × {@code contentH} node pixels at
   * ({@code left}, {@code top}) on a screen of {@code screenScale} device pixels per node pixel.
   * Tile edges fall on whole device pixels, so neighbouring tiles meet without a seam; an image
   * drawn for another size (while a resize settles) is stretched, as a single image would be.
   */
  void layout(double left, double top, double contentW, double contentH, double screenScale) {
    if (tiles.isEmpty()) {
      return;
    }
    double deviceW = contentW * screenScale;
    double deviceH = contentH * screenScale;
    // the image is drawn at the content's size rounded up to whole pixels: no stretch then
    double fx = Math.abs(deviceW - width) < 1 ? 1 : deviceW / width;
    double fy = Math.abs(deviceH - height) < 1 ? 1 : deviceH / height;
    for (int i = 0; i < tiles.size(); i++) {
      Tile t = tiles.get(i);
      double x0 = edge(t.x, fx, width, deviceW);
      double x1 = edge(t.x + t.w, fx, width, deviceW);
      double y0 = edge(t.y, fy, height, deviceH);
      double y1 = edge(t.y + t.h, fy, height, deviceH);
      t.view.relocate(left + x0 / screenScale, top + y0 / screenScale);
      t.view.setFitWidth((x1 - x0) / screenScale);
      t.view.setFitHeight((y1 - y0) / screenScale);
    }
  }

  /** Device position of image column or row {@code p}: the content's edge for the image's edge. */
  private static double edge(int p, double factor, int imageSize, double contentSize) {
    return p == imageSize ? contentSize : Math.round(p * factor);
  }

  /** The grid's tile count (tests). */
  int size() {
    return tiles.size();
  }

  /** Side of the grid's tiles in device pixels, 0 while the image is whole (tests). */
  int side() {
    return side;
  }

  /** Columns of the grid (tests). */
  int columns() {
    return columns;
  }

  /** How many tiles the last {@link #copy} updated (tests). */
  int lastCopied() {
    return lastCopied;
  }

  /** The pixels tile {@code i} shows, row by row (tests). */
  int[] tilePixels(int i) {
    return tiles.get(i).pixels.clone();
  }

  /** Tile {@code i}'s image node (tests). */
  ImageView tileView(int i) {
    return tiles.get(i).view;
  }
}
