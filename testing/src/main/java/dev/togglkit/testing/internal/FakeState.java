package dev.togglkit.testing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the fake remembers: accounts, workspaces and the id sequences. Ids grow per kind from
 * Toggl-sized starting points, so a test that confuses a client id with a project id notices.
 * Callers hold the monitor of this object while they read or change it.
 */
public final class FakeState {

  private final Clock clock;
  private final Map<Long, FakeUser> users = new LinkedHashMap<>();
  private final Map<Long, Workspace> workspaces = new LinkedHashMap<>();
  private final IdSequence workspaceIds = new IdSequence(9_000_001L);
  private final IdSequence clientIds = new IdSequence(60_000_001L);
  private final IdSequence projectIds = new IdSequence(210_000_001L);
  private final IdSequence projectUserIds = new IdSequence(99_000_001L);
  private final IdSequence focusClientIds = new IdSequence(70_000_001L);
  private final IdSequence userIds = new IdSequence(8_000_001L);

  public FakeState(Clock clock) {
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  public Clock clock() {
    return clock;
  }

  /** Forgets every workspace (accounts stay, so clients built against the fake keep working). */
  public void clearWorkspaces() {
    workspaces.clear();
  }

  public FakeUser addUser(Long id, String email, String password) {
    long userId = userIds.take(id);
    FakeUser user = new FakeUser(userId, email, password);
    users.put(userId, user);
    return user;
  }

  public FakeUser user(long id) {
    return users.get(id);
  }

  public FakeUser userByApiToken(String token) {
    for (FakeUser u : users.values()) {
      if (u.apiTokens.contains(token)) {
        return u;
      }
    }
    return null;
  }

  public FakeUser userByFocusApiKey(String key) {
    for (FakeUser u : users.values()) {
      if (u.focusApiKeys.contains(key)) {
        return u;
      }
    }
    return null;
  }

  public FakeUser userByEmailAndPassword(String email, String password) {
    for (FakeUser u : users.values()) {
      if (u.email.equalsIgnoreCase(email) && u.password.equals(password)) {
        return u;
      }
    }
    return null;
  }

  /** The workspace, created empty when {@code id} is new (null: the next free id). */
  public Workspace workspace(Long id) {
    long wid = workspaceIds.take(id);
    return workspaces.computeIfAbsent(wid, Workspace::new);
  }

  /** Every workspace, in the order they were created. */
  public Collection<Workspace> workspaces() {
    return Collections.unmodifiableCollection(workspaces.values());
  }

  /** The workspace, or null if there is none with this id. */
  public Workspace findWorkspace(long id) {
    return workspaces.get(id);
  }

  public long clientId(Long wanted) {
    return clientIds.take(wanted);
  }

  public long projectId(Long wanted) {
    return projectIds.take(wanted);
  }

  public long projectUserId(Long wanted) {
    return projectUserIds.take(wanted);
  }

  public long focusClientId(Long wanted) {
    return focusClientIds.take(wanted);
  }
}
