package dev.togglkit.gate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import org.junit.jupiter.api.Test;

/**
 * {@code allOf} parts merged into one schema require every field any part requires: the parts' {@code required}
 * lists are joined, not laid over each other position by position.
 */
class AllOfRequiredTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCHEMA = """
      {"allOf": [
        {"type": "object", "required": ["a", "b"],
         "properties": {"a": {"type": "string"}, "b": {"type": "string"}}},
        {"type": "object", "required": ["c", "b"], "properties": {"c": {"type": "string"}}}]}
      """;

  @Test
  void aStrictResponseMissingAFieldOfTheFirstPartFails() throws Exception {
    JsonSchema schema = compile();

    assertTrue(schema.validate(JSON.readTree("{\"b\": \"x\", \"c\": \"x\"}")).size() > 0,
        "a, required by the first part, is missing");
    assertTrue(schema.validate(JSON.readTree("{\"a\": \"x\", \"b\": \"x\"}")).size() > 0,
        "c, required by the second part, is missing");
    assertEquals(0, schema.validate(JSON.readTree("{\"a\": \"x\", \"b\": \"x\", \"c\": \"x\"}")).size());
  }

  @Test
  void theMergedListNamesEachFieldOnce() throws Exception {
    JsonNode merged = SchemaPreparer.prepare(JSON.readTree(SCHEMA), JSON.readTree("{}"),
        SchemaPreparer.Target.RESPONSE_STRICT);

    assertEquals(JSON.readTree("[\"a\", \"b\", \"c\"]"), merged.get("required"), merged.toString());
  }

  private static JsonSchema compile() throws Exception {
    return CompiledSchemas.of(SchemaPreparer.prepare(JSON.readTree(SCHEMA), JSON.readTree("{}"),
        SchemaPreparer.Target.RESPONSE_STRICT));
  }
}
