package corpus;

import dev.togglkit.AutoPager;
import dev.togglkit.IdList;
import dev.togglkit.TogglCall;
import dev.togglkit.TogglFocus;
import dev.togglkit.TogglTrack;
import dev.togglkit.focus.api.FocusClientsApi;
import dev.togglkit.focus.api.FocusListClientsParams;
import dev.togglkit.focus.model.FocusClient;
import dev.togglkit.focus.model.FocusClientList;
import dev.togglkit.focus.model.FocusClientPayload;
import dev.togglkit.track.api.ClientsApi;
import dev.togglkit.track.api.ListClientsParams;
import dev.togglkit.track.api.MeApi;
import dev.togglkit.track.api.ProjectUsersApi;
import dev.togglkit.track.api.ListProjectUsersParams;
import dev.togglkit.track.api.ProjectsApi;
import dev.togglkit.track.api.DeleteProjectParams;
import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.track.model.BulkPatchResult;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.model.ClientPayload;
import dev.togglkit.track.model.ClientRestoreRequest;
import dev.togglkit.track.model.ClientStatusFilter;
import dev.togglkit.track.model.CurrentUser;
import dev.togglkit.track.model.Project;
import dev.togglkit.track.model.ProjectActiveFilter;
import dev.togglkit.track.model.ProjectPatchOperation;
import dev.togglkit.track.model.ProjectPayload;
import dev.togglkit.track.model.ProjectSortField;
import dev.togglkit.track.model.ProjectStatus;
import dev.togglkit.track.model.SortOrder;
import dev.togglkit.track.model.ProjectUser;
import dev.togglkit.track.model.ProjectUserCreateRequest;
import dev.togglkit.track.model.ProjectUserPatchOperation;
import dev.togglkit.track.model.ProjectUserUpdateRequest;
import dev.togglkit.track.model.TimeEntryDeletionMode;
import dev.togglkit.track.model.Workspace;
import java.util.List;

/**
 * User code the api-compat test compiles against every regenerated client: every one of the 26
 * operations, called the way the README shows, plus the model and params API a sync job touches
 * (getters, fluent setters, enums in a switch, a test double implementing one service method).
 * Compiled, never run. Do not adapt it to a spec change: it stands for code users already wrote.
 */
final class AllOperations {

  private AllOperations() {
  }

  static void track(TogglTrack track, long ws) {
    ClientsApi clients = track.clients();
    List<Client> all = clients.listClients(ws).execute();
    List<Client> some = clients.listClients(ws,
        ListClientsParams.builder().status(ClientStatusFilter.ARCHIVED).name("acme").build()).execute();
    Client created = clients.createClient(ws, new ClientPayload().name("Acme").notes("n")).execute();
    Client one = clients.getClient(ws, created.getId()).execute();
    Client updated = clients.updateClient(ws, one.getId(), new ClientPayload().name("Acme 2")).execute();
    List<Long> archivedProjects = clients.archiveClient(ws, updated.getId()).execute();
    Client restored = clients.restoreClient(ws, updated.getId(),
        new ClientRestoreRequest().restoreAllProjects(true)).execute();
    TogglCall<Void> deleted = clients.deleteClient(ws, restored.getId());
    deleted.execute();

    ProjectsApi projects = track.projects();
    List<Project> page = projects.listProjects(ws).execute();
    List<Project> filtered = projects.listProjects(ws, ListProjectsParams.builder()
        .active(ProjectActiveFilter.TRUE).billable(true).clientIds(IdList.of(1L, 2L)).name("web")
        .page(2).perPage(200).sortField(ProjectSortField.NAME).sortOrder(SortOrder.ASC)
        .statuses(List.of(ProjectStatus.ACTIVE, ProjectStatus.UPCOMING)).onlyMe(false).since(1700000000L)
        .build()).execute();
    for (Project p : projects.listAll(ws)) {
      describe(p);
    }
    AutoPager<Project> active = projects.listAll(ws, ListProjectsParams.builder().active(ProjectActiveFilter.TRUE).build());
    long count = active.stream().count();
    Project project = projects.createProject(ws, new ProjectPayload().name("Website").active(true)).execute();
    Project fetched = projects.getProject(ws, project.getId()).execute();
    Project renamed = projects.updateProject(ws, fetched.getId(), new ProjectPayload().name("Web")).execute();
    BulkPatchResult patched = projects.patchProjects(ws, IdList.of(renamed.getId()), List.of(
        new ProjectPatchOperation().op(ProjectPatchOperation.OpEnum.REPLACE).path("/active").value(false)))
        .execute();
    projects.patchProjects(ws, IdList.of(renamed.getId()),
        ProjectPatchOperation.changes().clientId(3L).color("#06aaf5").removeEstimatedHours().build()).execute();
    List<Long> ok = patched.getSuccess();
    projects.deleteProject(ws, renamed.getId()).execute();
    projects.deleteProject(ws, renamed.getId(),
        DeleteProjectParams.builder().teDeletionMode(TimeEntryDeletionMode.UNASSIGN).build()).execute();

    ProjectUsersApi projectUsers = track.projectUsers();
    List<ProjectUser> members = projectUsers.listProjectUsers(ws).execute();
    List<ProjectUser> managers = projectUsers.listProjectUsers(ws, ListProjectUsersParams.builder()
        .projectIds(IdList.of(1L)).userId(5L).withGroupMembers(true).build()).execute();
    ProjectUser added = projectUsers.createProjectUser(ws,
        new ProjectUserCreateRequest().projectId(1L).userId(5L).manager(true)).execute();
    ProjectUser changed = projectUsers.updateProjectUser(ws, added.getId(),
        new ProjectUserUpdateRequest().manager(false)).execute();
    projectUsers.patchProjectUsers(ws, IdList.of(changed.getId()), List.of(new ProjectUserPatchOperation()
        .op(ProjectUserPatchOperation.OpEnum.REPLACE).path("/manager").value(true))).execute();
    projectUsers.deleteProjectUser(ws, changed.getId()).execute();
  }

  /** Workspace discovery (added with getMe and listMyWorkspaces). */
  static long me(TogglTrack track) {
    MeApi me = track.me();
    CurrentUser user = me.getMe().execute();
    List<Workspace> workspaces = me.listMyWorkspaces().execute();
    return workspaces.isEmpty() ? user.getDefaultWorkspaceId() : workspaces.get(0).getId();
  }

  static void focus(TogglFocus focus, long ws) {
    FocusClientsApi clients = focus.clients();
    FocusClientList page = clients.listClients(ws,
        FocusListClientsParams.builder().page(1).perPage(20)
            .orderBy(List.of("name")).name("acme").build()).execute();
    List<FocusClient> first = page.getData();
    for (FocusClient c : clients.listAll(ws)) {
      c.getName();
    }
    clients.listClients(ws).execute();
    clients.createClient(ws, new FocusClientPayload().name("Acme")).execute();
    FocusClient one = clients.getClient(ws, 3L).execute();
    clients.updateClient(ws, one.getId(), new FocusClientPayload().name("B")).execute();
    clients.deleteClient(ws, one.getId()).execute();
    clients.restoreClient(ws, one.getId()).execute();
  }

  static String describe(Project p) {
    switch (p.getStatus()) {
      case ACTIVE:
        return p.getName() + " is active";
      case ARCHIVED:
        return p.getName() + " is archived";
      default:
        return p.getName() + " is " + p.getStatus();
    }
  }

  /** A test double, as a user's unit test would write one. */
  static ClientsApi stub(Client answer) {
    return new ClientsApi() {
      @Override
      public TogglCall<Client> getClient(long workspaceId, long clientId) {
        throw new UnsupportedOperationException("not needed");
      }
    };
  }

  static boolean isActive(ProjectStatus status) {
    return status == ProjectStatus.ACTIVE;
  }
}
