package com.computegap.app;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headless commands never load JavaFX (MODEL.md section 4). Runs the real {@link Launcher#main}
 * in a fresh JVM with {@code -verbose:class} and reads which classes it loaded: in-process checks
 * would be fooled by UI tests that loaded JavaFX earlier in the same JVM.
 */
class HeadlessLauncherTest {

    @ParameterizedTest
    @CsvSource({
            "validate, 0, ok",
            "model, 0, 'year,hyperscalerCapexUsdB,'",
            "help, 0, usage:"
    })
    void shouldRunCommandWithoutLoadingAnyJavaFxClass(String command, int status, String expected) throws Exception {
        List<String> args = new ArrayList<>(List.of(javaExecutable(), "-verbose:class", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), command));
        if (!command.equals("help")) {
            args.add(Path.of("scenarios", "essay-2024.gapx.json").toString());
        }
        Process p = new ProcessBuilder(args).redirectErrorStream(false).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");

        assertEquals(status, p.exitValue(), err);
        List<String> loaded = out.lines().filter(l -> l.startsWith("[") && l.contains("class,load")).toList();
        // The class log works (so an empty match below means something): the launcher and the CLI are in it.
        assertTrue(loaded.stream().anyMatch(l -> l.contains(" com.computegap.cli.Cli ")), "class log captured");
        List<String> javafx = loaded.stream().filter(l -> l.contains(" javafx.") || l.contains(" com.sun.javafx.")
                || l.contains(" com.computegap.app.GuiMain ") || l.contains(" com.computegap.app.ExplorerApp ")).toList();
        assertEquals(List.of(), javafx, "JavaFX classes loaded by '" + command + "'");
        String programOutput = String.join("\n", out.lines().filter(l -> !l.startsWith("[")).toList());
        assertTrue(programOutput.startsWith(expected), programOutput);
    }

    private static String javaExecutable() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!java.toFile().canExecute()) {
            throw new IOException("no java launcher at " + java);
        }
        return java.toString();
    }
}
