package dev.togglkit.gate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The JVM-wide cache of compiled schemas is bounded by the text it keeps: a long-lived JVM (the Maven plugin in a
 * large reactor) checking large specs must not keep an ever larger share of its heap.
 */
class CompiledSchemasTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSameTextCompilesOnce() throws Exception {
    CompiledSchemas cache = new CompiledSchemas(100_000);
    assertSame(cache.get(schema("a", 10)), cache.get(schema("a", 10)));
    assertEquals(1, cache.size());
  }

  @Test
  void theTextKeptNeverExceedsTheBudgetAndTheLeastRecentlyUsedGoesFirst() throws Exception {
    CompiledSchemas cache = new CompiledSchemas(20_000);
    ObjectNode first = schema("first", 1_000);
    var kept = cache.get(first);
    for (int i = 0; i < 40; i++) {
      cache.get(schema("p" + i, 1_000));
      assertTrue(cache.retainedChars() <= 20_000, "kept " + cache.retainedChars() + " characters");
    }
    assertTrue(cache.size() < 40, "older schemas were let go: " + cache.size() + " kept");
    assertNotSame(kept, cache.get(first), "the least recently used schema was let go and compiled again");
  }

  @Test
  void aSchemaLargerThanTheBudgetIsCompiledButNotKept() throws Exception {
    CompiledSchemas cache = new CompiledSchemas(5_000);
    var compiled = cache.get(schema("big", 10_000));
    assertEquals(0, compiled.validate(JSON.readTree("{\"big\": \"x\"}")).size());
    assertEquals(1, compiled.validate(JSON.readTree("{\"big\": 5}")).size());
    assertEquals(0, cache.size());
    assertEquals(0, cache.retainedChars());
  }

  /** An object schema with one string property, padded with a description of {@code padding} characters. */
  private static ObjectNode schema(String property, int padding) throws Exception {
    ObjectNode schema = (ObjectNode) JSON.readTree("{\"type\": \"object\", \"properties\": {\"" + property
        + "\": {\"type\": \"string\"}}}");
    schema.put("description", "x".repeat(padding));
    return schema;
  }
}
