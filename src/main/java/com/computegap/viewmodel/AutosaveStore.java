package com.computegap.viewmodel;

import static com.computegap.scenario.AtomicFileWriter.Access.PRIVATE;

import com.computegap.model.Scenario;
import com.computegap.scenario.AtomicFileWriter;
import com.computegap.scenario.ScenarioException;
import com.computegap.scenario.ScenarioReader;
import com.computegap.scenario.ScenarioWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Keeps a copy of unsaved changes in the application-data folder, so a crash loses at most the last
 * autosave interval. Each running window owns one session: {@code ID.gapx.json} (the scenario),
 * {@code ID.properties} (which file it belongs to, when) and {@code ID.lock}, locked while the
 * session lives and naming its process. An autosave whose owner process is gone, or whose lock can
 * be taken, belongs to a session that ended without cleaning up, that is, a crash: it is offered
 * for recovery at the next start.
 */
public final class AutosaveStore implements AutoCloseable {

  /** A crashed session's unsaved changes. */
  public record Recovery(
      Path scenarioFile, Scenario scenario, Path documentFile, Instant savedAt) {}

  /** Keys of a lock file: the owner's process id and, where the OS tells, its start time. */
  static final String PID = "pid";

  static final String STARTED = "started";

  /** Sessions open in this JVM (other windows of ours share its process id). */
  private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

  private final Path folder;
  private final String session = UUID.randomUUID().toString();
  private FileChannel lockChannel;
  private FileLock lock;

  /** Opens the store and claims a session in {@code folder} (created when missing). */
  public AutosaveStore(Path folder) throws IOException {
    this.folder = folder;
    Files.createDirectories(folder);
    lockChannel =
        FileChannel.open(
            folder.resolve(session + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    LIVE.add(session);
    try {
      lock = lockChannel.tryLock();
    } catch (IOException e) {
      lock = null; // a file system without locks: the process id below still tells
    }
    ProcessHandle self = ProcessHandle.current();
    Properties owner = new Properties();
    owner.setProperty(PID, Long.toString(self.pid()));
    self.info().startInstant().ifPresent(t -> owner.setProperty(STARTED, t.toString()));
    var text = new java.io.StringWriter();
    owner.store(text, null);
    lockChannel.write(java.nio.ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
    lockChannel.force(true);
  }

  /** Writes {@code scenario} as this session's autosave, atomically. */
  public void save(Scenario scenario, Path documentFile) throws IOException {
    byte[] json = ScenarioWriter.toJson(scenario).getBytes(StandardCharsets.UTF_8);
    AtomicFileWriter.write(
        folder.resolve(session + ".gapx.json"), out -> out.write(json), false, PRIVATE);
    Properties meta = new Properties();
    meta.setProperty("savedAt", Instant.now().toString());
    if (documentFile != null) {
      meta.setProperty("file", documentFile.toAbsolutePath().toString());
    }
    AtomicFileWriter.write(
        folder.resolve(session + ".properties"), out -> meta.store(out, null), false, PRIVATE);
  }

  /** Forgets this session's autosave (the document was saved or its changes discarded). */
  public void clear() throws IOException {
    Files.deleteIfExists(folder.resolve(session + ".gapx.json"));
    Files.deleteIfExists(folder.resolve(session + ".properties"));
  }

  /** Autosaves left behind by sessions that ended without cleaning up, newest first. */
  public List<Recovery> orphans() throws IOException {
    List<Recovery> found = new ArrayList<>();
    sweepStaleLocks();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".gapx.json")).toList()) {
        String id = f.getFileName().toString().replace(".gapx.json", "");
        if (id.equals(session) || isAlive(id)) {
          continue;
        }
        Recovery r = read(id, f);
        if (r != null) {
          found.add(r);
        }
      }
    }
    found.sort((a, b) -> b.savedAt().compareTo(a.savedAt()));
    return found;
  }

  /** Deletes a crashed session's files once its changes were recovered or declined. */
  public void discard(Recovery r) throws IOException {
    String id = r.scenarioFile().getFileName().toString().replace(".gapx.json", "");
    for (String ext : new String[] {".gapx.json", ".properties", ".lock"}) {
      Files.deleteIfExists(folder.resolve(id + ext));
    }
  }

  /** Ends the session: clears the autosave and releases the lock. */
  @Override
  public void close() throws IOException {
    LIVE.remove(session);
    clear();
    if (lock != null) {
      lock.release();
    }
    lockChannel.close();
    Files.deleteIfExists(folder.resolve(session + ".lock"));
  }

  /** Ends the session as a crash would: the autosave stays, the lock goes. For tests. */
  void abandon() throws IOException {
    LIVE.remove(session);
    if (lock != null) {
      lock.release();
    }
    lockChannel.close();
  }

  /**
   * Deletes the lock files of dead sessions that left no autosave (a kill with nothing unsaved).
   */
  private void sweepStaleLocks() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".lock")).toList()) {
        String id = f.getFileName().toString().replace(".lock", "");
        if (!id.equals(session)
            && !Files.exists(folder.resolve(id + ".gapx.json"))
            && !isAlive(id)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /**
   * Whether session {@code id} still runs. The lock file names its owner process: when that process
   * is gone (or the id now belongs to a process started later) the session is dead, whatever the
   * file lock says, so a lock left behind by a killed window, or one a file system keeps after its
   * owner died, never blocks recovery. Without an owner in the file, the OS file lock decides.
   */
  private boolean isAlive(String id) {
    Path lockFile = folder.resolve(id + ".lock");
    if (!Files.exists(lockFile)) {
      return false;
    }
    Properties owner = new Properties();
    try (var in = Files.newBufferedReader(lockFile, StandardCharsets.UTF_8)) {
      owner.load(in);
    } catch (IOException | IllegalArgumentException e) {
      owner.clear();
    }
    Boolean byProcess = ownerAlive(id, owner);
    if (byProcess != null) {
      if (!byProcess) {
        return false;
      }
      if (owner.getProperty(STARTED) != null) {
        return true; // the very process that took the lock still runs
      }
    }
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock other = ch.tryLock();
      if (other == null) {
        return true;
      }
      other.release();
      return false;
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return true; // locked by this very JVM: another window of ours
    } catch (IOException e) {
      return true; // cannot tell: leave it alone rather than steal a live session's file
    }
  }

  /** Whether the lock's owner process runs; {@code null} when the lock names no owner. */
  private static Boolean ownerAlive(String id, Properties owner) {
    long pid;
    try {
      pid = Long.parseLong(owner.getProperty(PID, ""));
    } catch (NumberFormatException e) {
      return null;
    }
    if (pid == ProcessHandle.current().pid()) {
      return LIVE.contains(id);
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    String started = owner.getProperty(STARTED);
    Optional<Instant> actual = process.get().info().startInstant();
    if (started != null && actual.isPresent()) {
      try {
        return Instant.parse(started).equals(actual.get());
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
    return true;
  }

  private static Recovery read(String id, Path scenarioFile) {
    try {
      Scenario s = ScenarioReader.read(scenarioFile);
      Properties meta = new Properties();
      Path metaFile = scenarioFile.resolveSibling(id + ".properties");
      if (Files.isRegularFile(metaFile)) {
        try (var in = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
          meta.load(in);
        }
      }
      Instant at =
          meta.containsKey("savedAt")
              ? Instant.parse(meta.getProperty("savedAt"))
              : Files.getLastModifiedTime(scenarioFile).toInstant();
      Path doc = meta.containsKey("file") ? Path.of(meta.getProperty("file")) : null;
      return new Recovery(scenarioFile, s, doc, at);
    } catch (ScenarioException | IOException | RuntimeException e) {
      return null; // a damaged autosave is not worth an error dialog at start-up
    }
  }
}
