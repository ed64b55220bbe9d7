package dev.togglkit.testing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Track projects: list (filters, sorting, paging), create, get, update, delete and bulk edit. */
public final class TrackProjectsHandler {

  /** Default and largest page size of listProjects. */
  static final int DEFAULT_PER_PAGE = 151;
  static final int MAX_PER_PAGE = 200;

  /** A bulk edit's per-id failure for a project the caller cannot change (the spec's BulkPatchFailure example). */
  private static final String PROJECT_NOT_FOUND = "Project not found/accessible";

  private TrackProjectsHandler() {
  }

  public static FakeResponse list(Call call) {
    Workspace ws = call.memberWorkspace(403);
    ProjectFilter filter = ProjectFilter.from(call.request, call.user.id);
    LocalDate today = call.now().atOffset(ZoneOffset.UTC).toLocalDate();
    List<ProjectRecord> found = new ArrayList<>();
    for (ProjectRecord p : ws.projects.values()) {
      if (ws.maySee(call.user.id, p) && filter.matches(p, ws, today)) {
        found.add(p);
      }
    }
    found.sort(order(call.request.query("sort_field"), call.request.query("sort_order"), ws));
    int perPage = Math.min(MAX_PER_PAGE, positiveInt(call.request.query("per_page"), DEFAULT_PER_PAGE));
    int page = positiveInt(call.request.query("page"), 1);
    long from = (long) (page - 1) * perPage;
    List<Object> body = new ArrayList<>();
    for (long i = from; i < Math.min(found.size(), from + perPage); i++) {
      body.add(json(ws, found.get((int) i), call.now()));
    }
    return FakeResponse.json(200, body);
  }

  public static FakeResponse create(Call call) {
    Workspace ws = call.memberWorkspace(403);
    call.require(ws.mayManage(call.user.id), 403);
    Map<String, Object> body = new LinkedHashMap<>(call.objectBody());
    FakeResponse premiumOnly = PremiumFeatures.refusal(ws, body);
    if (premiumOnly != null) {
      return premiumOnly;
    }
    Instant now = call.now();
    ProjectRecord project = new ProjectRecord(call.state.projectId(null), ws.id, "", now);
    project.currency = ws.currency;
    project.billable = ws.premium ? Boolean.FALSE : null;
    project.estimatedHours = 0L;
    project.actualHours = 0L;
    String clientName = Values.string(body.remove("client_name"), "client_name");
    if (clientName != null && body.get("client_id") == null && body.get("cid") == null) {
      project.clientId = clientNamed(ws, clientName, call).id;
    }
    if (body.get("client_id") != null) {
      body.remove("cid"); // client_id takes priority over the legacy cid
    }
    call.require(ProjectFields.applyBody(project, body, ws, now) == null, 403);
    ws.projects.put(project.id, project);
    // The creator becomes the project's manager, so a private project stays visible to them.
    ProjectUserRecord creator = new ProjectUserRecord(call.state.projectUserId(null), ws.id, project.id,
        call.user.id, now);
    creator.manager = true;
    ws.projectUsers.put(creator.id, creator);
    return FakeResponse.json(200, json(ws, project, now));
  }

  public static FakeResponse get(Call call) {
    Workspace ws = call.memberWorkspace(403);
    ProjectRecord project = call.found(ws.projects.get(call.request.pathId("project_id")), 403);
    call.require(ws.maySee(call.user.id, project), 403);
    return FakeResponse.json(200, json(ws, project, call.now()));
  }

  public static FakeResponse update(Call call) {
    Workspace ws = call.memberWorkspace(403);
    ProjectRecord project = call.found(ws.projects.get(call.request.pathId("project_id")), 403);
    call.require(mayChange(ws, call.user.id, project), 403);
    Map<String, Object> body = new LinkedHashMap<>(call.objectBody());
    FakeResponse premiumOnly = PremiumFeatures.refusal(ws, body);
    if (premiumOnly != null) {
      return premiumOnly;
    }
    body.remove("client_name");
    if (body.get("client_id") != null) {
      body.remove("cid");
    }
    call.require(ProjectFields.applyBody(project, body, ws, call.now()) == null, 403);
    project.at = call.now();
    return FakeResponse.json(200, json(ws, project, call.now()));
  }

  /** Deletes the project and its memberships ({@code teDeletionMode} has nothing to act on: no time entries). */
  public static FakeResponse delete(Call call) {
    Workspace ws = call.memberWorkspace(403);
    ProjectRecord project = call.found(ws.projects.get(call.request.pathId("project_id")), 403);
    call.require(mayChange(ws, call.user.id, project), 403);
    ws.projects.remove(project.id);
    ws.projectUsers.values().removeIf(pu -> pu.projectId == project.id);
    return FakeResponse.empty(200);
  }

  /** Bulk edit: each id succeeds or fails on its own; a failure names the id and why. */
  public static FakeResponse patch(Call call) {
    Workspace ws = call.state.findWorkspace(call.workspaceId());
    if (ws != null && !ws.isMember(call.user.id)) {
      ws = null;
    }
    List<Long> ids = Values.idList(call.request.pathParam("project_ids"));
    List<Object> operations = call.arrayBody();
    List<Object> success = new ArrayList<>();
    List<Object> failure = new ArrayList<>();
    for (Long id : ids) {
      ProjectRecord project = ws == null ? null : ws.projects.get(id);
      if (project == null || !mayChange(ws, call.user.id, project)) {
        failure.add(BulkResults.failure(id, PROJECT_NOT_FOUND));
        continue;
      }
      String problem = patchOne(project, operations, ws, call.now());
      if (problem != null) {
        failure.add(BulkResults.failure(id, problem));
      } else {
        success.add(id);
      }
    }
    return FakeResponse.json(200, BulkResults.of(success, failure));
  }

  /** Applies every operation to a copy first, so a project changes completely or not at all. */
  private static String patchOne(ProjectRecord project, List<Object> operations, Workspace ws, Instant now) {
    for (Object item : operations) {
      BulkResults.Op op = BulkResults.Op.parse(item);
      String field = op.path.substring(1);
      if (!ProjectFields.isPatchable(field) || op.op.equals("remove") && !ProjectFields.isRemovable(field)) {
        return "Operation not supported (" + op.op + " " + op.path + ")";
      }
      if (!op.op.equals("add") && !op.op.equals("replace") && !op.op.equals("remove")) {
        return "Operation not supported (" + op.op + " " + op.path + ")";
      }
    }
    ProjectRecord trial = copy(project);
    for (Object item : operations) {
      BulkResults.Op op = BulkResults.Op.parse(item);
      Object value = op.op.equals("remove") ? null : op.value;
      String problem;
      try {
        problem = ProjectFields.apply(trial, op.path.substring(1), value, ws, now);
      } catch (Json.BadJson e) {
        problem = op.path + " " + e.getMessage();
      }
      if (problem != null) {
        return problem;
      }
    }
    for (Object item : operations) {
      BulkResults.Op op = BulkResults.Op.parse(item);
      ProjectFields.apply(project, op.path.substring(1), op.op.equals("remove") ? null : op.value, ws, now);
    }
    project.at = now;
    return null;
  }

  private static ProjectRecord copy(ProjectRecord p) {
    ProjectRecord c = new ProjectRecord(p.id, p.workspaceId, p.name, p.createdAt);
    c.clientId = p.clientId;
    c.active = p.active;
    c.billable = p.billable;
    c.isPrivate = p.isPrivate;
    c.rateLastUpdated = p.rateLastUpdated;
    return c;
  }

  private static Map<String, Object> json(Workspace ws, ProjectRecord p, Instant now) {
    TrackClientRecord client = p.clientId == null ? null : ws.clients.get(p.clientId);
    return p.toJson(now, client == null ? null : client.name);
  }

  static boolean mayChange(Workspace ws, long userId, ProjectRecord project) {
    return ws.maySee(userId, project) && (ws.mayManage(userId) || ws.mayManageMembersOf(userId, project.id));
  }

  private static TrackClientRecord clientNamed(Workspace ws, String name, Call call) {
    for (TrackClientRecord c : ws.clients.values()) {
      if (c.name.equalsIgnoreCase(name.trim())) {
        return c;
      }
    }
    TrackClientRecord created = new TrackClientRecord(call.state.clientId(null), ws.id, call.user.id,
        name.trim(), call.now());
    ws.clients.put(created.id, created);
    return created;
  }

  private static Comparator<ProjectRecord> order(String sortField, String sortOrder, Workspace ws) {
    Comparator<ProjectRecord> byId = Comparator.comparingLong(p -> p.id);
    Comparator<ProjectRecord> order;
    String field = sortField == null ? "" : sortField.toLowerCase(Locale.ROOT);
    switch (field) {
      case "name":
        order = Comparator.comparing((ProjectRecord p) -> p.name.toLowerCase(Locale.ROOT)).thenComparing(byId);
        break;
      case "created_at":
        order = Comparator.comparing((ProjectRecord p) -> p.createdAt).thenComparing(byId);
        break;
      case "at":
        order = Comparator.comparing((ProjectRecord p) -> p.at).thenComparing(byId);
        break;
      case "client_name":
        order = Comparator.comparing((ProjectRecord p) -> clientName(ws, p)).thenComparing(byId);
        break;
      default:
        order = byId;
    }
    return "desc".equalsIgnoreCase(sortOrder) ? order.reversed() : order;
  }

  private static String clientName(Workspace ws, ProjectRecord p) {
    TrackClientRecord c = p.clientId == null ? null : ws.clients.get(p.clientId);
    return c == null ? "" : c.name.toLowerCase(Locale.ROOT);
  }

  private static int positiveInt(String text, int fallback) {
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      return value >= 1 ? value : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
