package com.computegap.export;

import java.util.Locale;

/** The file formats a chart exports to, with what a file chooser needs to offer them. */
public enum ChartFormat {
  /**
   * A bitmap at {@code scale} device pixels per logical pixel (2 or 3 for print and HiDPI slides).
   */
  PNG("png", "image/png", "export.format.png"),
  /** Vector graphics with real text, for slides and web pages. */
  SVG("svg", "image/svg+xml", "export.format.svg"),
  /** Vector graphics with embedded fonts, for print and documents. */
  PDF("pdf", "application/pdf", "export.format.pdf");

  private final String extension;
  private final String mimeType;
  private final String descriptionKey;

  ChartFormat(String extension, String mimeType, String descriptionKey) {
    this.extension = extension;
    this.mimeType = mimeType;
    this.descriptionKey = descriptionKey;
  }

  /** The file name extension without the dot: {@code png}. */
  public String extension() {
    return extension;
  }

  public String mimeType() {
    return mimeType;
  }

  /** Bundle key of the format's name in a file chooser's type list. */
  public String descriptionKey() {
    return descriptionKey;
  }

  /** The format a file name's extension names (any case), or {@code null} for none of them. */
  public static ChartFormat ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (ChartFormat f : values()) {
      if (f.extension.equals(ext)) {
        return f;
      }
    }
    return null;
  }
}
