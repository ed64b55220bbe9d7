package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.togglkit.IdList;
import dev.togglkit.TogglFocus;
import dev.togglkit.TogglTrack;
import dev.togglkit.focus.api.FocusListClientsParams;
import dev.togglkit.focus.model.FocusClient;
import dev.togglkit.focus.model.FocusClientPayload;
import dev.togglkit.track.api.ListClientsParams;
import dev.togglkit.track.api.ListProjectUsersParams;
import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.model.ClientPayload;
import dev.togglkit.track.model.ClientRestoreRequest;
import dev.togglkit.track.model.Project;
import dev.togglkit.track.model.ProjectActiveFilter;
import dev.togglkit.track.model.ProjectPatchOperation;
import dev.togglkit.track.model.ProjectPayload;
import dev.togglkit.track.model.ProjectSortField;
import dev.togglkit.track.model.ProjectStatus;
import dev.togglkit.track.model.ProjectUser;
import dev.togglkit.track.model.ProjectUserCreateRequest;
import dev.togglkit.track.model.ProjectUserPatchOperation;
import dev.togglkit.track.model.ProjectUserUpdateRequest;
import dev.togglkit.track.model.SortOrder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the typed client sends is what the spec allows: all 26 operations, with their optional inputs, through
 * TogglTrack and TogglFocus against a fake that validates every request. Zero violations, every operation seen.
 */
class AllOperationsValidTest {

  @Test
  void everyOperationTheClientSendsPassesRequestValidation() {
    try (TogglFake fake = TogglFake.start()) {
      WorkspaceSeed ws = fake.seed().workspace().premium(true);
      long colleague = fake.seed().user("colleague@example.com");
      ws.member(colleague);
      track(fake.track(), ws.id(), colleague);
      focus(fake.focus(), ws.id());

      List<String> violations = fake.received().stream()
          .flatMap(r -> r.violations().stream().map(v -> r + ": " + v))
          .collect(Collectors.toList());
      assertEquals(List.of(), violations);
      Set<TogglOperation> seen = fake.received().stream().map(ReceivedRequest::operation)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(TogglOperation.class)));
      assertEquals(EnumSet.allOf(TogglOperation.class), seen);
      assertEquals(List.of(), fake.received().stream().filter(r -> r.status() >= 400).map(r -> r + " " + r.responseBody())
          .collect(Collectors.toList()), "every call succeeded");
    }
  }

  private static void track(TogglTrack track, long ws, long colleague) {
    var clients = track.clients();
    clients.listClients(ws).execute();
    clients.listClients(ws, ListClientsParams.builder()
        .status(dev.togglkit.track.model.ClientStatusFilter.BOTH).name("acme").build()).execute();
    Client created = clients.createClient(ws, new ClientPayload().name("Acme").notes("n")).execute();
    clients.getClient(ws, created.getId()).execute();
    clients.updateClient(ws, created.getId(), new ClientPayload().name("Acme 2")).execute();
    clients.archiveClient(ws, created.getId()).execute();
    clients.restoreClient(ws, created.getId(), new ClientRestoreRequest().restoreAllProjects(true)).execute();
    clients.deleteClient(ws, created.getId()).execute();

    var projects = track.projects();
    Project project = projects.createProject(ws, new ProjectPayload().name("Website").active(true)).execute();
    projects.listProjects(ws).execute();
    projects.listProjects(ws, ListProjectsParams.builder().active(ProjectActiveFilter.TRUE).billable(false)
        .name("web").page(1).perPage(200).sortField(ProjectSortField.NAME).sortOrder(SortOrder.ASC).onlyMe(false)
        .statuses(List.of(ProjectStatus.ACTIVE, ProjectStatus.UPCOMING)).build()).execute();
    projects.listAll(ws).stream().count();
    projects.getProject(ws, project.getId()).execute();
    projects.updateProject(ws, project.getId(), new ProjectPayload().name("Web")).execute();
    projects.updateProject(ws, project.getId(), new ProjectPayload().name("Web").clientId(null)).execute();
    projects.patchProjects(ws, IdList.of(project.getId()), List.of(new ProjectPatchOperation()
        .op(ProjectPatchOperation.OpEnum.REPLACE).path("/active").value(false))).execute();
    projects.patchProjects(ws, IdList.of(project.getId()),
        ProjectPatchOperation.changes().active(true).color("#06aaf5").removeEstimatedHours().build()).execute();

    var projectUsers = track.projectUsers();
    projectUsers.listProjectUsers(ws).execute();
    projectUsers.listProjectUsers(ws, ListProjectUsersParams.builder().projectIds(IdList.of(project.getId()))
        .withGroupMembers(true).build()).execute();
    ProjectUser added = projectUsers.createProjectUser(ws,
        new ProjectUserCreateRequest().projectId(project.getId()).userId(colleague).manager(true)).execute();
    projectUsers.updateProjectUser(ws, added.getId(), new ProjectUserUpdateRequest().manager(false)).execute();
    projectUsers.patchProjectUsers(ws, IdList.of(added.getId()),
        ProjectUserPatchOperation.changes().manager(true).build()).execute();
    projectUsers.deleteProjectUser(ws, added.getId()).execute();
    projects.deleteProject(ws, project.getId()).execute();

    track.me().getMe().execute();
    track.me().listMyWorkspaces().execute();
  }

  private static void focus(TogglFocus focus, long ws) {
    var clients = focus.clients();
    clients.createClient(ws, new FocusClientPayload().name("Acme")).execute();
    clients.listClients(ws).execute();
    FocusClient one = clients.listClients(ws, FocusListClientsParams.builder().page(1).perPage(20)
        .orderBy(List.of("name")).name("acme").build()).execute().getData().get(0);
    clients.listAll(ws).stream().count();
    clients.getClient(ws, one.getId()).execute();
    clients.updateClient(ws, one.getId(), new FocusClientPayload().name("B")).execute();
    clients.deleteClient(ws, one.getId()).execute();
    clients.restoreClient(ws, one.getId()).execute();
  }
}
