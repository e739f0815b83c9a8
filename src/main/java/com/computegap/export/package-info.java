/**
 * Exports for sharing after a meeting: each chart as PNG, SVG or PDF ({@link
 * com.computegap.export.ChartExport}), the yearly table as the contract CSV or an Excel-friendly
 * CSV ({@link com.computegap.export.TableExport}), and the one-page scenario brief PDF ({@link
 * com.computegap.export.ScenarioBrief}).
 *
 * <p>Threading: every public method is a plain function of its arguments (and of the current {@link
 * com.computegap.text.Messages} language). Each call builds its own charts and documents, needs no
 * JavaFX toolkit and may run on any thread; run them off the JavaFX thread and hand the result
 * back. Files are written whole or not at all (a temporary file renamed over the target).
 *
 * <p>Libraries: JFreeSVG ({@code org.jfree:org.jfree.svg}) draws the charts as SVG; Apache PDFBox 3
 * with its Graphics2D bridge ({@code de.rototor.pdfbox:graphics2d}) draws them as PDF vector
 * graphics and sets the brief's text.
 *
 * <p>Fonts: PDFs carry their fonts, loaded from the class path, never from the system: DejaVu Sans
 * (regular, bold) and, for Japanese, subsets of Noto Sans CJK JP (regular, bold) holding the
 * characters of the app's texts, kana and the JIS level-1 kanji, made by {@code
 * tools/subset-japanese-font.py}; each character falls back from DejaVu to the Japanese font, so
 * mixed text works in either language. A character no bundled font has prints as "?" and the brief
 * says so. Licences: {@code fonts/LICENSE-*.txt} beside the fonts. Chart text in PDFs is measured
 * with the same fonts it is set in, so labels fit whatever fonts the machine has; SVG text names
 * the generic {@code sans-serif} family and is set by the viewer.
 *
 * <p>Excel CSV: UTF-8 with a byte order mark, headers in the UI language with units, the number
 * locale's decimal separator and {@code ;} between fields where that separator is a comma; {@code
 * Infinity} is written as "∞" (a text cell, so a formula using it fails visibly instead of
 * computing with a huge number) and {@code NaN} (0/0) as an empty cell.
 */
package com.computegap.export;
