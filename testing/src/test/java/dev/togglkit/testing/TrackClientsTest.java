package dev.togglkit.testing;

import static dev.togglkit.testing.Wire.Reply.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.testing.Wire.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Track clients on the wire: state, ids, timestamps, archive/restore effects and documented errors. */
class TrackClientsTest {

  private final ManualClock clock = new ManualClock();
  private TogglFake fake;
  private Wire wire;
  private WorkspaceSeed ws;

  @BeforeEach
  void start() {
    fake = TogglFake.builder().clock(clock).maxClientNameLength(10).start();
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
  void createdClientsGetNewIdsTheCreatorAndTheClockTime() {
    Reply first = wire.track("POST", clients(), "{\"name\":\" Acme \",\"notes\":\"n\"}");
    clock.advance(Duration.ofMinutes(5));
    Reply second = wire.track("POST", clients(), "{\"name\":\"Beta\"}");

    assertEquals(200, first.status, first.toString());
    Map<String, Object> acme = first.object();
    assertEquals("Acme", acme.get("name"), "names are trimmed");
    assertEquals(ws.id(), id(acme, "wid"));
    assertEquals(fake.userId(), id(acme, "creator_id"));
    assertEquals("2024-05-16T08:42:10+00:00", acme.get("at"));
    assertEquals("2024-05-16T08:47:10+00:00", second.object().get("at"));
    assertNotEquals(id(acme, "id"), id(second.object(), "id"));
    assertEquals("Acme", wire.track("GET", clients() + "/" + id(acme, "id")).object().get("name"));
  }

  @Test
  void listFiltersByStatusAndNameCaseInsensitively() {
    ws.client("Acme Corp");
    ws.archivedClient("ACME archive");
    ws.client("Other");

    assertEquals(List.of("Acme Corp"), names(wire.track("GET", clients() + "?name=acme")));
    assertEquals(List.of("ACME archive"), names(wire.track("GET", clients() + "?status=archived")));
    assertEquals(List.of("Acme Corp", "ACME archive"), names(wire.track("GET", clients() + "?status=both&name=Acme")));
    Reply invalid = wire.track("GET", clients() + "?status=deleted");
    assertEquals(400, invalid.status, "refused by request validation, naming the parameter");
    assertTrue(invalid.body.contains("query parameter 'status'"), invalid.body);
  }

  @Test
  void documentedNameErrorsUseTheRealMaximum() {
    Reply blank = wire.track("POST", clients(), "{\"name\":\"   \"}");
    Reply tooLong = wire.track("POST", clients(), "{\"name\":\"12345678901\"}");
    long acme = ws.client("Acme");
    Reply renameBlank = wire.track("PUT", clients() + "/" + acme, "{\"name\":\" \"}");
    Reply renameEmpty = wire.track("PUT", clients() + "/" + acme, "{\"name\":\"\"}");

    assertEquals(400, blank.status);
    assertEquals(Documented.track("clientNameEmpty"), blank.body);
    assertEquals(Documented.track("clientNameTooLong", "max_client_length", 10), tooLong.body);
    assertEquals(Documented.track("clientNameEmpty"), renameBlank.body);
    assertEquals(400, renameEmpty.status);
    assertTrue(renameEmpty.body.contains("request body '/name'"), "the spec's minLength: " + renameEmpty.body);
  }

  @Test
  void missingClientsHaveTheirOperationsOwnMessages() {
    String notFound = Documented.track("clientNotFound", "client_id", 42);
    assertEquals(notFound, wire.track("GET", clients() + "/42").body);
    assertEquals(notFound, wire.track("DELETE", clients() + "/42").body);
    assertEquals(notFound, wire.track("POST", clients() + "/42/archive").body);
    Reply update = wire.track("PUT", clients() + "/42", "{\"name\":\"x\"}");
    assertEquals(404, update.status);
    assertEquals(Documented.track("clientNotInWorkspace"), update.body);
  }

  @Test
  void otherWorkspacesAndRestrictedMembersAreForbidden() {
    WorkspaceSeed foreign = fake.seed().workspace().callerIsNotMember();
    WorkspaceSeed restricted = fake.seed().workspace().callerIsRestrictedMember();
    long restrictedClient = restricted.client("Acme");

    assertEquals("\"Forbidden\"", wire.track("GET", "workspaces/" + foreign.id() + "/clients").body);
    assertEquals(403, wire.track("GET", "workspaces/999/clients").status, "unknown workspace");
    assertEquals(200, wire.track("GET", "workspaces/" + restricted.id() + "/clients").status, "members may read");
    Reply create = wire.track("POST", "workspaces/" + restricted.id() + "/clients", "{\"name\":\"x\"}");
    assertEquals(403, create.status);
    assertEquals(403, wire.track("DELETE", "workspaces/" + restricted.id() + "/clients/" + restrictedClient).status);
  }

  @Test
  void archivingArchivesTheClientsActiveProjectsAndAnswersTheirIds() {
    long acme = ws.client("Acme");
    long live = ws.project("Live", acme);
    long done = ws.project(ProjectSeed.named("Done").client(acme).active(false));
    long otherClientsProject = ws.project("Elsewhere", ws.client("Other"));

    Reply archived = wire.track("POST", clients() + "/" + acme + "/archive");

    assertEquals(200, archived.status);
    assertEquals(List.of((double) live), archived.json());
    assertEquals(true, wire.track("GET", clients() + "/" + acme).object().get("archived"));
    assertEquals("archived", project(live).get("status"));
    assertEquals(false, project(live).get("active"));
    assertEquals("archived", project(done).get("status"));
    assertEquals("active", project(otherClientsProject).get("status"));
  }

  @Test
  void restoringHonoursTheNamedProjectsOrAllOfThem() {
    long acme = ws.client("Acme");
    long a = ws.project("A", acme);
    long b = ws.project("B", acme);
    wire.track("POST", clients() + "/" + acme + "/archive");

    Reply restored = wire.track("POST", clients() + "/" + acme + "/restore", "{\"projects\":[" + a + "]}");

    assertEquals(false, restored.object().get("archived"));
    assertEquals("active", project(a).get("status"));
    assertEquals("archived", project(b).get("status"));

    wire.track("POST", clients() + "/" + acme + "/archive");
    wire.track("POST", clients() + "/" + acme + "/restore", "{\"restore_all_projects\":true}");
    assertEquals("active", project(a).get("status"));
    assertEquals("active", project(b).get("status"));
  }

  @Test
  void restoringAnotherClientsProjectIsABadRequest() {
    long acme = ws.client("Acme");
    long foreignProject = ws.project("Foreign", ws.client("Other"));

    Reply reply = wire.track("POST", clients() + "/" + acme + "/restore", "{\"projects\":[" + foreignProject + "]}");

    assertEquals(400, reply.status);
    assertEquals("\"Bad Request\"", reply.body);
  }

  @Test
  void archivingOutsidePremiumIsA402WithoutQuotaHeaders() {
    ws.premium(false);
    long acme = ws.client("Acme");

    Reply reply = wire.track("POST", clients() + "/" + acme + "/archive");

    assertEquals(402, reply.status);
    assertNull(reply.header("X-Toggl-Quota-Remaining"));
    assertNull(reply.header("X-Toggl-Quota-Resets-In"));
  }

  @Test
  void deletingAClientLeavesItsProjectsWithoutClient() {
    long acme = ws.client("Acme");
    long project = ws.project("P", acme);

    Reply deleted = wire.track("DELETE", clients() + "/" + acme);

    assertEquals(200, deleted.status);
    assertTrue(deleted.body.isEmpty());
    assertEquals(404, wire.track("GET", clients() + "/" + acme).status);
    assertNull(project(project).get("client_id"));
  }

  private Map<String, Object> project(long id) {
    return wire.track("GET", "workspaces/" + ws.id() + "/projects/" + id).object();
  }

  private static List<Object> names(Reply reply) {
    assertEquals(200, reply.status, reply.toString());
    return reply.list().stream().map(c -> c.get("name")).collect(java.util.stream.Collectors.toList());
  }
}
