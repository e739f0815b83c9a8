package com.computegap.view.chart;

import com.computegap.chart.ChartImages;
import com.computegap.chart.ModelChart;
import com.computegap.chart.ViewSize;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.StandardEntityCollection;

/**
 * One of a {@link ChartView}'s two image buffers. The Java2D image and the JavaFX image share one
 * pixel array (BufferedImage TYPE_INT_ARGB_PRE has the layout of JavaFX's IntArgbPre), so
 * presenting a drawn frame costs the JavaFX thread no copy: it only tells the PixelBuffer that its
 * pixels changed.
 *
 * <p>Ownership passes between threads: the render thread draws into a frame that is not on screen;
 * the JavaFX thread then shows it and hands the frame it replaces back. A frame is never drawn into
 * while it is on screen.
 */
final class ChartFrame {

  private BufferedImage image;
  private int[] data;
  private PixelBuffer<IntBuffer> pixels;
  private WritableImage fxImage;
  private ChartRenderingInfo info;
  private double scale = 1;
  private long sequence = -1;
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
      pixels =
          new PixelBuffer<>(
              width, height, IntBuffer.wrap(data), PixelFormat.getIntArgbPreInstance());
      fxImage = new WritableImage(pixels);
    }
    scale = size.scale();
    info = new ChartRenderingInfo(new StandardEntityCollection());
    chart.fitTo(width / scale, height / scale);
    ChartImages.draw(chart.chart(), image, scale, info);
    sequence = inputSequence;
  }

  /**
   * Notes whether this frame's pixels are exactly those of {@code other}, the view's other frame
   * (render thread, right after {@link #draw}). The other frame is then on screen or about to be,
   * and nothing draws into it until this one has been presented, so it can be read here.
   */
  void compareWith(ChartFrame other) {
    sameAsOther =
        other.data != null
            && data != null
            && other.scale == scale
            && other.image.getWidth() == image.getWidth()
            && other.image.getHeight() == image.getHeight()
            && Arrays.equals(data, other.data);
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

  /**
   * Marks the whole buffer changed so JavaFX uploads it again (JavaFX thread, before showing it).
   */
  void markChanged() {
    pixels.updateBuffer(buffer -> null);
  }

  /** Whether this frame has been drawn at least once. */
  boolean isDrawn() {
    return fxImage != null;
  }

  WritableImage fxImage() {
    return fxImage;
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

  /** The drawn pixels (render thread or tests). */
  BufferedImage image() {
    return image;
  }
}
