package com.computegap.scenario;

import com.computegap.model.Scenario;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scenario files: bounded read, UTF-8 check, strict JSON parse, optional {@code --set}
 * overrides, then validation. Every failure is a {@link ScenarioException} whose message names the
 * file, the place and the reason; nothing else escapes, whatever the bytes.
 */
public final class ScenarioReader {

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  private ScenarioReader() {}

  /** Reads and validates {@code file}; messages name it as {@code file.toString()}. */
  public static Scenario read(Path file) throws ScenarioException {
    return read(file, file.toString(), List.of());
  }

  /**
   * Reads {@code file}, applies {@code overrides} ({@code PATH=VALUE}, MODEL.md section 4) to the
   * JSON, then validates.
   *
   * @param label how messages name the file
   */
  public static Scenario read(Path file, String label, List<String> overrides)
      throws ScenarioException {
    return parse(readBounded(file, label), label, overrides);
  }

  /** Parses and validates the bytes of a scenario file. */
  public static Scenario parse(byte[] bytes, String label, List<String> overrides)
      throws ScenarioException {
    JsonNode root = tree(bytes, label);
    if (!overrides.isEmpty()) {
      if (!(root instanceof ObjectNode object)) {
        throw new ScenarioException(label, "the top level must be a JSON object { ... }");
      }
      for (String override : overrides) {
        ScenarioOverrides.apply(object, override, label);
      }
    }
    return bind(root, label);
  }

  /** Parses and validates JSON text (bundled scenarios, tests). */
  public static Scenario parse(String json, String label) throws ScenarioException {
    return parse(json.getBytes(StandardCharsets.UTF_8), label, List.of());
  }

  static Scenario bind(JsonNode root, String label) throws ScenarioException {
    ScenarioBinder binder = new ScenarioBinder();
    Scenario scenario = binder.bind(root);
    if (scenario == null) {
      throw new ScenarioException(label, binder.problems());
    }
    return scenario;
  }

  /** At most {@link ScenarioJson#MAX_FILE_BYTES} bytes of {@code file}, or a clear refusal. */
  static byte[] readBounded(Path file, String label) throws ScenarioException {
    String notRegular = RegularFileCheck.problem(file);
    if (notRegular != null) {
      throw new ScenarioException(label, notRegular);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(ScenarioJson.MAX_FILE_BYTES + 1);
      if (bytes.length > ScenarioJson.MAX_FILE_BYTES) {
        throw new ScenarioException(
            label,
            "the file is larger than 1 MiB ("
                + ScenarioJson.MAX_FILE_BYTES
                + " bytes); scenario files are small JSON documents");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new ScenarioException(label, "no such file");
    } catch (AccessDeniedException e) {
      throw new ScenarioException(label, "cannot be read: permission denied");
    } catch (FileSystemException e) {
      // The reason alone: the exception's own message repeats the path.
      String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
      throw new ScenarioException(
          label,
          "cannot be read: "
              + (reason.equals("Not a directory") ? "a folder in its path is a file" : reason),
          e);
    } catch (IOException e) {
      throw new ScenarioException(label, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** The JSON tree of UTF-8 bytes; refuses other encodings, binary data and malformed JSON. */
  static JsonNode tree(byte[] bytes, String label) throws ScenarioException {
    String text = decodeUtf8(bytes, label);
    if (text.isBlank()) {
      throw new ScenarioException(label, "the file is empty");
    }
    try {
      return ScenarioJson.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ScenarioException(label, List.of(syntaxProblem(e)));
    }
  }

  private static String decodeUtf8(byte[] bytes, String label) throws ScenarioException {
    String other = otherUnicodeEncoding(bytes);
    if (other != null) {
      throw new ScenarioException(
          label,
          "the file is "
              + other
              + " encoded; scenario files must be UTF-8"
              + " (save it again as UTF-8)");
    }
    int start = 0;
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      start = 3; // A UTF-8 byte-order mark, as some Windows editors write: harmless, so skipped.
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new ScenarioException(
            label,
            "the file contains NUL bytes (at byte "
                + i
                + "): it is binary data, not a UTF-8 scenario file");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return decoder.decode(in).toString();
    } catch (MalformedInputException e) {
      throw new ScenarioException(
          label,
          "the file is not valid UTF-8 text (bad byte at offset "
              + in.position()
              + "); scenario files must be UTF-8 JSON");
    } catch (CharacterCodingException e) {
      throw new ScenarioException(
          label, "the file is not valid UTF-8 text; scenario files must be UTF-8 JSON");
    }
  }

  /**
   * "UTF-16" or "UTF-32" when the bytes are JSON text in one of those encodings: by byte-order
   * mark, or without one by the zero bytes around the first character, which in JSON is ASCII (RFC
   * 4627, section 3). {@code null} otherwise.
   */
  private static String otherUnicodeEncoding(byte[] b) {
    if (b.length >= 4
        && ((b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF)
            || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0))) {
      return "UTF-32";
    }
    if (b.length >= 2
        && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
            || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      return "UTF-16";
    }
    if (b.length >= 4) {
      if (b[0] == 0 && b[1] == 0 && b[2] == 0 && isAsciiText(b[3])
          || isAsciiText(b[0]) && b[1] == 0 && b[2] == 0 && b[3] == 0) {
        return "UTF-32";
      }
      if (b[0] == 0 && isAsciiText(b[1]) && b[2] == 0
          || isAsciiText(b[0]) && b[1] == 0 && isAsciiText(b[2])) {
        return "UTF-16";
      }
    }
    return null;
  }

  private static boolean isAsciiText(byte b) {
    return b == '\t' || b == '\n' || b == '\r' || (b >= 0x20 && b < 0x7F);
  }

  private static ScenarioProblem syntaxProblem(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    String original =
        e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\n", 2)[0];
    String why;
    if (e instanceof StreamConstraintsException && original.contains("nesting depth")) {
      why = "the JSON is nested deeper than " + ScenarioJson.MAX_DEPTH + " levels";
    } else if (e instanceof StreamConstraintsException) {
      why = "the JSON exceeds a size limit: " + original.replaceAll(" \\(.*", "");
    } else if (e instanceof JsonEOFException) {
      why = "the JSON ends before it is complete (is the file truncated?)";
    } else if (original.startsWith("Duplicate field")) {
      Matcher m = QUOTED.matcher(original);
      why =
          "duplicate key "
              + (m.find() ? "'" + m.group(1) + "'" : "")
              + ": each key may appear once per object";
    } else if (original.startsWith("Non-standard token")) {
      Matcher m = QUOTED.matcher(original);
      why =
          (m.find() ? m.group(1) : "NaN/Infinity") + " is not allowed: every number must be finite";
    } else if (e instanceof ScenarioJson.TrailingContentException
        || e instanceof ScenarioJson.NumberRangeException
        || e instanceof ScenarioJson.TooManyEntriesException) {
      why = original;
    } else if (original.contains("maybe a (non-standard) comment")) {
      why = "invalid JSON: comments (// or /* */) are not allowed";
    } else {
      why =
          "invalid JSON: "
              + original
                  .replaceAll(": enable `[^`]*` to allow", "")
                  .replaceAll(" \\(code [0-9]+\\)", "");
      if (original.startsWith("Unexpected character ('}'") && original.contains("start field name")
          || original.startsWith("Unexpected character (']'")
              && original.contains("expected a valid value")) {
        why += " (a comma before a closing bracket is not allowed in JSON)";
      }
    }
    return new ScenarioProblem(where, where.isEmpty() ? why : where + ": " + why);
  }
}
