package com.computegap.scenario;

import com.computegap.model.PathExpression;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --set PATH=VALUE} (MODEL.md section 4): changes the JSON before validation, so an override
 * is checked exactly like a value in the file. VALUE is a JSON value; a bare word that is not JSON
 * is a string. A path into an absent optional object is refused rather than silently creating it.
 */
public final class ScenarioOverrides {

  private ScenarioOverrides() {}

  /** Applies one {@code PATH=VALUE} to {@code root}. */
  public static void apply(ObjectNode root, String assignment, String label)
      throws ScenarioException {
    int eq = splitPoint(assignment);
    if (eq < 0) {
      throw new ScenarioException(
          label,
          "--set "
              + assignment
              + ": expected PATH=VALUE,"
              + " for example --set depin.tokenPriceMultiplier=3");
    }
    String pathText = assignment.substring(0, eq);
    PathExpression path;
    try {
      path = PathExpression.parse(pathText);
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(label, "--set " + assignment + ": " + e.getMessage());
    }
    JsonNode value = value(assignment.substring(eq + 1), assignment, label);
    for (ObjectNode target : parentsOf(root, path, label, assignment)) {
      target.set(lastName(path), value);
    }
  }

  /**
   * The first {@code =} whose left side is a well-formed path (selectors may contain {@code =}).
   */
  private static int splitPoint(String assignment) {
    return AssignmentSplit.splitPoint(assignment);
  }

  private static JsonNode value(String text, String assignment, String label)
      throws ScenarioException {
    try {
      return ScenarioJson.readTree(text);
    } catch (ScenarioJson.NumberRangeException e) {
      throw new ScenarioException(label, "--set " + assignment + ": " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(text);
    }
  }

  private static String lastName(PathExpression path) {
    return path.tail().isEmpty() ? path.head() : path.tail().get(path.tail().size() - 1);
  }

  /** The objects whose field {@link #lastName} is to be set. */
  private static List<ObjectNode> parentsOf(
      ObjectNode root, PathExpression path, String label, String assignment)
      throws ScenarioException {
    List<ObjectNode> current = new ArrayList<>();
    List<String> walk = new ArrayList<>();
    if (path.selector() == null) {
      current.add(root);
      walk.add(path.head());
      walk.addAll(path.tail());
    } else {
      if (path.tail().isEmpty()) {
        throw new ScenarioException(
            label,
            "--set "
                + assignment
                + ": name a field of the list entry,"
                + " for example "
                + path.text()
                + ".growthPct");
      }
      current.addAll(selectElements(root, path, label, assignment));
      walk.addAll(path.tail());
    }
    String walked = path.selector() == null ? "" : path.head() + "[" + path.selector().text() + "]";
    for (int i = 0; i < walk.size() - 1; i++) {
      String name = walk.get(i);
      walked = walked.isEmpty() ? name : walked + "." + name;
      List<ObjectNode> next = new ArrayList<>();
      for (ObjectNode node : current) {
        JsonNode child = node.get(name);
        if (child == null || child.isNull()) {
          throw new ScenarioException(
              label,
              "--set "
                  + assignment
                  + ": "
                  + walked
                  + " is absent in the file, so nothing inside it can be set (set "
                  + walked
                  + " to a whole object instead)");
        }
        if (!child.isObject()) {
          throw new ScenarioException(
              label, "--set " + assignment + ": " + walked + " is not an object");
        }
        next.add((ObjectNode) child);
      }
      current = next;
    }
    return current;
  }

  private static List<ObjectNode> selectElements(
      ObjectNode root, PathExpression path, String label, String assignment)
      throws ScenarioException {
    JsonNode list = root.get(path.head());
    if (list == null || list.isNull()) {
      throw new ScenarioException(
          label, "--set " + assignment + ": " + path.head() + " is absent in the file");
    }
    if (!list.isArray()) {
      throw new ScenarioException(
          label, "--set " + assignment + ": " + path.head() + " is not a list");
    }
    ArrayNode array = (ArrayNode) list;
    List<ObjectNode> selected = new ArrayList<>();
    PathExpression.Selector selector = path.selector();
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      boolean match =
          switch (selector.kind()) {
            case ALL -> true;
            case INDEX -> i == selector.index();
            case NAME ->
                element.path("name").isTextual()
                    && element.path("name").textValue().equals(selector.name());
          };
      if (match && element.isObject()) {
        selected.add((ObjectNode) element);
      }
    }
    if (selected.isEmpty() && selector.kind() != PathExpression.Selector.Kind.ALL) {
      String what =
          selector.kind() == PathExpression.Selector.Kind.INDEX
              ? "index " + selector.index() + " is out of range (" + array.size() + " entries)"
              : "no entry named '" + selector.name() + "'";
      throw new ScenarioException(label, "--set " + assignment + ": " + path.head() + ": " + what);
    }
    return selected;
  }
}
