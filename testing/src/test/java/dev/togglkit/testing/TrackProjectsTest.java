package dev.togglkit.testing;

import static dev.togglkit.testing.Wire.Reply.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.testing.Wire.Reply;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Track projects on the wire: filters, sorting, paging, bulk edits, visibility. */
class TrackProjectsTest {

  private final ManualClock clock = new ManualClock();
  private TogglFake fake;
  private Wire wire;
  private WorkspaceSeed ws;

  @BeforeEach
  void start() {
    fake = TogglFake.builder().clock(clock).start();
    wire = new Wire(fake);
    ws = fake.seed().workspace();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private String projects() {
    return "workspaces/" + ws.id() + "/projects";
  }

  @Test
  void pagesAreCappedAt200AndTheLastPageIsShort() {
    long acme = ws.client("Acme");
    for (int i = 0; i < 205; i++) {
      ws.project(ProjectSeed.named(String.format("P%03d", i)).client(acme));
    }

    assertEquals(151, wire.track("GET", projects()).list().size(), "default per_page");
    Reply tooMany = wire.track("GET", projects() + "?per_page=500");
    assertEquals(400, tooMany.status, "the spec's maximum");
    assertTrue(tooMany.body.contains("query parameter 'per_page'"), tooMany.body);
    assertEquals(5, wire.track("GET", projects() + "?per_page=200&page=2").list().size(), "short last page");
    assertEquals(0, wire.track("GET", projects() + "?per_page=200&page=3").list().size(), "past the end");
    List<Map<String, Object>> second = wire.track("GET", projects() + "?per_page=100&page=2&sort_field=name").list();
    assertEquals("P100", second.get(0).get("name"));
  }

  @Test
  void filtersCombine() {
    long acme = ws.client("Acme");
    long beta = ws.client("Beta");
    long colleague = fake.seed().user("colleague@example.com");
    ws.member(colleague);
    long relaunch = ws.project(ProjectSeed.named("Website relaunch").client(acme));
    ws.project(ProjectSeed.named("Website archive").client(acme).active(false));
    long app = ws.project(ProjectSeed.named("Mobile app").client(beta).billable(false)
        .startsOn(LocalDate.of(2030, 1, 1)));
    long internal = ws.project(ProjectSeed.named("Internal"));
    ws.projectUser(ProjectUserSeed.of(app, colleague));

    assertEquals(List.of("Website relaunch", "Mobile app", "Internal"), names("?"), "active by default");
    assertEquals(List.of("Website archive"), names("?active=false"));
    assertEquals(4, names("?active=both").size());
    assertEquals(List.of("Website relaunch"), names("?billable=true&client_ids=" + acme + "," + beta));
    assertEquals(List.of("Mobile app"), names("?statuses=upcoming"));
    assertEquals(List.of("Website relaunch", "Website archive"), names("?active=both&name=WEBSITE"));
    assertEquals(List.of("Mobile app"), names("?user_ids=" + colleague));
    assertEquals(List.of("Internal", "Mobile app", "Website relaunch"), names("?sort_field=name&sort_order=ASC"));
    assertEquals(List.of("Website relaunch", "Mobile app", "Internal"), names("?sort_field=name&sort_order=DESC"));
    assertEquals(List.of("Mobile app"), names("?search=mobile"));
    assertEquals(List.of("Website relaunch", "Internal"), names("?project_ids=" + relaunch + ",999," + internal));
    Map<String, Object> upcoming = wire.track("GET", projects() + "/" + app).object();
    assertEquals("Beta", upcoming.get("client_name"));
    assertEquals("2030-01-01", upcoming.get("start_date"));
    assertEquals("upcoming", upcoming.get("status"));
    assertNull(upcoming.get("current_period"));
    assertNotNull(wire.track("GET", projects() + "/" + relaunch).object().get("current_period"));
  }

  @Test
  void createdProjectsTakeTheBodyAndWorkspaceDefaults() {
    long acme = ws.client("Acme");

    Reply created = wire.track("POST", projects(),
        "{\"name\":\"Website relaunch\",\"client_id\":" + acme + ",\"billable\":true,\"color\":\"#123abc\"}");

    Map<String, Object> p = created.object();
    assertEquals(200, created.status, created.toString());
    assertEquals(acme, id(p, "client_id"));
    assertEquals(acme, id(p, "cid"));
    assertEquals("EUR", p.get("currency"));
    assertEquals("#123abc", p.get("color"));
    assertEquals("active", p.get("status"));
    assertEquals("2024-05-16T08:42:10+00:00", p.get("created_at"));
    assertEquals("2024-05-16T08:42:10+00:00", p.get("rate_last_updated"), "a billable project has a rate history");
    Map<?, ?> period = (Map<?, ?>) p.get("current_period");
    assertEquals("2024-05-01", period.get("start_date"));
    assertEquals("2024-05-31", period.get("end_date"));
    Map<String, Object> byName = wire.track("POST", projects(), "{\"name\":\"X\",\"client_name\":\"New Co\"}").object();
    assertEquals("New Co", wire.track("GET", "workspaces/" + ws.id() + "/clients/" + id(byName, "client_id"))
        .object().get("name"), "client_name creates the client");
  }

  @Test
  void bulkEditReportsEachId() {
    long mine = ws.project(ProjectSeed.named("Mine"));
    long other = ws.project(ProjectSeed.named("Other"));

    Reply reply = wire.track("PATCH", projects() + "/" + mine + ",404," + other,
        "[{\"op\":\"replace\",\"path\":\"/active\",\"value\":false},{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Renamed\"}]");

    Map<String, Object> result = reply.object();
    assertEquals(List.of((double) mine, (double) other), result.get("success"));
    assertEquals(List.of(Map.of("id", 404.0, "message", "Project not found/accessible")), result.get("failure"));
    assertEquals("archived", wire.track("GET", projects() + "/" + mine).object().get("status"));
    assertEquals("Renamed", wire.track("GET", projects() + "/" + other).object().get("name"));
    Reply unsupported = wire.track("PATCH", projects() + "/" + mine, "[{\"op\":\"replace\",\"path\":\"/workspace_id\",\"value\":1}]");
    assertEquals("Operation not supported (replace /workspace_id)",
        ((Map<?, ?>) ((List<?>) unsupported.object().get("failure")).get(0)).get("message"));
    // The spec's removable fields (C-40): remove clears client_id, but a name cannot be removed.
    Reply removeName = wire.track("PATCH", projects() + "/" + mine, "[{\"op\":\"remove\",\"path\":\"/name\"}]");
    assertEquals("Operation not supported (remove /name)",
        ((Map<?, ?>) ((List<?>) removeName.object().get("failure")).get(0)).get("message"));
    Reply removeClient = wire.track("PATCH", projects() + "/" + mine, "[{\"op\":\"remove\",\"path\":\"/client_id\"}]");
    assertEquals(List.of((double) mine), removeClient.object().get("success"));
  }

  @Test
  void privateProjectsAreHiddenFromOtherMembers() {
    long secret = ws.project(ProjectSeed.named("Secret").isPrivate(true));
    long open = ws.project(ProjectSeed.named("Open").isPrivate(false));
    ws.callerIsMember();

    assertEquals(403, wire.track("GET", projects() + "/" + secret).status);
    assertEquals(Documented.track("noAccess"), wire.track("GET", projects() + "/" + secret).body);
    assertEquals(200, wire.track("GET", projects() + "/" + open).status);
    assertEquals(List.of("Open"), names("?"));
    ws.projectUser(ProjectUserSeed.of(open, fake.userId()).manager(true));
    ws.callerIsRestrictedMember();
    long another = ws.project(ProjectSeed.named("Another").isPrivate(false));
    assertEquals(List.of("Open"), names("?only_editable=true"), "where only admins manage projects, a manager edits their own, not " + another);
  }

  @Test
  void updateAndDelete() {
    long p = ws.project(ProjectSeed.named("Old"));

    Reply renamed = wire.track("PUT", projects() + "/" + p, "{\"name\":\"New\",\"active\":false}");
    Reply deleted = wire.track("DELETE", projects() + "/" + p + "?teDeletionMode=unassign");

    assertEquals("New", renamed.object().get("name"));
    assertEquals("archived", renamed.object().get("status"));
    assertEquals(200, deleted.status);
    assertEquals(403, wire.track("GET", projects() + "/" + p).status, "gone");
    assertEquals(403, wire.track("DELETE", projects() + "/" + p).status);
  }

  private List<Object> names(String query) {
    Reply reply = wire.track("GET", projects() + query);
    assertEquals(200, reply.status, reply.toString());
    return reply.list().stream().map(p -> p.get("name")).collect(Collectors.toList());
  }

  @Test
  void aFreePlanWorkspaceGetsThePremiumOnly402ForACustomColourOnly() {
    ws.premium(false);
    long p = ws.project(ProjectSeed.named("P"));

    Reply custom = wire.track("PUT", projects() + "/" + p, "{\"color\":\"#FFFFFF\"}");
    Reply created = wire.track("POST", projects(), "{\"name\":\"Q\",\"color\":\"#ff7f50\"}");
    Reply palette = wire.track("PUT", projects() + "/" + p, "{\"color\":\"#d94182\"}");

    // The recorded answers (spec/evidence/mcordell-toggl_rb/update-project-*.yaml): refused, then accepted.
    assertEquals(402, custom.status);
    assertEquals(Documented.track("customColor"), custom.body);
    assertNull(custom.header("X-Toggl-Quota-Remaining"));
    assertEquals(402, created.status);
    assertEquals(custom.body, created.body);
    assertEquals(200, palette.status);
    assertEquals("#d94182", palette.object().get("color"));
  }

  @Test
  void aPremiumWorkspacePicksAnyColour() {
    long p = ws.project(ProjectSeed.named("P"));

    assertEquals(200, wire.track("PUT", projects() + "/" + p, "{\"color\":\"#ff7f50\"}").status);
  }
}
