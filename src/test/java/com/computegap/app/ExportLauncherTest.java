package com.computegap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code export} through the real launcher in a fresh JVM: exit statuses and streams of MODEL.md
 * section 4.
 */
class ExportLauncherTest {

  @TempDir Path dir;

  record Result(int status, String out, String err) {}

  private static Result launch(String... command) throws IOException, InterruptedException {
    List<String> args =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName()));
    args.addAll(List.of(command));
    Process p = new ProcessBuilder(args).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
    return new Result(p.exitValue(), out, err);
  }

  @Test
  void shouldAnswerBadInputWithExitStatus2AndOneLineOnStderr() throws Exception {
    Path bad = dir.resolve("bad.gapx.json");
    Files.writeString(bad, "{\"schemaVersion\": 1, \"name\": ");
    Path out = dir.resolve("out.xlsx");
    Result r = launch("export", bad.toString(), "--to", out.toString());
    assertEquals(2, r.status(), r.err());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: ") && r.err().contains("bad.gapx.json"), r.err());
    assertTrue(!Files.exists(out), "no file written");
  }

  @ParameterizedTest
  @CsvSource({"essay.xlsx, PK", "essay.pdf, %PDF"})
  void shouldWriteTheFileWithNothingOnEitherStream(String name, String magic) throws Exception {
    Path out = dir.resolve(name);
    Result r =
        launch(
            "export",
            Path.of("scenarios", "essay-2024.gapx.json").toString(),
            "--to",
            out.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err(), "no library logging on stderr");
    byte[] bytes = Files.readAllBytes(out);
    assertTrue(bytes.length > 1000, name);
    assertEquals(magic, new String(bytes, 0, magic.length(), StandardCharsets.US_ASCII), name);
  }
}
