package dev.togglkit.gate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code nullable: true} on a schema that names no type. OpenAPI 3.0.3 says nullable only adds null to an explicit
 * type, so such a schema allows every value: what togglkit's own spec means by Toggl's "any JSON value" fields
 * (Client.integration_provider, Project.permissions). The strict policy reads it so; the consumer policy keeps the
 * reference engine's reading (an object, or null), on which it agrees with openapi-pact-comparator.
 */
class NullableWithoutTypeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theStrictTargetsAllowEveryValue() throws Exception {
    for (SchemaPreparer.Target strict : List.of(SchemaPreparer.Target.RESPONSE_STRICT,
        SchemaPreparer.Target.REQUEST_STRICT)) {
      JsonSchema schema = compile("{\"nullable\": true}", strict);
      for (String value : List.of("\"salesforce\"", "5", "null", "{\"a\": 1}", "[1]", "true")) {
        assertEquals(0, schema.validate(JSON.readTree(value)).size(), strict + " must accept " + value);
      }
    }
  }

  @Test
  void theConsumerTargetAllowsAnObjectOrNullOnly() throws Exception {
    JsonSchema schema = compile("{\"nullable\": true}", SchemaPreparer.Target.RESPONSE_CONSUMER);
    assertEquals(0, schema.validate(JSON.readTree("null")).size());
    assertEquals(0, schema.validate(JSON.readTree("{}")).size());
    assertTrue(schema.validate(JSON.readTree("\"salesforce\"")).size() > 0, "a string is not an object");
  }

  @Test
  void aTypedNullableSchemaStillRefusesOtherTypesInEveryTarget() throws Exception {
    for (SchemaPreparer.Target target : SchemaPreparer.Target.values()) {
      JsonSchema schema = compile("{\"type\": \"string\", \"nullable\": true}", target);
      assertEquals(0, schema.validate(JSON.readTree("null")).size(), target + " must accept null");
      assertTrue(schema.validate(JSON.readTree("5")).size() > 0, target + " must refuse a number");
    }
  }

  private static JsonSchema compile(String schema, SchemaPreparer.Target target) throws Exception {
    JsonNode node = JSON.readTree(schema);
    return CompiledSchemas.of(SchemaPreparer.prepare(node, JSON.readTree("{}"), target));
  }
}
