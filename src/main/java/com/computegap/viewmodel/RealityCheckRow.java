package com.computegap.viewmodel;

import com.computegap.model.Column;
import com.computegap.text.RealityTexts.Closeness;

/**
 * One line of the reality check: a reported figure of the scenario beside the model's value for the
 * same series, company and year, and the error, with the texts the panel shows.
 *
 * @param series the model column the figure belongs to
 * @param company the hyperscaler the figure is for, or empty for the series as a whole
 * @param year the year the figure reports
 * @param actual the reported value, in the series' unit
 * @param model the model's value, {@code NaN} when the year lies outside the horizon
 * @param errorPct {@code 100 * (model - actual) / actual}; {@code NaN} when there is no model value
 * @param closeness the band of the error's size, which colours the row
 * @param seriesText the series in words, with the company
 * @param unitText the series' unit ({@code B USD}, {@code ×}), empty for none
 * @param actualText the reported value as text
 * @param modelText the model's value as text, "–" for none
 * @param errorText the error as text ({@code +12.3 %}), "–" for none
 * @param sourceText the source, with its "as of" date when the file gives one
 */
public record RealityCheckRow(
    Column series,
    String company,
    int year,
    double actual,
    double model,
    double errorPct,
    Closeness closeness,
    String seriesText,
    String unitText,
    String actualText,
    String modelText,
    String errorText,
    String sourceText) {}
