package dev.togglkit.gate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameters and headers travel as text: "42" is an integer and "true" a boolean when the schema says so. Text
 * that is not a valid value of the schema's type stays text, so the schema reports it.
 */
final class Coercion {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Coercion() {
  }

  static JsonNode coerce(JsonNode value, JsonNode schema, JsonNode root) {
    return coerce(value, schema, root, 0);
  }

  private static JsonNode coerce(JsonNode value, JsonNode schema, JsonNode root, int depth) {
    if (value == null || schema == null || !schema.isObject() || depth > 32) {
      return value;
    }
    JsonNode resolved = JsonPointers.deref(root, schema);
    List<String> types = types(resolved);
    if (value.isTextual()) {
      if (types.contains("string") || types.isEmpty()) {
        return value;
      }
      String text = value.asText();
      for (String type : types) {
        JsonNode converted = convert(text, type);
        if (converted != null) {
          return converted;
        }
      }
      return value;
    }
    if (value.isArray() && (types.contains("array") || resolved.has("items"))) {
      ArrayNode copy = NODES.arrayNode();
      value.forEach(item -> copy.add(coerce(item, resolved.get("items"), root, depth + 1)));
      return copy;
    }
    if (value.isObject() && (types.contains("object") || resolved.has("properties"))) {
      ObjectNode copy = NODES.objectNode();
      JsonNode properties = resolved.path("properties");
      value.fields().forEachRemaining(field -> copy.set(field.getKey(),
          coerce(field.getValue(), properties.get(field.getKey()), root, depth + 1)));
      return copy;
    }
    return value;
  }

  private static List<String> types(JsonNode schema) {
    List<String> types = new ArrayList<>();
    JsonNode type = schema.path("type");
    if (type.isTextual()) {
      types.add(type.asText());
    } else if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    }
    return types;
  }

  private static JsonNode convert(String text, String type) {
    switch (type) {
      case "integer", "number" -> {
        if (text.isBlank()) {
          return null;
        }
        try {
          BigDecimal number = new BigDecimal(text.trim());
          if (type.equals("integer")) {
            try {
              return NODES.numberNode(number.toBigIntegerExact());
            } catch (ArithmeticException e) {
              return NODES.numberNode(number);
            }
          }
          return NODES.numberNode(number);
        } catch (NumberFormatException e) {
          return null;
        }
      }
      case "boolean" -> {
        if (text.equals("true") || text.equals("false")) {
          return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return null;
      }
      case "null" -> {
        return text.isEmpty() ? NODES.nullNode() : null;
      }
      default -> {
        return null;
      }
    }
  }
}
