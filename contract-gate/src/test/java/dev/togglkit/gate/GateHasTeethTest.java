package dev.togglkit.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
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
    Schema<?> payload = operation(track.openApi(), "createClient").getRequestBody().getContent()
        .get("application/json").getSchema();
    renameProperty(payload, "name", "title");

    List<Finding> findings = validate(realSpecs.with(TRACK, track)).findings();

    assertHas(findings, Finding.Kind.REQUEST, "createClient", "request.body.schema.additionalProperties",
        "\"name\"");
    assertHas(findings, Finding.Kind.REQUEST, "createClient", "request.body.schema.required", "\"title\"");
  }

  @Test
  void removedDocumentedStatusIsCaught() {
    operation(track.openApi(), "getClient").getResponses().remove("404");

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
    Parameter status = operation(track.openApi(), "listClients").getParameters().stream()
        .filter(parameter -> "query".equals(parameter.getIn()) && "status".equals(parameter.getName()))
        .findFirst().orElseThrow(() -> new AssertionError("the spec's listClients has no query 'status'"));
    status.setName("state");

    List<Finding> findings = validate(realSpecs.with(TRACK, track)).findings();

    assertHas(findings, Finding.Kind.REQUEST, "listClients", "query parameter 'status'", "'status' is unexpected");
  }

  @Test
  void newlyDocumentedStatusWithoutInteractionIsMissingCoverage() {
    operation(track.openApi(), "getClient").getResponses()
        .addApiResponse("429", new ApiResponse().description("Too many requests"));

    GateResult result = new ContractGate(realSpecs.with(TRACK, track), true).run(GOOD_PACTS);

    assertHas(result.allFindings(), Finding.Kind.MISSING_COVERAGE, "getClient", "responses.429", "429");
  }

  private PactSpecValidator.Result validate(ProviderSpecs specs) {
    return new PactSpecValidator(specs).validate(Fixtures.pacts("good"));
  }

  private static Operation operation(OpenAPI openApi, String operationId) {
    return openApi.getPaths().values().stream()
        .flatMap(path -> path.readOperations().stream())
        .filter(operation -> operationId.equals(operation.getOperationId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the spec has no operation " + operationId));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void renameProperty(Schema schema, String from, String to) {
    Map<String, Schema> renamed = new LinkedHashMap<>();
    ((Map<String, Schema>) schema.getProperties()).forEach((name, property) ->
        renamed.put(name.equals(from) ? to : name, property));
    assertTrue(renamed.containsKey(to), "the schema has no property " + from);
    schema.setProperties(renamed);
    if (schema.getRequired() != null) {
      List<String> required = new ArrayList<>((List<String>) schema.getRequired());
      required.replaceAll(name -> name.equals(from) ? to : name);
      schema.setRequired(required);
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
