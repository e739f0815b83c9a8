package com.computegap.app;

import com.computegap.cli.Cli;

/**
 * The program's entry point. A headless command ({@code model}, {@code montecarlo}, {@code validate},
 * {@code help}) runs without initialising JavaFX; anything else opens the window, with an optional
 * scenario file to open.
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}: the launcher of
 * a plain jar would otherwise insist on the JavaFX runtime before {@code main} runs.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        // Resolved only here, so commands never load a JavaFX class.
        GuiMain.start(args);
    }
}
