package com.computegap.chart;

/**
 * The size a {@code ChartView} wants its image drawn at.
 *
 * @param width logical width, node pixels, {@code > 0}
 * @param height logical height, node pixels, {@code > 0}
 * @param scale device pixels per logical pixel (2 on a HiDPI screen), {@code > 0}
 */
public record ViewSize(double width, double height, double scale) {}
