package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.testing.Wire.Reply;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Focus clients on the wire: the {data, page, per_page} wrapper, 201/204 answers, soft delete and restore. */
class FocusClientsTest {

  private TogglFake fake;
  private Wire wire;
  private WorkspaceSeed ws;

  @BeforeEach
  void start() {
    fake = TogglFake.builder().clock(new ManualClock()).start();
    wire = new Wire(fake);
    ws = fake.seed().workspace();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private String clients() {
    return "workspaces/" + ws.id() + "/clients";
  }

  @Test
  void listsComeWrappedAndPaged() {
    ws.focusClient("Beta");
    ws.focusClient("Acme");
    ws.focusClient("acme two");

    Map<String, Object> page = wire.focus("GET", clients() + "?page=1&per_page=2&order_by[]=name").object();

    assertEquals(1.0, page.get("page"));
    assertEquals(2.0, page.get("per_page"));
    assertEquals(List.of("Acme", "acme two"), names(page));
    assertEquals(List.of("Beta"), names(wire.focus("GET", clients() + "?page=2&per_page=2&order_by%5B%5D=name").object()));
    assertEquals(List.of("Acme", "acme two"), names(wire.focus("GET", clients() + "?name=ACME").object()));
    Reply unknownField = wire.focus("GET", clients() + "?order_by[]=colour");
    assertEquals(400, unknownField.status);
    assertEquals(Documented.text(TogglOperation.Api.FOCUS, "invalidRequest"), unknownField.object().get("error_description"));
  }

  @Test
  void createAnswers201WithoutBodyAndTheClientIsThere() {
    Reply created = wire.focus("POST", clients(), "{\"name\":\"Acme\"}");

    assertEquals(201, created.status);
    assertTrue(created.body.isEmpty());
    Map<?, ?> acme = (Map<?, ?>) ((List<?>) wire.focus("GET", clients()).object().get("data")).get(0);
    assertEquals("Acme", acme.get("name"));
    assertEquals(true, acme.get("active"));
    assertEquals("2024-05-16T08:42:10Z", acme.get("created_at"));
    assertNull(acme.get("deleted_at"));
    assertEquals(400, wire.focus("POST", clients(), "{\"name\":\"  \"}").status);
  }

  @Test
  void deleteIsSoftAndRestoreUndoesIt() {
    long acme = ws.focusClient("Acme");

    assertEquals(204, wire.focus("PUT", clients() + "/" + acme, "{\"name\":\"Acme Industries\"}").status);
    assertEquals(400, wire.focus("PATCH", clients() + "/" + acme + "/restore").status, "not deleted");
    assertEquals(204, wire.focus("DELETE", clients() + "/" + acme).status);
    Map<String, Object> deleted = wire.focus("GET", clients() + "/" + acme).object();
    assertEquals(false, deleted.get("active"));
    assertNotNull(deleted.get("deleted_at"));
    assertEquals(List.of(), names(wire.focus("GET", clients()).object()), "deleted clients are not listed");
    assertEquals(404, wire.focus("DELETE", clients() + "/" + acme).status);
    assertEquals(204, wire.focus("PATCH", clients() + "/" + acme + "/restore").status);
    assertEquals("Acme Industries", wire.focus("GET", clients() + "/" + acme).object().get("name"));
  }

  @Test
  void missingClientsAre404WithTheDocumentedBody() {
    Reply reply = wire.focus("GET", clients() + "/42");

    assertEquals(404, reply.status);
    assertEquals("not_found", reply.object().get("error"));
    assertEquals(Documented.text(TogglOperation.Api.FOCUS, "clientDoesNotExist"), reply.object().get("error_description"));
    assertEquals(32, ((String) reply.object().get("trace_id")).length());
  }

  private static List<Object> names(Map<String, Object> page) {
    return ((List<?>) page.get("data")).stream().map(c -> ((Map<?, ?>) c).get("name")).collect(Collectors.toList());
  }
}
