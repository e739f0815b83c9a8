package com.computegap.view.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.chart.ChartFixtures;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartPresentation;
import com.computegap.chart.ChartTheme;
import com.computegap.scenario.BundledScenarios;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The render thread's scheduling, without a JavaFX toolkit: the "JavaFX thread" is the render
 * thread itself here, and no view has a size, so nothing is drawn but every step is taken.
 */
class ChartRenderServiceTest {

  private final ChartRenderService service =
      new ChartRenderService(ChartTheme.LIGHT, Runnable::run);

  @AfterEach
  void close() {
    service.close();
  }

  @Test
  void shouldRenderOnlyTheNewestOfSeveralQuickSubmissions() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Long> rendered = new CopyOnWriteArrayList<>();
    service.addRenderListener(
        sequence -> {
          rendered.add(sequence);
          if (rendered.size() == 1) {
            firstStarted.countDown();
            await(release);
          }
        });

    long first = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));
    assertTrue(
        firstStarted.await(5, TimeUnit.SECONDS), "the render thread picked up the first input");
    service.submit(ChartFixtures.input(BundledScenarios.DEPIN_BULL));
    service.submit(ChartFixtures.input(BundledScenarios.TAIWAN_DISRUPTION));
    long last = service.submit(ChartFixtures.input(BundledScenarios.REALITY_2026));
    release.countDown();

    waitUntil(() -> service.lastPresentedSequence() == last);
    assertEquals(List.of(first, last), rendered, "the two inputs in between were never drawn");
  }

  @Test
  void shouldTellTheListenersBeforePublishingTheSequenceNumber() throws Exception {
    List<long[]> seen = new CopyOnWriteArrayList<>();
    service.addPresentationListener(
        p -> seen.add(new long[] {p.sequence(), service.lastPresentedSequence()}));

    long sequence = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));

    waitUntil(() -> service.lastPresentedSequence() == sequence);
    assertEquals(1, seen.size());
    assertEquals(sequence, seen.get(0)[0]);
    assertEquals(
        -1, seen.get(0)[1], "while the listener ran, the sequence number was still the old one");
  }

  @Test
  void shouldNumberSubmissionsInOrderAndPresentTheNewest() {
    List<ChartPresentation> presented = new CopyOnWriteArrayList<>();
    service.addPresentationListener(presented::add);

    long a = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));
    long b = service.submit(ChartFixtures.input(BundledScenarios.DEPIN_BULL));

    assertTrue(b > a);
    waitUntil(() -> service.lastPresentedSequence() == b);
    ChartPresentation last = presented.get(presented.size() - 1);
    assertEquals(b, last.sequence());
    assertEquals(
        BundledScenarios.load(BundledScenarios.DEPIN_BULL).name(), last.input().scenario().name());
    assertTrue(last.latencyMillis() >= 0);
  }

  @Test
  void shouldTellEveryPresentationListenerBeforePublishingTheSequenceNumber() {
    List<Long> told = new CopyOnWriteArrayList<>();
    List<String> published = new CopyOnWriteArrayList<>();
    service.addPresentationListener(p -> told.add(p.sequence()));
    service
        .lastPresentedSequenceProperty()
        .addListener(
            (obs, old, now) ->
                published.add(
                    now
                        + (told.contains(now.longValue())
                            ? " after its listeners"
                            : " before its listeners")));

    long a = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));
    waitUntil(() -> service.lastPresentedSequence() == a);
    long b = service.submit(ChartFixtures.input(BundledScenarios.DEPIN_BULL));
    waitUntil(() -> service.lastPresentedSequence() == b);

    assertEquals(List.of(a + " after its listeners", b + " after its listeners"), published);
  }

  @Test
  void shouldRenderTheNewestInputToAnImageForExport() {
    assertThrows(IllegalStateException.class, () -> service.renderToImage(ChartKind.GAP, 400, 300));
    service.submit(ChartFixtures.input(BundledScenarios.ESSAY));

    BufferedImage image = service.renderToImage(ChartKind.GAP, 400, 300);

    assertEquals(400, image.getWidth());
    assertEquals(300, image.getHeight());
    assertTrue(ChartFixtures.colours(image) > 10);
  }

  @Test
  void shouldGiveEveryChartANodeWithItsId() {
    for (ChartKind kind : ChartKind.values()) {
      assertEquals(kind.nodeId(), service.view(kind).getId());
      assertTrue(service.view(kind).getStyleClass().contains(ChartView.STYLE_CLASS));
    }
    assertEquals(
        List.of(
            "chart-capex", "chart-installed", "chart-gap", "chart-allocation", "chart-waterfall"),
        java.util.Arrays.stream(ChartKind.values()).map(ChartKind::nodeId).toList());
  }

  @Test
  void shouldApplyAThemeChangeEvenBeforeTheFirstInput() {
    service.applyTheme(ChartTheme.DARK);
    long seq = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));

    waitUntil(() -> service.lastPresentedSequence() == seq);
    BufferedImage image = service.renderToImage(ChartKind.CAPEX, 300, 200);
    assertEquals(ChartTheme.DARK.palette().background().getRGB(), image.getRGB(1, 1));
    assertEquals(ChartTheme.DARK, service.themeProperty().get());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitUntil(BooleanSupplier condition) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within 10 s");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }
}
