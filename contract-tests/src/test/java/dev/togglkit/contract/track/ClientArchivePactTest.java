package dev.togglkit.contract.track;

import static dev.togglkit.contract.ApiErrors.assertApiError;
import static dev.togglkit.contract.PactClients.TRACK_BASE_PATH;
import static dev.togglkit.contract.PactRequests.trackRequest;
import static dev.togglkit.contract.track.TrackErrors.BAD_REQUEST;
import static dev.togglkit.contract.track.TrackErrors.CLIENT_NOT_FOUND;
import static dev.togglkit.contract.track.TrackErrors.FORBIDDEN;
import static dev.togglkit.contract.track.TrackErrors.SERVER_ERROR;
import static dev.togglkit.contract.track.TrackErrors.respondWithError;
import static dev.togglkit.contract.track.TrackIds.CLIENT;
import static dev.togglkit.contract.track.TrackIds.PROJECT;
import static dev.togglkit.contract.track.TrackIds.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.togglkit.contract.PactClients;
import dev.togglkit.errors.BadRequestException;
import dev.togglkit.errors.ForbiddenException;
import dev.togglkit.errors.NotFoundException;
import dev.togglkit.errors.ServerException;
import dev.togglkit.track.api.ClientsApi;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.model.ClientRestoreRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Archiving and restoring Track clients: archiveClient and restoreClient, every documented status. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactClients.TRACK, pactVersion = PactSpecVersion.V4)
class ClientArchivePactTest {

  private static final String CLIENT_PATH =
      TRACK_BASE_PATH + "/workspaces/" + WORKSPACE + "/clients/" + CLIENT;
  private static final String ARCHIVE_PATH = CLIENT_PATH + "/archive";
  private static final String RESTORE_PATH = CLIENT_PATH + "/restore";

  /** Beyond the int32 range: project ids are int64, and the client must not truncate them. */
  private static final long LARGE_PROJECT = 4_294_967_302L;

  private static ClientsApi clients(MockServer mockServer) {
    return PactClients.track(mockServer).clients();
  }

  private static ClientRestoreRequest restoreTwoProjects() {
    return new ClientRestoreRequest().projects(List.of(PROJECT, LARGE_PROJECT)).restoreAllProjects(false);
  }

  /** The JSON the client sends for {@link #restoreTwoProjects()}. */
  private static PactDslJsonBody restoreTwoProjectsJson() {
    return new PactDslJsonBody()
        .array("projects")
          .numberValue(PROJECT)
          .numberValue(LARGE_PROJECT)
        .closeArray()
        .asBody()
        .booleanValue("restore_all_projects", false);
  }

  // ---- archiveClient ----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientArchived(PactDslWithProvider builder) {
    return trackRequest(builder, "POST", ARCHIVE_PATH,
            "premium workspace 1234567 has client 3456789 with active projects 202700150 and 4294967302",
            "archive a client with two active projects")
        .willRespondWith()
        .status(200)
        .body(new PactDslJsonArray().integerType(PROJECT).integerType(LARGE_PROJECT))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientArchived")
  void clientArchived(MockServer mockServer) {
    List<Long> archivedProjects = clients(mockServer).archiveClient(WORKSPACE, CLIENT).execute();

    assertEquals(List.of(PROJECT, LARGE_PROJECT), archivedProjects);
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact archiveForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", ARCHIVE_PATH,
        "the user may not archive clients in workspace 1234567",
        "archive a client in a workspace where the user may not");
    return respondWithError(request, 403, FORBIDDEN);
  }

  @Test
  @PactTestFor(pactMethod = "archiveForbidden")
  void archiveForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, FORBIDDEN, "archiveClient",
        () -> clients(mockServer).archiveClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact archiveMissing(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", ARCHIVE_PATH,
        "workspace 1234567 has no client 3456789",
        "archive a client that does not exist");
    return respondWithError(request, 404, CLIENT_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "archiveMissing")
  void archiveMissing(MockServer mockServer) {
    assertApiError(NotFoundException.class, 404, CLIENT_NOT_FOUND,
        () -> clients(mockServer).archiveClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact archiveServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", ARCHIVE_PATH,
        "the clients service is failing",
        "archive a client while the server fails");
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "archiveServerError")
  void archiveServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR,
        () -> clients(mockServer).archiveClient(WORKSPACE, CLIENT).execute());
  }

  // ---- restoreClient ----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientRestored(PactDslWithProvider builder) {
    return trackRequest(builder, "POST", RESTORE_PATH,
            "workspace 1234567 has archived client 3456789 with archived projects 202700150 and 4294967302",
            "restore an archived client with two of its projects")
        .body(restoreTwoProjectsJson())
        .willRespondWith()
        .status(200)
        .body(TrackClientJson.client("Acme Corp"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientRestored")
  void clientRestored(MockServer mockServer) {
    Client client = clients(mockServer).restoreClient(WORKSPACE, CLIENT, restoreTwoProjects()).execute();

    assertEquals(CLIENT, client.getId());
    assertEquals("Acme Corp", client.getName());
    assertFalse(client.getArchived());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreProjectOfAnotherClient(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", RESTORE_PATH,
            "workspace 1234567 has archived client 3456789; project 202700150 belongs to another client",
            "restore a client with a project that is not the client's")
        .body(restoreTwoProjectsJson());
    return respondWithError(request, 400, BAD_REQUEST);
  }

  @Test
  @PactTestFor(pactMethod = "restoreProjectOfAnotherClient")
  void restoreProjectOfAnotherClient(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, BAD_REQUEST,
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT, restoreTwoProjects()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", RESTORE_PATH,
            "the user may not restore clients in workspace 1234567",
            "restore a client with all its projects where the user may not")
        .body(new PactDslJsonBody().booleanValue("restore_all_projects", true));
    return respondWithError(request, 403, FORBIDDEN);
  }

  @Test
  @PactTestFor(pactMethod = "restoreForbidden")
  void restoreForbidden(MockServer mockServer) {
    ClientRestoreRequest all = new ClientRestoreRequest().restoreAllProjects(true);
    assertApiError(ForbiddenException.class, 403, FORBIDDEN,
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT, all).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreMissing(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", RESTORE_PATH,
            "workspace 1234567 has no client 3456789",
            "restore a client that does not exist")
        .body(new PactDslJsonBody().booleanValue("restore_all_projects", true));
    return respondWithError(request, 404, CLIENT_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "restoreMissing")
  void restoreMissing(MockServer mockServer) {
    ClientRestoreRequest all = new ClientRestoreRequest().restoreAllProjects(true);
    assertApiError(NotFoundException.class, 404, CLIENT_NOT_FOUND, "restoreClient",
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT, all).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", RESTORE_PATH,
            "the clients service is failing",
            "restore a client while the server fails")
        .body(new PactDslJsonBody().booleanValue("restore_all_projects", true));
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "restoreServerError")
  void restoreServerError(MockServer mockServer) {
    ClientRestoreRequest all = new ClientRestoreRequest().restoreAllProjects(true);
    assertApiError(ServerException.class, 500, SERVER_ERROR,
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT, all).execute());
  }
}
