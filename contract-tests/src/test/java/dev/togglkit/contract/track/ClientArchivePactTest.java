package dev.togglkit.contract.track;

import static dev.togglkit.contract.PactClients.BASIC_AUTH_PATTERN;
import static dev.togglkit.contract.PactClients.TRACK_AUTHORIZATION;
import static dev.togglkit.contract.PactClients.TRACK_BASE_PATH;
import static dev.togglkit.contract.PactClients.jsonString;
import static dev.togglkit.contract.track.TrackClientJson.CLIENT;
import static dev.togglkit.contract.track.TrackClientJson.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.togglkit.BadRequestException;
import dev.togglkit.ForbiddenException;
import dev.togglkit.NotFoundException;
import dev.togglkit.ServerException;
import dev.togglkit.contract.PactClients;
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

  private static final long PROJECT = 202700150L;
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
    return builder
        .given("premium workspace 1234567 has client 3456789 with active projects 202700150 and 4294967302")
        .uponReceiving("archive a client with two active projects")
        .method("POST")
        .path(ARCHIVE_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
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
    return builder
        .given("the user may not archive clients in workspace 1234567")
        .uponReceiving("archive a client in a workspace where the user may not")
        .method("POST")
        .path(ARCHIVE_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(403)
        .body(jsonString("Forbidden"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "archiveForbidden")
  void archiveForbidden(MockServer mockServer) {
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> clients(mockServer).archiveClient(WORKSPACE, CLIENT).execute());

    assertEquals("Forbidden", error.errorMessage());
    assertEquals(403, error.statusCode());
    assertEquals("archiveClient", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact archiveMissing(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has no client 3456789")
        .uponReceiving("archive a client that does not exist")
        .method("POST")
        .path(ARCHIVE_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(404)
        .body(jsonString("No client with ID 3456789 was found"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "archiveMissing")
  void archiveMissing(MockServer mockServer) {
    NotFoundException error = assertThrows(NotFoundException.class,
        () -> clients(mockServer).archiveClient(WORKSPACE, CLIENT).execute());

    assertEquals("No client with ID 3456789 was found", error.errorMessage());
    assertEquals(404, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact archiveServerError(PactDslWithProvider builder) {
    return builder
        .given("the clients service is failing")
        .uponReceiving("archive a client while the server fails")
        .method("POST")
        .path(ARCHIVE_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(500)
        .body(jsonString("Internal Server Error"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "archiveServerError")
  void archiveServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> clients(mockServer).archiveClient(WORKSPACE, CLIENT).execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
  }

  // ---- restoreClient ----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientRestored(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has archived client 3456789 with archived projects 202700150 and 4294967302")
        .uponReceiving("restore an archived client with two of its projects")
        .method("POST")
        .path(RESTORE_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
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
    return builder
        .given("workspace 1234567 has archived client 3456789; project 202700150 belongs to another client")
        .uponReceiving("restore a client with a project that is not the client's")
        .method("POST")
        .path(RESTORE_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(restoreTwoProjectsJson())
        .willRespondWith()
        .status(400)
        .body(jsonString("Bad Request"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "restoreProjectOfAnotherClient")
  void restoreProjectOfAnotherClient(MockServer mockServer) {
    BadRequestException error = assertThrows(BadRequestException.class,
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT, restoreTwoProjects()).execute());

    assertEquals("Bad Request", error.errorMessage());
    assertEquals(400, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreForbidden(PactDslWithProvider builder) {
    return builder
        .given("the user may not restore clients in workspace 1234567")
        .uponReceiving("restore a client with all its projects where the user may not")
        .method("POST")
        .path(RESTORE_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(new PactDslJsonBody().booleanValue("restore_all_projects", true))
        .willRespondWith()
        .status(403)
        .body(jsonString("Forbidden"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "restoreForbidden")
  void restoreForbidden(MockServer mockServer) {
    ClientRestoreRequest all = new ClientRestoreRequest().restoreAllProjects(true);
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT, all).execute());

    assertEquals("Forbidden", error.errorMessage());
    assertEquals(403, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreMissing(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has no client 3456789")
        .uponReceiving("restore a client that does not exist")
        .method("POST")
        .path(RESTORE_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(new PactDslJsonBody().booleanValue("restore_all_projects", true))
        .willRespondWith()
        .status(404)
        .body(jsonString("No client with ID 3456789 was found"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "restoreMissing")
  void restoreMissing(MockServer mockServer) {
    ClientRestoreRequest all = new ClientRestoreRequest().restoreAllProjects(true);
    NotFoundException error = assertThrows(NotFoundException.class,
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT, all).execute());

    assertEquals("No client with ID 3456789 was found", error.errorMessage());
    assertEquals(404, error.statusCode());
    assertEquals("restoreClient", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreServerError(PactDslWithProvider builder) {
    return builder
        .given("the clients service is failing")
        .uponReceiving("restore a client while the server fails")
        .method("POST")
        .path(RESTORE_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(new PactDslJsonBody().booleanValue("restore_all_projects", true))
        .willRespondWith()
        .status(500)
        .body(jsonString("Internal Server Error"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "restoreServerError")
  void restoreServerError(MockServer mockServer) {
    ClientRestoreRequest all = new ClientRestoreRequest().restoreAllProjects(true);
    ServerException error = assertThrows(ServerException.class,
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT, all).execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
  }
}
