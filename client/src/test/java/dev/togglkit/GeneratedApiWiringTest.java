package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.focus.api.FocusListClientsParams;
import dev.togglkit.focus.model.FocusClientList;
import dev.togglkit.track.api.ClientsApi;
import dev.togglkit.track.api.ListClientsParams;
import dev.togglkit.track.api.ListProjectsParams;
import dev.togglkit.track.model.ClientPayload;
import dev.togglkit.track.model.ClientStatusFilter;
import dev.togglkit.track.model.ProjectActiveFilter;
import dev.togglkit.track.model.ProjectPatchOperation;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The generated APIs as users reach them, through {@link TogglTrack} and {@link TogglFocus}: the
 * accessors, the argument checks before sending, and the requests that leave the machine.
 */
class GeneratedApiWiringTest extends MockServerTest {

  @Test
  void accessorsReturnOneCachedServicePerApi() {
    TogglTrack track = trackBuilder().build();

    assertSame(track.clients(), track.clients());
    assertSame(track.projects(), track.projects());
    assertSame(track.projectUsers(), track.projectUsers());
  }

  @Test
  void aNonPositiveWorkspaceIdIsRefusedBeforeAnyRequest() {
    TogglTrack track = trackBuilder().build();

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> track.clients().getClient(0L, 5L).execute());

    assertTrue(error.getMessage().contains("workspace_id"), error.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aClientWithoutItsRequiredNameIsRefusedBeforeAnyRequest() {
    TogglTrack track = trackBuilder().build();

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> track.clients().createClient(1L, new ClientPayload().notes("no name")).execute());

    assertTrue(error.getMessage().contains("name"), error.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aPatchOperationWithoutOpIsRefusedBeforeAnyRequest() {
    TogglTrack track = trackBuilder().build();

    assertThrows(IllegalArgumentException.class, () -> track.projects()
        .patchProjects(1L, IdList.of(10, 11), List.of(new ProjectPatchOperation().path("/active")))
        .execute());

    assertEquals(0, server.getRequestCount());
  }

  @Test
  void anUnknownEnumConstantIsNeverSentAsAQueryValue() {
    TogglTrack track = trackBuilder().build();

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ListClientsParams.builder().status(ClientStatusFilter.UNKNOWN));

    assertTrue(error.getMessage().contains("status cannot be ClientStatusFilter.UNKNOWN"), error.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void theParamsFormIsCheckedLikeTheShortOne() {
    TogglTrack track = trackBuilder().build();

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> track.projects().listProjects(0L, ListProjectsParams.builder().active(ProjectActiveFilter.TRUE).build()));

    assertTrue(error.getMessage().contains("workspace_id"), error.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aTypedQueryEnumIsSentAsItsWireValue() throws Exception {
    server.enqueue(json(200, "[]"));
    TogglTrack track = trackBuilder().build();

    track.projects().listProjects(1L, ListProjectsParams.builder().active(ProjectActiveFilter.FALSE).build()).execute();

    assertEquals("/api/v9/workspaces/1/projects?active=false", server.takeRequest().getPath());
  }

  @Test
  void trackDeleteAnswersVoidAndSendsBasicAuth() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200));
    TogglTrack track = trackBuilder().build();

    Void result = track.clients().deleteClient(1L, 2L).execute();

    RecordedRequest request = server.takeRequest();
    assertEquals(null, result);
    assertEquals("DELETE /api/v9/workspaces/1/clients/2", request.getMethod() + " " + request.getPath());
    assertTrue(request.getHeader("Authorization").startsWith("Basic "));
    assertTrue(request.getHeader("User-Agent").startsWith("togglkit/"));
  }

  @Test
  void focusListSendsBearerAndRepeatsTheOrderByParameter() throws Exception {
    server.enqueue(json(200, "{\"data\":[{\"id\":7,\"name\":\"Acme\"}],\"page\":1,\"per_page\":20}"));
    TogglFocus focus = TogglFocus.builder()
        .apiKey("toggl_sk_test")
        .baseUrl(server.url("/api/").toString())
        .build();

    FocusClientList page = focus.clients()
        .listClients(3L, FocusListClientsParams.builder().perPage(20).orderBy(List.of("name", "created_at")).build())
        .execute();

    RecordedRequest request = server.takeRequest();
    assertEquals(1, page.getData().size());
    assertEquals(7L, page.getData().get(0).getId());
    assertEquals("Bearer toggl_sk_test", request.getHeader("Authorization"));
    assertEquals("/api/workspaces/3/clients?per_page=20&order_by%5B%5D=name&order_by%5B%5D=created_at",
        request.getPath());
  }
}
