package com.computegap.chart;

import java.awt.Color;
import java.util.List;

/**
 * Every colour the charts use, per {@link ChartTheme}: the one place in the code base where chart
 * colours are written down. Hyperscalers are drawn in blues and DePIN in orange throughout, a pair
 * that stays distinct for the common forms of colour blindness; other buyers and unallocated supply
 * are neutral so that the two sides of the argument carry the colour.
 *
 * @param background behind the whole chart
 * @param plotBackground behind the data area
 * @param gridline light gridlines
 * @param text titles, axis labels, tick labels, legend
 * @param mutedText subtitles and notes
 * @param axisLine axis lines and tick marks
 * @param companies hyperscaler companies, in scenario order (cycled when there are more)
 * @param megaProjects the mega-project layer of the capex stack
 * @param hyperscalers hyperscalers as one series (installed compute, allocation)
 * @param depin DePIN everywhere
 * @param otherBuyers sovereigns, enterprises, China
 * @param unallocated supply nobody bought
 * @param shockFill shading of supply-shock years (translucent)
 * @param shockText the label of that shading
 * @param reference outside reference figures
 * @param parity the 1x parity line
 * @param spendGap spend-gap line
 * @param computeGap compute-gap line
 * @param loss waterfall steps that lose money
 * @param stage waterfall stage totals
 * @param result the waterfall's final bar
 * @param labelBackground behind marker and note labels, so they stay readable over bars
 * @param lineWidth base line width in pixels; projector themes draw heavier
 */
public record ChartPalette(
    Color background,
    Color plotBackground,
    Color gridline,
    Color text,
    Color mutedText,
    Color axisLine,
    List<Color> companies,
    Color megaProjects,
    Color hyperscalers,
    Color depin,
    Color otherBuyers,
    Color unallocated,
    Color shockFill,
    Color shockText,
    Color reference,
    Color parity,
    Color spendGap,
    Color computeGap,
    Color loss,
    Color stage,
    Color result,
    Color labelBackground,
    float lineWidth) {

  private static final ChartPalette LIGHT =
      new ChartPalette(
          Color.WHITE,
          Color.WHITE,
          new Color(0xE3E6EA),
          new Color(0x1F2328),
          new Color(0x57606A),
          new Color(0x8C959F),
          List.of(
              new Color(0x0B3C6F),
              new Color(0x1F6FB2),
              new Color(0x4F9BD9),
              new Color(0x93C4EC),
              new Color(0x2F5A85),
              new Color(0x6A8FB3)),
          new Color(0x7B68B5),
          new Color(0x1F6FB2),
          new Color(0xE8710A),
          new Color(0x8FA89A),
          new Color(0xD5D9DE),
          new Color(0xD6, 0x27, 0x28, 0x26),
          new Color(0xA61B1B),
          new Color(0x24292F),
          new Color(0xB31B1B),
          new Color(0x0B3C6F),
          new Color(0xA0459B),
          new Color(0xD9A69A),
          new Color(0xF2A65A),
          new Color(0xE8710A),
          new Color(255, 255, 255, 220),
          2.0f);

  private static final ChartPalette HIGH_CONTRAST =
      new ChartPalette(
          Color.WHITE,
          Color.WHITE,
          new Color(0xC8CCD1),
          Color.BLACK,
          new Color(0x202020),
          Color.BLACK,
          List.of(
              new Color(0x001F5C),
              new Color(0x0047AB),
              new Color(0x2E86DE),
              new Color(0x7FB8F0),
              new Color(0x003A80),
              new Color(0x5A7FA8)),
          new Color(0x5B2C9F),
          new Color(0x0047AB),
          new Color(0xE65100),
          new Color(0x4E7D5B),
          new Color(0xB0B4B9),
          new Color(0xCC, 0x00, 0x00, 0x38),
          new Color(0x990000),
          Color.BLACK,
          new Color(0xCC0000),
          new Color(0x001F5C),
          new Color(0x8E0E8A),
          new Color(0x8A8F96),
          new Color(0xFF8F1F),
          new Color(0xE65100),
          new Color(255, 255, 255, 235),
          3.0f);

  private static final ChartPalette DARK =
      new ChartPalette(
          new Color(0x1B1E23),
          new Color(0x1B1E23),
          new Color(0x343A42),
          new Color(0xE6EDF3),
          new Color(0xAAB4BE),
          new Color(0x6E7681),
          List.of(
              new Color(0x2F81F7),
              new Color(0x58A6FF),
              new Color(0x8CC4FF),
              new Color(0xC2DEFF),
              new Color(0x1F6FEB),
              new Color(0x79A6D9)),
          new Color(0xA38BF0),
          new Color(0x58A6FF),
          new Color(0xFF9F43),
          new Color(0x7E9C8A),
          new Color(0x4A5058),
          new Color(0xFF, 0x6B, 0x6B, 0x30),
          new Color(0xFF8A8A),
          new Color(0xF0F3F6),
          new Color(0xFF6B6B),
          new Color(0x8CC4FF),
          new Color(0xE07BD8),
          new Color(0x9E5A52),
          new Color(0xC77A2E),
          new Color(0xFF9F43),
          new Color(0x1B, 0x1E, 0x23, 0xDC),
          2.0f);

  public ChartPalette {
    companies = List.copyOf(companies);
  }

  /** The palette of a theme. */
  public static ChartPalette of(ChartTheme theme) {
    return switch (theme) {
      case LIGHT -> LIGHT;
      case HIGH_CONTRAST -> HIGH_CONTRAST;
      case DARK -> DARK;
    };
  }

  /**
   * A stronger version of {@code c} for comparison lines drawn over bars of the same hue: darker on
   * light backgrounds, lighter on dark ones, so the dashed "B" line never disappears into the "A"
   * bar beneath it.
   */
  public Color emphasis(Color c) {
    boolean darkBackground = luminance(background) < 0.5;
    float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
    float brightness = darkBackground ? Math.min(1f, hsb[2] * 1.35f + 0.1f) : hsb[2] * 0.62f;
    float saturation = darkBackground ? hsb[1] * 0.7f : Math.min(1f, hsb[1] * 1.1f);
    return Color.getHSBColor(hsb[0], saturation, brightness);
  }

  private static double luminance(Color c) {
    return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
  }

  /**
   * The colours of printed pages around the charts (the scenario brief): always on white paper, so
   * one set whatever the window's theme.
   *
   * @param ink body text and values
   * @param muted secondary text
   * @param faint column heads, footers, notes
   * @param accent the kicker and section titles
   * @param warn texts that flag a problem (an ∞ reason)
   * @param card behind a KPI card
   * @param rule hairlines between sections and rows
   * @param zebra every other table row
   */
  public record Print(
      Color ink,
      Color muted,
      Color faint,
      Color accent,
      Color warn,
      Color card,
      Color rule,
      Color zebra) {}

  private static final Print PRINT =
      new Print(
          new Color(0x1B2433),
          new Color(0x566173),
          new Color(0x8790A0),
          new Color(0x1F5FAD),
          new Color(0x9C4F06),
          new Color(0xF1F4F8),
          new Color(0xD3D9E2),
          new Color(0xF6F8FA));

  /** The colours of printed pages. */
  public static Print print() {
    return PRINT;
  }

  /** The colour of the {@code index}-th hyperscaler company. */
  public Color company(int index) {
    return companies.get(index % companies.size());
  }

  /**
   * The one waterfall step that adds money (usage revenue): the other buyers' green, never a loss
   * colour.
   */
  public Color gain() {
    return otherBuyers;
  }
}
