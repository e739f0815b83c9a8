package com.computegap.view.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tile grid of a chart view, on the JavaFX thread of the headless Monocle platform. */
@ExtendWith(ApplicationExtension.class)
class ChartTilesUiTest {

  @Start
  void start(Stage stage) {
    // the toolkit is all these tests need
  }

  @Test
  void shouldHoldEveryTileOnceInGroupsOfAtMostTwelveChildren() throws Exception {
    // 573 x 638 device pixels: 18 columns (the last 29 px wide) and 20 rows (the last 30 px high)
    ChartTiles tiles = new ChartTiles();
    Node root = fx(() -> tiles.rebuild(573, 638));

    assertEquals(18 * 20, tiles.size());
    assertEquals(18, tiles.columns());
    Map<Node, Integer> seen = new IdentityHashMap<>();
    List<Integer> groupSizes = new ArrayList<>();
    collect(root, seen, groupSizes);
    assertEquals(tiles.size(), seen.size(), "image views reached from the root");
    for (int i = 0; i < tiles.size(); i++) {
      assertEquals(1, seen.getOrDefault(tiles.tileView(i), 0), "tile " + i + " appears once");
    }
    assertTrue(
        groupSizes.stream().allMatch(n -> n <= 12),
        "JavaFX repaints a whole group once more than 12 of its children changed: " + groupSizes);
  }

  @Test
  void shouldUseLargerTilesOnlyWhereThirtyTwoPixelTilesWouldPassAThousand() throws Exception {
    // 1024 tiles of 32 x 32 px are 1,048,576 px: up to there the side stays 32
    assertEquals(32, ChartTiles.side(1024, 1024));
    assertEquals(32, ChartTiles.side(573, 638));
    // a chart on a 4K screen at scale 2: 1800 x 1900 px; sqrt(3,420,000 / 1024) = 57.8, so 64
    assertEquals(64, ChartTiles.side(1800, 1900));
    assertEquals(29 * 30, ChartTiles.count(1800, 1900));
    // 1300 x 800 px has less area than 1024 tiles of 32 px but needs 41 x 25 = 1025 of them, the
    // partial last column and row included; 48 px tiles need 28 x 17 = 476
    assertEquals(48, ChartTiles.side(1300, 800));
    assertEquals(28 * 17, ChartTiles.count(1300, 800));

    ChartTiles tiles = new ChartTiles();
    fx(() -> tiles.rebuild(1800, 1900));
    assertEquals(64, tiles.side());
    assertEquals(29 * 30, tiles.size());
    assertEquals(1800 - 28 * 64, fx(() -> tiles.tileView(28).getImage().getWidth()), 0.0);
  }

  @Test
  void shouldCopyOnlyTheMarkedTilesFromTheFrame() throws Exception {
    // a 70 x 40 image: tiles 32 + 32 + 6 wide and 32 + 8 high
    ChartTiles tiles = new ChartTiles();
    fx(() -> tiles.rebuild(70, 40));
    int[] first = new int[70 * 40];
    for (int i = 0; i < first.length; i++) {
      first[i] = 0xFF000000 | i;
    }
    onFx(() -> tiles.copy(first, null));
    assertEquals(6, tiles.lastCopied());

    // every pixel changes, but only the last tile of the second row is marked
    int[] second = new int[first.length];
    for (int i = 0; i < second.length; i++) {
      second[i] = 0xFF800000 | i;
    }
    boolean[] changed = new boolean[6];
    changed[5] = true;
    onFx(() -> tiles.copy(second, changed));

    assertEquals(1, tiles.lastCopied());
    int[] unchanged = new int[32 * 32];
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        unchanged[y * 32 + x] = first[y * 70 + 32 + x];
      }
    }
    assertArrayEquals(unchanged, tiles.tilePixels(1), "tile (1, 0) keeps the first image");
    // tile (2, 1) covers x 64..69, y 32..39: pixel (x, y) of the second image is 0xFF800000 |
    // y*70+x
    int[] corner = new int[6 * 8];
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 6; x++) {
        corner[y * 6 + x] = 0xFF800000 | ((32 + y) * 70 + 64 + x);
      }
    }
    assertArrayEquals(corner, tiles.tilePixels(5), "tile (2, 1), 6 x 8 px, shows the second");
  }

  @Test
  void shouldCopyAWholeImageWholeWhateverTheGridWouldHaveMarked() throws Exception {
    ChartTiles tiles = new ChartTiles();
    fx(() -> tiles.whole(70, 40));
    int[] image = new int[70 * 40];
    Arrays.fill(image, 0xFF336699);

    onFx(() -> tiles.copy(image, new boolean[6]));

    assertTrue(tiles.isWhole());
    assertEquals(1, tiles.size());
    assertEquals(1, tiles.lastCopied());
    assertArrayEquals(image, tiles.tilePixels(0), "one 70 x 40 tile with the whole image");
    fx(() -> tiles.rebuild(70, 40));
    assertEquals(6, tiles.size());
    assertFalse(tiles.isWhole(), "rebuilt as a grid");
  }

  @Test
  void shouldPlaceTilesEdgeToEdgeOnWholeDevicePixels() throws Exception {
    // 100 x 50 node pixels on a screen of scale 1.5: an image of 150 x 75 device pixels
    ChartTiles tiles = new ChartTiles();
    fx(() -> tiles.rebuild(150, 75));
    onFx(() -> tiles.layout(4, 2, 100, 50, 1.5));

    int columns = tiles.columns();
    for (int i = 0; i < tiles.size(); i++) {
      ImageView v = tiles.tileView(i);
      int c = i % columns;
      int r = i / columns;
      assertEquals(4 + c * 32 / 1.5, v.getLayoutX(), 1e-9, "tile " + i + " x");
      assertEquals(2 + r * 32 / 1.5, v.getLayoutY(), 1e-9, "tile " + i + " y");
      double right = c == columns - 1 ? 150 : (c + 1) * 32;
      double bottom = r == tiles.size() / columns - 1 ? 75 : (r + 1) * 32;
      assertEquals((right - c * 32) / 1.5, v.getFitWidth(), 1e-9, "tile " + i + " width");
      assertEquals((bottom - r * 32) / 1.5, v.getFitHeight(), 1e-9, "tile " + i + " height");
    }
  }

  @Test
  void shouldStretchAnImageOfAnotherSizeOverTheWholeContentArea() throws Exception {
    // an image drawn for 64 x 64 px shown while the view is 128 x 96 (a resize settling)
    ChartTiles tiles = new ChartTiles();
    fx(() -> tiles.rebuild(64, 64));
    onFx(() -> tiles.layout(0, 0, 128, 96, 1));

    ImageView last = tiles.tileView(3);
    assertEquals(64, last.getLayoutX(), 1e-9);
    assertEquals(48, last.getLayoutY(), 1e-9);
    assertEquals(64, last.getFitWidth(), 1e-9);
    assertEquals(48, last.getFitHeight(), 1e-9);
  }

  @Test
  void shouldRoundInnerEdgesToWholePixelsWhenStretching() throws Exception {
    // an image 70 px wide (tiles of 32, 32 and 6) stretched over 100 px: factor 10/7, so the
    // inner edges 32 and 64 land at 45.7 and 91.4 and are rounded to 46 and 91
    ChartTiles tiles = new ChartTiles();
    fx(() -> tiles.rebuild(70, 40));
    onFx(() -> tiles.layout(0, 0, 100, 40, 1));

    double[][] expected = {{0, 46}, {46, 45}, {91, 9}};
    for (int c = 0; c < 3; c++) {
      assertEquals(expected[c][0], tiles.tileView(c).getLayoutX(), 1e-9, "x of column " + c);
      assertEquals(expected[c][1], tiles.tileView(c).getFitWidth(), 1e-9, "width of column " + c);
    }
  }

  @Test
  void shouldNotStretchForLessThanAPixelExceptInTheLastColumn() throws Exception {
    // an image of 101 px, drawn for a content area of 100.4 px rounded up: the inner tiles stay at
    // exactly 32 px, and only the last (5 px) meets the content's edge at 100.4
    ChartTiles tiles = new ChartTiles();
    fx(() -> tiles.rebuild(101, 20));
    onFx(() -> tiles.layout(0, 0, 100.4, 20, 1));

    for (int c = 0; c < 3; c++) {
      assertEquals(32.0 * c, tiles.tileView(c).getLayoutX(), 1e-9);
      assertEquals(32, tiles.tileView(c).getFitWidth(), 1e-9);
    }
    assertEquals(96, tiles.tileView(3).getLayoutX(), 1e-9);
    assertEquals(4.4, tiles.tileView(3).getFitWidth(), 1e-9);
  }

  private static void collect(Node node, Map<Node, Integer> seen, List<Integer> groupSizes) {
    if (node instanceof ImageView) {
      seen.merge(node, 1, Integer::sum);
      return;
    }
    List<Node> children = ((Parent) node).getChildrenUnmodifiable();
    groupSizes.add(children.size());
    for (Node child : children) {
      collect(child, seen, groupSizes);
    }
  }

  private static void onFx(Runnable task) throws Exception {
    WaitForAsyncUtils.asyncFx(task).get();
  }

  private static <T> T fx(Callable<T> task) throws Exception {
    return WaitForAsyncUtils.asyncFx(task).get();
  }
}
