package dev.togglkit.testing;

/** A project membership to seed: {@code ProjectUserSeed.of(projectId, userId).manager(true).laborCost(35.5)}. */
public final class ProjectUserSeed {

  final long projectId;
  final long userId;
  Long id;
  boolean manager;
  Double laborCost;
  Long groupId;

  private ProjectUserSeed(long projectId, long userId) {
    this.projectId = Seeds.positive(projectId, "project id");
    this.userId = Seeds.positive(userId, "user id");
  }

  public static ProjectUserSeed of(long projectId, long userId) {
    return new ProjectUserSeed(projectId, userId);
  }

  public ProjectUserSeed id(long id) {
    this.id = Seeds.positive(id, "project user id");
    return this;
  }

  public ProjectUserSeed manager(boolean manager) {
    this.manager = manager;
    return this;
  }

  /** A labor cost also starts the rate history ({@code rate_last_updated}). */
  public ProjectUserSeed laborCost(Double laborCost) {
    this.laborCost = laborCost;
    return this;
  }

  /** Membership through a group: listed only with {@code with_group_members=true}. */
  public ProjectUserSeed group(long groupId) {
    this.groupId = Seeds.positive(groupId, "group id");
    return this;
  }
}
