package dev.togglkit.testing.internal;

import dev.togglkit.testing.TogglOperation.Api;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Track project users: list, create, update, delete and bulk edit, with their documented errors. */
public final class TrackProjectUsersHandler {

  static final int MAX_PROJECT_IDS = 200;

  private TrackProjectUsersHandler() {
  }

  public static FakeResponse list(Call call) {
    Workspace ws = call.workspace(400, "workspaceNotFound");
    call.require(ws.isMember(call.user.id), 403);
    List<Long> projectIds = Values.idList(call.request.query("project_ids"));
    if (projectIds != null && projectIds.size() > MAX_PROJECT_IDS) {
      return call.error(400, "tooManyProjectIds");
    }
    String userId = call.request.query("user_id");
    boolean withGroups = Boolean.parseBoolean(call.request.query("with_group_members"));
    List<Object> found = new ArrayList<>();
    for (ProjectUserRecord pu : ws.projectUsers.values()) {
      ProjectRecord project = ws.projects.get(pu.projectId);
      if (project == null || !ws.maySee(call.user.id, project)
          || projectIds != null && !projectIds.contains(pu.projectId)
          || userId != null && !userId.equals(Long.toString(pu.userId))
          || pu.groupId != null && !withGroups) {
        continue;
      }
      found.add(pu.toJson());
    }
    return FakeResponse.json(200, found);
  }

  public static FakeResponse create(Call call) {
    Workspace ws = call.workspace(400, "workspaceNotFound");
    call.require(ws.isMember(call.user.id), 403);
    Map<String, Object> body = call.objectBody();
    Long projectId = Values.id(body.get("project_id"), "project_id");
    call.require(projectId != null && ws.projects.containsKey(projectId), 400, "invalidProjectId");
    call.require(ws.mayManageMembersOf(call.user.id, projectId), 403);
    Long userId = Values.id(body.get("user_id"), "user_id");
    call.require(userId != null && ws.isMember(userId) && !directMember(ws, projectId, userId), 400,
        "invalidUserId");
    Instant now = call.now();
    ProjectUserRecord pu = new ProjectUserRecord(call.state.projectUserId(null), ws.id, projectId, userId, now);
    pu.manager = Boolean.TRUE.equals(Values.bool(body.get("manager"), "manager"));
    applyRates(pu, body, now);
    ws.projectUsers.put(pu.id, pu);
    return FakeResponse.json(200, pu.toJson());
  }

  public static FakeResponse update(Call call) {
    Workspace ws = call.workspace(400, "workspaceNotFound");
    ProjectUserRecord pu = call.found(ws.projectUsers.get(call.request.pathId("project_user_id")), 403);
    call.require(ws.mayManageMembersOf(call.user.id, pu.projectId), 403);
    Map<String, Object> body = call.objectBody();
    call.require(body.containsKey("manager") || body.containsKey("labor_cost") || body.containsKey("rate"), 400,
        "missingData");
    Boolean manager = Values.bool(body.get("manager"), "manager");
    if (manager != null) {
      pu.manager = manager;
    }
    applyRates(pu, body, call.now());
    pu.at = call.now();
    return FakeResponse.json(200, pu.toJson());
  }

  public static FakeResponse delete(Call call) {
    Workspace ws = call.workspace(400, "workspaceNotFound");
    ProjectUserRecord pu = call.found(ws.projectUsers.get(call.request.pathId("project_user_id")), 400,
        "projectUserNotFound");
    call.require(ws.mayManageMembersOf(call.user.id, pu.projectId), 403);
    ws.projectUsers.remove(pu.id);
    return FakeResponse.empty(200);
  }

  /**
   * Bulk edit of {@code /manager}, {@code /labor_cost} and {@code /rate} with replace or remove. None of
   * the ids known: 400; known ids the caller may not manage at all: 403; otherwise per-id results.
   */
  public static FakeResponse patch(Call call) {
    Workspace ws = call.workspace(400, "workspaceNotFound");
    List<Long> ids = Values.idList(call.request.pathParam("project_user_ids"));
    List<ProjectUserRecord> known = new ArrayList<>();
    for (Long id : ids) {
      if (ws.projectUsers.containsKey(id)) {
        known.add(ws.projectUsers.get(id));
      }
    }
    call.require(!known.isEmpty(), 400, "projectUserNotFound");
    boolean mayManageAny = false;
    for (ProjectUserRecord pu : known) {
      mayManageAny |= ws.mayManageMembersOf(call.user.id, pu.projectId);
    }
    call.require(mayManageAny, 403);
    List<Object> operations = call.arrayBody();
    List<Object> success = new ArrayList<>();
    List<Object> failure = new ArrayList<>();
    for (Long id : ids) {
      ProjectUserRecord pu = ws.projectUsers.get(id);
      if (pu == null || !ws.mayManageMembersOf(call.user.id, pu.projectId)) {
        failure.add(BulkResults.failure(id, OperationTable.message(Api.TRACK, "projectUserNotFound").text));
        continue;
      }
      String problem = checkOperations(operations);
      if (problem != null) {
        failure.add(BulkResults.failure(id, problem));
        continue;
      }
      for (Object item : operations) {
        BulkResults.Op op = BulkResults.Op.parse(item);
        Object value = op.op.equals("remove") ? null : op.value;
        switch (op.path) {
          case "/manager":
            pu.manager = Boolean.TRUE.equals(value);
            break;
          case "/labor_cost":
            pu.laborCost = value == null ? null : ((Number) value).doubleValue();
            pu.rateLastUpdated = call.now();
            pu.laborCostLastUpdated = call.now();
            break;
          default:
            pu.rate = value == null ? null : ((Number) value).doubleValue();
            pu.rateLastUpdated = call.now();
        }
      }
      pu.at = call.now();
      success.add(id);
    }
    return FakeResponse.json(200, BulkResults.of(success, failure));
  }

  /** The fields a bulk edit may change: the spec's {@code x-togglkit-patch-fields}, via the operation table. */
  private static final Set<String> PATCHABLE = OperationTable.patchFields(Api.TRACK, "ProjectUserPatchOperation");
  /** The fields {@code remove} may clear (labor_cost and rate; not manager). */
  private static final Set<String> REMOVABLE = OperationTable.removableFields(Api.TRACK, "ProjectUserPatchOperation");

  /** The message Track gives for the first unsupported operation or wrongly typed value, or null. */
  private static String checkOperations(List<Object> operations) {
    for (Object item : operations) {
      BulkResults.Op op = BulkResults.Op.parse(item);
      String field = op.path.substring(1);
      boolean allowed = op.op.equals("replace") ? PATCHABLE.contains(field)
          : op.op.equals("remove") && REMOVABLE.contains(field);
      if (!allowed) {
        return "Operation not supported (" + op.op + " " + op.path + ")";
      }
      if (op.op.equals("replace")) {
        if (op.path.equals("/manager") && !(op.value instanceof Boolean)) {
          return "/manager expects a boolean";
        }
        if (!op.path.equals("/manager") && op.value != null && !(op.value instanceof Number)) {
          return op.path + " expects an float64 or null";
        }
      }
    }
    return null;
  }

  private static void applyRates(ProjectUserRecord pu, Map<String, Object> body, Instant now) {
    if (body.containsKey("labor_cost")) {
      pu.laborCost = Values.number(body.get("labor_cost"), "labor_cost");
      pu.rateLastUpdated = now;
      pu.laborCostLastUpdated = now;
    }
    if (body.containsKey("rate")) {
      pu.rate = Values.number(body.get("rate"), "rate");
      pu.rateLastUpdated = now;
    }
  }

  private static boolean directMember(Workspace ws, long projectId, long userId) {
    for (ProjectUserRecord pu : ws.projectUsers.values()) {
      if (pu.projectId == projectId && pu.userId == userId && pu.groupId == null) {
        return true;
      }
    }
    return false;
  }
}
