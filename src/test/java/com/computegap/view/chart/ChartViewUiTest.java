package com.computegap.view.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.chart.ChartFixtures;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartPoint;
import com.computegap.chart.ChartText;
import com.computegap.chart.ModelChart;
import com.computegap.chart.ViewSize;
import com.computegap.chart.YearTableDataset;
import com.computegap.model.ChipParams;
import com.computegap.model.Column;
import com.computegap.model.Hyperscaler;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Chart views in a real stage on the headless Monocle platform. */
@ExtendWith(ApplicationExtension.class)
class ChartViewUiTest {

  private ChartRenderService service;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    service = new ChartRenderService();
    ChartView capex = service.view(ChartKind.CAPEX);
    ChartView gap = service.view(ChartKind.GAP);
    HBox.setHgrow(capex, Priority.ALWAYS);
    capex.setPrefWidth(300);
    gap.setPrefWidth(380);
    stage.setScene(new Scene(new HBox(capex, gap), 900, 420));
    stage.show();
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void shouldShowTheRenderedChartOnceTheInputIsPresented(FxRobot robot) throws Exception {
    // given two views laid out in a stage
    ChartView capex = robot.lookup("#chart-capex").queryAs(ChartView.class);

    // when an input is submitted
    long seq = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));

    // then its image appears, drawn, at the view's size
    waitUntil(() -> service.lastPresentedSequence() >= seq && capex.presentedSequence() >= seq);
    assertEquals(Math.ceil(capex.getWidth()), capex.front().image().getWidth(), 1.0);
    assertEquals(Math.ceil(capex.getHeight()), capex.front().image().getHeight(), 1.0);
    assertTrue(distinctColours(shot(capex)) > 10, "the view shows a chart, not a blank");
  }

  @Test
  void shouldShowExactlyTheLatestFramesPixelsAfterCopyingOnlyTheChangedTiles(FxRobot robot)
      throws Exception {
    // given the gap chart on screen
    ChartView gap = robot.lookup("#chart-gap").queryAs(ChartView.class);
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    long first = service.submit(ChartFixtures.input(essay));
    waitUntil(() -> gap.presentedSequence() >= first);
    waitUntil(() -> !gap.tiles().isWhole());
    int tiles = gap.tiles().size();
    int w = gap.front().image().getWidth();
    int h = gap.front().image().getHeight();
    assertEquals(
        ((w + 31) / 32) * ((h + 31) / 32), tiles, "tiles of 32 device pixels cover the image");

    // when chip supply grows by a few per cent twice: the gap lines move, the axes stay
    ChipParams chips = essay.chips();
    for (double extra : new double[] {3, 6}) {
      Scenario s = essay.withChips(chips.withSupplyGrowthPct(chips.supplyGrowthPct() + extra));
      long seq = service.submit(ChartFixtures.input(s));
      waitUntil(() -> gap.presentedSequence() >= seq);
    }

    // then only some tiles were copied, and what the view shows is exactly the newest frame,
    // without a seam between tiles
    int copied = WaitForAsyncUtils.asyncFx(() -> gap.tiles().lastCopied()).get();
    assertTrue(copied > 0 && copied < tiles / 2, copied + " of " + tiles + " tiles copied");
    int[] expected = gap.front().image().getRGB(0, 0, w, h, null, 0, w);
    Image onScreen = shot(gap);
    PixelReader reader = onScreen.getPixelReader();
    int wrong = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (reader.getArgb(x, y) != expected[y * w + x]) {
          wrong++;
        }
      }
    }
    assertEquals(0, wrong, "pixels on screen that differ from the newest frame");
  }

  @Test
  void shouldPlaceAChartDrawnAtANewSizeInTheVeryCallThatPresentsIt(FxRobot robot) throws Exception {
    // given a chart on screen inside a padding, and a frame drawn for a size the view never had
    ChartView gap = robot.lookup("#chart-gap").queryAs(ChartView.class);
    robot.interact(() -> gap.setStyle("-fx-padding: 7 0 0 5"));
    long first = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));
    waitUntil(() -> gap.presentedSequence() >= first);
    ModelChart chart = ChartKind.GAP.create();
    chart.update(ChartFixtures.input(BundledScenarios.ESSAY));
    ChartFrame frame = gap.takeFreeFrame();
    frame.draw(chart, new ViewSize(200, 120, 1), 99);
    frame.compareWith(gap.otherFrame(frame));

    // when it is presented, as the pulse that waits for charts does after its layout pass
    double[] placed =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  gap.present(frame);
                  ImageView v = gap.tiles().tileView(0);
                  return new double[] {
                    v.getLayoutX(), v.getLayoutY(), v.getFitWidth(), v.getFitHeight()
                  };
                })
            .get();

    // then its one image already fills the content area inside the padding (stretched, as the
    // drawn size is not the view's), before any later layout pass
    assertEquals(5, placed[0], 1e-9, "left inset");
    assertEquals(7, placed[1], 1e-9, "top inset");
    assertEquals(gap.getWidth() - 5, placed[2], 1e-9, "content width");
    assertEquals(gap.getHeight() - 7, placed[3], 1e-9, "content height");
  }

  @Test
  void shouldKeepDrawingAfterAChartFailedToDrawOnEitherRenderThread(FxRobot robot) {
    // given three charts on screen: capex and gap drawn by the second render thread, installed
    // compute by the first
    ChartView capex = robot.lookup("#chart-capex").queryAs(ChartView.class);
    ChartView gap = robot.lookup("#chart-gap").queryAs(ChartView.class);
    ChartView installed = service.view(ChartKind.INSTALLED);
    robot.interact(
        () -> {
          installed.setPrefWidth(300);
          ((HBox) capex.getParent()).getChildren().add(installed);
        });
    Queue<ChartKind> toFail = new ConcurrentLinkedQueue<>(List.of(ChartKind.GAP));
    service.beforeDraw =
        kind -> {
          if (kind == toFail.peek() && toFail.remove(kind)) {
            throw new IllegalStateException("a chart that cannot be drawn (test)");
          }
        };
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    ChipParams chips = essay.chips();

    // when a pass fails on the second thread, then one fails on the first, and three more inputs
    // arrive after them, one after the other
    service.submit(ChartFixtures.input(essay));
    waitUntil(toFail::isEmpty);
    toFail.add(ChartKind.INSTALLED);
    service.submit(ChartFixtures.input(essay.withYears(6)));
    waitUntil(toFail::isEmpty);
    long last = 0;
    for (double extra : new double[] {5, 10, 15}) {
      Scenario s = essay.withChips(chips.withSupplyGrowthPct(chips.supplyGrowthPct() + extra));
      long seq = service.submit(ChartFixtures.input(s));
      waitUntil(
          () ->
              gap.presentedSequence() >= seq
                  && capex.presentedSequence() >= seq
                  && installed.presentedSequence() >= seq);
      last = seq;
    }

    // then every chart shows the newest input: each failed pass gave back every frame it took, on
    // both threads (a view has two, and losing one used to block the pass after next for good)
    assertEquals(last, gap.presentedSequence());
    assertEquals(last, capex.presentedSequence());
    assertEquals(last, installed.presentedSequence());
  }

  @Test
  void shouldSplitTheChartAgainAfterAResizeThatCameBackToItsSize(FxRobot robot) throws Exception {
    // given the gap chart on screen as tiles
    ChartView gap = robot.lookup("#chart-gap").queryAs(ChartView.class);
    long seq = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));
    waitUntil(() -> gap.presentedSequence() >= seq);
    waitUntil(() -> !gap.tiles().isWhole());
    double width = gap.getPrefWidth();
    ChartFrame shown = gap.front();

    // when a resize goes out and back before it settles
    boolean whole =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  gap.setPrefWidth(width + 140);
                  gap.getParent().layout();
                  gap.setPrefWidth(width);
                  gap.getParent().layout();
                  return gap.tiles().isWhole();
                })
            .get();

    // then it is one image while the resize settles, and tiles again after the redraw at the old
    // size, which has the same pixels and so is not shown again
    assertTrue(whole, "one image while the resize settles");
    waitUntil(() -> !gap.tiles().isWhole());
    assertSame(shown, gap.front(), "the redraw had the same pixels: the frame on screen stayed");
  }

  /** What JavaFX paints for the view, read on the JavaFX thread. */
  private static Image shot(ChartView view) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null)).get();
  }

  @Test
  void shouldExplainTheBarUnderTheMouseWithUnits(FxRobot robot) throws Exception {
    ChartView capex = robot.lookup("#chart-capex").queryAs(ChartView.class);
    long seq = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));
    waitUntil(() -> capex.presentedSequence() >= seq);

    Rectangle2D bar = WaitForAsyncUtils.asyncFx(() -> firstBar(capex)).get();
    String tip =
        WaitForAsyncUtils.asyncFx(() -> capex.entityTooltip(bar.getCenterX(), bar.getCenterY()))
            .get();

    assertNotNull(tip);
    assertTrue(tip.contains("B USD") && tip.contains("2024"), tip);
  }

  @Test
  void shouldLeaveAChartOnScreenWhenItsNewFrameHasTheSamePixels(FxRobot robot) throws Exception {
    ChartView capex = robot.lookup("#chart-capex").queryAs(ChartView.class);
    ChartView gap = robot.lookup("#chart-gap").queryAs(ChartView.class);
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    long first = service.submit(ChartFixtures.input(essay));
    waitUntil(() -> capex.presentedSequence() >= first && gap.presentedSequence() >= first);
    ChartFrame capexBefore = capex.front();
    ChartFrame gapBefore = gap.front();
    long capexSwaps = capex.imageSwaps();
    int[] capexPixels = capex.front().image().getRGB(0, 0, 60, 60, null, 0, 60);

    // chip supply moves the gap ratios but not a single bar of the capex chart
    ChipParams chips = essay.chips();
    Scenario moreChips = essay.withChips(chips.withSupplyGrowthPct(chips.supplyGrowthPct() + 10));
    long second = service.submit(ChartFixtures.input(moreChips));
    waitUntil(() -> capex.presentedSequence() >= second && gap.presentedSequence() >= second);

    assertSame(capexBefore, capex.front(), "same pixels: the frame on screen stays");
    assertEquals(capexSwaps, capex.imageSwaps(), "and nothing of it is repainted");
    assertArrayEquals(capexPixels, capex.front().image().getRGB(0, 0, 60, 60, null, 0, 60));
    assertNotSame(gapBefore, gap.front(), "new pixels: the new frame is shown");
    Rectangle2D bar = WaitForAsyncUtils.asyncFx(() -> firstBar(capex)).get();
    String tip =
        WaitForAsyncUtils.asyncFx(() -> capex.entityTooltip(bar.getCenterX(), bar.getCenterY()))
            .get();
    assertNotNull(tip, "the kept frame answers tooltips with the newer input's items");
    assertTrue(tip.contains("B USD") && tip.contains("2024"), tip);
    assertEquals(second, capex.presentedSequence(), "the kept frame carries the newer input");
  }

  @Test
  void shouldFindTwoFramesOfOneChartTheSameOnlyWhenEveryPixelIs() throws Exception {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    ModelChart chart = ChartKind.CAPEX.create();
    ViewSize size = new ViewSize(300, 200, 1);
    ChartFrame a = new ChartFrame();
    ChartFrame b = new ChartFrame();
    chart.update(ChartFixtures.input(essay));
    WaitForAsyncUtils.asyncFx(() -> a.draw(chart, size, 1)).get();
    WaitForAsyncUtils.asyncFx(() -> b.draw(chart, size, 2)).get();
    b.compareWith(a);
    assertTrue(b.sameAsOther(), "the same chart drawn twice");

    // one company's capex up by 1 %: a bar a pixel or so taller
    List<Hyperscaler> companies = new ArrayList<>(essay.hyperscalers());
    Hyperscaler msft = companies.get(0);
    companies.set(0, msft.withCapexUsdB(msft.capexUsdB() * 1.01));
    chart.update(ChartFixtures.input(essay.withHyperscalers(companies)));
    WaitForAsyncUtils.asyncFx(() -> b.draw(chart, size, 3)).get();
    b.compareWith(a);
    assertFalse(b.sameAsOther(), "a slightly taller bar");

    WaitForAsyncUtils.asyncFx(() -> b.draw(chart, new ViewSize(301, 200, 1), 4)).get();
    b.compareWith(a);
    assertFalse(b.sameAsOther(), "another size");
  }

  @Test
  void shouldMarkExactlyTheTilesHoldingAChangedPixel() throws Exception {
    // a 300 x 200 px frame: tiles of 32 px, 10 columns (the last 12 px wide) and 7 rows (the last
    // 8 px high), numbered row by row
    ModelChart chart = ChartKind.CAPEX.create();
    chart.update(ChartFixtures.input(BundledScenarios.ESSAY));
    ViewSize size = new ViewSize(300, 200, 1);
    ChartFrame a = new ChartFrame();
    ChartFrame b = new ChartFrame();
    a.draw(chart, size, 1);
    b.draw(chart, size, 2);

    // one pixel at (63, 31), the last of tile (1, 0), and one at (299, 199), the last of all
    b.image().setRGB(63, 31, ~b.image().getRGB(63, 31) | 0xFF000000);
    b.image().setRGB(299, 199, ~b.image().getRGB(299, 199) | 0xFF000000);
    b.compareWith(a);

    List<Integer> marked = new ArrayList<>();
    boolean[] changed = b.changedTiles();
    for (int i = 0; i < changed.length; i++) {
      if (changed[i]) {
        marked.add(i);
      }
    }
    assertEquals(70, changed.length);
    assertEquals(List.of(1, 6 * 10 + 9), marked);
    assertFalse(b.sameAsOther());
  }

  @Test
  void shouldRedrawAtTheNewSizeAfterTheLayoutChanges(FxRobot robot) throws Exception {
    ChartView gap = robot.lookup("#chart-gap").queryAs(ChartView.class);
    long seq = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));
    waitUntil(() -> gap.presentedSequence() >= seq);
    int before = gap.front().image().getWidth();

    waitUntil(() -> !gap.tiles().isWhole());
    int height = gap.front().image().getHeight();

    // resized by its layout, as when a divider moves (resizing a headless Monocle stage is
    // unreliable); the layout pass and the checks run in one go on the JavaFX thread, so no new
    // frame can arrive in between
    boolean[] merged =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  gap.setPrefWidth(520);
                  gap.getParent().layout();
                  return new boolean[] {gap.tiles().isWhole(), gap.tiles().fits(before, height)};
                })
            .get();
    assertTrue(merged[0], "while the resize settles the stretched image is one tile");
    assertTrue(merged[1], "of the image drawn before the resize");

    waitUntil(() -> gap.front().image().getWidth() > before + 100);
    assertEquals(Math.ceil(gap.getWidth()), gap.front().image().getWidth(), 1.0);
    waitUntil(() -> !gap.tiles().isWhole());
    int columns = WaitForAsyncUtils.asyncFx(() -> gap.tiles().columns()).get();
    assertEquals((gap.front().image().getWidth() + 31) / 32, columns);
  }

  @Test
  void shouldOpenTheChartInAZoomWindowOnDoubleClick(FxRobot robot) throws Exception {
    long seq = service.submit(ChartFixtures.input(BundledScenarios.TAIWAN_DISRUPTION));
    waitUntil(() -> service.lastPresentedSequence() >= seq);

    robot.doubleClickOn("#chart-gap");

    waitUntil(() -> robot.lookup("#chart-gap-zoom").tryQuery().isPresent());
    ChartViewer viewer = robot.lookup("#chart-gap-zoom").queryAs(ChartViewer.class);
    String title = WaitForAsyncUtils.asyncFx(() -> viewer.getChart().getTitle().getText()).get();
    assertEquals(
        ChartText.get("chart.gap.title"), title, "a copy of the chart with the presented data");
    robot.interact(
        () -> robot.listWindows().stream().filter(w -> w != stage).forEach(Window::hide));
  }

  @Test
  void shouldCloseTheZoomWindowWithEscape(FxRobot robot) {
    // given a zoom window opened by a double-click
    long seq = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));
    waitUntil(() -> service.lastPresentedSequence() >= seq);
    robot.doubleClickOn("#chart-capex");
    waitUntil(() -> robot.lookup("#chart-capex-zoom").tryQuery().isPresent());
    Window zoom = robot.lookup("#chart-capex-zoom").query().getScene().getWindow();
    assertTrue(zoom.isShowing());

    // when Esc is pressed in it
    robot.interact(zoom::requestFocus);
    robot.type(KeyCode.ESCAPE);

    // then it closes and the main window stays
    waitUntil(() -> !zoom.isShowing());
    assertTrue(stage.isShowing(), "Esc closes only the zoom window");
  }

  @Test
  void shouldNameTheModelColumnAndYearOfThePointUnderTheMouse(FxRobot robot) throws Exception {
    // given the essay drawn (it starts in 2024)
    ChartView capex = robot.lookup("#chart-capex").queryAs(ChartView.class);
    ChartView gap = robot.lookup("#chart-gap").queryAs(ChartView.class);
    long seq = service.submit(ChartFixtures.input(BundledScenarios.ESSAY));
    waitUntil(() -> capex.presentedSequence() >= seq && gap.presentedSequence() >= seq);

    // when the mouse is on the third year's point of a series, found by its visible name
    ChartPoint depinBar = pointAt(capex, ChartText.get("chart.capex.series.depin"), 2);
    ChartPoint companyBar = pointAt(capex, "Microsoft", 2);
    ChartPoint computeGap = pointAt(gap, ChartText.get("chart.gap.series.compute"), 2);

    // then the DePIN bar and the compute-gap point are those columns in 2026; one company's bar
    // is no single column of the model, so it offers no claim
    assertEquals(new ChartPoint(Column.DEPIN_AI_CAPEX_USD_B, 2026), depinBar);
    assertEquals(new ChartPoint(Column.COMPUTE_GAP_RATIO, 2026), computeGap);
    assertNull(companyBar);
    assertNull(WaitForAsyncUtils.asyncFx(() -> gap.pointAt(1, 1)).get(), "the corner is no point");
  }

  /**
   * The point the view names at the centre of item {@code item} of the series {@code key}, both
   * read in one step on the JavaFX thread (so from the same frame).
   */
  private static ChartPoint pointAt(ChartView view, String key, int item) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> {
              Rectangle2D area = item(view, key, item);
              return view.pointAt(area.getCenterX(), area.getCenterY());
            })
        .get();
  }

  /** The area of item {@code item} of the series named {@code key}, in the drawn layout. */
  private static Rectangle2D item(ChartView view, String key, int item) {
    for (Object o : view.front().info().getEntityCollection().getEntities()) {
      if (o instanceof XYItemEntity e
          && e.getItem() == item
          && key.equals(e.getDataset().getSeriesKey(e.getSeriesIndex()))) {
        return e.getArea().getBounds2D();
      }
    }
    throw new AssertionError("no entity for " + key);
  }

  private static Rectangle2D firstBar(ChartView view) {
    for (Object o : view.front().info().getEntityCollection().getEntities()) {
      ChartEntity e = (ChartEntity) o;
      if (e instanceof XYItemEntity item
          && item.getSeriesIndex() == 0
          && item.getItem() == 0
          && item.getDataset() instanceof YearTableDataset) {
        return e.getArea().getBounds2D();
      }
    }
    throw new AssertionError("no bar entity");
  }

  private static int distinctColours(Image image) {
    PixelReader reader = image.getPixelReader();
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        seen.add(reader.getArgb(x, y));
      }
    }
    return seen.size();
  }

  private static void waitUntil(BooleanSupplier condition) {
    try {
      WaitForAsyncUtils.waitFor(
          10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("condition not met within 10 s", e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }
}
