package com.computegap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-file corpus ({@code src/test/resources/bad/}, one expected message fragment per file in
 * {@code expected.tsv}) and the cases that cannot be committed as files, run through the real
 * command line: for {@code validate} and {@code model} alike, exit status 2, nothing on stdout and
 * exactly one stderr line {@code error: FILE: ...} with the expected place and reason, in bounded
 * time.
 */
class BadScenarioFilesTest {

  private static final Duration BOUND = Duration.ofSeconds(5);
  private static final List<String> COMMANDS = List.of("validate", "model");

  private static Path corpus;

  @BeforeAll
  static void findCorpus() throws URISyntaxException {
    corpus =
        Path.of(BadScenarioFilesTest.class.getResource("/bad/expected.tsv").toURI()).getParent();
  }

  /** One row of {@code expected.tsv}. */
  record Case(String file, String fragment) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> corpusCases() throws IOException, URISyntaxException {
    Path tsv = Path.of(BadScenarioFilesTest.class.getResource("/bad/expected.tsv").toURI());
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      cases.add(new Case(parts[0], parts[1]));
    }
    return cases;
  }

  static Stream<Arguments> corpusRuns() throws IOException, URISyntaxException {
    return corpusCases().stream().flatMap(c -> COMMANDS.stream().map(cmd -> Arguments.of(cmd, c)));
  }

  @Test
  void shouldListEveryCorpusFileWithAnExpectedMessage() throws IOException, URISyntaxException {
    Set<String> listed = new TreeSet<>();
    corpusCases().forEach(c -> assertTrue(listed.add(c.file()), "listed twice: " + c.file()));
    Set<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(corpus)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".gapx.json"))
          .forEach(present::add);
    }
    assertEquals(present, listed);
    assertTrue(listed.size() >= 45, "the corpus has " + listed.size() + " files");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("corpusRuns")
  void shouldRejectCorpusFileWithOneClearErrorLine(String command, Case c) {
    String file = corpus.resolve(c.file()).toString();
    assertRejected(command, file, c.fragment());
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "model"})
  void shouldAcceptUtf8ByteOrderMarkAsWindowsEditorsWriteIt(String command, @TempDir Path dir)
      throws IOException {
    // A deliberate choice: Notepad and other Windows editors put EF BB BF in front of UTF-8 text.
    Path plain = essay();
    Path withBom = dir.resolve("essay-bom.gapx.json");
    byte[] bytes = Files.readAllBytes(plain);
    byte[] bom = new byte[bytes.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, bom, 3, bytes.length);
    Files.write(withBom, bom);

    Run expected = run(command, plain.toString());
    Run actual = run(command, withBom.toString());

    assertEquals(0, actual.status(), actual.err());
    assertEquals("", actual.err());
    assertEquals(expected.out(), actual.out());
    assertFalse(actual.out().isEmpty());
  }

  // ---- cases that cannot be committed as files: made at test time ----

  @ParameterizedTest
  @ValueSource(strings = {"validate", "model"})
  void shouldRefuseA50MegabyteFileQuickly(String command, @TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.gapx.json");
    byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write(Files.readAllBytes(essay()), 0, 1);
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write('}');
    }
    assertRejected(command, big.toString(), "the file is larger than 1 MiB (1048576 bytes)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "model"})
  void shouldRefuseOneByteOverTheLimitButAcceptTheLimit(String command, @TempDir Path dir)
      throws IOException {
    byte[] essay = Files.readAllBytes(essay());
    Path atLimit = dir.resolve("at-limit.gapx.json");
    Path overLimit = dir.resolve("over-limit.gapx.json");
    Files.write(atLimit, padded(essay, 1 << 20));
    Files.write(overLimit, padded(essay, (1 << 20) + 1));

    Run ok = run(command, atLimit.toString());
    assertEquals(0, ok.status(), ok.err());
    assertRejected(command, overLimit.toString(), "the file is larger than 1 MiB");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "model"})
  void shouldRefuseAFolder(String command, @TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.gapx.json"));
    assertRejected(command, folder.toString(), "is a folder, not a scenario file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "model"})
  void shouldRefuseAMissingFile(String command, @TempDir Path dir) {
    assertRejected(command, dir.resolve("absent.gapx.json").toString(), "no such file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "model"})
  void shouldRefuseAPathWhoseParentIsARegularFile(String command, @TempDir Path dir)
      throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "plain text");
    assertRejected(
        command,
        notAFolder.resolve("essay.gapx.json").toString(),
        "cannot be read: a folder in its path is a file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "model"})
  void shouldRefuseAFileThatCannotBeRead(String command) {
    // The tests run as root, which ignores permission bits, so chmod 000 cannot make a file
    // unreadable here. /proc/self/mem is a file the kernel refuses to read (EIO at offset 0)
    // even for root: it stands in for an unreadable file or a failing disk.
    Path unreadable = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(unreadable), "needs Linux /proc");
    assertRejected(command, unreadable.toString(), "cannot be read: Input/output error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "model"})
  void shouldRefuseAFileNameTooLongForTheFileSystem(String command, @TempDir Path dir) {
    String name = "x".repeat(300) + ".gapx.json";
    assertRejected(command, dir + "/" + name, "cannot be read: File name too long");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "model"})
  void shouldRefuseASymbolicLinkLoop(String command, @TempDir Path dir) throws IOException {
    Path loop = dir.resolve("loop.gapx.json");
    Files.createSymbolicLink(loop, loop.getFileName());
    assertRejected(command, loop.toString(), "cannot be read: Too many levels of symbolic links");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "model"})
  void shouldRefuseAnEndlessDeviceWithoutReadingIt(String command) {
    Path endless = Path.of("/dev/zero");
    assumeTrue(Files.exists(endless), "needs /dev/zero");
    assertRejected(command, endless.toString(), "is a character device, not a regular file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "model"})
  void shouldRefuseANamedPipeWithNoWriterAtOnce(String command, @TempDir Path dir)
      throws Exception {
    // Opening a FIFO for reading blocks until a writer comes; none ever does here.
    Path fifo = dir.resolve("pipe.gapx.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "needs mkfifo");
    assertRejected(command, fifo.toString(), "is a named pipe (FIFO), not a regular file");
  }

  // ---- helpers ----

  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int status =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertRejected(String command, String file, String fragment) {
    Run r = assertTimeoutPreemptively(BOUND, () -> run(command, file));
    assertEquals(Cli.BAD_INPUT, r.status(), () -> "exit status; stderr: " + r.err());
    assertEquals("", r.out(), "nothing on stdout");
    assertTrue(r.err().endsWith("\n"), () -> "stderr ends with a newline: " + r.err());
    String line = r.err().substring(0, r.err().length() - 1);
    assertFalse(
        line.contains("\n") || line.contains("\r"), () -> "exactly one stderr line: " + r.err());
    assertTrue(line.startsWith("error: " + file + ": "), () -> "names the file: " + line);
    assertTrue(line.contains(fragment), () -> "expected '" + fragment + "' in: " + line);
    assertFalse(
        line.contains("Exception") || line.contains("\tat ") || line.contains("internal fault"),
        () -> "no stack trace or exception name: " + line);
  }

  private static Path essay() {
    return Path.of("scenarios", "essay-2024.gapx.json");
  }

  /** {@code json} followed by spaces up to exactly {@code size} bytes. */
  private static byte[] padded(byte[] json, int size) {
    byte[] bytes = new byte[size];
    java.util.Arrays.fill(bytes, (byte) ' ');
    System.arraycopy(json, 0, bytes, 0, json.length);
    return bytes;
  }
}
