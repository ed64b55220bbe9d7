package dev.togglkit.testing;

import static dev.togglkit.testing.Wire.Reply.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.togglkit.testing.Wire.Reply;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Track project users on the wire: membership, rates, bulk edits and the documented 400s. */
class TrackProjectUsersTest {

  private TogglFake fake;
  private Wire wire;
  private WorkspaceSeed ws;
  private long project;
  private long colleague;

  @BeforeEach
  void start() {
    fake = TogglFake.builder().clock(new ManualClock()).start();
    wire = new Wire(fake);
    ws = fake.seed().workspace();
    project = ws.project(ProjectSeed.named("P"));
    colleague = fake.seed().user("colleague@example.com");
    ws.member(colleague);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private String projectUsers() {
    return "workspaces/" + ws.id() + "/project_users";
  }

  @Test
  void addingAMemberWithALaborCostStartsItsRateHistory() {
    Reply added = wire.track("POST", projectUsers(),
        "{\"project_id\":" + project + ",\"user_id\":" + colleague + ",\"manager\":true,\"labor_cost\":35.5}");

    Map<String, Object> pu = added.object();
    assertEquals(200, added.status, added.toString());
    assertEquals(35.5, pu.get("labor_cost"));
    assertEquals(true, pu.get("manager"));
    assertEquals("2024-05-16T08:42:10+00:00", pu.get("rate_last_updated"));
    assertEquals(List.of(id(pu, "id")), ids(wire.track("GET", projectUsers() + "?project_ids=" + project)));
    Reply again = wire.track("POST", projectUsers(), "{\"project_id\":" + project + ",\"user_id\":" + colleague + "}");
    assertEquals(Documented.track("invalidUserId"), again.body, "already a member");
  }

  @Test
  void documentedBadRequests() {
    String tooMany = LongStream.rangeClosed(1, 201).mapToObj(Long::toString).collect(Collectors.joining(","));

    assertEquals(Documented.track("tooManyProjectIds"), wire.track("GET", projectUsers() + "?project_ids=" + tooMany).body);
    assertEquals(Documented.track("workspaceNotFound"), wire.track("GET", "workspaces/999/project_users").body);
    assertEquals(Documented.track("invalidProjectId"), wire.track("POST", projectUsers(), "{\"project_id\":1,\"user_id\":" + colleague + "}").body);
    assertEquals(Documented.track("invalidUserId"), wire.track("POST", projectUsers(), "{\"project_id\":" + project + ",\"user_id\":77}").body);
    long pu = ws.projectUser(ProjectUserSeed.of(project, colleague));
    assertEquals(Documented.track("missingData"), wire.track("PUT", projectUsers() + "/" + pu, "{}").body);
    assertEquals(Documented.track("projectUserNotFound"), wire.track("DELETE", projectUsers() + "/123").body);
    assertEquals(Documented.track("projectUserNotFound"), wire.track("PATCH", projectUsers() + "/123",
        "[{\"op\":\"replace\",\"path\":\"/manager\",\"value\":true}]").body);
  }

  @Test
  void groupMembersAreListedOnlyOnRequest() {
    ws.projectUser(ProjectUserSeed.of(project, colleague).group(77001));

    assertEquals(0, wire.track("GET", projectUsers()).list().size());
    List<Map<String, Object>> withGroups = wire.track("GET", projectUsers() + "?with_group_members=true").list();
    assertEquals(77001L, id(withGroups.get(0), "group_id"));
    assertEquals(77001L, id(withGroups.get(0), "gid"));
  }

  @Test
  void bulkEditAppliesReplaceAndRemoveAndRefusesAdd() {
    long a = ws.projectUser(ProjectUserSeed.of(project, colleague).laborCost(10.0));
    long other = fake.seed().user("other@example.com");
    long b = ws.projectUser(ProjectUserSeed.of(project, other));

    Reply reply = wire.track("PATCH", projectUsers() + "/" + a + "," + b + ",555",
        "[{\"op\":\"replace\",\"path\":\"/manager\",\"value\":true},{\"op\":\"remove\",\"path\":\"/labor_cost\"}]");
    Reply add = wire.track("PATCH", projectUsers() + "/" + a, "[{\"op\":\"add\",\"path\":\"/rate\",\"value\":1}]");

    assertEquals(List.of((double) a, (double) b), reply.object().get("success"));
    assertEquals(List.of(Map.of("id", 555.0, "message", Documented.text(TogglOperation.Api.TRACK, "projectUserNotFound"))),
        reply.object().get("failure"));
    Map<String, Object> first = wire.track("GET", projectUsers()).list().get(1);
    assertEquals(true, first.get("manager"));
    assertNull(first.get("labor_cost"));
    // The spec allows only replace and remove: request validation refuses add, naming the field.
    assertEquals(400, add.status);
    assertTrue(add.body.contains("request body '/0/op'"), add.body);
    // Toggl itself answers add per id; a lenient fake does too.
    try (TogglFake lenient = TogglFake.builder().lenientRequests().start()) {
      WorkspaceSeed lws = lenient.seed().workspace();
      long lproject = lws.project(ProjectSeed.named("P"));
      long lpu = lws.projectUser(ProjectUserSeed.of(lproject, lenient.seed().user("c@example.com")));
      Reply lenientAdd = new Wire(lenient).track("PATCH", "workspaces/" + lws.id() + "/project_users/" + lpu,
          "[{\"op\":\"add\",\"path\":\"/rate\",\"value\":1}]");
      assertEquals("Operation not supported (add /rate)",
          ((Map<?, ?>) ((List<?>) lenientAdd.object().get("failure")).get(0)).get("message"));
      assertEquals(List.of(), lenient.received().get(0).violations());
    }
  }

  @Test
  void bulkEditRemovesOnlyTheSpecsRemovableFields() {
    long pu = ws.projectUser(ProjectUserSeed.of(project, colleague).manager(true).laborCost(10.0));

    // The spec's removable fields (C-09): labor_cost and rate; manager cannot be removed, and the edit changes nothing.
    Reply removeManager = wire.track("PATCH", projectUsers() + "/" + pu,
        "[{\"op\":\"remove\",\"path\":\"/labor_cost\"},{\"op\":\"remove\",\"path\":\"/manager\"}]");

    assertEquals(200, removeManager.status, removeManager.toString());
    assertEquals(List.of(), removeManager.object().get("success"));
    assertEquals(List.of(Map.of("id", (double) pu, "message", "Operation not supported (remove /manager)")),
        removeManager.object().get("failure"));
    ProjectUserSnapshot after = fake.snapshot().workspace(ws.id()).projectUsers().stream()
        .filter(p -> p.id() == pu).findFirst().orElseThrow();
    assertTrue(after.manager());
    assertEquals(10.0, after.laborCost());
  }

  @Test
  void onlyAdminsAndProjectManagersManageMembers() {
    long pu = ws.projectUser(ProjectUserSeed.of(project, colleague));
    ws.callerIsMember();

    Reply update = wire.track("PUT", projectUsers() + "/" + pu, "{\"manager\":true}");
    Reply delete = wire.track("DELETE", projectUsers() + "/" + pu);

    assertEquals(403, update.status);
    assertEquals(Documented.track("noAccess"), update.body);
    assertEquals(403, delete.status);
    ws.projectUser(ProjectUserSeed.of(project, fake.userId()).manager(true));
    assertEquals(200, wire.track("PUT", projectUsers() + "/" + pu, "{\"labor_cost\":42.5}").status, "a manager may");
  }

  private static List<Long> ids(Reply reply) {
    return reply.list().stream().map(pu -> id(pu, "id")).collect(Collectors.toList());
  }
}
