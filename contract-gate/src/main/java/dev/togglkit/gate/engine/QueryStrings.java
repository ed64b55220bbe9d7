package dev.togglkit.gate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Query strings and form bodies into values: {@code a=1&a=2} and {@code a=1,2} are arrays,
 * {@code filter[name]=x} and {@code filter.name=x} are objects ({@code deepObject}).
 */
public final class QueryStrings {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private QueryStrings() {
  }

  /**
   * @param nested whether {@code a.b} names a nested field and a comma separates array items (true), or both
   *               are literal (false: for parameters whose schema is a string)
   */
  public static ObjectNode parse(String query, boolean nested) {
    ObjectNode result = NODES.objectNode();
    if (query == null || query.isEmpty()) {
      return result;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String raw = eq < 0 ? "" : pair.substring(eq + 1);
      JsonNode value;
      if (nested && raw.contains(",")) {
        ArrayNode parts = NODES.arrayNode();
        for (String part : raw.split(",", -1)) {
          parts.add(decode(part));
        }
        value = parts;
      } else {
        value = NODES.textNode(decode(raw));
      }
      put(result, keyPath(name, nested), value);
    }
    return result;
  }

  private static List<String> keyPath(String name, boolean dots) {
    List<String> path = new ArrayList<>();
    int bracket = name.indexOf('[');
    String head = bracket > 0 ? name.substring(0, bracket) : name;
    if (dots && head.contains(".") && !head.startsWith(".") && !head.endsWith(".")) {
      for (String part : head.split("\\.")) {
        path.add(part);
      }
    } else {
      path.add(head);
    }
    if (bracket > 0) {
      String rest = name.substring(bracket);
      while (rest.startsWith("[")) {
        int close = rest.indexOf(']');
        if (close < 0) {
          break;
        }
        path.add(rest.substring(1, close));
        rest = rest.substring(close + 1);
      }
    }
    return path;
  }

  private static void put(ObjectNode target, List<String> path, JsonNode value) {
    ObjectNode node = target;
    for (int i = 0; i < path.size() - 1; i++) {
      String key = path.get(i);
      JsonNode next = node.get(key);
      if (next == null || !next.isObject()) {
        if (path.get(i + 1).isEmpty()) {
          break;
        }
        next = node.putObject(key);
      }
      node = (ObjectNode) next;
    }
    String key = path.get(path.size() - 1);
    if (key.isEmpty() && path.size() > 1) {
      key = path.get(path.size() - 2);
    }
    JsonNode existing = node.get(key);
    if (existing == null) {
      node.set(key, value);
    } else {
      ArrayNode combined = existing.isArray() ? (ArrayNode) existing : NODES.arrayNode().add(existing);
      if (value.isArray()) {
        combined.addAll((ArrayNode) value);
      } else {
        combined.add(value);
      }
      node.set(key, combined);
    }
  }

  public static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
