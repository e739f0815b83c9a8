package com.computegap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import com.computegap.viewmodel.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first picture: what it shows, that it needs no control and no stylesheet (which is what makes
 * it quick), that its colours are the stylesheet's for each theme, and that its texts fit their
 * cards on the smallest window.
 */
@ExtendWith(ApplicationExtension.class)
class StartupViewTest {

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.setupFixture(() -> stage.hide());
  }

  @Test
  void shouldUseTheStylesheetsColoursForEveryTheme() throws IOException {
    String css;
    try (InputStream in = StartupView.class.getResourceAsStream("/com/computegap/explorer.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (Theme theme : Theme.values()) {
      Map<String, String> vars = variables(css, ".root");
      if (theme != Theme.LIGHT) {
        vars.putAll(variables(css, ".root." + theme.styleClass()));
      }
      StartupView.Palette p = StartupView.Palette.of(theme);

      assertEquals(Color.web(vars.get("-gap-bg")), p.background(), theme + " background");
      assertEquals(Color.web(vars.get("-gap-surface")), p.surface(), theme + " surface");
      assertEquals(Color.web(vars.get("-gap-text")), p.text(), theme + " text");
      assertEquals(Color.web(vars.get("-gap-muted")), p.muted(), theme + " muted");
      assertEquals(Color.web(vars.get("-gap-border")), p.border(), theme + " border");
    }
  }

  @Test
  void shouldShowTheBaselinesNameAndHeadlineNumbersWithoutAControlOrAStylesheet() throws Exception {
    Scenario essay = BundledScenarios.load(BundledScenarios.ESSAY);
    ModelResult r = GapModel.compute(essay);

    Scene scene = show(1280, 720, null, Theme.DARK);

    List<String> texts = texts(scene.getRoot()).stream().map(Text::getText).toList();
    assertTrue(texts.contains(essay.name()), texts.toString());
    for (KpiKind k : KpiKind.values()) {
      assertTrue(texts.contains(Messages.get(k.keyStem() + ".title")), k + " title in " + texts);
      assertTrue(texts.contains(k.format(k.valueOf(r))), k + " value in " + texts);
    }
    assertTrue(scene.getStylesheets().isEmpty(), "no stylesheet to parse");
    assertTrue(nodes(scene.getRoot()).stream().noneMatch(n -> n instanceof Control), "no control");
    assertEquals(Color.web("#14171c"), scene.getFill(), "the dark theme's background");
  }

  @Test
  void shouldNameTheFileBeingOpened() throws Exception {
    Scene scene = show(1280, 720, "deck.gapx.json", Theme.LIGHT);

    String opening = Messages.format("startup.opening", "deck.gapx.json");
    Text line =
        texts(scene.getRoot()).stream()
            .filter(t -> t.getText().equals(opening))
            .findFirst()
            .orElseThrow(() -> new AssertionError(opening + " not shown"));
    // explorer.css: .root:short .scenario-name { -fx-font-size: 18px; } (720 px is short)
    assertEquals(18, line.getFont().getSize(), 1e-9);
  }

  @Test
  void shouldFitEveryCardTextInsideItsCardOnTheSmallestWindow() throws Exception {
    Scene scene = show(1024, 640, null, Theme.LIGHT);

    List<Region> cards = new ArrayList<>();
    for (Node n : nodes(scene.getRoot())) {
      if (n instanceof Region card
          && card.getChildrenUnmodifiable().size() == 2
          && card.getChildrenUnmodifiable().stream().allMatch(c -> c instanceof Text)) {
        cards.add(card);
      }
    }
    assertEquals(KpiKind.values().length, cards.size(), "one card per headline number");
    for (Region card : cards) {
      for (Node child : card.getChildrenUnmodifiable()) {
        Bounds b = child.getBoundsInParent();
        assertTrue(
            b.getMinX() >= card.snappedLeftInset() - 0.5
                && b.getMaxX() <= card.getWidth() - card.snappedRightInset() + 0.5,
            ((Text) child).getText() + " at " + b + " in a card " + card.getWidth() + " wide");
      }
    }
  }

  @Test
  void shouldHandOverThePreloadedBaselineOnce() {
    StartupView.preloadBaseline();
    StartupView.Baseline preloaded = StartupView.baseline();
    StartupView.Baseline read = StartupView.Baseline.read();

    assertEquals(read.scenario(), preloaded.scenario());
    assertEquals(read.result().rows(), preloaded.result().rows());
    assertNotSame(
        preloaded, StartupView.baseline(), "the preload is handed over once, then read anew");
  }

  private Scene show(double w, double h, String opening, Theme theme) throws Exception {
    return FxToolkit.setupFixture(
        () -> {
          Scene scene = StartupView.scene(w, h, opening, theme);
          stage.setScene(scene);
          stage.show();
          scene.getRoot().applyCss();
          scene.getRoot().layout();
          return scene;
        });
  }

  /** The custom properties set in the first rule whose selector is exactly {@code selector}. */
  private static Map<String, String> variables(String css, String selector) {
    Matcher rule =
        Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}").matcher(css);
    assertTrue(rule.find(), selector + " in the stylesheet");
    Map<String, String> vars = new HashMap<>();
    Matcher v = Pattern.compile("(-gap-[a-z]+)\\s*:\\s*([^;]+);").matcher(rule.group(1));
    while (v.find()) {
      vars.put(v.group(1), v.group(2).trim());
    }
    return vars;
  }

  private static List<Node> nodes(Parent root) {
    List<Node> out = new ArrayList<>();
    out.add(root);
    for (Node n : root.getChildrenUnmodifiable()) {
      if (n instanceof Parent p) {
        out.addAll(nodes(p));
      } else {
        out.add(n);
      }
    }
    return out;
  }

  private static List<Text> texts(Parent root) {
    return nodes(root).stream().filter(n -> n instanceof Text).map(n -> (Text) n).toList();
  }
}
