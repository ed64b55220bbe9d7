package dev.togglkit.testing;

import dev.togglkit.testing.internal.FakeState;
import dev.togglkit.testing.internal.FocusClientRecord;
import dev.togglkit.testing.internal.ProjectRecord;
import dev.togglkit.testing.internal.ProjectUserRecord;
import dev.togglkit.testing.internal.TrackClientRecord;
import dev.togglkit.testing.internal.Workspace;
import java.time.Instant;

/** Seeds one workspace: its settings, members, clients, projects, project users and Focus clients. */
public final class WorkspaceSeed {

  private final FakeState state;
  private final Workspace ws;
  private final long callerId;

  WorkspaceSeed(FakeState state, Workspace ws, long callerId) {
    this.state = state;
    this.ws = ws;
    this.callerId = callerId;
  }

  public long id() {
    return ws.id;
  }

  /**
   * Premium workspaces (the default) may archive clients and give projects a custom colour on create or update;
   * others answer both with a 402, without quota headers.
   */
  public WorkspaceSeed premium(boolean premium) {
    synchronized (state) {
      ws.premium = premium;
    }
    return this;
  }

  /** The currency new projects get (default EUR). */
  public WorkspaceSeed currency(String currency) {
    synchronized (state) {
      ws.currency = currency;
    }
    return this;
  }

  /**
   * The fake's user becomes a plain member and only admins may create, change or delete clients and
   * projects ("Who can create projects and clients: Admins"): those requests answer 403.
   */
  public WorkspaceSeed callerIsRestrictedMember() {
    synchronized (state) {
      ws.members.put(callerId, Workspace.Role.MEMBER);
      ws.onlyAdminsManage = true;
    }
    return this;
  }

  /** The fake's user becomes a plain member (may manage clients and projects, not others' memberships). */
  public WorkspaceSeed callerIsMember() {
    synchronized (state) {
      ws.members.put(callerId, Workspace.Role.MEMBER);
    }
    return this;
  }

  /** The fake's user is not in this workspace: Track answers 403, Focus 400. */
  public WorkspaceSeed callerIsNotMember() {
    synchronized (state) {
      ws.members.remove(callerId);
    }
    return this;
  }

  /** Adds user {@code userId} (see {@link Seeds#user}) as a plain member. */
  public WorkspaceSeed member(long userId) {
    synchronized (state) {
      ws.members.putIfAbsent(userId, Workspace.Role.MEMBER);
    }
    return this;
  }

  /** An active client named {@code name}; returns its id. */
  public long client(String name) {
    return client(ClientSeed.named(name));
  }

  /** An archived client named {@code name}; returns its id. */
  public long archivedClient(String name) {
    return client(ClientSeed.named(name).archived(true));
  }

  public long client(ClientSeed seed) {
    synchronized (state) {
      TrackClientRecord c = new TrackClientRecord(state.clientId(seed.id), ws.id, callerId, seed.name, state.now());
      c.notes = seed.notes;
      c.externalReference = seed.externalReference;
      c.archived = seed.archived;
      ws.clients.put(c.id, c);
      return c.id;
    }
  }

  /** An active project named {@code name} for client {@code clientId}; returns its id. */
  public long project(String name, long clientId) {
    return project(ProjectSeed.named(name).client(clientId));
  }

  public long project(ProjectSeed seed) {
    synchronized (state) {
      if (seed.clientId != null && !ws.clients.containsKey(seed.clientId)) {
        throw new IllegalArgumentException("seed client " + seed.clientId + " in workspace " + ws.id
            + " before a project for it");
      }
      Instant now = state.now();
      ProjectRecord p = new ProjectRecord(state.projectId(seed.id), ws.id, seed.name, now);
      p.clientId = seed.clientId;
      p.active = seed.active;
      p.billable = seed.billable;
      p.isPrivate = seed.isPrivate;
      p.template = seed.template;
      p.color = seed.color;
      p.currency = seed.currencySet ? seed.currency : ws.currency;
      p.estimatedHours = seed.estimatedHours;
      p.actualHours = seed.actualHours;
      p.rateLastUpdated = seed.rateHistory ? now : null;
      p.startDate = seed.startDate;
      ws.projects.put(p.id, p);
      return p.id;
    }
  }

  public long projectUser(ProjectUserSeed seed) {
    synchronized (state) {
      if (!ws.projects.containsKey(seed.projectId)) {
        throw new IllegalArgumentException("seed project " + seed.projectId + " in workspace " + ws.id
            + " before its members");
      }
      ws.members.putIfAbsent(seed.userId, Workspace.Role.MEMBER);
      ProjectUserRecord pu = new ProjectUserRecord(state.projectUserId(seed.id), ws.id, seed.projectId,
          seed.userId, state.now());
      pu.manager = seed.manager;
      pu.laborCost = seed.laborCost;
      pu.rateLastUpdated = seed.laborCost != null ? state.now() : null;
      pu.groupId = seed.groupId;
      ws.projectUsers.put(pu.id, pu);
      return pu.id;
    }
  }

  /** An active Focus client; returns its id. */
  public long focusClient(String name) {
    return focusClient(null, name, false);
  }

  /** A Focus client; {@code deleted} ones have {@code deleted_at} set and can be restored. */
  public long focusClient(Long id, String name, boolean deleted) {
    synchronized (state) {
      FocusClientRecord c = new FocusClientRecord(state.focusClientId(id), ws.id, callerId, name, state.now());
      if (deleted) {
        c.deletedAt = state.now();
      }
      ws.focusClients.put(c.id, c);
      return c.id;
    }
  }
}
