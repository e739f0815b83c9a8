package com.computegap.view;

import com.computegap.model.Scenario;
import com.computegap.scenario.ScenarioFiles;
import com.computegap.viewmodel.ExplorerViewModel;
import com.computegap.viewmodel.KpiViewModel;
import com.computegap.viewmodel.Messages;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import com.computegap.viewmodel.AutosaveStore;
import java.io.File;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.nio.file.Path;

/**
 * The explorer window: menus, the controls panel on the left, the scenario's name, KPI cards and
 * charts in the middle, a status line at the bottom. Wires the view model's once-per-frame
 * recompute to the scene's pulse.
 */
public final class MainWindow {

    private final ExplorerViewModel vm;
    private final Stage stage;
    private final DocumentActions actions;
    private final BorderPane root = new BorderPane();
    private final VBox center = new VBox();
    private final Scene scene;
    private final Label status = new Label();

    public MainWindow(ExplorerViewModel vm, Stage stage, Region charts, Menu... extraMenus) {
        this.vm = vm;
        this.stage = stage;
        this.actions = new DocumentActions(vm, () -> stage);
        MenuBar menus = new MainMenu(vm, actions, this::requestClose).build(extraMenus);
        root.setTop(menus);
        root.setLeft(new ControlsPanel(vm));
        center.getStyleClass().add("center");
        center.getChildren().addAll(header(), kpiRow(), charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        root.setCenter(center);
        root.setBottom(statusBar());
        root.setId("main-window");

        scene = new Scene(root, 1600, 1000);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        scene.addPreLayoutPulseListener(vm::flushRecompute);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm::redo);
        acceptDroppedFiles();

        stage.titleProperty().bind(vm.titleProperty());
        stage.setScene(scene);
        stage.setMinWidth(1100);
        stage.setMinHeight(700);
        stage.setOnCloseRequest(e -> {
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

    /**
     * Offers the newest autosave a crashed session left behind; recovers it into the window or deletes
     * it, as the user chooses.
     */
    public void offerRecovery(AutosaveStore store) {
        try {
            List<AutosaveStore.Recovery> offers = store.orphans();
            if (offers.isEmpty()) {
                return;
            }
            AutosaveStore.Recovery newest = offers.get(0);
            String name = newest.documentFile() != null ? newest.documentFile().getFileName().toString()
                    : newest.scenario().name();
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Messages.locale())
                    .format(newest.savedAt().atZone(ZoneId.systemDefault()));
            if (Dialogs.askToRecover(stage, name, when)) {
                vm.recover(newest);
            }
            store.discard(newest);
        } catch (IOException e) {
            // Recovery is best effort: a damaged autosave folder must not stop the app from starting.
        }
    }

    /** Closes the window unless the user cancels at the unsaved-changes question. */
    public void requestClose() {
        if (actions.confirmDiscard()) {
            stage.close();
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
        HBox row = new HBox();
        row.getStyleClass().add(Styles.KPI_ROW);
        row.setId("kpi-row");
        for (KpiViewModel k : vm.kpis()) {
            KpiCard card = new KpiCard(k);
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setMaxWidth(Double.MAX_VALUE);
            row.getChildren().add(card);
        }
        return row;
    }

    private Region statusBar() {
        status.setId("status");
        Runnable refresh = () -> {
            Path f = vm.fileProperty().get();
            String where = f != null ? f.toAbsolutePath().toString()
                    : vm.bundledName() != null ? Messages.format("status.bundled", vm.bundledName())
                    : Messages.get("status.unsaved");
            status.setText(Messages.format("status.text", where,
                    String.format(Messages.locale(), "%.1f", vm.lastRecomputeNanos() / 1000.0)));
        };
        vm.resultProperty().addListener((obs, was, now) -> refresh.run());
        vm.fileProperty().addListener((obs, was, now) -> refresh.run());
        refresh.run();
        HBox bar = new HBox(status);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
    }

    private void acceptDroppedFiles() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                File f = e.getDragboard().getFiles().get(0);
                e.setDropCompleted(true);
                e.consume();
                // Opened after the drop completes, so the modal dialogs do not block the drag source.
                javafx.application.Platform.runLater(() -> actions.open(f.toPath()));
                return;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

}
