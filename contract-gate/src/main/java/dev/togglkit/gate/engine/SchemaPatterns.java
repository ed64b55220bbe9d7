package dev.togglkit.gate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Refuses a prepared schema whose {@code pattern} or {@code patternProperties} holds a regular expression that
 * does not compile, naming the expression, where it is and why, before the schema library sees it. The library
 * compiles patterns with {@link java.util.regex.Pattern} too, but it first logs the failure at ERROR, which the
 * Maven plugin puts into the user's build log as a line of its own, and then throws an exception whose message
 * spans three lines.
 *
 * <p>Only schema positions are walked: values such as {@code example}, {@code enum} or {@code default} may hold an
 * object with a field named {@code pattern} that is data, not a keyword.
 */
final class SchemaPatterns {

  /** Keywords whose value is a map from names to schemas. */
  private static final List<String> SCHEMA_MAPS = List.of("properties", "$defs", "definitions",
      "dependentSchemas");
  /** Keywords whose value is a schema, or an array of schemas. */
  private static final List<String> SUBSCHEMAS = List.of("items", "additionalProperties", "not", "if", "then",
      "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems",
      "allOf", "anyOf", "oneOf", "prefixItems");

  private SchemaPatterns() {
  }

  /**
   * @param location where the schema is in the spec, for the message
   * @throws UnusableSchemaException naming the first pattern that does not compile
   */
  static void requireValid(JsonNode schema, String location) {
    schema(schema, "", location);
  }

  private static void schema(JsonNode node, String pointer, String location) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        schema(node.get(i), pointer + "/" + i, location);
      }
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      String at = pointer + "/" + JsonPointers.escape(name);
      if (name.equals("pattern") && value.isTextual()) {
        compile(value.asText(), at, location);
      } else if (name.equals("patternProperties") && value.isObject()) {
        value.fieldNames().forEachRemaining(regex -> compile(regex, at + "/" + JsonPointers.escape(regex),
            location));
        schemaMap(value, at, location);
      } else if (SCHEMA_MAPS.contains(name) && value.isObject()) {
        schemaMap(value, at, location);
      } else if (name.equals("components") && value.isObject()) {
        // Components copied into a prepared schema (SchemaPreparer): components.schemas is a map of schemas.
        value.fields().forEachRemaining(kind -> schemaMap(kind.getValue(), at + "/" + kind.getKey(), location));
      } else if (SUBSCHEMAS.contains(name)) {
        schema(value, at, location);
      }
    }
  }

  private static void schemaMap(JsonNode map, String pointer, String location) {
    map.fields().forEachRemaining(entry -> schema(entry.getValue(),
        pointer + "/" + JsonPointers.escape(entry.getKey()), location));
  }

  private static void compile(String regex, String pointer, String location) {
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new UnusableSchemaException(location, "the schema at " + location + " has a pattern that is not a valid"
          + " regular expression: '" + regex + "' at " + (pointer.isEmpty() ? "/" : pointer) + " ("
          + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : "") + ")");
    }
  }
}
