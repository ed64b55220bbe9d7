package dev.togglkit.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /me} and {@code GET /me/workspaces}: the caller and the workspaces it is a member of. A
 * real account always has a default workspace (Toggl makes one at sign-up), so a caller that belongs to
 * none gets one here, as if it had just signed up.
 */
public final class MeHandler {

  private MeHandler() {
  }

  public static FakeResponse get(Call call) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", call.user.id);
    json.put("email", call.user.email);
    json.put("fullname", call.user.email.replaceAll("@.*", ""));
    json.put("timezone", "UTC");
    json.put("default_workspace_id", defaultWorkspace(call).id);
    json.put("beginning_of_week", 1);
    json.put("image_url", "https://assets.track.toggl.com/images/profile.png");
    json.put("country_id", null);
    String now = Timestamps.track(call.now());
    json.put("created_at", now);
    json.put("updated_at", now);
    json.put("at", now);
    return FakeResponse.json(200, json);
  }

  public static FakeResponse listWorkspaces(Call call) {
    defaultWorkspace(call);
    List<Object> found = new ArrayList<>();
    for (Workspace ws : call.state.workspaces()) {
      Workspace.Role role = ws.members.get(call.user.id);
      if (role != null) {
        found.add(toJson(ws, role, call));
      }
    }
    return FakeResponse.json(200, found);
  }

  /** The caller's first workspace by id, made (the caller its admin) when it has none. */
  private static Workspace defaultWorkspace(Call call) {
    Workspace first = null;
    for (Workspace ws : call.state.workspaces()) {
      if (ws.isMember(call.user.id) && (first == null || ws.id < first.id)) {
        first = ws;
      }
    }
    if (first == null) {
      first = call.state.workspace(null);
      first.members.put(call.user.id, Workspace.Role.ADMIN);
    }
    return first;
  }

  private static Map<String, Object> toJson(Workspace ws, Workspace.Role role, Call call) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", ws.id);
    json.put("organization_id", ws.id + 1_000_000L);
    json.put("name", "Workspace " + ws.id);
    json.put("premium", ws.premium);
    json.put("business_ws", false);
    json.put("admin", role == Workspace.Role.ADMIN);
    json.put("role", role == Workspace.Role.ADMIN ? "admin" : "user");
    json.put("default_currency", ws.currency);
    json.put("at", Timestamps.track(call.now()));
    return json;
  }
}
