package com.computegap.chart;

import com.computegap.model.GapModel;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import java.awt.image.BufferedImage;

/** Inputs and drawing helpers for the chart tests. */
public final class ChartFixtures {

  private ChartFixtures() {}

  public static ChartInput input(String bundledFile) {
    return input(BundledScenarios.load(bundledFile));
  }

  public static ChartInput input(Scenario s) {
    return ChartInput.of(s, GapModel.compute(s));
  }

  public static ChartInput compare(String fileA, String fileB) {
    Scenario b = BundledScenarios.load(fileB);
    return input(fileA).withCompare(b, GapModel.compute(b));
  }

  /** A new chart of {@code kind} showing {@code input}. */
  @SuppressWarnings("unchecked")
  public static <T extends ModelChart> T chart(ChartKind kind, ChartInput input) {
    ModelChart chart = kind.create();
    chart.update(input);
    return (T) chart;
  }

  /** Draws the chart once at {@code width x height}, which lays out its axes. */
  public static BufferedImage draw(ModelChart chart, int width, int height) {
    chart.fitTo(width, height);
    BufferedImage image = ChartImages.newImage(width, height, 1);
    ChartImages.draw(chart.chart(), image, 1, null);
    return image;
  }

  /** Number of distinct colours, capped: a blank or single-colour image has 1. */
  public static int colours(BufferedImage image) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        seen.add(image.getRGB(x, y));
        if (seen.size() > 50) {
          return seen.size();
        }
      }
    }
    return seen.size();
  }
}
