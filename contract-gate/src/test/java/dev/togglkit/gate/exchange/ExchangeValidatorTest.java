package dev.togglkit.gate.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.gate.exchange.ExchangeFinding.Kind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One finding per kind of bad request, naming the parameter or field; and none for a good one. */
class ExchangeValidatorTest {

  private static final ExchangeValidator TRACK = ExchangeValidator.load(
      Path.of(System.getProperty("togglkit.spec.dir"), "track-v9", "openapi.yaml"));
  private static final String CLIENTS = "/api/v9/workspaces/1234567/clients";
  private static final Map<String, List<String>> BASIC = Map.of("Authorization", List.of("Basic dG9rZW46YXBpX3Rva2Vu"));
  private static final Map<String, List<String>> BASIC_JSON = Map.of(
      "Authorization", List.of("Basic dG9rZW46YXBpX3Rva2Vu"), "Content-Type", List.of("application/json"));

  @Test
  void aValidRequestHasNoFinding() {
    assertEquals(List.of(), TRACK.validateRequest(new ExchangeRequest("GET", CLIENTS, "status=archived", BASIC, null)));
    assertEquals(List.of(), TRACK.validateRequest(
        new ExchangeRequest("POST", CLIENTS, null, BASIC_JSON, "{\"name\":\"Acme\"}")));
  }

  @Test
  void namesTheOperationIdWithOrWithoutTheBasePath() {
    assertEquals("listClients", TRACK.operationId("GET", CLIENTS).orElseThrow());
    assertEquals("listClients", TRACK.operationId("get", "/workspaces/1/clients").orElseThrow());
    assertTrue(TRACK.operationId("GET", "/api/v9/nowhere").isEmpty());
  }

  @Test
  void anUnknownQueryParameterIsNamed() {
    assertOne(Kind.QUERY_PARAMETER, "state", TRACK.validateRequest(
        new ExchangeRequest("GET", CLIENTS, "state=archived", BASIC, null)));
  }

  @Test
  void aValueOutsideTheEnumIsNamed() {
    assertOne(Kind.QUERY_PARAMETER, "status", TRACK.validateRequest(
        new ExchangeRequest("GET", CLIENTS, "status=gone", BASIC, null)));
  }

  @Test
  void aPathParameterOfTheWrongTypeIsNamed() {
    assertOne(Kind.PATH_PARAMETER, "workspace_id", TRACK.validateRequest(
        new ExchangeRequest("GET", "/api/v9/workspaces/abc/clients", null, BASIC, null)));
  }

  @Test
  void aBodyFieldOfTheWrongTypeIsNamedByItsPointer() {
    assertOne(Kind.REQUEST_BODY, "/name", TRACK.validateRequest(
        new ExchangeRequest("POST", CLIENTS, null, BASIC_JSON, "{\"name\":42}")));
  }

  @Test
  void anUndeclaredBodyFieldIsNamedInTheMessage() {
    List<ExchangeFinding> findings = TRACK.validateRequest(
        new ExchangeRequest("POST", CLIENTS, null, BASIC_JSON, "{\"name\":\"Acme\",\"nickname\":\"A\"}"));
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(Kind.REQUEST_BODY, findings.get(0).kind());
    assertTrue(findings.get(0).message().contains("nickname"), findings.toString());
  }

  @Test
  void aContentTypeTheOperationDoesNotTakeIsAFinding() {
    assertOne(Kind.CONTENT_TYPE, "Content-Type", TRACK.validateRequest(new ExchangeRequest("POST", CLIENTS, null,
        Map.of("Authorization", BASIC.get("Authorization"), "Content-Type", List.of("text/plain")), "name=Acme")));
  }

  @Test
  void anAcceptHeaderNoResponseTypeMatchesIsNamedAccept() {
    List<ExchangeFinding> findings = TRACK.validateRequest(new ExchangeRequest("GET", CLIENTS, null,
        Map.of("Authorization", BASIC.get("Authorization"), "Accept", List.of("text/csv")), null));

    assertOne(Kind.CONTENT_TYPE, "Accept", findings);
    // Each documented type once, though every status of listClients documents application/json.
    assertEquals("Accept 'text/csv' matches none of the documented response types [application/json]",
        findings.get(0).message());
  }

  @Test
  void aFindingNamesItsParameterOnce() {
    List<ExchangeFinding> enumValue = TRACK.validateRequest(
        new ExchangeRequest("GET", CLIENTS, "status=gone", BASIC, null));
    assertEquals("query parameter 'status': does not have a value in the enumeration [\"active\", \"archived\", "
        + "\"both\"]", enumValue.get(0).toString());

    List<ExchangeFinding> unknown = TRACK.validateRequest(
        new ExchangeRequest("GET", CLIENTS, "state=archived", BASIC, null));
    assertEquals("query parameter 'state' is not documented", unknown.get(0).toString());
  }

  @Test
  void missingCredentialsAreAFindingThatShowsNoHeaderValue() {
    assertOne(Kind.CREDENTIALS, "Authorization", TRACK.validateRequest(
        new ExchangeRequest("GET", CLIENTS, null, Map.of(), null)));

    List<ExchangeFinding> wrongScheme = TRACK.validateRequest(new ExchangeRequest("GET", CLIENTS, null,
        Map.of("Authorization", List.of("Bearer s3cret")), null));
    assertOne(Kind.CREDENTIALS, "Authorization", wrongScheme);
    assertFalse(wrongScheme.toString().contains("s3cret"), wrongScheme.toString());
  }

  @Test
  void anUnknownPathIsAFinding() {
    assertOne(Kind.OPERATION, "GET /api/v9/nowhere", TRACK.validateRequest(
        new ExchangeRequest("GET", "/api/v9/nowhere", null, BASIC, null)));
  }

  @Test
  void responsesAreJudgedToo() {
    ExchangeRequest get = new ExchangeRequest("GET", CLIENTS + "/3456789", null, BASIC, null);
    assertOne(Kind.STATUS, "418", TRACK.validateResponse(get, new ExchangeResponse(418, Map.of(), null)));
    assertOne(Kind.RESPONSE_BODY, "/id", TRACK.validateResponse(get, new ExchangeResponse(200,
        Map.of("Content-Type", List.of("application/json")), "{\"id\":\"x\",\"name\":\"Acme\",\"wid\":1}")));
  }

  private static void assertOne(Kind kind, String name, List<ExchangeFinding> findings) {
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(kind, findings.get(0).kind(), findings.toString());
    assertEquals(name, findings.get(0).name(), findings.toString());
  }
}
