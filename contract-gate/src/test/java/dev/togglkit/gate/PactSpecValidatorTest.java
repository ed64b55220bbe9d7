package dev.togglkit.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator against the real spec: the good fixture passes cleanly, and every deliberately wrong fixture
 * produces a finding that names the operation and the field at fault.
 */
class PactSpecValidatorTest {

  private static PactSpecValidator validator;

  @BeforeAll
  static void loadRealSpecs() {
    validator = new PactSpecValidator(Fixtures.realSpecs());
  }

  @Test
  void goodPactHasNoFindingAndExercisesWhatItContains() {
    PactSpecValidator.Result result = validator.validate(Fixtures.pacts("good/togglkit-toggl-track-v9.json"));

    assertEquals(List.of(), result.findings(), () -> describe(result.findings()));
    assertEquals(4, result.interactions());
    assertEquals(java.util.Set.of(
        new ExercisedStatus("toggl-track-v9", "createClient", "200"),
        new ExercisedStatus("toggl-track-v9", "getClient", "200"),
        new ExercisedStatus("toggl-track-v9", "getClient", "404"),
        new ExercisedStatus("toggl-track-v9", "listClients", "200")), result.exercised());
  }

  static Stream<Arguments> wrongPacts() {
    return Stream.of(
        // fixture, kind, operationId, text expected in the location, text expected in the message
        Arguments.of("renamed-body-field.json", Finding.Kind.REQUEST, "createClient",
            "request.body.incompatible", "property 'title' is not defined"),
        Arguments.of("renamed-body-field.json", Finding.Kind.REQUEST, "createClient",
            "request.body.incompatible", "required property 'name' not found"),
        Arguments.of("wrong-type.json", Finding.Kind.REQUEST, "createClient",
            "request.body.incompatible at request.body/name", "integer found, string expected"),
        Arguments.of("missing-required-field.json", Finding.Kind.REQUEST, "createClient",
            "request.body.incompatible", "required property 'name' not found"),
        Arguments.of("missing-request-body.json", Finding.Kind.REQUEST, "createClient",
            "request.body.incompatible", "the spec requires a request body"),
        Arguments.of("undocumented-status.json", Finding.Kind.UNDOCUMENTED_STATUS, "getClient",
            "response.status.unknown", "418"),
        Arguments.of("wrong-method.json", Finding.Kind.UNKNOWN_OPERATION, "-",
            "request.path-or-method.unknown", "PATCH /api/v9/workspaces/1234567/clients/3456789 is not documented"),
        Arguments.of("wrong-query-parameter-name.json", Finding.Kind.REQUEST, "listClients",
            "request.query.unknown at request.query.state", "'state' is not documented"),
        Arguments.of("wrong-response-field-type.json", Finding.Kind.RESPONSE, "getClient",
            "response.body.incompatible at response.body/id", "string found, integer expected"),
        Arguments.of("missing-credentials.json", Finding.Kind.REQUEST, "getClient",
            "request.authorization.missing", "no Authorization header"),
        Arguments.of("wrong-auth-scheme.json", Finding.Kind.REQUEST, "getClient",
            "request.authorization.missing", "the Authorization header is not basic"),
        Arguments.of("unknown-provider.json", Finding.Kind.UNKNOWN_PROVIDER, "-",
            "provider.name", "'toggl-reports'"));
  }

  @ParameterizedTest(name = "{0}: {1} {2} [{3}]")
  @MethodSource("wrongPacts")
  void wrongPactIsReportedWithOperationAndField(String fixture, Finding.Kind kind, String operationId,
                         String location, String message) {
    List<Finding> findings = validator.validate(Fixtures.pacts("bad/" + fixture)).findings();

    assertTrue(findings.stream().anyMatch(finding -> finding.kind() == kind
            && finding.operationId().equals(operationId)
            && finding.location().contains(location)
            && finding.message().contains(message)
            && finding.pactFile().equals(fixture)),
        () -> "expected " + kind + " " + operationId + " [" + location + "] '" + message + "' in "
            + fixture + ", got:\n" + describe(findings));
  }

  @Test
  void wrongMethodNamesTheOperationsThePathDoesDocument() {
    Finding finding = validator.validate(Fixtures.pacts("bad/wrong-method.json"))
        .findings().get(0);

    assertTrue(finding.message().contains("updateClient (PUT /workspaces/{workspace_id}/clients/{client_id})"),
        finding::message);
    assertEquals("a request to rename client 3456789", finding.interaction());
  }

  @Test
  void version3PactWithoutTheServerBasePathValidatesToo(@TempDir Path dir) throws IOException {
    // Pact V3 layout (headers as strings, body embedded) and a path without /api/v9: both must work,
    // whichever base URL the Pact tests give the client.
    Path pact = Files.writeString(dir.resolve("v3.json"), """
        {"consumer": {"name": "togglkit"}, "provider": {"name": "toggl-track-v9"},
         "interactions": [{
          "description": "a request to create client Acme Corp",
          "request": {"method": "POST", "path": "/workspaces/1234567/clients",
                "headers": {"Authorization": "Basic dGVzdDphcGlfdG9rZW4=",
                      "Content-Type": "application/json"},
                "body": {"name": "Acme Corp"}},
          "response": {"status": 400, "headers": {"Content-Type": "application/json"},
                "body": "Client name is refused"}}],
         "metadata": {"pactSpecification": {"version": "3.0.0"}}}
        """);

    PactSpecValidator.Result result = validator.validate(List.of(PactFileReader.read(pact)));

    assertEquals(List.of(), result.findings(), () -> describe(result.findings()));
    assertEquals(java.util.Set.of(new ExercisedStatus("toggl-track-v9", "createClient", "400")),
        result.exercised());
  }

  @Test
  void findingsNeverRepeatCredentialsFromThePact() {
    String allText = Stream.of("bad/missing-credentials.json", "good/togglkit-toggl-track-v9.json",
            "bad/wrong-type.json")
        .flatMap(fixture -> validator.validate(Fixtures.pacts(fixture)).findings().stream())
        .map(Finding::describe)
        .collect(Collectors.joining("\n"));

    assertFalse(allText.contains("dGVzdC10b2tlbjphcGlfdG9rZW4="), allText);
  }

  private static String describe(List<Finding> findings) {
    return findings.stream().map(Finding::describe).collect(Collectors.joining("\n"));
  }
}
