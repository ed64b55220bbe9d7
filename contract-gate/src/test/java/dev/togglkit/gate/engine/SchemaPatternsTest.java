package dev.togglkit.gate.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.togglkit.gate.ContractGate;
import dev.togglkit.gate.Finding;
import dev.togglkit.gate.GateResult;
import dev.togglkit.gate.Policy;
import dev.togglkit.gate.ProviderSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec whose schema holds a regular expression that does not compile: one finding per interaction that reaches
 * it, on one line, naming the expression and where it is; and an expression is only looked for where a schema
 * keyword can be, never in example or enum data.
 */
class SchemaPatternsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aPatternThatDoesNotCompileIsNamedWithItsPointerAndTheReason() throws IOException {
    UnusableSchemaException e = assertThrows(UnusableSchemaException.class, () -> SchemaPatterns.requireValid(
        JSON.readTree("{\"type\": \"object\", \"properties\": {\"code\": {\"type\": \"string\", \"pattern\": \"([\"}}}"),
        "paths./w.get.responses.200"));

    assertEquals("paths./w.get.responses.200", e.specLocation());
    assertTrue(e.getMessage().contains("'([' at /properties/code/pattern"), e.getMessage());
    assertTrue(e.getMessage().contains("Unclosed character class at index 1"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }

  @Test
  void everySchemaPositionIsSearched() {
    for (String schema : List.of(
        "{\"patternProperties\": {\"a(\": {}}}",
        "{\"patternProperties\": {\"^a\": {\"pattern\": \"*\"}}}",
        "{\"items\": {\"pattern\": \"*\"}}",
        "{\"oneOf\": [{}, {\"pattern\": \"*\"}]}",
        "{\"additionalProperties\": {\"pattern\": \"*\"}}",
        "{\"properties\": {\"example\": {\"pattern\": \"*\"}}}",
        "{\"components\": {\"schemas\": {\"Code\": {\"pattern\": \"*\"}}}}")) {
      assertThrows(UnusableSchemaException.class, () -> SchemaPatterns.requireValid(JSON.readTree(schema), "s"),
          schema);
    }
  }

  @Test
  void dataThatHoldsAFieldNamedPatternIsNotAPattern() throws IOException {
    JsonNode schema = JSON.readTree("""
        {"type": "object", "example": {"pattern": "(["}, "default": {"pattern": "(["},
         "enum": [{"pattern": "(["}], "x-note": {"pattern": "(["},
         "properties": {"pattern": {"type": "string", "pattern": "^[a-z]+$"}}}
        """);

    assertDoesNotThrow(() -> SchemaPatterns.requireValid(schema, "s"));
  }

  @Test
  void theGateReportsOneLineFindingForEachInteractionThatReachesTheSchema(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("openapi.yaml"), """
        openapi: 3.0.3
        info: {title: widgets, version: "1"}
        paths:
          /widgets/{id}:
            get:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                "200":
                  description: a widget
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          code: {type: string, pattern: "(["}
        """);
    Path pact = Files.writeString(dir.resolve("pact.json"), """
        {"consumer": {"name": "shop"}, "provider": {"name": "widgets"},
         "interactions": [{"description": "a widget", "request": {"method": "GET", "path": "/widgets/1"},
           "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": {"code": "x"}}}],
         "metadata": {"pactSpecification": {"version": "3.0.0"}}}
        """);

    GateResult result = new ContractGate(ProviderSpecs.load(Map.of("widgets", spec)), false, Policy.CONSUMER)
        .run(pact);

    assertEquals(1, result.violations().size(), result.violations().toString());
    Finding finding = result.violations().get(0);
    assertEquals("spec.unusable", finding.code());
    assertEquals(Finding.Kind.RESPONSE, finding.kind());
    assertEquals("paths./widgets/{id}.get.responses.200.content.application/json", finding.specLocation());
    assertTrue(finding.message().contains("'([' at /properties/code/pattern"), finding.message());
    assertFalse(finding.message().contains("\n"), "one line: " + finding.message());
  }
}
