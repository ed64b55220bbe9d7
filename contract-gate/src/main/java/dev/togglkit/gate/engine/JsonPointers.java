package dev.togglkit.gate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Local {@code $ref}s ({@code #/components/schemas/Pet}) resolved against one bundled document. */
public final class JsonPointers {

  private JsonPointers() {
  }

  /** The pointer's segments, unescaped ({@code ~1} is {@code /}, {@code ~0} is {@code ~}, then URL-decoded). */
  public static List<String> segments(String ref) {
    String pointer = ref.startsWith("#") ? ref.substring(1) : ref;
    List<String> segments = new ArrayList<>();
    if (pointer.isEmpty()) {
      return segments;
    }
    for (String raw : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
      String unescaped = raw.replace("~1", "/").replace("~0", "~");
      segments.add(unescaped.indexOf('%') < 0 ? unescaped : decode(unescaped));
    }
    return segments;
  }

  /** One segment as a pointer writes it: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /** The node at a local ref, or a missing node. */
  public static JsonNode at(JsonNode root, String ref) {
    JsonNode node = root;
    for (String segment : segments(ref)) {
      if (node == null || node.isMissingNode()) {
        return MissingNode.getInstance();
      }
      node = node.isArray() ? node.path(index(segment)) : node.path(segment);
    }
    return node == null ? MissingNode.getInstance() : node;
  }

  private static int index(String segment) {
    try {
      return Integer.parseInt(segment);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Follows a chain of {@code $ref}s; the node itself when it is none, or when the chain breaks or loops. */
  public static JsonNode deref(JsonNode root, JsonNode node) {
    Set<String> seen = new HashSet<>();
    JsonNode current = node;
    while (current != null && current.isObject() && current.path("$ref").isTextual()) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#") || !seen.add(ref)) {
        return node;
      }
      JsonNode target = at(root, ref);
      if (target.isMissingNode()) {
        return node;
      }
      current = target;
    }
    return current == null ? MissingNode.getInstance() : current;
  }
}
