package dev.togglkit.contract.track;

import static dev.togglkit.contract.ApiErrors.assertApiError;
import static dev.togglkit.contract.PactClients.TRACK_BASE_PATH;
import static dev.togglkit.contract.PactRequests.trackRequest;
import static dev.togglkit.contract.track.TrackErrors.CLIENT_NAME_EMPTY;
import static dev.togglkit.contract.track.TrackErrors.CLIENT_NOT_FOUND;
import static dev.togglkit.contract.track.TrackErrors.CLIENT_NOT_IN_WORKSPACE;
import static dev.togglkit.contract.track.TrackErrors.FORBIDDEN;
import static dev.togglkit.contract.track.TrackErrors.SERVER_ERROR;
import static dev.togglkit.contract.track.TrackErrors.respondWithError;
import static dev.togglkit.contract.track.TrackIds.CLIENT;
import static dev.togglkit.contract.track.TrackIds.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import au.com.dius.pact.consumer.MockServer;
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
import dev.togglkit.track.model.ClientPayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changing Track clients: createClient, updateClient and deleteClient, every documented status.
 * Request bodies are matched by value: they are what the client serialises from the payload the test
 * built, so a renamed or extra field is a contract change.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactClients.TRACK, pactVersion = PactSpecVersion.V4)
class ClientChangesPactTest {

  private static final String CLIENTS_PATH = TRACK_BASE_PATH + "/workspaces/" + WORKSPACE + "/clients";
  private static final String CLIENT_PATH = CLIENTS_PATH + "/" + CLIENT;

  /**
   * A name of blanks: it passes the spec's minLength (and so the client sends it), but Track trims
   * names and answers that it cannot be empty — the 400 a user actually meets.
   */
  private static final String BLANK_NAME = "   ";

  private static ClientsApi clients(MockServer mockServer) {
    return PactClients.track(mockServer).clients();
  }

  private static ClientPayload acme() {
    return new ClientPayload().name("Acme Corp").notes("Invoiced quarterly").externalReference("crm-00042");
  }

  /** The JSON the client sends for {@link #acme()}. */
  private static PactDslJsonBody acmeJson() {
    return new PactDslJsonBody()
        .stringValue("name", "Acme Corp")
        .stringValue("notes", "Invoiced quarterly")
        .stringValue("external_reference", "crm-00042");
  }

  // ---- createClient -----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientCreated(PactDslWithProvider builder) {
    return trackRequest(builder, "POST", CLIENTS_PATH,
            "workspace 1234567 has no client named Acme Corp",
            "create a client named Acme Corp")
        .body(acmeJson())
        .willRespondWith()
        .status(200)
        .body(TrackClientJson.client("Acme Corp"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientCreated")
  void clientCreated(MockServer mockServer) {
    Client client = clients(mockServer).createClient(WORKSPACE, acme()).execute();

    assertEquals(CLIENT, client.getId());
    assertEquals(WORKSPACE, client.getWid());
    assertEquals("Acme Corp", client.getName());
    assertEquals("Invoiced quarterly", client.getNotes());
    assertFalse(client.getArchived());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientNameEmpty(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", CLIENTS_PATH,
            "workspace 1234567 exists",
            "create a client whose name is only blanks")
        .body(new PactDslJsonBody().stringValue("name", BLANK_NAME));
    return respondWithError(request, 400, CLIENT_NAME_EMPTY);
  }

  @Test
  @PactTestFor(pactMethod = "clientNameEmpty")
  void clientNameEmpty(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, CLIENT_NAME_EMPTY, "createClient",
        () -> clients(mockServer).createClient(WORKSPACE, new ClientPayload().name(BLANK_NAME)).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact createForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", CLIENTS_PATH,
            "the user may not create clients in workspace 1234567",
            "create a client in a workspace where the user may not")
        .body(acmeJson());
    return respondWithError(request, 403, FORBIDDEN);
  }

  @Test
  @PactTestFor(pactMethod = "createForbidden")
  void createForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, FORBIDDEN,
        () -> clients(mockServer).createClient(WORKSPACE, acme()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact createServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "POST", CLIENTS_PATH,
            "the clients service is failing",
            "create a client while the server fails")
        .body(acmeJson());
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "createServerError")
  void createServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR,
        () -> clients(mockServer).createClient(WORKSPACE, acme()).execute());
  }

  // ---- updateClient -----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientRenamed(PactDslWithProvider builder) {
    return trackRequest(builder, "PUT", CLIENT_PATH,
            "workspace 1234567 has client 3456789 named Acme Corp",
            "rename a client to Acme Industries")
        .body(new PactDslJsonBody().stringValue("name", "Acme Industries"))
        .willRespondWith()
        .status(200)
        .body(TrackClientJson.client("Acme Industries"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientRenamed")
  void clientRenamed(MockServer mockServer) {
    Client client = clients(mockServer)
        .updateClient(WORKSPACE, CLIENT, new ClientPayload().name("Acme Industries")).execute();

    assertEquals(CLIENT, client.getId());
    assertEquals("Acme Industries", client.getName());
    assertEquals(TrackClientJson.at(), client.getAt());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact renameToEmpty(PactDslWithProvider builder) {
    var request = trackRequest(builder, "PUT", CLIENT_PATH,
            "workspace 1234567 has client 3456789 named Acme Corp",
            "rename a client to a name of only blanks")
        .body(new PactDslJsonBody().stringValue("name", BLANK_NAME));
    return respondWithError(request, 400, CLIENT_NAME_EMPTY);
  }

  @Test
  @PactTestFor(pactMethod = "renameToEmpty")
  void renameToEmpty(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, CLIENT_NAME_EMPTY, "updateClient",
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, new ClientPayload().name(BLANK_NAME)).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact updateForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "PUT", CLIENT_PATH,
            "the user may not change clients in workspace 1234567",
            "change a client in a workspace where the user may not")
        .body(acmeJson());
    return respondWithError(request, 403, FORBIDDEN);
  }

  @Test
  @PactTestFor(pactMethod = "updateForbidden")
  void updateForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, FORBIDDEN,
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, acme()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact updateMissing(PactDslWithProvider builder) {
    // updateClient documents its own 404 message, unlike get/delete (clientNotFound, naming the id).
    var request = trackRequest(builder, "PUT", CLIENT_PATH,
            "workspace 1234567 has no client 3456789",
            "change a client that is not in the workspace")
        .body(acmeJson());
    return respondWithError(request, 404, CLIENT_NOT_IN_WORKSPACE);
  }

  @Test
  @PactTestFor(pactMethod = "updateMissing")
  void updateMissing(MockServer mockServer) {
    assertApiError(NotFoundException.class, 404, CLIENT_NOT_IN_WORKSPACE,
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, acme()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact updateServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "PUT", CLIENT_PATH,
            "the clients service is failing",
            "change a client while the server fails")
        .body(acmeJson());
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "updateServerError")
  void updateServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR,
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, acme()).execute());
  }

  // ---- deleteClient -----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientDeleted(PactDslWithProvider builder) {
    // The spec documents no body for a successful delete, so the pact promises none.
    return trackRequest(builder, "DELETE", CLIENT_PATH,
            "workspace 1234567 has client 3456789 named Acme Corp",
            "delete an existing client")
        .willRespondWith()
        .status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientDeleted")
  void clientDeleted(MockServer mockServer) {
    assertNull(clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact deleteForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "DELETE", CLIENT_PATH,
        "the user may not delete clients in workspace 1234567",
        "delete a client in a workspace where the user may not");
    return respondWithError(request, 403, FORBIDDEN);
  }

  @Test
  @PactTestFor(pactMethod = "deleteForbidden")
  void deleteForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, FORBIDDEN, "deleteClient",
        () -> clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact deleteMissing(PactDslWithProvider builder) {
    var request = trackRequest(builder, "DELETE", CLIENT_PATH,
        "workspace 1234567 has no client 3456789",
        "delete a client that does not exist");
    return respondWithError(request, 404, CLIENT_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "deleteMissing")
  void deleteMissing(MockServer mockServer) {
    assertApiError(NotFoundException.class, 404, CLIENT_NOT_FOUND,
        () -> clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact deleteServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "DELETE", CLIENT_PATH,
        "the clients service is failing",
        "delete a client while the server fails");
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "deleteServerError")
  void deleteServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR,
        () -> clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());
  }
}
