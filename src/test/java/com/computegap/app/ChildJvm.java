package com.computegap.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@link Launcher#main} in a fresh JVM, as a user's shell would: the test class path,
 * no display, none of the JVM option variables that would add a line to stderr.
 */
final class ChildJvm {

  /**
   * A hang guard, not a performance bound: a case that took 47 s before the hardening fails here
   * instead of stalling the build. Normal runs take well under a second (see the README).
   */
  static final long TIMEOUT_SECONDS = 30;

  private ChildJvm() {}

  /** What one child printed and returned. */
  record Run(int status, String out, String err) {}

  /** {@code java -Xmx64m ... Launcher args} with stdout captured. */
  static Run launch(List<String> args) {
    return launch(args, null);
  }

  /**
   * As {@link #launch(List)}; with {@code stdout} non-null, the child's output goes to that file.
   */
  static Run launch(List<String> args, File stdout) {
    List<String> command =
        new ArrayList<>(
            List.of(
                java(),
                "-Xmx64m",
                "-Xss1m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("JAVA_TOOL_OPTIONS");
    env.remove("JDK_JAVA_OPTIONS");
    env.remove("_JAVA_OPTIONS");
    try {
      // Files rather than pipes: nothing has to drain them while the child runs.
      File out = stdout != null ? stdout : File.createTempFile("launcher-out", ".txt");
      File err = File.createTempFile("launcher-err", ".txt");
      try {
        pb.redirectOutput(out);
        pb.redirectError(err);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new AssertionError(
              "the launcher did not finish within " + TIMEOUT_SECONDS + " s: " + args);
        }
        String printed =
            stdout != null ? "" : Files.readString(out.toPath(), StandardCharsets.UTF_8);
        return new Run(
            p.exitValue(), printed, Files.readString(err.toPath(), StandardCharsets.UTF_8));
      } finally {
        if (stdout == null) {
          Files.deleteIfExists(out.toPath());
        }
        Files.deleteIfExists(err.toPath());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String java() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    if (!java.toFile().canExecute()) {
      throw new IllegalStateException("no java launcher at " + java);
    }
    return java.toString();
  }
}
