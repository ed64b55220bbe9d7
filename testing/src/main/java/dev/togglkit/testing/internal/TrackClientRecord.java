package dev.togglkit.testing.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Track client in the fake's memory. */
public final class TrackClientRecord {

  public final long id;
  public final long workspaceId;
  public final long creatorId;
  public String name;
  public String notes;
  public String externalReference;
  public boolean archived;
  public Instant at;

  public TrackClientRecord(long id, long workspaceId, long creatorId, String name, Instant at) {
    this.id = id;
    this.workspaceId = workspaceId;
    this.creatorId = creatorId;
    this.name = name;
    this.at = at;
  }

  /** The client as Track sends it; {@code totalCount} is the workspace's number of clients. */
  public Map<String, Object> toJson(long totalCount) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("wid", workspaceId);
    json.put("name", name);
    json.put("archived", archived);
    json.put("at", Timestamps.track(at));
    json.put("creator_id", creatorId);
    json.put("external_reference", externalReference);
    json.put("notes", notes);
    json.put("integration_ext_id", null);
    json.put("integration_ext_type", null);
    json.put("integration_provider", null);
    json.put("permissions", List.of("update", "delete"));
    json.put("total_count", totalCount);
    return json;
  }
}
