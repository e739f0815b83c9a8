package com.computegap.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.app.Explorer;
import com.computegap.scenario.BundledScenarios;
import com.computegap.view.chart.ChartProbe;
import com.computegap.view.chart.ChartView;
import com.computegap.viewmodel.Preferences;
import com.computegap.viewmodel.RecentFiles;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout rules of issue 13 item 1, checked on the real window at the screen sizes meetings
 * have: every chart on screen has a plot area of at least 260 x 180 px (read from the rendering
 * info of the image on screen), no two visible labels overlap, and no label, KPI number, card title
 * or axis title is cut (each label's text measured in its own font against the width it got).
 */
@ExtendWith(ApplicationExtension.class)
class LayoutUiTest {

  static final double MIN_PLOT_WIDTH = 260;
  static final double MIN_PLOT_HEIGHT = 180;

  private Explorer explorer;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    explorer = Explorer.create(stage, RecentFiles.inMemory(), Preferences.inMemory());
    stage.show();
  }

  @AfterEach
  void closeCharts() {
    explorer.charts().close();
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"1024, 640", "1280, 720", "1366, 768", "1600, 1000", "1920, 1080"})
  void shouldGiveEveryVisibleChartRoomAndCutNoText(int width, int height, FxRobot robot) {
    resize(robot, width, height);
    assertLayoutRules(robot, width, height);
  }

  /**
   * The Taiwan case has an ∞ card (DePIN gets no chips) whose reason names the year, and the widest
   * KPI number ("426.2 B USD"), and the parity card's note; 1216x684 is the window on a 1280x720
   * screen.
   */
  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"1216, 684", "1280, 720", "1600, 1000"})
  void shouldShowTheWholeReasonOfAnInfiniteCard(int width, int height, FxRobot robot) {
    robot.interact(() -> explorer.vm().openBundled(BundledScenarios.TAIWAN_DISRUPTION));
    resize(robot, width, height);
    assertLayoutRules(robot, width, height);
    Labeled reason = robot.lookup("#kpi-final-compute-gap-reason").queryAs(Labeled.class);
    String shown = onFx(() -> ((Text) reason.lookup(".text")).getText().replace("\n", " ").strip());
    assertTrue(reason.isVisible() && shown.endsWith("2031"), "the reason with its year: " + shown);
    assertTrue(
        robot.lookup("#kpi-parity-token-price-note").query().isVisible(),
        "the parity card says why the token slider does not move it");
  }

  @Test
  void shouldKeepTheRulesWhileComparingAt1280x720(FxRobot robot) {
    resize(robot, 1280, 720);
    robot.interact(
        () ->
            explorer
                .compare()
                .compareWith(
                    BundledScenarios.load(BundledScenarios.DEPIN_BULL), "DePIN bull case"));
    FxWait.until(
        () -> robot.lookup("#compare-table").tryQuery().map(Node::isVisible).orElse(false));
    settle();
    assertLayoutRules(robot, 1280, 720);
    Node table = robot.lookup("#compare-table").query();
    assertTrue(
        table.getLayoutBounds().getHeight() >= 150,
        "the comparison table shows several rows: " + table.getLayoutBounds().getHeight());
  }

  /**
   * The uncertainty view after a Monte Carlo run, each of its tabs in front in turn: the fans, the
   * sensitivity chart and the distribution each keep a legible plot; the claims tab holds a table.
   */
  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"1024, 640", "1280, 720", "1366, 768", "1600, 1000", "1920, 1080"})
  void shouldGiveEveryUncertaintyChartRoom(int width, int height, FxRobot robot) {
    resize(robot, width, height);
    robot.interact(() -> explorer.analysis().uncertainty().activeProperty().set(true));
    FxWait.until(() -> explorer.analysis().uncertainty().outcomeProperty().get() != null);
    TabPane tabs = robot.lookup("#unc-lower-tabs").queryAs(TabPane.class);
    List<Tab> all = onFx(() -> List.copyOf(tabs.getTabs()));
    assertTrue(all.size() >= 4, "the fans and three analysis tabs: " + all.size());
    settle();
    List<String> first = onFx(() -> panes().stream().map(Node::getId).toList());
    assertTrue(first.stream().anyMatch(id -> id.startsWith("fan-")), "a fan comes first: " + first);
    for (Tab tab : all) {
      robot.interact(() -> tabs.getSelectionModel().select(tab));
      settle();
      boolean chart = !"unc-tab-claims".equals(tab.getId());
      assertLayoutRules(robot, width, height, chart, " with " + tab.getId() + " in front");
    }
  }

  /**
   * When the window changes size the uncertainty view rearranges its tabs and keeps the one in
   * front, or its nearest kin: a fan's own tab and the tab of all three.
   */
  @Test
  void shouldKeepTheUncertaintyTabInFrontAcrossSizes(FxRobot robot) {
    resize(robot, 1280, 720);
    robot.interact(() -> explorer.analysis().uncertainty().activeProperty().set(true));
    settle();
    TabPane tabs = robot.lookup("#unc-lower-tabs").queryAs(TabPane.class);
    assertEquals(
        List.of(
            "unc-tab-fan-spend-gap",
            "unc-tab-fan-compute-gap",
            "unc-tab-fan-installed",
            "unc-tab-tornado",
            "unc-tab-claims",
            "unc-tab-distribution"),
        onFx(() -> tabs.getTabs().stream().map(Tab::getId).toList()),
        "at 1280x720 three fans do not fit across: a tab each");
    assertEquals("unc-tab-fan-spend-gap", onFx(() -> selected(tabs)), "the first fan in front");
    robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().get(4)));
    resize(robot, 1920, 1080);
    assertEquals(
        List.of("unc-tab-fans", "unc-tab-tornado", "unc-tab-claims", "unc-tab-distribution"),
        onFx(() -> tabs.getTabs().stream().map(Tab::getId).toList()),
        "at 1920x1080 the three fans share a tab");
    assertEquals("unc-tab-claims", onFx(() -> selected(tabs)), "the claims stay in front");
    robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().get(0)));
    resize(robot, 1280, 720);
    assertEquals("unc-tab-fan-spend-gap", onFx(() -> selected(tabs)), "from all fans to the first");
  }

  private static String selected(TabPane tabs) {
    return tabs.getSelectionModel().getSelectedItem().getId();
  }

  private void resize(FxRobot robot, int width, int height) {
    robot.interact(
        () -> {
          stage.setX(0);
          stage.setY(0);
          stage.setWidth(width);
          stage.setHeight(height);
        });
    settle();
    assertEquals(width, stage.getScene().getWidth(), 1, "scene width");
    assertEquals(height, stage.getScene().getHeight(), 1, "scene height");
  }

  /** Waits until every chart on screen shows an image drawn at its current size. */
  private void settle() {
    WaitForAsyncUtils.waitForFxEvents();
    FxWait.until(
        () ->
            onFx(
                () ->
                    visibleCharts().stream().allMatch(v -> ChartProbe.plotArea(v) != null)
                        && panes().stream().allMatch(p -> p.plotArea() != null)));
  }

  private void assertLayoutRules(FxRobot robot, int width, int height) {
    assertLayoutRules(robot, width, height, true, "");
  }

  private void assertLayoutRules(
      FxRobot robot, int width, int height, boolean chartExpected, String where) {
    List<String> problems =
        onFx(
            () -> {
              List<String> p = new ArrayList<>();
              List<ChartView> charts = visibleCharts();
              List<ChartPane> panes = panes();
              if (chartExpected && charts.isEmpty() && panes.isEmpty()) {
                p.add("no chart on screen");
              }
              for (ChartPane pane : panes) {
                Rectangle2D plot = pane.plotArea();
                tooSmall(pane, plot, p);
                for (String cut : ChartProbe.cutAxisTitles(pane.chart(), plot)) {
                  p.add(pane.getId() + " axis title cut: " + cut);
                }
              }
              for (ChartView v : charts) {
                tooSmall(v, ChartProbe.plotArea(v), p);
                for (String cut : ChartProbe.cutAxisTitles(v, explorer.charts())) {
                  p.add(v.getId() + " axis title cut: " + cut);
                }
              }
              List<Labeled> labels = visibleLabels(stage.getScene().getRoot());
              for (Labeled l : labels) {
                String cut = cutText(l);
                if (cut != null) {
                  p.add(cut);
                }
              }
              for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                  Bounds a = textBounds(labels.get(i));
                  Bounds b = textBounds(labels.get(j));
                  if (a != null
                      && b != null
                      && overlap(a, b)
                      && !nested(labels.get(i), labels.get(j))) {
                    p.add(
                        "overlap: '"
                            + labels.get(i).getText()
                            + "' and '"
                            + labels.get(j).getText()
                            + "'");
                  }
                }
              }
              return p;
            });
    assertTrue(
        problems.isEmpty(), width + "x" + height + where + ": " + String.join("; ", problems));
  }

  /**
   * Adds a problem to {@code problems} when {@code plot}, the plot of {@code chart}, is too small.
   */
  private static void tooSmall(Node chart, Rectangle2D plot, List<String> problems) {
    if (plot.getWidth() < MIN_PLOT_WIDTH || plot.getHeight() < MIN_PLOT_HEIGHT) {
      Bounds b = chart.getLayoutBounds();
      problems.add(
          chart.getId()
              + " plot "
              + Math.round(plot.getWidth())
              + "x"
              + Math.round(plot.getHeight())
              + " in "
              + Math.round(b.getWidth())
              + "x"
              + Math.round(b.getHeight()));
    }
  }

  /** The uncertainty view's charts on screen (drawn by JFreeChart-FX's canvas). */
  private List<ChartPane> panes() {
    List<ChartPane> out = new ArrayList<>();
    for (Node n : stage.getScene().getRoot().lookupAll("." + AnalysisStyles.CHART_PANE)) {
      if (n instanceof ChartPane p && showing(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private List<ChartView> visibleCharts() {
    List<ChartView> out = new ArrayList<>();
    for (Node n : stage.getScene().getRoot().lookupAll("." + ChartView.STYLE_CLASS)) {
      if (n instanceof ChartView v && showing(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /** In the scene graph, visible up to the root, with a size, and inside the window. */
  private boolean showing(Node n) {
    if (n.getScene() == null
        || n.getLayoutBounds().getWidth() < 1
        || n.getLayoutBounds().getHeight() < 1) {
      return false;
    }
    for (Node p = n; p != null; p = p.getParent()) {
      if (!p.isVisible()) {
        return false;
      }
    }
    Bounds b = n.localToScene(n.getLayoutBounds());
    return b.getMaxX() > 0
        && b.getMaxY() > 0
        && b.getMinX() < stage.getScene().getWidth()
        && b.getMinY() < stage.getScene().getHeight()
        && !clippedAway(n);
  }

  /** Whether a scroll pane around {@code n} shows none of it. */
  private static boolean clippedAway(Node n) {
    for (Parent p = n.getParent(); p != null; p = p.getParent()) {
      if (p.getStyleClass().contains("viewport")) {
        Bounds view = p.localToScene(p.getLayoutBounds());
        Bounds mine = n.localToScene(n.getLayoutBounds());
        return !view.intersects(mine);
      }
    }
    return false;
  }

  private List<Labeled> visibleLabels(Parent root) {
    List<Labeled> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private void collect(Node n, List<Labeled> out) {
    if (!n.isVisible()) {
      return;
    }
    if (n instanceof Labeled l
        && l.getText() != null
        && !l.getText().isBlank()
        && showing(l)
        && !(l instanceof javafx.scene.control.TitledPane)) {
      out.add(l);
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        collect(c, out);
      }
    }
  }

  /** A description of how {@code l}'s text is cut, or {@code null} when all of it shows. */
  private String cutText(Labeled l) {
    Node shown = l.lookup(".text");
    String full = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
    // a wrapping label draws its whole text over several lines; cut, it draws less and an ellipsis.
    // A label whose tooltip holds its whole text (the scenario's description, a table cell) may
    // end in an ellipsis by design: the rest is one hover away.
    boolean wholeInTooltip =
        l.getTooltip() != null
            && l.getTooltip().getText() != null
            && words(l.getTooltip().getText()).contains(words(full));
    if (shown instanceof Text t && !wholeInTooltip && !words(t.getText()).equals(words(full))) {
      return "cut: '" + l.getText() + "' shows as '" + t.getText() + "'";
    }
    Text probe = new Text(full);
    probe.setFont(l.getFont());
    double need = probe.getLayoutBounds().getWidth();
    double graphic =
        l.getGraphic() != null && l.getGraphic().isManaged()
            ? l.getGraphic().getLayoutBounds().getWidth() + l.getGraphicTextGap()
            : 0;
    double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset() - graphic;
    if (!wholeInTooltip && !l.isWrapText() && !l.getText().contains("\n") && need > room + 0.5) {
      return "cut: '"
          + l.getText()
          + "' needs "
          + Math.round(need)
          + " px, has "
          + Math.round(room);
    }
    // inside the window: a number pushed out past the right edge is cut too
    Bounds b = l.localToScene(l.getLayoutBounds());
    if (b.getMaxX() > stage.getScene().getWidth() + 0.5
        || b.getMaxY() > stage.getScene().getHeight() + 0.5) {
      return "cut by the window: '"
          + l.getText()
          + "' at "
          + Math.round(b.getMinX())
          + ".."
          + Math.round(b.getMaxX());
    }
    // inside its KPI card
    for (Parent p = l.getParent(); p != null; p = p.getParent()) {
      if (p instanceof KpiCard card) {
        Bounds c = card.localToScene(card.getLayoutBounds());
        if (b.getMaxX() > c.getMaxX() + 0.5 || b.getMaxY() > c.getMaxY() + 0.5) {
          return "cut by its card: '" + l.getText() + "'";
        }
      }
    }
    return null;
  }

  /** The text with every run of white space (a line break, say) as one space. */
  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The scene bounds of the text a label draws (not its padding), or {@code null}. */
  private static Bounds textBounds(Labeled l) {
    Node shown = l.lookup(".text");
    if (!(shown instanceof Text t) || t.getText().isEmpty()) {
      return null;
    }
    Bounds b = t.localToScene(t.getLayoutBounds());
    // the stage's top level menu labels and tooltips never hold each other's text
    return b.getWidth() < 1 || b.getHeight() < 1 ? null : b;
  }

  /** Whether two boxes share more than an edge (half a pixel either way). */
  private static boolean overlap(Bounds a, Bounds b) {
    double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    return w > 0.5 && h > 0.5;
  }

  private static boolean nested(Node a, Node b) {
    for (Node p = a; p != null; p = p.getParent()) {
      if (p == b) {
        return true;
      }
    }
    for (Node p = b; p != null; p = p.getParent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> task) {
    AtomicReference<T> out = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    WaitForAsyncUtils.waitForAsyncFx(
        10_000,
        () -> {
          try {
            out.set(task.call());
          } catch (Exception e) {
            failure.set(e);
          }
        });
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
    return out.get();
  }
}
