package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.togglkit.track.api.ClientsApi;
import dev.togglkit.track.api.ListClientsParams;
import dev.togglkit.track.api.ProjectsApi;
import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.track.model.ClientPayload;
import dev.togglkit.track.model.ClientStatusFilter;
import dev.togglkit.track.model.ProjectActiveFilter;
import dev.togglkit.track.model.ProjectPatchOperation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checks the generated services run before sending (apiArgumentChecks.mustache). */
class ArgumentValidationTest extends MockServerTest {

  private void refused(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
    assertEquals(0, server.getRequestCount(), "nothing may be sent");
  }

  private ClientsApi clients() {
    return trackBuilder().build().clients();
  }

  private ProjectsApi projects() {
    return trackBuilder().build().projects();
  }

  @Test
  void pathIdsMustBePositive() {
    refused("getClient: workspace_id must be a positive id, was 0", () -> clients().getClient(0L, 2L));
    refused("getClient: client_id must be a positive id, was -5", () -> clients().getClient(1L, -5L));
    refused("updateClient: client_id must be a positive id, was 0",
        () -> clients().updateClient(1L, 0L, new ClientPayload().name("a")));
    refused("listProjects: workspace_id must be a positive id, was 0", () -> projects().listProjects(0L));
  }

  @Test
  void idListsAndParamsMustNotBeNull() {
    refused("patchProjects: project_ids must not be null",
        () -> projects().patchProjects(1L, null, List.of(new ProjectPatchOperation())));
    refused("listProjects: params must not be null; use ListProjectsParams.builder().build()",
        () -> projects().listProjects(1L, (ListProjectsParams) null));
  }

  @Test
  void bodyMustBePresentAndComplete() {
    refused("createClient: the request body must not be null", () -> clients().createClient(1L, null));
    refused("createClient: the request body is missing required field name",
        () -> clients().createClient(1L, new ClientPayload().notes("no name")));
    refused("patchProjects: request body item 0 is missing required fields op, path",
        () -> projects().patchProjects(1L, IdList.of(2), List.of(new ProjectPatchOperation())));
  }

  @Test
  void everyItemOfAListBodyIsChecked() {
    ProjectPatchOperation complete = new ProjectPatchOperation()
        .op(ProjectPatchOperation.OpEnum.REPLACE).path("/active").value(false);
    refused("patchProjects: request body item 1 is missing required field op",
        () -> projects().patchProjects(1L, IdList.of(2), List.of(complete, new ProjectPatchOperation().path("/x"))));
    refused("patchProjects: the request body must not contain null (index 0)",
        () -> projects().patchProjects(1L, IdList.of(2), Arrays.asList((ProjectPatchOperation) null)));
  }

  @Test
  void anUnknownEnumConstantCannotBeAQueryValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ListClientsParams.builder().status(ClientStatusFilter.UNKNOWN));
    assertEquals("listClients: status cannot be ClientStatusFilter.UNKNOWN; it has no wire value,"
        + " choose a known constant", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ListProjectsParams.builder().active(ProjectActiveFilter.UNKNOWN));
  }

  @Test
  void validArgumentsGoThrough() throws Exception {
    server.enqueue(json(200, "{\"id\":1,\"name\":\"a\"}"));
    clients().createClient(1L, new ClientPayload().name("a")).execute();
    assertEquals("/api/v9/workspaces/1/clients", server.takeRequest().getPath());
  }

  @Test
  void unsetParamsAreNotSent() throws Exception {
    server.enqueue(json(200, "[]"));
    clients().listClients(1L).execute();
    assertEquals("/api/v9/workspaces/1/clients", server.takeRequest().getPath());
  }
}
