package dev.togglkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The Jackson baseline's view of a project: the same properties and Java types as the generated
 * {@code dev.togglkit.track.model.Project}, as the plain class a Jackson user would write (public
 * fields, names mapped by the snake_case naming strategy), with the same tolerance for unknown
 * status values.
 */
public class JacksonProject {

  public Boolean active;
  public Long actualHours;
  public Long actualSeconds;
  public OffsetDateTime at;
  public Boolean autoEstimates;
  public Boolean billable;
  public Long cid;
  public Long clientId;
  public String color;
  public OffsetDateTime createdAt;
  public String currency;
  public CurrentPeriod currentPeriod;
  public Long estimatedHours;
  public Long estimatedSeconds;
  public String foreignId;
  public Long id;
  public Boolean isPrivate;
  public String name;
  public OffsetDateTime rateLastUpdated;
  public Boolean recurring;
  public Object recurringParameters;
  public OffsetDateTime serverDeletedAt;
  public Status status;
  public Boolean template;
  public Long templateId;
  public Long wid;
  public Long workspaceId;

  /** The {@code current_period} object. */
  public static class CurrentPeriod {
    public LocalDate startDate;
    public LocalDate endDate;
  }

  /** Project status; values this class does not know read as {@link #UNKNOWN}, as in togglkit. */
  public enum Status {
    @JsonProperty("upcoming") UPCOMING,
    @JsonProperty("active") ACTIVE,
    @JsonProperty("ended") ENDED,
    @JsonProperty("archived") ARCHIVED,
    @JsonProperty("deleted") DELETED,
    @JsonEnumDefaultValue UNKNOWN
  }
}
