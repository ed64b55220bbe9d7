package dev.togglkit.testing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Track clients: list, create, get, update, delete, archive and restore, with their documented errors. */
public final class TrackClientsHandler {

  private TrackClientsHandler() {
  }

  public static FakeResponse list(Call call) {
    Workspace ws = call.memberWorkspace(403);
    // active, archived or both: request validation refuses any other value.
    String status = call.request.query("status");
    if (status == null) {
      status = "active";
    }
    String name = call.request.query("name");
    List<Object> found = new ArrayList<>();
    for (TrackClientRecord c : ws.clients.values()) {
      boolean statusMatches = status.equals("both") || c.archived == status.equals("archived");
      boolean nameMatches = name == null
          || c.name.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
      if (statusMatches && nameMatches) {
        found.add(c.toJson(ws.clients.size()));
      }
    }
    return FakeResponse.json(200, found);
  }

  public static FakeResponse create(Call call) {
    Workspace ws = call.memberWorkspace(403);
    call.require(ws.mayManage(call.user.id), 403);
    Map<String, Object> body = call.objectBody();
    String problem = nameProblem(Values.string(body.get("name"), "name"), call.settings);
    if (problem != null) {
      return call.error(400, problem, "max_client_length", call.settings.maxClientNameLength);
    }
    TrackClientRecord client = new TrackClientRecord(call.state.clientId(null), ws.id, call.user.id,
        Values.string(body.get("name"), "name").trim(), call.now());
    client.notes = Values.string(body.get("notes"), "notes");
    client.externalReference = Values.string(body.get("external_reference"), "external_reference");
    ws.clients.put(client.id, client);
    return FakeResponse.json(200, client.toJson(ws.clients.size()));
  }

  public static FakeResponse get(Call call) {
    Workspace ws = call.memberWorkspace(403);
    TrackClientRecord client = call.found(ws.clients.get(call.request.pathId("client_id")), 404);
    return FakeResponse.json(200, client.toJson(ws.clients.size()));
  }

  public static FakeResponse update(Call call) {
    Workspace ws = call.memberWorkspace(403);
    call.require(ws.mayManage(call.user.id), 403);
    TrackClientRecord client = call.found(ws.clients.get(call.request.pathId("client_id")), 404);
    Map<String, Object> body = call.objectBody();
    String problem = nameProblem(Values.string(body.get("name"), "name"), call.settings);
    if (problem != null) {
      return call.error(400, problem, "max_client_length", call.settings.maxClientNameLength);
    }
    client.name = Values.string(body.get("name"), "name").trim();
    if (body.containsKey("notes")) {
      client.notes = Values.string(body.get("notes"), "notes");
    }
    if (body.containsKey("external_reference")) {
      client.externalReference = Values.string(body.get("external_reference"), "external_reference");
    }
    client.at = call.now();
    return FakeResponse.json(200, client.toJson(ws.clients.size()));
  }

  /** Deletes the client; its projects stay, without a client. */
  public static FakeResponse delete(Call call) {
    Workspace ws = call.memberWorkspace(403);
    call.require(ws.mayManage(call.user.id), 403);
    TrackClientRecord client = call.found(ws.clients.remove(call.request.pathId("client_id")), 404);
    for (ProjectRecord p : ws.projects.values()) {
      if (p.clientId != null && p.clientId == client.id) {
        p.clientId = null;
        p.at = call.now();
      }
    }
    return FakeResponse.empty(200);
  }

  /** Archives the client and its active projects; answers the ids of the projects it archived. */
  public static FakeResponse archive(Call call) {
    Workspace ws = call.memberWorkspace(403);
    call.require(ws.mayManage(call.user.id), 403);
    TrackClientRecord client = call.found(ws.clients.get(call.request.pathId("client_id")), 404);
    if (!ws.premium) {
      // Premium-only feature: a 402 without quota headers.
      return TrackErrors.error(402, "Archiving clients is a premium feature");
    }
    List<Object> archived = new ArrayList<>();
    for (ProjectRecord p : ws.projects.values()) {
      if (p.clientId != null && p.clientId == client.id && p.active) {
        p.active = false;
        p.at = call.now();
        archived.add(p.id);
      }
    }
    client.archived = true;
    client.at = call.now();
    return FakeResponse.json(200, archived);
  }

  /**
   * Restores the client and the projects the body names ({@code projects}), or all of its projects
   * ({@code restore_all_projects}); naming a project of another client is a 400 "Bad Request".
   */
  public static FakeResponse restore(Call call) {
    Workspace ws = call.memberWorkspace(403);
    call.require(ws.mayManage(call.user.id), 403);
    TrackClientRecord client = call.found(ws.clients.get(call.request.pathId("client_id")), 404);
    Map<String, Object> body = call.objectBody();
    List<Long> named = Values.ids(body.get("projects"), "projects");
    boolean all = Boolean.TRUE.equals(Values.bool(body.get("restore_all_projects"), "restore_all_projects"));
    List<ProjectRecord> toRestore = new ArrayList<>();
    if (all) {
      for (ProjectRecord p : ws.projects.values()) {
        if (p.clientId != null && p.clientId == client.id) {
          toRestore.add(p);
        }
      }
    } else if (named != null) {
      for (Long id : named) {
        ProjectRecord p = ws.projects.get(id);
        if (p == null || p.clientId == null || p.clientId != client.id) {
          return call.error(400, "badRequest");
        }
        toRestore.add(p);
      }
    }
    for (ProjectRecord p : toRestore) {
      p.active = true;
      p.at = call.now();
    }
    client.archived = false;
    client.at = call.now();
    return FakeResponse.json(200, client.toJson(ws.clients.size()));
  }

  /**
   * The spec's name of the documented message for an invalid client name, or null when it is fine. Blank names
   * are the handler's to refuse: the spec's {@code minLength: 1} lets {@code "  "} through, Toggl does not.
   */
  static String nameProblem(String name, FakeSettings settings) {
    if (name == null || name.trim().isEmpty()) {
      return "clientNameEmpty";
    }
    if (name.trim().length() > settings.maxClientNameLength) {
      return "clientNameTooLong";
    }
    return null;
  }
}
