package dev.togglkit.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.togglkit.gate.engine.JsonPointers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "The gate has teeth": the real Track spec, changed in memory the way a careless spec edit would change it,
 * must make the unchanged good pacts fail. If one of these passes, the gate has stopped checking something.
 */
class GateHasTeethTest {

  private static final String TRACK = Fixtures.TRACK;
  private static final Path GOOD_PACTS = Fixtures.path("good");

  /** Never mutated: every test replaces Track with its own fresh copy. */
  private static ProviderSpecs realSpecs;
  private ApiSpec track;

  @BeforeAll
  static void loadRealSpecs() {
    realSpecs = Fixtures.realSpecs();
  }

  @BeforeEach
  void loadFreshTrackSpec() {
    track = ApiSpec.load(Fixtures.specFiles().get(TRACK));
  }

  @Test
  void unchangedSpecAcceptsTheGoodPacts() {
    assertEquals(List.of(), validate(realSpecs).findings(), "baseline: without a mutation nothing is wrong");
  }

  @Test
  void renamedRequestBodyFieldIsCaught() {
    JsonNode payload = deref(deref(operation("createClient").path("requestBody")).path("content")
        .path("application/json").path("schema"));
    renameProperty((ObjectNode) payload, "name", "title");

    List<Finding> findings = validate(realSpecs.with(TRACK, track)).findings();

    assertHas(findings, Finding.Kind.REQUEST, "createClient", "request.body.incompatible",
        "property 'name' is not defined");
    assertHas(findings, Finding.Kind.REQUEST, "createClient", "request.body.incompatible",
        "required property 'title' not found");
  }

  @Test
  void removedDocumentedStatusIsCaught() {
    ((ObjectNode) operation("getClient").path("responses")).remove("404");

    GateResult result = new ContractGate(realSpecs.with(TRACK, track), true).run(GOOD_PACTS);

    assertHas(result.violations(), Finding.Kind.UNDOCUMENTED_STATUS, "getClient",
        "response.status.unknown", "404");
    DocumentedOperation getClient = result.coverage().operations().stream()
        .filter(op -> op.provider().equals(TRACK) && op.operationId().equals("getClient"))
        .findFirst().orElseThrow();
    assertEquals(SpecStatusCoverage.Cell.UNDOCUMENTED, result.coverage().cell(getClient, "404"));
  }

  @Test
  void renamedQueryParameterIsCaught() {
    ObjectNode status = null;
    for (JsonNode parameter : operation("listClients").path("parameters")) {
      JsonNode resolved = deref(parameter);
      if ("query".equals(resolved.path("in").asText()) && "status".equals(resolved.path("name").asText())) {
        status = (ObjectNode) resolved;
      }
    }
    assertTrue(status != null, "the spec's listClients has no query 'status'");
    status.put("name", "state");

    List<Finding> findings = validate(realSpecs.with(TRACK, track)).findings();

    assertHas(findings, Finding.Kind.REQUEST, "listClients", "request.query.unknown", "'status' is not documented");
  }

  @Test
  void newlyDocumentedStatusWithoutInteractionIsMissingCoverage() {
    ((ObjectNode) operation("getClient").path("responses")).putObject("429").put("description",
        "Too many requests");

    GateResult result = new ContractGate(realSpecs.with(TRACK, track), true).run(GOOD_PACTS);

    assertHas(result.allFindings(), Finding.Kind.MISSING_COVERAGE, "getClient", "responses.429", "429");
  }

  private PactSpecValidator.Result validate(ProviderSpecs specs) {
    return new PactSpecValidator(specs).validate(Fixtures.pacts("good"));
  }

  private JsonNode operation(String operationId) {
    for (JsonNode item : track.root().path("paths")) {
      for (JsonNode operation : deref(item)) {
        if (operationId.equals(operation.path("operationId").asText())) {
          return operation;
        }
      }
    }
    throw new AssertionError("the spec has no operation " + operationId);
  }

  private JsonNode deref(JsonNode node) {
    return JsonPointers.deref(track.root(), node);
  }

  private static void renameProperty(ObjectNode schema, String from, String to) {
    ObjectNode properties = (ObjectNode) schema.get("properties");
    assertTrue(properties != null && properties.has(from), "the schema has no property " + from);
    ObjectNode renamed = properties.objectNode();
    properties.fields().forEachRemaining(field -> renamed.set(field.getKey().equals(from) ? to : field.getKey(),
        field.getValue()));
    schema.set("properties", renamed);
    if (schema.get("required") instanceof ArrayNode required) {
      for (int i = 0; i < required.size(); i++) {
        if (required.get(i).asText().equals(from)) {
          required.set(i, required.textNode(to));
        }
      }
    }
  }

  private static void assertHas(List<Finding> findings, Finding.Kind kind, String operationId, String location,
                 String message) {
    assertTrue(findings.stream().anyMatch(finding -> finding.kind() == kind
            && finding.operationId().equals(operationId)
            && finding.location().contains(location)
            && finding.message().contains(message)),
        () -> "expected " + kind + " " + operationId + " [" + location + "] '" + message + "', got:\n"
            + findings.stream().map(Finding::describe).collect(Collectors.joining("\n")));
  }
}
