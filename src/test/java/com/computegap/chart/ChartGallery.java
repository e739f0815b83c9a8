package com.computegap.chart;

import com.computegap.model.GapModel;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Dev tool: renders every chart for every bundled scenario and theme to PNG under {@code
 * target/chart-gallery/}, to look at the charts without starting the app. Tile sizes match the main
 * window's chart grid at 1600x1000 (controls panel on the left, three charts across the top row,
 * two across the bottom); "full" is the zoom window or an export. Run from the IDE or with the test
 * class path; an argument "ja" renders the Japanese strings.
 */
public final class ChartGallery {

  /** Chart cells of the main window's grid at 1600x1000: three on top, two below. */
  static final int TOP_TILE_WIDTH = 390;

  static final int BOTTOM_TILE_WIDTH = 590;
  static final int TILE_HEIGHT = 385;
  static final int FULL_WIDTH = 1600;
  static final int FULL_HEIGHT = 1000;

  private ChartGallery() {}

  static int tileWidth(ChartKind kind) {
    return kind == ChartKind.ALLOCATION || kind == ChartKind.WATERFALL
        ? BOTTOM_TILE_WIDTH
        : TOP_TILE_WIDTH;
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("ja")) {
      com.computegap.text.Messages.setLocale(Locale.JAPAN);
    }
    Path out = Path.of("target", "chart-gallery");
    long start = System.nanoTime();
    int count = 0;
    for (String file : BundledScenarios.ALL) {
      Scenario s = BundledScenarios.load(file);
      ChartInput input = ChartInput.of(s, GapModel.compute(s));
      String name = file.replace(".gapx.json", "");
      for (ChartTheme theme : ChartTheme.values()) {
        for (ChartKind kind : ChartKind.values()) {
          ChartExporter.writePng(
              ChartExporter.render(kind, input, theme, tileWidth(kind), TILE_HEIGHT),
              out.resolve(
                  name
                      + "-"
                      + theme.name().toLowerCase(Locale.ROOT)
                      + "-"
                      + kind.name().toLowerCase(Locale.ROOT)
                      + ".png"));
          count++;
        }
      }
      for (ChartKind kind : ChartKind.values()) {
        ChartExporter.writePng(
            ChartExporter.render(kind, input, ChartTheme.LIGHT, FULL_WIDTH, FULL_HEIGHT),
            out.resolve(name + "-full-" + kind.name().toLowerCase(Locale.ROOT) + ".png"));
        count++;
      }
    }
    Scenario a = BundledScenarios.load(BundledScenarios.ESSAY);
    Scenario b = BundledScenarios.load(BundledScenarios.TAIWAN_DISRUPTION);
    ChartInput compare = ChartInput.of(a, GapModel.compute(a)).withCompare(b, GapModel.compute(b));
    for (ChartKind kind : ChartKind.values()) {
      ChartExporter.writePng(
          ChartExporter.render(kind, compare, ChartTheme.LIGHT, tileWidth(kind), TILE_HEIGHT),
          out.resolve("compare-light-" + kind.name().toLowerCase(Locale.ROOT) + ".png"));
      ChartExporter.writePng(
          ChartExporter.render(kind, compare, ChartTheme.LIGHT, FULL_WIDTH, FULL_HEIGHT),
          out.resolve("compare-full-" + kind.name().toLowerCase(Locale.ROOT) + ".png"));
      count += 2;
    }
    System.out.printf(
        "%d charts in %s (%.1f s)%n",
        count, out.toAbsolutePath(), (System.nanoTime() - start) / 1e9);
  }
}
