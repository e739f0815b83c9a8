package com.computegap.export;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Drawing on one PDF page with the origin at the top left and y growing downwards, in points, as a
 * layout reads; converts to PDF's bottom-left origin.
 */
final class PageCanvas {

  private final PDPageContentStream stream;
  private final float pageHeight;

  PageCanvas(PDPageContentStream stream, float pageHeight) {
    this.stream = stream;
    this.pageHeight = pageHeight;
  }

  /**
   * Draws items from {@code first} on, as many as fit; returns the index of the first not drawn.
   */
  interface ItemPage {
    int draw(PageCanvas c, int first, boolean firstPage) throws IOException;
  }

  /**
   * Adds pages of {@code size} to {@code document} until {@code page} has drawn all {@code items}
   * (none when there are none). Returns the pages added.
   */
  static int addItemPages(PDDocument document, PDRectangle size, int items, ItemPage page)
      throws IOException {
    int added = 0;
    int next = 0;
    while (next < items) {
      PDPage p = new PDPage(size);
      document.addPage(p);
      added++;
      try (PDPageContentStream stream = new PDPageContentStream(document, p)) {
        next = page.draw(new PageCanvas(stream, size.getHeight()), next, added == 1);
      }
    }
    return added;
  }

  /** {@code text} with its baseline at {@code baseline}, starting at {@code x}. */
  void text(Typeface face, float size, Color color, float x, float baseline, String text)
      throws IOException {
    if (text.isEmpty()) {
      return;
    }
    stream.beginText();
    stream.setNonStrokingColor(color);
    stream.newLineAtOffset(x, pageHeight - baseline);
    face.show(stream, text, size);
    stream.endText();
  }

  /** {@code text} ending at {@code right}. */
  void textRight(Typeface face, float size, Color color, float right, float baseline, String text)
      throws IOException {
    text(face, size, color, right - face.width(text, size), baseline, text);
  }

  void fill(float x, float y, float width, float height, Color color) throws IOException {
    stream.setNonStrokingColor(color);
    stream.addRect(x, pageHeight - y - height, width, height);
    stream.fill();
  }

  void line(float x1, float y1, float x2, float y2, float lineWidth, Color color)
      throws IOException {
    stream.setStrokingColor(color);
    stream.setLineWidth(lineWidth);
    stream.moveTo(x1, pageHeight - y1);
    stream.lineTo(x2, pageHeight - y2);
    stream.stroke();
  }

  void stroke(float x, float y, float width, float height, float lineWidth, Color color)
      throws IOException {
    stream.setStrokingColor(color);
    stream.setLineWidth(lineWidth);
    stream.addRect(x, pageHeight - y - height, width, height);
    stream.stroke();
  }

  /** A form (a chart) with its top left at {@code (x, y)}, {@code scale} points per form unit. */
  void form(PDFormXObject form, float x, float y, float scale) throws IOException {
    float height = form.getBBox().getHeight() * scale;
    stream.saveGraphicsState();
    stream.transform(new Matrix(scale, 0, 0, scale, x, pageHeight - y - height));
    stream.drawForm(form);
    stream.restoreGraphicsState();
  }
}
