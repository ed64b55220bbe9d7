package dev.togglkit.testing;

import dev.togglkit.testing.internal.FakeState;
import dev.togglkit.testing.internal.Workspace;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the fake holds at one instant, read directly from its memory: taking it sends no request, does
 * not show in {@link TogglFake#received()} and spends none of the fake's rate limit or quota. It is a
 * copy: later requests do not change it, and nothing in it changes the fake.
 *
 * <pre>{@code
 * WorkspaceSnapshot ws = fake.snapshot().workspace(workspaceId);
 * assertEquals(List.of("Acme Corp"), ws.clients().stream().map(ClientSnapshot::name).collect(toList()));
 * }</pre>
 */
public final class FakeSnapshot {

  private final Map<Long, WorkspaceSnapshot> workspaces;

  FakeSnapshot(FakeState state) {
    Map<Long, WorkspaceSnapshot> copy = new TreeMap<>();
    synchronized (state) {
      for (Workspace workspace : state.workspaces()) {
        copy.put(workspace.id, new WorkspaceSnapshot(workspace));
      }
    }
    this.workspaces = Collections.unmodifiableMap(copy);
  }

  /** Every workspace, in id order. */
  public List<WorkspaceSnapshot> workspaces() {
    return List.copyOf(workspaces.values());
  }

  /**
   * The workspace {@code id}.
   *
   * @throws IllegalArgumentException naming the id and the workspaces there are, when the fake has no such workspace
   */
  public WorkspaceSnapshot workspace(long id) {
    WorkspaceSnapshot workspace = workspaces.get(id);
    if (workspace == null) {
      throw new IllegalArgumentException("the fake has no workspace " + id + "; it has " + workspaces.keySet());
    }
    return workspace;
  }

  @Override
  public String toString() {
    return "FakeSnapshot" + workspaces.values();
  }
}
