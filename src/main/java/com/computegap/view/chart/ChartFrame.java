package com.computegap.view.chart;

import com.computegap.chart.ChartImages;
import com.computegap.chart.ModelChart;
import com.computegap.chart.ViewSize;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.StandardEntityCollection;

/**
 * One of a {@link ChartView}'s two image buffers, drawn by Java2D in TYPE_INT_ARGB_PRE, which has
 * the layout of JavaFX's IntArgbPre, so the view's {@link ChartTiles} copy rows of it unconverted.
 * After drawing, the render thread notes which tiles differ from the frame presented before, the
 * view's other frame, so that the JavaFX thread copies and repaints only those.
 *
 * <p>Ownership passes between threads: the render thread draws into the frame that was not
 * presented last; the JavaFX thread then presents it and hands the frame it replaces back. A frame
 * is never drawn into while the other frame is being compared with it.
 */
final class ChartFrame {

  private BufferedImage image;
  private int[] data;
  private ChartRenderingInfo info;
  private double scale = 1;
  private long sequence = -1;
  private boolean[] changedTiles;
  private boolean sameAsOther;

  /**
   * Draws {@code chart} at {@code size} (render thread), reusing the buffers when the size is
   * unchanged.
   */
  void draw(ModelChart chart, ViewSize size, long inputSequence) {
    int width = ChartImages.devicePixels(size.width(), size.scale());
    int height = ChartImages.devicePixels(size.height(), size.scale());
    if (image == null || image.getWidth() != width || image.getHeight() != height) {
      image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
      data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
      changedTiles = new boolean[ChartTiles.count(width, height)];
    }
    scale = size.scale();
    info = new ChartRenderingInfo(new StandardEntityCollection());
    chart.fitTo(width / scale, height / scale);
    ChartImages.draw(chart.chart(), image, scale, info);
    sequence = inputSequence;
  }

  /**
   * Notes which tiles ({@link ChartTiles}) of this frame differ from {@code other}, the view's
   * other frame (render thread, right after {@link #draw}). The other frame was presented last or
   * is about to be, and nothing draws into it until this one has been presented, so it can be read
   * here. A frame of another size or scale differs everywhere.
   */
  void compareWith(ChartFrame other) {
    boolean comparable =
        other.data != null
            && data != null
            && other.scale == scale
            && other.image.getWidth() == image.getWidth()
            && other.image.getHeight() == image.getHeight();
    if (!comparable) {
      Arrays.fill(changedTiles, true);
      sameAsOther = false;
      return;
    }
    Arrays.fill(changedTiles, false);
    int width = image.getWidth();
    int height = image.getHeight();
    int side = ChartTiles.side(width, height);
    int columns = ChartTiles.spans(width, side);
    boolean any = false;
    for (int y = 0; y < height; y++) {
      int rowStart = y * width;
      int firstTile = y / side * columns;
      for (int c = 0, x = 0; c < columns; c++, x += side) {
        if (changedTiles[firstTile + c]) {
          continue;
        }
        int from = rowStart + x;
        int to = rowStart + Math.min(width, x + side);
        if (!Arrays.equals(data, from, to, other.data, from, to)) {
          changedTiles[firstTile + c] = true;
          any = true;
        }
      }
    }
    sameAsOther = !any;
  }

  /**
   * Per tile, row by row, whether the last {@link #compareWith} found it changed; all true for a
   * frame that could not be compared.
   */
  boolean[] changedTiles() {
    return changedTiles;
  }

  /** The drawn pixels in rows of the image's width, premultiplied ARGB (JavaFX thread). */
  int[] pixels() {
    return data;
  }

  /** Whether the last {@link #compareWith} found the same pixels. */
  boolean sameAsOther() {
    return sameAsOther;
  }

  /**
   * Takes over what {@code newer}, a frame with the same pixels, knows beyond them: its input's
   * sequence number and its items for tooltips, whose values may differ below a pixel (JavaFX
   * thread).
   */
  void adopt(ChartFrame newer) {
    info = newer.info;
    sequence = newer.sequence;
  }

  /** Entities of the last draw, in logical (node) coordinates, for tooltips. */
  ChartRenderingInfo info() {
    return info;
  }

  double scale() {
    return scale;
  }

  /** The sequence number of the input this frame shows. */
  long sequence() {
    return sequence;
  }

  /** The drawn image (render thread while drawing; JavaFX thread once handed over). */
  BufferedImage image() {
    return image;
  }
}
