package dev.togglkit.contract.track;

import static dev.togglkit.contract.ApiErrors.assertApiError;
import static dev.togglkit.contract.PactClients.RFC3339;
import static dev.togglkit.contract.PactClients.TRACK_BASE_PATH;
import static dev.togglkit.contract.PactRequests.trackRequest;
import static dev.togglkit.contract.track.TrackErrors.NO_ACCESS;
import static dev.togglkit.contract.track.TrackErrors.SERVER_ERROR;
import static dev.togglkit.contract.track.TrackErrors.USER_DATA_NOT_LOADED;
import static dev.togglkit.contract.track.TrackErrors.respondWithError;
import static dev.togglkit.contract.track.TrackIds.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.togglkit.errors.ForbiddenException;
import dev.togglkit.errors.NotFoundException;
import dev.togglkit.errors.ServerException;
import dev.togglkit.contract.PactClients;
import dev.togglkit.track.model.CurrentUser;
import dev.togglkit.track.model.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Workspace discovery: getMe and listMyWorkspaces, every status Toggl's Swagger documents (C-44). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactClients.TRACK, pactVersion = PactSpecVersion.V4)
class MePactTest {

  private static final String ME_PATH = TRACK_BASE_PATH + "/me";
  private static final String MY_WORKSPACES_PATH = ME_PATH + "/workspaces";
  private static final long USER = 5123456L;
  private static final String AT = "2024-05-16T08:42:10+00:00";

  // ---- getMe ------------------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact me(PactDslWithProvider builder) {
    return trackRequest(builder, "GET", ME_PATH, "the user belongs to workspace 1234567",
            "get the current user")
        .willRespondWith()
        .status(200)
        .body(new PactDslJsonBody()
            .integerType("id", USER)
            .stringType("email", "jane.doe@example.com")
            .stringType("fullname", "Jane Doe")
            .stringType("timezone", "Europe/Berlin")
            .integerType("default_workspace_id", WORKSPACE)
            .integerType("beginning_of_week", 1)
            .stringType("image_url", "https://assets.track.toggl.com/images/profile.png")
            .nullValue("country_id")
            .stringMatcher("created_at", RFC3339, AT)
            .stringMatcher("updated_at", RFC3339, AT)
            .stringMatcher("at", RFC3339, AT))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "me")
  void me(MockServer mockServer) {
    CurrentUser me = PactClients.track(mockServer).me().getMe().execute();

    long workspaceId = me.getDefaultWorkspaceId();
    assertEquals(WORKSPACE, workspaceId);
    assertEquals(USER, me.getId());
    assertEquals("jane.doe@example.com", me.getEmail());
    assertNull(me.getCountryId());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact meForbidden(PactDslWithProvider builder) {
    return respondWithError(trackRequest(builder, "GET", ME_PATH, "Toggl refuses the user their own data",
        "get the current user when access is refused"), 403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "meForbidden")
  void meForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "getMe",
        () -> PactClients.track(mockServer).me().getMe().execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact meNotLoaded(PactDslWithProvider builder) {
    return respondWithError(trackRequest(builder, "GET", ME_PATH, "Toggl cannot load the user's data",
        "get the current user when their data cannot be loaded"), 404, USER_DATA_NOT_LOADED);
  }

  @Test
  @PactTestFor(pactMethod = "meNotLoaded")
  void meNotLoaded(MockServer mockServer) {
    assertApiError(NotFoundException.class, 404, USER_DATA_NOT_LOADED, "getMe",
        () -> PactClients.track(mockServer).me().getMe().execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact meServerError(PactDslWithProvider builder) {
    return respondWithError(trackRequest(builder, "GET", ME_PATH, "the user service fails",
        "get the current user while the server fails"), 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "meServerError")
  void meServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "getMe",
        () -> PactClients.track(mockServer).me().getMe().execute());
  }

  // ---- listMyWorkspaces -------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact myWorkspaces(PactDslWithProvider builder) {
    return trackRequest(builder, "GET", MY_WORKSPACES_PATH, "the user belongs to workspace 1234567",
            "list the current user's workspaces")
        .willRespondWith()
        .status(200)
        .body(PactDslJsonArray.arrayMinLike(1)
            .integerType("id", WORKSPACE)
            .integerType("organization_id", 7654321L)
            .stringType("name", "Acme Corp's workspace")
            .booleanType("premium", true)
            .booleanType("business_ws", false)
            .booleanType("admin", true)
            .stringType("role", "admin")
            .stringType("default_currency", "EUR")
            .stringMatcher("at", RFC3339, AT)
            .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "myWorkspaces")
  void myWorkspaces(MockServer mockServer) {
    List<Workspace> workspaces = PactClients.track(mockServer).me().listMyWorkspaces().execute();

    assertEquals(1, workspaces.size());
    assertEquals(WORKSPACE, workspaces.get(0).getId());
    assertTrue(workspaces.get(0).getAdmin());
    assertEquals("admin", workspaces.get(0).getRole());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact myWorkspacesForbidden(PactDslWithProvider builder) {
    return respondWithError(trackRequest(builder, "GET", MY_WORKSPACES_PATH,
        "Toggl refuses the user their own data", "list the current user's workspaces when access is refused"),
        403, NO_ACCESS);
  }

  @Test
  @PactTestFor(pactMethod = "myWorkspacesForbidden")
  void myWorkspacesForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, NO_ACCESS, "listMyWorkspaces",
        () -> PactClients.track(mockServer).me().listMyWorkspaces().execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact myWorkspacesServerError(PactDslWithProvider builder) {
    return respondWithError(trackRequest(builder, "GET", MY_WORKSPACES_PATH, "the user service fails",
        "list the current user's workspaces while the server fails"), 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "myWorkspacesServerError")
  void myWorkspacesServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "listMyWorkspaces",
        () -> PactClients.track(mockServer).me().listMyWorkspaces().execute());
  }
}
