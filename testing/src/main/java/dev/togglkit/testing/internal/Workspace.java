package dev.togglkit.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** One workspace's state: who may do what, and its clients, projects, project users and Focus clients. */
public final class Workspace {

  /** A member's role: admins may do everything, members what the workspace's settings allow. */
  public enum Role { ADMIN, MEMBER }

  public final long id;
  /** Premium workspaces may archive clients and pick any project colour; others get a 402 (PremiumFeatures). */
  public boolean premium = true;
  /** "Who can create projects and clients: Admins": members may then not change clients or projects. */
  public boolean onlyAdminsManage;
  /** What new projects' rates are in. */
  public String currency = "EUR";
  public final Map<Long, Role> members = new LinkedHashMap<>();
  public final Map<Long, TrackClientRecord> clients = new LinkedHashMap<>();
  public final Map<Long, ProjectRecord> projects = new LinkedHashMap<>();
  public final Map<Long, ProjectUserRecord> projectUsers = new LinkedHashMap<>();
  public final Map<Long, FocusClientRecord> focusClients = new LinkedHashMap<>();

  public Workspace(long id) {
    this.id = id;
  }

  public boolean isMember(long userId) {
    return members.containsKey(userId);
  }

  public boolean isAdmin(long userId) {
    return members.get(userId) == Role.ADMIN;
  }

  /** May {@code userId} create, change, archive or delete clients and projects here? */
  public boolean mayManage(long userId) {
    return isAdmin(userId) || (isMember(userId) && !onlyAdminsManage);
  }

  /** May {@code userId} manage the members of {@code project}: admins and the project's managers. */
  public boolean mayManageMembersOf(long userId, long projectId) {
    if (isAdmin(userId)) {
      return true;
    }
    for (ProjectUserRecord pu : projectUsers.values()) {
      if (pu.projectId == projectId && pu.userId == userId && pu.manager) {
        return true;
      }
    }
    return false;
  }

  /** May {@code userId} see {@code project}: public projects to members, private ones to admins and its members. */
  public boolean maySee(long userId, ProjectRecord project) {
    if (!isMember(userId)) {
      return false;
    }
    if (!project.isPrivate || isAdmin(userId)) {
      return true;
    }
    for (ProjectUserRecord pu : projectUsers.values()) {
      if (pu.projectId == project.id && pu.userId == userId) {
        return true;
      }
    }
    return false;
  }
}
