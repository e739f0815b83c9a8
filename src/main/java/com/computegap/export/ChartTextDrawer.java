package com.computegap.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a chart's text into a PDF as real, selectable text in the bundled fonts, whatever fonts
 * the machine has: every AWT font maps to DejaVu Sans (bold for bold fonts), with the Japanese
 * subset for characters DejaVu lacks. The chart is laid out with the widths of those same fonts
 * ({@link #getFontMetrics}), so labels fit exactly as measured; heights come from the AWT font.
 * Text no bundled font can show (right-to-left scripts, unknown characters) is drawn as outlines.
 */
final class ChartTextDrawer implements IPdfBoxGraphics2DFontTextDrawer {

  private final PdfFonts fonts;

  ChartTextDrawer(PdfFonts fonts) {
    this.fonts = fonts;
  }

  private Typeface typeface(Font font) {
    return font.isBold() ? fonts.bold() : fonts.regular();
  }

  @Override
  public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) {
    if (iterator.getAttribute(TextAttribute.BACKGROUND) != null) {
      return false;
    }
    Typeface face = typeface(fontOf(iterator, env));
    String text = textOf(iterator);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      byte dir = Character.getDirectionality(cp);
      boolean rightToLeft =
          dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT
              || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
              || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
              || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE;
      if (rightToLeft || (!Character.isISOControl(cp) && !face.canDisplay(cp))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
      throws IOException {
    Font font = fontOf(iterator, env);
    Object foreground = iterator.getAttribute(TextAttribute.FOREGROUND);
    Paint paint = foreground instanceof Paint p ? p : env.getPaint();
    String text = textOf(iterator);
    PDPageContentStream stream = env.getContentStream();
    stream.saveGraphicsState();
    stream.beginText();
    // the graphics' transform is already applied; text space is y-up, Java2D y-down
    AffineTransform m = new AffineTransform(font.getTransform());
    m.scale(1, -1);
    stream.setTextMatrix(new Matrix(m));
    env.applyPaint(paint, null);
    typeface(font).show(stream, text, font.getSize2D());
    stream.endText();
    stream.restoreGraphicsState();
  }

  @Override
  public FontMetrics getFontMetrics(Font font, IFontTextDrawerEnv env) {
    return new Metrics(font, env.getCalculationGraphics().getFontMetrics(font), typeface(font));
  }

  private static Font fontOf(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) {
    Object f = iterator.getAttribute(TextAttribute.FONT);
    return f instanceof Font font ? font : env.getFont();
  }

  private static String textOf(AttributedCharacterIterator iterator) {
    StringBuilder sb = new StringBuilder();
    for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
      sb.append(c);
    }
    iterator.first();
    return sb.toString();
  }

  /** AWT line metrics, with advance widths from the bundled fonts the text will be set in. */
  private static final class Metrics extends FontMetrics {
    private final FontMetrics awt;
    private final Typeface face;

    Metrics(Font font, FontMetrics awt, Typeface face) {
      super(font);
      this.awt = awt;
      this.face = face;
    }

    private float advance(String s) {
      return face.width(s, getFont().getSize2D());
    }

    @Override
    public int stringWidth(String s) {
      return Math.round(advance(s));
    }

    @Override
    public int charsWidth(char[] data, int off, int len) {
      return stringWidth(new String(data, off, len));
    }

    @Override
    public int charWidth(char ch) {
      return stringWidth(String.valueOf(ch));
    }

    @Override
    public int charWidth(int codePoint) {
      return stringWidth(new String(Character.toChars(codePoint)));
    }

    @Override
    public int[] getWidths() {
      int[] widths = new int[256];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Character.isISOControl(i) ? 0 : charWidth((char) i);
      }
      return widths;
    }

    @Override
    public Rectangle2D getStringBounds(String s, Graphics context) {
      Rectangle2D r = awt.getStringBounds(s, context);
      return new Rectangle2D.Double(r.getX(), r.getY(), advance(s), r.getHeight());
    }

    @Override
    public Rectangle2D getStringBounds(String s, int begin, int limit, Graphics context) {
      return getStringBounds(s.substring(begin, limit), context);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int begin, int limit, Graphics context) {
      return getStringBounds(new String(chars, begin, limit - begin), context);
    }

    @Override
    public Rectangle2D getStringBounds(
        CharacterIterator ci, int begin, int limit, Graphics context) {
      StringBuilder sb = new StringBuilder();
      for (int i = begin; i < limit; i++) {
        sb.append(ci.setIndex(i));
      }
      return getStringBounds(sb.toString(), context);
    }

    @Override
    public int getAscent() {
      return awt.getAscent();
    }

    @Override
    public int getDescent() {
      return awt.getDescent();
    }

    @Override
    public int getLeading() {
      return awt.getLeading();
    }

    @Override
    public int getHeight() {
      return awt.getHeight();
    }

    @Override
    public int getMaxAscent() {
      return awt.getMaxAscent();
    }

    @Override
    public int getMaxDescent() {
      return awt.getMaxDescent();
    }

    @Override
    public int getMaxAdvance() {
      return awt.getMaxAdvance();
    }

    @Override
    public boolean hasUniformLineMetrics() {
      return awt.hasUniformLineMetrics();
    }

    @Override
    public LineMetrics getLineMetrics(String s, Graphics context) {
      return awt.getLineMetrics(s, context);
    }

    @Override
    public LineMetrics getLineMetrics(String s, int begin, int limit, Graphics context) {
      return awt.getLineMetrics(s, begin, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(char[] chars, int begin, int limit, Graphics context) {
      return awt.getLineMetrics(chars, begin, limit, context);
    }

    @Override
    public LineMetrics getLineMetrics(
        CharacterIterator ci, int begin, int limit, Graphics context) {
      return awt.getLineMetrics(ci, begin, limit, context);
    }

    @Override
    public Rectangle2D getMaxCharBounds(Graphics context) {
      return awt.getMaxCharBounds(context);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
      return awt.getFontRenderContext();
    }
  }
}
