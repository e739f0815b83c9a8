package com.computegap.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart from {@link Launcher} so commands never load JavaFX. */
final class GuiMain {

    private GuiMain() {
    }

    static void start(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }
}
