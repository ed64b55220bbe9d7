package dev.togglkit.testing.internal;

import java.time.Clock;
import java.time.Instant;
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
  private long nextWorkspaceId = 9_000_001L;
  private long nextClientId = 60_000_001L;
  private long nextProjectId = 210_000_001L;
  private long nextProjectUserId = 99_000_001L;
  private long nextFocusClientId = 70_000_001L;
  private long nextUserId = 8_000_001L;

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
    long userId = id != null ? id : nextUserId++;
    nextUserId = Math.max(nextUserId, userId + 1);
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
    long wid = id != null ? id : nextWorkspaceId++;
    nextWorkspaceId = Math.max(nextWorkspaceId, wid + 1);
    return workspaces.computeIfAbsent(wid, Workspace::new);
  }

  /** The workspace, or null if there is none with this id. */
  public Workspace findWorkspace(long id) {
    return workspaces.get(id);
  }

  public long clientId(Long wanted) {
    long id = wanted != null ? wanted : nextClientId++;
    nextClientId = Math.max(nextClientId, id + 1);
    return id;
  }

  public long projectId(Long wanted) {
    long id = wanted != null ? wanted : nextProjectId++;
    nextProjectId = Math.max(nextProjectId, id + 1);
    return id;
  }

  public long projectUserId(Long wanted) {
    long id = wanted != null ? wanted : nextProjectUserId++;
    nextProjectUserId = Math.max(nextProjectUserId, id + 1);
    return id;
  }

  public long focusClientId(Long wanted) {
    long id = wanted != null ? wanted : nextFocusClientId++;
    nextFocusClientId = Math.max(nextFocusClientId, id + 1);
    return id;
  }
}
