package dev.togglkit.testing;

import dev.togglkit.testing.internal.ProjectUserRecord;

/** A user's membership of a project, copied when the {@link FakeSnapshot} was taken; never changes. */
public final class ProjectUserSnapshot {

  private final long id;
  private final long workspaceId;
  private final long projectId;
  private final long userId;
  private final boolean manager;
  private final Double rate;
  private final Double laborCost;
  private final Long groupId;

  ProjectUserSnapshot(ProjectUserRecord record) {
    this.id = record.id;
    this.workspaceId = record.workspaceId;
    this.projectId = record.projectId;
    this.userId = record.userId;
    this.manager = record.manager;
    this.rate = record.rate;
    this.laborCost = record.laborCost;
    this.groupId = record.groupId;
  }

  public long id() {
    return id;
  }

  public long workspaceId() {
    return workspaceId;
  }

  public long projectId() {
    return projectId;
  }

  public long userId() {
    return userId;
  }

  public boolean manager() {
    return manager;
  }

  /** The hourly rate, or null when never set. */
  public Double rate() {
    return rate;
  }

  /** The hourly labor cost, or null when never set. */
  public Double laborCost() {
    return laborCost;
  }

  /** The group the membership comes through, or null for a direct one. */
  public Long groupId() {
    return groupId;
  }

  @Override
  public String toString() {
    return "ProjectUserSnapshot[" + id + " user " + userId + " on project " + projectId + (manager ? " manager" : "")
        + "]";
  }
}
