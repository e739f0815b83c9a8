package com.computegap.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The one Jackson configuration for scenario files, with the limits of MODEL.md section 6.
 *
 * <p>Reading builds the tree straight from the streaming parser rather than through an {@link
 * ObjectMapper}: setting up a mapper loads some 700 classes, which was most of the time a headless
 * {@code model} or {@code validate} command took. The mapper is created only for writing.
 */
final class ScenarioJson {

  /** Files above this size are refused before they are parsed. */
  static final int MAX_FILE_BYTES = InputLimits.MAX_FILE_BYTES;

  /** Deepest nesting of objects and lists accepted. */
  static final int MAX_DEPTH = 20;

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxNumberLength(1000)
                  .maxStringLength(MAX_FILE_BYTES)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScenarioJson() {}

  /** Text after the end of the JSON value; its location is where that text is. */
  static final class TrailingContentException extends JsonProcessingException {
    TrailingContentException(JsonLocation location) {
      super("there is more content after the end of the JSON value", location);
    }
  }

  /**
   * A number whose exponent does not fit in a {@link java.math.BigDecimal} ({@code 1e9999999999}).
   */
  static final class NumberRangeException extends JsonProcessingException {
    NumberRangeException(String number, JsonLocation location) {
      super(
          "the number "
              + PlainText.shorten(number, JsonFields.MAX_QUOTED)
              + " is out of range: its exponent is too large to read",
          location);
    }
  }

  /** A list or object with more than {@link InputLimits#MAX_CONTAINER_ENTRIES} entries. */
  static final class TooManyEntriesException extends JsonProcessingException {
    TooManyEntriesException(String where, JsonLocation location) {
      super(
          where
              + " has more than "
              + InputLimits.MAX_CONTAINER_ENTRIES
              + " entries; at most "
              + InputLimits.MAX_CONTAINER_ENTRIES
              + " are allowed in any list or object",
          location);
    }
  }

  /** For writing only; created on first use so that reading never pays for it. */
  static ObjectMapper mapper() {
    return MapperHolder.MAPPER;
  }

  private static final class MapperHolder {
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
  }

  /**
   * The tree of the one JSON value that makes up {@code text}. Floating-point numbers are kept as
   * written ({@link DecimalNode}), so that a message can quote {@code 1e400} or {@code 140.0}.
   *
   * @throws JsonProcessingException on malformed JSON, a broken limit, a duplicate key, or {@link
   *     TrailingContentException} when more follows the value
   */
  static JsonNode readTree(String text) throws JsonProcessingException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        throw new JsonParseException(parser, "no JSON value");
      }
      JsonNode root = value(parser);
      JsonLocation end = parser.currentLocation();
      try {
        if (parser.nextToken() != null) {
          throw new TrailingContentException(parser.currentTokenLocation());
        }
      } catch (TrailingContentException e) {
        throw e;
      } catch (JsonProcessingException e) {
        // Text after the value that is not even a JSON token: trailing content all the same.
        throw new TrailingContentException(e.getLocation() == null ? end : e.getLocation());
      }
      return root;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading JSON from a string cannot fail with I/O", e);
    }
  }

  /**
   * The dotted path of the list or object whose context is {@code container} ({@code references}).
   */
  private static String pathOf(JsonStreamContext container) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c = container;
        c.getParent() != null && !c.getParent().inRoot();
        c = c.getParent()) {
      JsonStreamContext parent = c.getParent();
      String part =
          parent.inArray()
              ? "[" + parent.getCurrentIndex() + "]"
              : "."
                  + PlainText.shorten(
                      String.valueOf(parent.getCurrentName()), JsonFields.MAX_QUOTED);
      path.insert(0, part);
    }
    return path.length() == 0
        ? "the top-level value"
        : path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }

  /** The value starting at the parser's current token; leaves the parser on its last token. */
  private static JsonNode value(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          if (object.size() == InputLimits.MAX_CONTAINER_ENTRIES) {
            throw new TooManyEntriesException(
                pathOf(p.getParsingContext()), p.currentTokenLocation());
          }
          String name = p.currentName();
          p.nextToken();
          object.set(name, value(p));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (array.size() == InputLimits.MAX_CONTAINER_ENTRIES) {
            // an element that opens a list or object has already entered its own context
            JsonStreamContext context =
                p.currentToken().isStructStart()
                    ? p.getParsingContext().getParent()
                    : p.getParsingContext();
            throw new TooManyEntriesException(pathOf(context), p.currentTokenLocation());
          }
          array.add(value(p));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        try {
          return DecimalNode.valueOf(p.getDecimalValue());
        } catch (NumberFormatException | ArithmeticException e) {
          throw new NumberRangeException(p.getText(), p.currentTokenLocation());
        }
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new IllegalStateException("unexpected JSON token " + token);
    }
  }
}
