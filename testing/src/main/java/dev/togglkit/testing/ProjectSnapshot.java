package dev.togglkit.testing;

import dev.togglkit.testing.internal.ProjectRecord;
import java.time.Instant;

/** A Track project as the fake holds it, copied when the {@link FakeSnapshot} was taken; never changes. */
public final class ProjectSnapshot {

  private final long id;
  private final long workspaceId;
  private final Long clientId;
  private final String name;
  private final boolean active;
  private final Boolean billable;
  private final boolean isPrivate;
  private final String color;
  private final Instant createdAt;
  private final Instant at;

  ProjectSnapshot(ProjectRecord record) {
    this.id = record.id;
    this.workspaceId = record.workspaceId;
    this.clientId = record.clientId;
    this.name = record.name;
    this.active = record.active;
    this.billable = record.billable;
    this.isPrivate = record.isPrivate;
    this.color = record.color;
    this.createdAt = record.createdAt;
    this.at = record.at;
  }

  public long id() {
    return id;
  }

  public long workspaceId() {
    return workspaceId;
  }

  /** Its client's id, or null when it has no client. */
  public Long clientId() {
    return clientId;
  }

  public String name() {
    return name;
  }

  /** False once archived. */
  public boolean active() {
    return active;
  }

  /** Whether its time is billable, or null when never set. */
  public Boolean billable() {
    return billable;
  }

  public boolean isPrivate() {
    return isPrivate;
  }

  /** The colour as Track sends it, e.g. {@code #06aaf5}. */
  public String color() {
    return color;
  }

  /** When it was created, by the fake's clock. */
  public Instant createdAt() {
    return createdAt;
  }

  /** When it last changed, by the fake's clock. */
  public Instant at() {
    return at;
  }

  @Override
  public String toString() {
    return "ProjectSnapshot[" + id + " \"" + name + "\"" + (active ? "" : " archived")
        + (clientId == null ? "" : " client " + clientId) + " in " + workspaceId + "]";
  }
}
