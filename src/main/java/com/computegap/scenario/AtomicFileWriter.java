package com.computegap.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a
 * mix: the content goes to a temporary file in the same folder, is flushed to disk, the previous
 * version is kept as {@code NAME.bak}, and the temporary file is renamed over the target. Written
 * files are readable by others ({@code rw-r--r--}) unless written {@link Access#PRIVATE}.
 */
public final class AtomicFileWriter {

  /** Writes the new content; may fail half-way, which leaves the target untouched. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Who may read the written file, on file systems with POSIX permissions. */
  public enum Access {
    /** {@code rw-r--r--}: documents and exports, which others (and a mail client) may read. */
    SHARED("rw-r--r--"),
    /** {@code rw-------}: the user's own working data, such as the autosave of unsaved changes. */
    PRIVATE("rw-------");

    private final Set<PosixFilePermission> permissions;

    Access(String permissions) {
      this.permissions = PosixFilePermissions.fromString(permissions);
    }

    /** The permissions a written file gets. */
    public Set<PosixFilePermission> permissions() {
      return permissions;
    }
  }

  private AtomicFileWriter() {}

  /** The backup kept beside {@code target}. */
  public static Path backupOf(Path target) {
    return target.resolveSibling(target.getFileName() + ".bak");
  }

  /**
   * Writes {@code content} to {@code target} atomically, keeping the previous version as {@link
   * #backupOf(Path) NAME.bak}.
   *
   * @throws IOException when any step fails; the target then holds its previous content and no
   *     temporary file is left behind
   */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, true);
  }

  /**
   * Writes {@code content} to {@code target} atomically; {@code keepBackup} says whether the
   * previous version is kept as {@code NAME.bak} (scenarios: yes; generated exports: no).
   */
  public static void write(Path target, Content content, boolean keepBackup) throws IOException {
    write(target, content, keepBackup, Access.SHARED);
  }

  /**
   * Writes {@code content} to {@code target} atomically, the file readable as {@code access} says
   * (the temporary file the content goes to would otherwise be private to the user: {@link
   * Files#createTempFile} makes it {@code rw-------}).
   */
  public static void write(Path target, Content content, boolean keepBackup, Access access)
      throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (Files.exists(absolute) && !Files.isWritable(absolute)) {
      throw new java.nio.file.AccessDeniedException(
          absolute.toString(), null, "the file is read-only");
    }
    Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
    try {
      if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temp, access.permissions());
      }
      try (FileChannel channel =
              FileChannel.open(
                  temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (keepBackup && Files.isRegularFile(absolute)) {
        Files.copy(
            absolute,
            backupOf(absolute),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.COPY_ATTRIBUTES);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }
}
