package dev.togglkit.testing.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Focus client in the fake's memory; deleting it sets {@code deletedAt}, restoring clears it. */
public final class FocusClientRecord {

  public final long id;
  public final long workspaceId;
  public final long userId;
  public String name;
  public final Instant createdAt;
  public Instant updatedAt;
  public Instant deletedAt;

  public FocusClientRecord(long id, long workspaceId, long userId, String name, Instant createdAt) {
    this.id = id;
    this.workspaceId = workspaceId;
    this.userId = userId;
    this.name = name;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  public boolean active() {
    return deletedAt == null;
  }

  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("name", name);
    json.put("active", active());
    json.put("workspace_id", workspaceId);
    json.put("toggl_user_id", userId);
    json.put("created_at", Timestamps.focus(createdAt));
    json.put("updated_at", Timestamps.focus(updatedAt));
    json.put("deleted_at", Timestamps.focus(deletedAt));
    return json;
  }
}
