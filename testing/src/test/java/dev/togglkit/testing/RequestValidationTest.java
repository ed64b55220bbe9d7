package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.testing.Wire.Reply;
import dev.togglkit.testing.internal.OperationTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One raw request per kind of departure from the spec: each gets a 400 in the API's error shape naming the
 * parameter or field, is recorded with its violation, and changes nothing; credentials stay Toggl's 401.
 */
@TogglFakeTest
class RequestValidationTest {

  private TogglFake fake;
  private Wire wire;
  private WorkspaceSeed ws;

  /** The class's fake, reset by the extension before each test. */
  @BeforeEach
  void seed(TogglFake fake) {
    this.fake = fake;
    wire = new Wire(fake);
    ws = fake.seed().workspace();
  }

  private String clients() {
    return "workspaces/" + ws.id() + "/clients";
  }

  @Test
  void anUnknownQueryParameterIsRefusedByName() {
    assertRefused(wire.track("GET", clients() + "?state=archived"), "query parameter 'state'");
  }

  @Test
  void aQueryValueOutsideItsEnumIsRefusedByName() {
    assertRefused(wire.track("GET", clients() + "?status=gone"), "query parameter 'status'");
  }

  @Test
  void aQueryValueOfTheWrongTypeIsRefusedByName() {
    assertRefused(wire.track("GET", "workspaces/" + ws.id() + "/projects?page=first"), "query parameter 'page'");
  }

  @Test
  void aPathParameterOfTheWrongTypeIsRefusedByName() {
    assertRefused(wire.track("GET", "workspaces/acme/clients"), "path parameter 'workspace_id'");
  }

  @Test
  void aBodyFieldOfTheWrongTypeIsRefusedByItsPointer() {
    assertRefused(wire.track("POST", clients(), "{\"name\":42}"), "request body '/name'");
    assertEquals("[]", wire.track("GET", clients()).body, "nothing was created");
  }

  @Test
  void anUndeclaredBodyFieldIsRefusedByName() {
    Reply reply = wire.track("POST", clients(), "{\"name\":\"Acme\",\"nickname\":\"A\"}");
    assertRefused(reply, "nickname");
  }

  @Test
  void aContentTypeTheOperationDoesNotTakeIsRefused() {
    assertRefused(wire.track("POST", clients(), "name=Acme", "application/x-www-form-urlencoded"),
        "content type 'Content-Type'");
  }

  @Test
  void missingCredentialsAreStillToggls401() {
    Reply reply = Wire.send("GET", fake.trackBaseUrl() + clients(), null, null);
    assertEquals(401, reply.status);
    assertEquals(List.of(), fake.received().get(0).violations(), "credentials are the authenticator's");
  }

  @Test
  void focusRefusalsHaveFocusErrorShape() {
    Reply reply = wire.focus("GET", "workspaces/" + ws.id() + "/clients?per_page=many");
    assertEquals(400, reply.status);
    Map<String, Object> body = reply.object();
    OperationTable.Message documented = OperationTable.message(TogglOperation.Api.FOCUS, "invalidRequest");
    assertEquals(documented.error, body.get("error"));
    String description = (String) body.get("error_description");
    assertTrue(description.startsWith(documented.text + ": "), reply.toString());
    assertTrue(description.contains("query parameter 'per_page'"), reply.toString());
    assertTrue(body.containsKey("trace_id"));
  }

  @Test
  void aLenientFakeLetsTheHandlerDecide() {
    try (TogglFake lenient = TogglFake.builder().lenientRequests().start()) {
      long workspace = lenient.seed().workspace().id();
      Reply reply = new Wire(lenient).track("GET", "workspaces/" + workspace + "/clients?state=archived");
      assertEquals(200, reply.status, reply.toString());
      assertEquals(List.of(), lenient.received().get(0).violations());
    }
  }

  @Test
  void aLenientFakeAnswersABodyOrPathItCannotReadWithTheGeneric400() {
    try (TogglFake lenient = TogglFake.builder().lenientRequests().start()) {
      long workspace = lenient.seed().workspace().id();
      Wire raw = new Wire(lenient);

      Reply listForObject = raw.track("POST", "workspaces/" + workspace + "/clients", "[]");
      Reply textForId = raw.track("POST", "workspaces/" + workspace + "/project_users", "{\"project_id\":\"x\"}");
      Reply textInPath = raw.track("GET", "workspaces/acme/clients");
      Reply focusListForObject = raw.focus("POST", "workspaces/" + workspace + "/clients", "[]");

      // Not a documented message about something else (e.g. createClient's blank name): the request is unreadable.
      for (Reply track : List.of(listForObject, textForId, textInPath)) {
        assertEquals(400, track.status, track.toString());
        assertEquals("\"Bad Request\"", track.body, track.toString());
      }
      assertEquals(400, focusListForObject.status, focusListForObject.toString());
      OperationTable.Message invalid = OperationTable.message(TogglOperation.Api.FOCUS, "invalidRequest");
      assertEquals(invalid.error, focusListForObject.object().get("error"));
      assertEquals(invalid.text, focusListForObject.object().get("error_description"));
      assertEquals(List.of(), lenient.snapshot().workspace(workspace).clients(), "nothing was created");
      assertEquals(List.of(), lenient.snapshot().workspace(workspace).focusClients(), "nothing was created");
    }
  }

  private void assertRefused(Reply reply, String named) {
    assertEquals(400, reply.status, reply.toString());
    assertTrue(reply.body.startsWith("\"Does not match the spec: "), "a Track error is a JSON string: " + reply);
    assertTrue(reply.body.contains(named), reply.toString());
    ReceivedRequest received = fake.received().get(fake.received().size() - 1);
    assertEquals(1, received.violations().size(), received.violations().toString());
    assertTrue(received.violations().get(0).contains(named), received.violations().toString());
  }
}
