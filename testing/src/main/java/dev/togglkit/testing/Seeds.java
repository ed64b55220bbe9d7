package dev.togglkit.testing;

import dev.togglkit.testing.internal.FakeState;
import dev.togglkit.testing.internal.FakeUser;
import dev.togglkit.testing.internal.Workspace;

/**
 * Seeding: state a test starts from, written straight into the fake's memory (no requests, nothing
 * in {@link TogglFake#received()}, no quota spent).
 *
 * <pre>{@code
 * WorkspaceSeed ws = fake.seed().workspace();              // the fake's user is its admin
 * long acme = ws.client("Acme Corp");
 * long relaunch = ws.project(ProjectSeed.named("Website relaunch").client(acme));
 * long colleague = fake.seed().user("colleague@example.com");
 * ws.member(colleague).projectUser(ProjectUserSeed.of(relaunch, colleague).manager(true));
 * }</pre>
 */
public final class Seeds {

  private final FakeState state;
  private final long callerId;
  private final boolean premium;

  Seeds(FakeState state, long callerId, boolean premium) {
    this.state = state;
    this.callerId = callerId;
    this.premium = premium;
  }

  /** A new workspace with the next free id; the fake's user is its admin. */
  public WorkspaceSeed workspace() {
    synchronized (state) {
      Workspace ws = state.workspace(null);
      ws.premium = premium;
      ws.members.put(callerId, Workspace.Role.ADMIN);
      return new WorkspaceSeed(state, ws, callerId);
    }
  }

  /** The workspace {@code id}, created if new; the fake's user is its admin. */
  public WorkspaceSeed workspace(long id) {
    synchronized (state) {
      boolean isNew = state.findWorkspace(positive(id, "workspace id")) == null;
      Workspace ws = state.workspace(id);
      if (isNew) {
        ws.premium = premium;
      }
      ws.members.putIfAbsent(callerId, Workspace.Role.ADMIN);
      return new WorkspaceSeed(state, ws, callerId);
    }
  }

  /** Another Toggl account (a colleague) with the next free id; returns its id. */
  public long user(String email) {
    synchronized (state) {
      return state.addUser(null, email, "secret-" + email).id;
    }
  }

  /** Another Toggl account with a fixed id; returns it. */
  public long user(long id, String email) {
    synchronized (state) {
      FakeUser existing = state.user(positive(id, "user id"));
      return existing != null ? existing.id : state.addUser(id, email, "secret-" + email).id;
    }
  }

  static long positive(long id, String what) {
    if (id < 1) {
      throw new IllegalArgumentException(what + " must be positive, was " + id);
    }
    return id;
  }
}
