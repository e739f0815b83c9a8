package com.computegap.view;

import com.computegap.chart.ChartInput;
import com.computegap.chart.ChartKind;
import com.computegap.chart.ChartTheme;
import com.computegap.model.GoalSeek;
import com.computegap.model.ParameterGroup;
import com.computegap.model.Scenario;
import com.computegap.text.Messages;
import com.computegap.view.chart.ChartRenderService;
import com.computegap.viewmodel.AnalysisViewModels;
import com.computegap.viewmodel.AppearanceViewModel;
import com.computegap.viewmodel.AutosaveStore;
import com.computegap.viewmodel.CompareViewModel;
import com.computegap.viewmodel.DocumentException;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.KpiViewModel;
import com.computegap.viewmodel.OutOfRangeWarning;
import com.computegap.viewmodel.Theme;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The explorer window: menus, the controls panel on the left, the scenario's name, KPI cards,
 * charts and (while comparing) the comparison table in the middle, a status line at the bottom; and
 * presentation mode, which swaps in its own layout and restores this one on leaving. Wires the view
 * model's once-per-frame recompute to the scene's pulse.
 */
public final class MainWindow {

  private static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination REDO =
      new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

  private final ExplorerViewModel vm;
  private final CompareViewModel compare;
  private final AppearanceViewModel appearance;
  private final ChartsPresenter presenter;
  private final ChartRenderService charts;
  private final Stage stage;
  private final DocumentActions actions;
  private final ExportActions exports;
  private final Map<ParameterGroup, Boolean> expanded = new EnumMap<>(ParameterGroup.class);
  private final AnalysisViewModels analysis;
  private UncertaintyView uncertaintyView;
  private Region uncertaintyPane;
  private GoalSeekDialog goalSeek;
  private final BorderPane root = new BorderPane();
  private final Scene scene;
  private javafx.scene.control.MenuBar menuBar;
  private final PresentationMode presentation;

  public MainWindow(
      Stage stage,
      ExplorerViewModel vm,
      CompareViewModel compare,
      AppearanceViewModel appearance,
      ChartsPresenter presenter,
      ChartRenderService charts,
      AnalysisViewModels analysis) {
    this.vm = vm;
    this.analysis = analysis;
    this.compare = compare;
    this.appearance = appearance;
    this.presenter = presenter;
    this.charts = charts;
    this.stage = stage;
    this.actions = new DocumentActions(vm, () -> stage);
    this.exports = new ExportActions(vm, this::chartInput, () -> stage);
    exports.useDeckTheme(() -> ChartTheme.valueOf(appearance.themeProperty().get().name()));
    root.setId("main-window");
    this.presentation =
        new PresentationMode(
            stage,
            vm,
            appearance,
            charts,
            this::applyTheme,
            () -> {
              scene().setRoot(root);
              // the chart nodes were borrowed by presentation mode: give them back to a fresh grid;
              // the
              // controls panel, its open sections and scroll position stay as they were
              root.setCenter(center());
              applyTheme();
            });
    build();

    // 1600x1000 where the screen has room, otherwise most of the screen (a 1366x768 laptop).
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    scene =
        new Scene(
            root,
            WindowSize.initialWidth(screen.getWidth()),
            WindowSize.initialHeight(screen.getHeight()));
    scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
    scene.addPreLayoutPulseListener(vm::flushRecompute);
    scene.getAccelerators().put(REDO, vm::redo);
    scene.addEventFilter(KeyEvent.KEY_PRESSED, presentation::keys);
    FileDrop.install(scene, actions::open);
    SizeClasses.follow(scene, root);
    applyTheme();
    appearance.themeProperty().addListener((obs, was, now) -> applyTheme());
    appearance.presentationThemeProperty().addListener((obs, was, now) -> applyTheme());
    appearance.languageProperty().addListener((obs, was, now) -> relocalize());

    stage.titleProperty().bind(vm.titleProperty());
    stage.setScene(scene);
    stage.setMinWidth(WindowSize.minWidth(screen.getWidth()));
    stage.setMinHeight(WindowSize.minHeight(screen.getHeight()));
    stage.setOnCloseRequest(
        e -> {
          if (!actions.confirmDiscard()) {
            e.consume();
          }
        });
  }

  public Scene scene() {
    return scene;
  }

  /** Opens {@code file} as if chosen in the Open dialog (command line, file association). */
  public void openFile(Path file) {
    actions.open(file);
  }

  /** Closes the window unless the user cancels at the unsaved-changes question. */
  public void requestClose() {
    if (actions.confirmDiscard()) {
      stage.close();
    }
  }

  /** Prepares the exports' one-off work in the background, a few seconds after start-up. */
  public void warmUpExports() {
    javafx.animation.PauseTransition later =
        new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
    later.setOnFinished(e -> ExportActions.warmUp());
    later.play();
  }

  /** Whether presentation mode is showing. */
  public boolean isPresenting() {
    return presentation.isShowing();
  }

  /** Full screen, large type, one chart at a time; Esc leaves. */
  public void enterPresentation() {
    presentation.enter();
  }

  /** Back to the normal layout, as it was before presenting. */
  public void exitPresentation() {
    presentation.exit();
  }

  /**
   * Offers the newest autosave a crashed session left behind; recovers it into the window or
   * deletes it, as the user chooses.
   */
  public void offerRecovery(AutosaveStore store) {
    try {
      List<AutosaveStore.Recovery> offers = store.orphans();
      if (offers.isEmpty()) {
        return;
      }
      AutosaveStore.Recovery newest = offers.get(0);
      String name =
          newest.documentFile() != null
              ? newest.documentFile().getFileName().toString()
              : newest.scenario().name();
      String when =
          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
              .withLocale(Messages.locale())
              .format(newest.savedAt().atZone(ZoneId.systemDefault()));
      if (Dialogs.askToRecover(stage, name, when)) {
        vm.recover(newest);
      }
      store.discard(newest);
    } catch (IOException e) {
      // Recovery is best effort: a damaged autosave folder must not stop the app from starting.
    }
  }

  private void build() {
    MainMenu menu =
        new MainMenu(
            vm,
            actions,
            exports,
            new MainMenu.WindowCommands() {
              @Override
              public void quit() {
                requestClose();
              }

              @Override
              public void presentation() {
                enterPresentation();
              }

              @Override
              public void compareWithFile() {
                chooseCompareFile();
              }

              @Override
              public void shortcuts() {
                Dialogs.showShortcuts(stage, menuBar);
              }

              @Override
              public void about() {
                Dialogs.showAbout(stage);
              }
            });
    menuBar =
        menu.build(
            compare,
            appearance,
            AnalysisMenu.build(analysis, this::showGoalSeek, this::showGoalSeek));
    // menus and the meeting commands share one row: the height goes to the charts
    MainToolBar toolBar = new MainToolBar(vm, compare, actions, this::enterPresentation);
    HBox.setHgrow(toolBar, Priority.ALWAYS);
    HBox top = new HBox(menuBar, toolBar);
    top.getStyleClass().add("top-bar");
    root.setTop(top);
    root.setLeft(
        new ControlsRail(
            new ControlsPanel(vm, appearance, expanded, analysis.ranges()),
            compare.activeProperty()));
    if (uncertaintyView != null) {
      uncertaintyView.dispose();
      uncertaintyView = null;
    }
    if (goalSeek != null) {
      goalSeek.dispose();
      goalSeek = null;
    }
    root.setCenter(center());
    root.setBottom(new StatusBar(vm, exports.statusProperty()));
  }

  /**
   * The uncertainty view, built when first shown: its charts cost start-up time most sessions never
   * use.
   */
  private Region uncertaintyView() {
    if (uncertaintyView == null) {
      uncertaintyView = new UncertaintyView(analysis, charts.themeProperty());
      uncertaintyPane = withRangeWarning(uncertaintyView);
    }
    return uncertaintyPane;
  }

  /** The uncertainty view under a warning line naming the sliders outside their ranges. */
  private Region withRangeWarning(Region view) {
    Label warning = new Label();
    warning.setId("mc-range-warning");
    warning.getStyleClass().add(AnalysisStyles.UNCERTAINTY_WARNING);
    warning.setWrapText(true);
    warning.textProperty().bind(OutOfRangeWarning.follow(vm));
    warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
    warning.managedProperty().bind(warning.visibleProperty());
    warning.setMaxWidth(Double.MAX_VALUE);
    VBox box = new VBox(4, warning, view);
    VBox.setVgrow(view, Priority.ALWAYS);
    return box;
  }

  /** What the charts show now (A, and B while comparing); what an export writes. */
  private ChartInput chartInput() {
    ChartInput shown = charts.presentedInput();
    return shown != null ? shown : ChartInput.of(vm.scenario(), vm.result());
  }

  private Region center() {
    for (ChartKind kind : ChartsPresenter.ORDER) {
      ChartMenu.install(
          charts.view(kind),
          () -> exports.exportChart(kind),
          analysis.claims(),
          () -> compare.mode() != CompareViewModel.Mode.PINNED_A_LIVE_B,
          stage,
          this::showClaims);
    }
    ChartGrid grid = new ChartGrid(ChartsPresenter.ORDER, presenter.cells());
    ChartTabs tabs =
        new ChartTabs(
            grid,
            this::uncertaintyView,
            analysis.uncertainty().activeProperty(),
            () -> RealityCheckView.of(vm));
    CompareSplit body =
        new CompareSplit(
            tabs, new ComparePanel(compare, charts.themeProperty()), compare.activeProperty());
    VBox center = new VBox(header(), kpiRow(), body);
    center.getStyleClass().add("center");
    center.setMinWidth(0);
    VBox.setVgrow(body, Priority.ALWAYS);
    return center;
  }

  /** Shows the uncertainty view with its claims panel in front. */
  private void showClaims() {
    analysis.uncertainty().activeProperty().set(true);
    uncertaintyView(); // builds it on first use
    uncertaintyView.showClaims();
  }

  /** Opens the goal-seek dialog (not modal; one per window). */
  public void showGoalSeek() {
    if (goalSeek == null) {
      goalSeek = new GoalSeekDialog(stage, analysis.goalSeek());
    }
    goalSeek.show(analysis.goalSeek());
  }

  /** Opens the goal-seek dialog on one of the essay's two questions, answered. */
  public void showGoalSeek(GoalSeek.Preset preset) {
    showGoalSeek();
    analysis.goalSeek().solvePreset(preset);
  }

  private void relocalize() {
    vm.relocalize();
    analysis.relocalize();
    compare.relocalize();
    charts.refreshTexts();
    if (presentation.isShowing()) {
      exitPresentation();
    } else {
      build();
    }
  }

  private void applyTheme() {
    Theme theme =
        presentation.isShowing()
            ? appearance.presentationThemeProperty().get()
            : appearance.themeProperty().get();
    Parent current = scene.getRoot();
    for (Parent p : List.of(root, current)) {
      for (Theme t : Theme.values()) {
        p.getStyleClass().remove(t.styleClass());
      }
      p.getStyleClass().add(theme.styleClass());
    }
    root.getStyleClass().remove("presentation");
    if (presentation.isShowing()) {
      current.getStyleClass().add("presentation");
    }
    charts.applyTheme(ChartTheme.valueOf(theme.name()));
  }

  private void chooseCompareFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get("dialog.compareOpen.title"));
    chooser
        .getExtensionFilters()
        .add(
            new FileChooser.ExtensionFilter(
                Messages.get("dialog.filter.scenario"),
                "*" + com.computegap.text.DocumentNames.EXTENSION));
    File f = chooser.showOpenDialog(stage);
    if (f != null) {
      compareWithFile(f.toPath());
    }
  }

  /** Shows {@code file} as B against the live document; a bad file gets the validator's message. */
  public void compareWithFile(Path file) {
    try {
      compare.openB(file);
    } catch (DocumentException e) {
      Dialogs.showError(stage, "dialog.openFailed.header", e);
    }
  }

  private Region header() {
    Label name = new Label();
    name.setId("scenario-name");
    name.getStyleClass().add(Styles.SCENARIO_NAME);
    Label description = new Label();
    description.setId("scenario-description");
    description.getStyleClass().add(Styles.SCENARIO_DESCRIPTION);
    description.setWrapText(true);
    description.setMaxHeight(44);
    // one or two lines as the window allows; the whole text is one hover away
    Tooltip whole = new Tooltip();
    whole.setWrapText(true);
    whole.setMaxWidth(520);
    whole.textProperty().bind(description.textProperty());
    description.setTooltip(whole);
    vm.scenarioProperty().addListener((obs, was, now) -> describe(now, name, description));
    describe(vm.scenario(), name, description);
    VBox box = new VBox(2, name, description);
    box.getStyleClass().add(Styles.SCENARIO_HEADER);
    return box;
  }

  private static void describe(Scenario s, Label name, Label description) {
    name.setText(s.name());
    description.setText(s.description());
  }

  private Region kpiRow() {
    List<KpiCard> cards = new java.util.ArrayList<>();
    for (KpiViewModel k : vm.kpis()) {
      KpiCard card = new KpiCard(k);
      ClaimMenu.install(card, k.kind(), analysis.claims(), stage, this::showClaims);
      cards.add(card);
    }
    return new KpiRow(cards);
  }
}
