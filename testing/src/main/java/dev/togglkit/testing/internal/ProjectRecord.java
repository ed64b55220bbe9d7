package dev.togglkit.testing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Track project in the fake's memory. Its {@code status} follows from the rest: inactive projects
 * are archived, projects whose start date is still ahead are upcoming, the others active; a project
 * that has started has a current period (the calendar month), an upcoming one has none.
 */
public final class ProjectRecord {

  public final long id;
  public final long workspaceId;
  public Long clientId;
  public String name;
  public boolean active = true;
  public Boolean billable;
  public boolean isPrivate = true;
  public Boolean template = false;
  public Long templateId;
  public boolean recurring;
  public Boolean autoEstimates = false;
  public String color = "#06aaf5";
  public String currency;
  public Long estimatedHours;
  public Long actualHours;
  public String foreignId;
  public LocalDate startDate;
  public final Instant createdAt;
  public Instant at;
  public Instant rateLastUpdated;

  public ProjectRecord(long id, long workspaceId, String name, Instant createdAt) {
    this.id = id;
    this.workspaceId = workspaceId;
    this.name = name;
    this.createdAt = createdAt;
    this.at = createdAt;
  }

  /** The status Track reports on {@code today}: archived, upcoming or active. */
  public String status(LocalDate today) {
    if (!active) {
      return "archived";
    }
    return startDate != null && startDate.isAfter(today) ? "upcoming" : "active";
  }

  /** The project as Track sends it; {@code clientName} is its client's name, or null. */
  public Map<String, Object> toJson(Instant now, String clientName) {
    LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
    String status = status(today);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("workspace_id", workspaceId);
    json.put("wid", workspaceId);
    json.put("client_id", clientId);
    json.put("cid", clientId);
    json.put("client_name", clientName);
    json.put("name", name);
    json.put("active", active);
    json.put("status", status);
    json.put("billable", billable);
    json.put("is_private", isPrivate);
    json.put("template", template);
    json.put("template_id", templateId);
    json.put("recurring", recurring);
    json.put("recurring_parameters", null);
    json.put("auto_estimates", autoEstimates);
    json.put("color", color);
    json.put("currency", currency);
    json.put("estimated_hours", estimatedHours);
    json.put("estimated_seconds", estimatedHours == null ? null : estimatedHours * 3600);
    json.put("actual_hours", actualHours);
    json.put("actual_seconds", actualHours == null ? null : actualHours * 3600);
    json.put("foreign_id", foreignId);
    json.put("start_date", Timestamps.date(startDate != null ? startDate : createdAt.atOffset(ZoneOffset.UTC).toLocalDate()));
    json.put("created_at", Timestamps.track(createdAt));
    json.put("at", Timestamps.track(at));
    json.put("rate_last_updated", Timestamps.track(rateLastUpdated));
    json.put("server_deleted_at", null);
    json.put("current_period", "upcoming".equals(status) ? null : currentPeriod(today));
    return json;
  }

  private static Map<String, Object> currentPeriod(LocalDate today) {
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("start_date", Timestamps.date(today.withDayOfMonth(1)));
    period.put("end_date", Timestamps.date(today.with(TemporalAdjusters.lastDayOfMonth())));
    return period;
  }
}
