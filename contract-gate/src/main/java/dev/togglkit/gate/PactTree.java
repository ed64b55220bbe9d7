package dev.togglkit.gate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;

/**
 * A pact file's JSON as a tree that holds only what the gate reads: of each interaction its description, type,
 * and the method, path, query, headers, body and status of its request and response. Everything else of an
 * interaction (matching rules, generators, provider states, comments: about half of what Pact JVM writes) is
 * read past without building nodes for it, which halves the reading of a large pact and the memory it holds.
 * The file must still be valid JSON throughout: the parts read past are parsed, only not kept.
 */
final class PactTree {

  private static final Set<String> INTERACTION_FIELDS = Set.of("description", "type", "request", "response");
  private static final Set<String> REQUEST_FIELDS = Set.of("method", "path", "query", "headers", "body");
  private static final Set<String> RESPONSE_FIELDS = Set.of("status", "headers", "body");

  private PactTree() {
  }

  /**
   * The document's root: its top-level fields as JSON reads them (the last of a repeated name wins), with each
   * object in {@code interactions} trimmed to the fields above; null when the text holds no JSON value.
   *
   * @throws IOException when the text is not valid JSON
   */
  static JsonNode read(ObjectMapper json, byte[] text) throws IOException {
    try (JsonParser parser = json.getFactory().createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return first == null ? null : json.readTree(parser);
      }
      ObjectNode root = json.createObjectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        root.set(name, name.equals("interactions") && value == JsonToken.START_ARRAY
            ? interactions(json, parser) : json.readTree(parser));
      }
      return root;
    }
  }

  private static ArrayNode interactions(ObjectMapper json, JsonParser parser) throws IOException {
    ArrayNode interactions = json.createArrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      interactions.add(parser.currentToken() == JsonToken.START_OBJECT
          ? object(json, parser, INTERACTION_FIELDS, true) : json.readTree(parser));
    }
    return interactions;
  }

  /** The object at the parser's START_OBJECT, keeping only {@code kept} fields; interactions nest one level. */
  private static ObjectNode object(ObjectMapper json, JsonParser parser, Set<String> kept, boolean interaction)
      throws IOException {
    ObjectNode object = json.createObjectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (!kept.contains(name)) {
        parser.skipChildren();
      } else if (interaction && value == JsonToken.START_OBJECT && name.equals("request")) {
        object.set(name, object(json, parser, REQUEST_FIELDS, false));
      } else if (interaction && value == JsonToken.START_OBJECT && name.equals("response")) {
        object.set(name, object(json, parser, RESPONSE_FIELDS, false));
      } else {
        object.set(name, json.readTree(parser));
      }
    }
    return object;
  }
}
