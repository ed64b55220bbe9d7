package dev.togglkit.testing;

import dev.togglkit.testing.internal.Workspace;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One workspace of the fake as it was when the {@link FakeSnapshot} was taken: its clients, projects,
 * project memberships and Focus clients, each list in id order and unmodifiable.
 */
public final class WorkspaceSnapshot {

  private final long id;
  private final boolean premium;
  private final List<ClientSnapshot> clients;
  private final List<ProjectSnapshot> projects;
  private final List<ProjectUserSnapshot> projectUsers;
  private final List<FocusClientSnapshot> focusClients;

  /** Copies {@code workspace}; the caller holds the fake state's monitor. */
  WorkspaceSnapshot(Workspace workspace) {
    this.id = workspace.id;
    this.premium = workspace.premium;
    this.clients = workspace.clients.values().stream().map(ClientSnapshot::new)
        .sorted((a, b) -> Long.compare(a.id(), b.id())).collect(Collectors.toUnmodifiableList());
    this.projects = workspace.projects.values().stream().map(ProjectSnapshot::new)
        .sorted((a, b) -> Long.compare(a.id(), b.id())).collect(Collectors.toUnmodifiableList());
    this.projectUsers = workspace.projectUsers.values().stream().map(ProjectUserSnapshot::new)
        .sorted((a, b) -> Long.compare(a.id(), b.id())).collect(Collectors.toUnmodifiableList());
    this.focusClients = workspace.focusClients.values().stream().map(FocusClientSnapshot::new)
        .sorted((a, b) -> Long.compare(a.id(), b.id())).collect(Collectors.toUnmodifiableList());
  }

  public long id() {
    return id;
  }

  /**
   * False for a workspace seeded {@code premium(false)}: archiving a client there, or giving a project a custom
   * colour (one outside the free palette), is a 402.
   */
  public boolean premium() {
    return premium;
  }

  /** Track clients, archived ones included. */
  public List<ClientSnapshot> clients() {
    return clients;
  }

  /** The Track client named exactly {@code name}, if there is one. */
  public Optional<ClientSnapshot> client(String name) {
    return clients.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Track projects, archived ones included. */
  public List<ProjectSnapshot> projects() {
    return projects;
  }

  /** Project memberships (project users). */
  public List<ProjectUserSnapshot> projectUsers() {
    return projectUsers;
  }

  /** Focus clients, deleted ones included. */
  public List<FocusClientSnapshot> focusClients() {
    return focusClients;
  }

  @Override
  public String toString() {
    return "WorkspaceSnapshot[" + id + ": " + clients.size() + " clients, " + projects.size() + " projects, "
        + projectUsers.size() + " project users, " + focusClients.size() + " Focus clients]";
  }
}
