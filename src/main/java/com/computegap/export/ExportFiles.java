package com.computegap.export;

import com.computegap.scenario.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing an export: all or nothing, so a failed export never leaves half a file behind. */
final class ExportFiles {

  private ExportFiles() {}

  /**
   * Writes {@code bytes} to {@code target} through a temporary file in the same folder, created if
   * missing, renamed over the target at the end.
   */
  static void write(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    AtomicFileWriter.write(target, out -> out.write(bytes), false);
  }
}
