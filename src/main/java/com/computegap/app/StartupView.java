package com.computegap.app;

import com.computegap.model.GapModel;
import com.computegap.model.ModelResult;
import com.computegap.model.Scenario;
import com.computegap.scenario.BundledScenarios;
import com.computegap.text.KpiKind;
import com.computegap.text.Messages;
import com.computegap.view.SizeClasses;
import com.computegap.viewmodel.Theme;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The window's first picture, shown while the full window (about a thousand styled controls) is
 * built: the baseline scenario's name and headline numbers, or the file being opened.
 *
 * <p>It is plain text and boxes styled in code, with no control and no stylesheet: the first
 * control loads the platform's default stylesheet and a stylesheet is parsed before anything shows,
 * together about a third of a second on a slow machine, which the full window now pays behind this
 * picture. The sizes are those of {@code explorer.css} ({@code .center}, {@code .scenario-name},
 * {@code .kpi-card}) and the colours those of the saved theme, so the picture does not jump or
 * flash when the full window replaces it.
 */
final class StartupView {

  /**
   * A theme's colours, as the stylesheet's {@code -gap-bg}, {@code -gap-surface}, {@code
   * -gap-text}, {@code -gap-muted} and {@code -gap-border} define them.
   */
  record Palette(Color background, Color surface, Color text, Color muted, Color border) {

    static Palette of(Theme theme) {
      return switch (theme) {
        case LIGHT -> web("#f6f7f9", "#ffffff", "#1d2330", "#5b6475", "#dde1e8");
        case HIGH_CONTRAST -> web("#ffffff", "#ffffff", "#000000", "#1f1f1f", "#000000");
        case DARK -> web("#14171c", "#1d2129", "#e9ecf1", "#a3abb9", "#343b47");
      };
    }

    private static Palette web(String... colours) {
      return new Palette(
          Color.web(colours[0]),
          Color.web(colours[1]),
          Color.web(colours[2]),
          Color.web(colours[3]),
          Color.web(colours[4]));
    }
  }

  /**
   * Spacing, padding and font sizes of the picture, as the stylesheet gives them to {@code
   * .center}, {@code .scenario-name}, {@code .kpi-card} and {@code .kpi-value}, and to their {@code
   * .root:short} and {@code .root:narrow} variants.
   */
  private record Sizes(
      double spacing,
      Insets padding,
      double name,
      double value,
      Insets cardPadding,
      double cardSpacing) {

    static final Sizes REGULAR =
        new Sizes(10, new Insets(12, 16, 8, 16), 22, 28, new Insets(10, 14, 10, 14), 2);
    static final Sizes SHORT =
        new Sizes(6, new Insets(6, 12, 6, 12), 18, 22, new Insets(5, 10, 5, 10), 0);

    Sizes withValue(double size) {
      return new Sizes(spacing, padding, name, size, cardPadding, cardSpacing);
    }

    /** The sizes of a window {@code width x height}: short, narrow (smaller numbers) or neither. */
    static Sizes of(double width, double height) {
      if (SizeClasses.isShort(height)) {
        return SHORT;
      }
      // .root:narrow only makes the numbers smaller, so five cards fit across
      return SizeClasses.isNarrow(width) ? REGULAR.withValue(SHORT.value) : REGULAR;
    }
  }

  /** The stylesheet's first font family; JavaFX uses the system font where it is missing. */
  static final String FONT_FAMILY = "DejaVu Sans";

  private static final CornerRadii CARD_RADII = new CornerRadii(8);

  /** The baseline scenario and its result: what the first picture shows. */
  record Baseline(Scenario scenario, ModelResult result) {
    static Baseline read() {
      Scenario s = BundledScenarios.load(BundledScenarios.ESSAY);
      return new Baseline(s, GapModel.compute(s));
    }
  }

  /**
   * The baseline being read on a thread of its own while JavaFX starts, or {@code null}. Reading it
   * is the JSON library's first use, most of this picture's own work; measured under Xvfb,
   * overlapping it with the toolkit's start brings the picture about 0.1 s sooner.
   */
  private static volatile CompletableFuture<Baseline> preloaded;

  private StartupView() {}

  /** Starts reading the baseline in the background; called before JavaFX starts. */
  static void preloadBaseline() {
    preloaded =
        CompletableFuture.supplyAsync(
            Baseline::read,
            task -> {
              Thread t = new Thread(task, "startup-baseline");
              t.setDaemon(true);
              t.start();
            });
  }

  /** The preloaded baseline, or one read now when none was started. */
  static Baseline baseline() {
    CompletableFuture<Baseline> f = preloaded;
    preloaded = null;
    return f == null ? Baseline.read() : f.join();
  }

  /**
   * @param opening the file named on the command line, or {@code null} for the baseline
   * @param theme the saved theme, whose colours the full window will have
   */
  static Scene scene(double width, double height, String opening, Theme theme) {
    Palette p = Palette.of(theme);
    Sizes sizes = Sizes.of(width, height);
    VBox root = new VBox(sizes.spacing());
    root.setId("startup-view");
    root.setPadding(sizes.padding());
    root.setBackground(new Background(new BackgroundFill(p.background(), null, null)));
    root.getChildren().add(text(Messages.get("app.title"), 13, false, p.muted()));
    if (opening == null) {
      Baseline b = baseline();
      root.getChildren().add(text(b.scenario().name(), sizes.name(), true, p.text()));
      HBox cards = new HBox(10);
      for (KpiKind k : KpiKind.values()) {
        String title = Messages.get(k.keyStem() + ".title");
        cards.getChildren().add(card(title, k.format(k.valueOf(b.result())), p, sizes));
      }
      root.getChildren().add(cards);
    } else {
      root.getChildren()
          .add(text(Messages.format("startup.opening", opening), sizes.name(), true, p.text()));
    }
    // A plain line rather than a spinner: an animation would cost the first frame time.
    root.getChildren().add(text(Messages.get("startup.loading"), 13, false, p.muted()));
    Scene scene = new Scene(root, width, height);
    scene.setFill(p.background());
    return scene;
  }

  /** A headline number's card, with its share of the row's width; the title wraps inside it. */
  private static Node card(String title, String value, Palette p, Sizes sizes) {
    Text titleText = text(title, 12, false, p.muted());
    VBox card =
        new VBox(sizes.cardSpacing(), titleText, text(value, sizes.value(), true, p.text()));
    Insets padding = sizes.cardPadding();
    card.setPadding(padding);
    card.setBackground(new Background(new BackgroundFill(p.surface(), CARD_RADII, null)));
    card.setBorder(
        new Border(
            new BorderStroke(
                p.border(), BorderStrokeStyle.SOLID, CARD_RADII, BorderWidths.DEFAULT, null)));
    card.setPrefWidth(0);
    card.setMinWidth(0);
    card.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(card, Priority.ALWAYS);
    // a Text does not wrap or clip by itself: inside the padding and the one-pixel border
    titleText
        .wrappingWidthProperty()
        .bind(card.widthProperty().subtract(padding.getLeft() + padding.getRight() + 2));
    return card;
  }

  private static Text text(String content, double size, boolean bold, Color fill) {
    Text t = new Text(content);
    t.setFont(Font.font(FONT_FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    t.setFill(fill);
    return t;
  }
}
