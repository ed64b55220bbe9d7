package dev.togglkit.testing.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A user's membership of a project; {@code groupId} is set when it comes through a group. */
public final class ProjectUserRecord {

  public final long id;
  public final long workspaceId;
  public final long projectId;
  public final long userId;
  public boolean manager;
  public Double laborCost;
  public Double rate;
  public Long groupId;
  public Instant at;
  /** When the rate or labor cost last changed; null while neither was ever set. */
  public Instant rateLastUpdated;
  /** When the labor cost last changed; null while it was never set. */
  public Instant laborCostLastUpdated;

  public ProjectUserRecord(long id, long workspaceId, long projectId, long userId, Instant at) {
    this.id = id;
    this.workspaceId = workspaceId;
    this.projectId = projectId;
    this.userId = userId;
    this.at = at;
  }

  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("workspace_id", workspaceId);
    json.put("project_id", projectId);
    json.put("user_id", userId);
    json.put("manager", manager);
    json.put("labor_cost", laborCost);
    json.put("labor_cost_last_updated", Timestamps.track(laborCostLastUpdated));
    json.put("rate", rate);
    json.put("group_id", groupId);
    json.put("gid", groupId);
    json.put("at", Timestamps.track(at));
    json.put("rate_last_updated", Timestamps.track(rateLastUpdated));
    return json;
  }
}
