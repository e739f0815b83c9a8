package com.computegap.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Only regular files are read as scenarios. A named pipe with no writer would block the reader
 * forever, a device may never end, and a socket cannot be opened at all; all of them are refused
 * before anything is opened. Symbolic links are followed, so a link to a regular file is fine.
 */
final class RegularFileCheck {

  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private RegularFileCheck() {}

  /**
   * Why {@code file} is not to be read, or {@code null} when it is a regular file or cannot be
   * examined (then opening it gives the precise reason: no such file, a link loop, ...).
   */
  static String problem(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    }
    if (attributes.isRegularFile()) {
      return null;
    }
    if (attributes.isDirectory()) {
      return "is a folder, not a scenario file";
    }
    return "is " + kind(file) + ", not a regular file; scenario files are ordinary files";
  }

  private static String kind(Path file) {
    try {
      Object mode = Files.getAttribute(file, "unix:mode");
      if (mode instanceof Integer m) {
        return switch (m & TYPE_MASK) {
          case FIFO -> "a named pipe (FIFO)";
          case CHARACTER_DEVICE -> "a character device";
          case BLOCK_DEVICE -> "a block device";
          case SOCKET -> "a socket";
          default -> "a special file";
        };
      }
    } catch (IOException
        | UnsupportedOperationException
        | IllegalArgumentException
        | SecurityException e) {
      // no unix view (Windows): say what is known
    }
    return "a special file (a pipe, socket or device)";
  }
}
