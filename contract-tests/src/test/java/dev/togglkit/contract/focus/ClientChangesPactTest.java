package dev.togglkit.contract.focus;

import static dev.togglkit.contract.ApiErrors.assertApiError;
import static dev.togglkit.contract.PactClients.FOCUS_BASE_PATH;
import static dev.togglkit.contract.PactRequests.focusRequest;
import static dev.togglkit.contract.focus.FocusClientJson.CLIENT;
import static dev.togglkit.contract.focus.FocusClientJson.WORKSPACE;
import static dev.togglkit.contract.focus.FocusErrors.CLIENT_DOES_NOT_EXIST;
import static dev.togglkit.contract.focus.FocusErrors.INTERNAL_SERVER_ERROR;
import static dev.togglkit.contract.focus.FocusErrors.INVALID_REQUEST;
import static dev.togglkit.contract.focus.FocusErrors.respondWithError;
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
import dev.togglkit.focus.api.FocusClientsApi;
import dev.togglkit.focus.model.FocusClientPayload;
import dev.togglkit.errors.BadRequestException;
import dev.togglkit.errors.NotFoundException;
import dev.togglkit.errors.ServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changing Focus clients: createClient (201), updateClient, deleteClient and restoreClient (204),
 * every documented status. The successes carry no body in the spec, so the pacts promise none and
 * the client yields null ({@code Void}); request bodies are matched by value.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactClients.FOCUS, pactVersion = PactSpecVersion.V4)
class ClientChangesPactTest {

  private static final String CLIENTS_PATH = FOCUS_BASE_PATH + "/workspaces/" + WORKSPACE + "/clients";
  private static final String CLIENT_PATH = CLIENTS_PATH + "/" + CLIENT;
  private static final String RESTORE_PATH = CLIENT_PATH + "/restore";

  /** Passes the spec's minLength, so the client sends it; Focus calls a name of blanks invalid. */
  private static final String BLANK_NAME = "   ";

  private static FocusClientsApi clients(MockServer mockServer) {
    return PactClients.focus(mockServer).clients();
  }

  private static PactDslJsonBody named(String name) {
    return new PactDslJsonBody().stringValue("name", name);
  }

  // ---- createClient -----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientCreated(PactDslWithProvider builder) {
    return focusRequest(builder, "POST", CLIENTS_PATH,
            "Focus workspace 1234567 has no client named Acme Corp",
            "create a Focus client named Acme Corp")
        .body(named("Acme Corp"))
        .willRespondWith()
        .status(201)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientCreated")
  void clientCreated(MockServer mockServer) {
    assertNull(clients(mockServer).createClient(WORKSPACE, new FocusClientPayload().name("Acme Corp")).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientNameEmpty(PactDslWithProvider builder) {
    var request = focusRequest(builder, "POST", CLIENTS_PATH,
            "Focus workspace 1234567 exists",
            "create a Focus client whose name is only blanks")
        .body(named(BLANK_NAME));
    return respondWithError(request, 400, INVALID_REQUEST);
  }

  @Test
  @PactTestFor(pactMethod = "clientNameEmpty")
  void clientNameEmpty(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, INVALID_REQUEST.message(), "createClient",
        () -> clients(mockServer).createClient(WORKSPACE, new FocusClientPayload().name(BLANK_NAME)).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact createServerError(PactDslWithProvider builder) {
    var request = focusRequest(builder, "POST", CLIENTS_PATH,
            "the Focus clients service is failing",
            "create a Focus client while the server fails")
        .body(named("Acme Corp"));
    return respondWithError(request, 500, INTERNAL_SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "createServerError")
  void createServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, INTERNAL_SERVER_ERROR.message(),
        () -> clients(mockServer).createClient(WORKSPACE, new FocusClientPayload().name("Acme Corp")).execute());
  }

  // ---- updateClient -----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientRenamed(PactDslWithProvider builder) {
    return focusRequest(builder, "PUT", CLIENT_PATH,
            "Focus workspace 1234567 has active client 3456789 named Acme Corp",
            "rename a Focus client to Acme Industries")
        .body(named("Acme Industries"))
        .willRespondWith()
        .status(204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientRenamed")
  void clientRenamed(MockServer mockServer) {
    assertNull(clients(mockServer)
        .updateClient(WORKSPACE, CLIENT, new FocusClientPayload().name("Acme Industries")).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact renameToEmpty(PactDslWithProvider builder) {
    var request = focusRequest(builder, "PUT", CLIENT_PATH,
            "Focus workspace 1234567 has active client 3456789 named Acme Corp",
            "rename a Focus client to a name of only blanks")
        .body(named(BLANK_NAME));
    return respondWithError(request, 400, INVALID_REQUEST);
  }

  @Test
  @PactTestFor(pactMethod = "renameToEmpty")
  void renameToEmpty(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, INVALID_REQUEST.message(),
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, new FocusClientPayload().name(BLANK_NAME)).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact updateMissing(PactDslWithProvider builder) {
    var request = focusRequest(builder, "PUT", CLIENT_PATH,
            "Focus workspace 1234567 has no client 3456789",
            "rename a Focus client that does not exist")
        .body(named("Acme Industries"));
    return respondWithError(request, 404, CLIENT_DOES_NOT_EXIST);
  }

  @Test
  @PactTestFor(pactMethod = "updateMissing")
  void updateMissing(MockServer mockServer) {
    assertApiError(NotFoundException.class, 404, CLIENT_DOES_NOT_EXIST.message(), "updateClient",
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, new FocusClientPayload().name("Acme Industries"))
            .execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact updateServerError(PactDslWithProvider builder) {
    var request = focusRequest(builder, "PUT", CLIENT_PATH,
            "the Focus clients service is failing",
            "rename a Focus client while the server fails")
        .body(named("Acme Industries"));
    return respondWithError(request, 500, INTERNAL_SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "updateServerError")
  void updateServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, INTERNAL_SERVER_ERROR.message(),
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, new FocusClientPayload().name("Acme Industries"))
            .execute());
  }

  // ---- deleteClient -----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientDeleted(PactDslWithProvider builder) {
    return focusRequest(builder, "DELETE", CLIENT_PATH,
            "Focus workspace 1234567 has active client 3456789 named Acme Corp",
            "delete an active Focus client")
        .willRespondWith()
        .status(204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientDeleted")
  void clientDeleted(MockServer mockServer) {
    assertNull(clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact deleteRejected(PactDslWithProvider builder) {
    // The page documents the 400 without saying when; the client only sends well-formed deletes.
    var request = focusRequest(builder, "DELETE", CLIENT_PATH,
        "Focus rejects requests for client 3456789 of workspace 1234567 as invalid",
        "delete a Focus client when the request is rejected as invalid");
    return respondWithError(request, 400, INVALID_REQUEST);
  }

  @Test
  @PactTestFor(pactMethod = "deleteRejected")
  void deleteRejected(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, INVALID_REQUEST.message(),
        () -> clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact deleteMissing(PactDslWithProvider builder) {
    var request = focusRequest(builder, "DELETE", CLIENT_PATH,
        "Focus workspace 1234567 has no client 3456789",
        "delete a Focus client that does not exist");
    return respondWithError(request, 404, CLIENT_DOES_NOT_EXIST);
  }

  @Test
  @PactTestFor(pactMethod = "deleteMissing")
  void deleteMissing(MockServer mockServer) {
    assertApiError(NotFoundException.class, 404, CLIENT_DOES_NOT_EXIST.message(), "deleteClient",
        () -> clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact deleteServerError(PactDslWithProvider builder) {
    var request = focusRequest(builder, "DELETE", CLIENT_PATH,
        "the Focus clients service is failing",
        "delete a Focus client while the server fails");
    return respondWithError(request, 500, INTERNAL_SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "deleteServerError")
  void deleteServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, INTERNAL_SERVER_ERROR.message(),
        () -> clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());
  }

  // ---- restoreClient ----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientRestored(PactDslWithProvider builder) {
    return focusRequest(builder, "PATCH", RESTORE_PATH,
            "Focus workspace 1234567 has deleted client 3456789",
            "restore a deleted Focus client")
        .willRespondWith()
        .status(204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientRestored")
  void clientRestored(MockServer mockServer) {
    assertNull(clients(mockServer).restoreClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreActiveClient(PactDslWithProvider builder) {
    var request = focusRequest(builder, "PATCH", RESTORE_PATH,
        "Focus workspace 1234567 has active client 3456789, which is not deleted",
        "restore a Focus client that is not deleted");
    return respondWithError(request, 400, INVALID_REQUEST);
  }

  @Test
  @PactTestFor(pactMethod = "restoreActiveClient")
  void restoreActiveClient(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, INVALID_REQUEST.message(),
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreMissing(PactDslWithProvider builder) {
    var request = focusRequest(builder, "PATCH", RESTORE_PATH,
        "Focus workspace 1234567 has no client 3456789",
        "restore a Focus client that does not exist");
    return respondWithError(request, 404, CLIENT_DOES_NOT_EXIST);
  }

  @Test
  @PactTestFor(pactMethod = "restoreMissing")
  void restoreMissing(MockServer mockServer) {
    assertApiError(NotFoundException.class, 404, CLIENT_DOES_NOT_EXIST.message(), "restoreClient",
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreServerError(PactDslWithProvider builder) {
    var request = focusRequest(builder, "PATCH", RESTORE_PATH,
        "the Focus clients service is failing",
        "restore a Focus client while the server fails");
    return respondWithError(request, 500, INTERNAL_SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "restoreServerError")
  void restoreServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, INTERNAL_SERVER_ERROR.message(),
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT).execute());
  }
}
