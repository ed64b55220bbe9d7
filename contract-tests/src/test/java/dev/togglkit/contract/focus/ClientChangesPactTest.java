package dev.togglkit.contract.focus;

import static dev.togglkit.contract.PactClients.BEARER_AUTH_PATTERN;
import static dev.togglkit.contract.PactClients.FOCUS_AUTHORIZATION;
import static dev.togglkit.contract.PactClients.FOCUS_BASE_PATH;
import static dev.togglkit.contract.focus.FocusClientJson.CLIENT;
import static dev.togglkit.contract.focus.FocusClientJson.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.togglkit.BadRequestException;
import dev.togglkit.NotFoundException;
import dev.togglkit.ServerException;
import dev.togglkit.contract.PactClients;
import dev.togglkit.focus.api.ClientsApi;
import dev.togglkit.focus.model.ClientPayload;
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

  private static ClientsApi clients(MockServer mockServer) {
    return PactClients.focus(mockServer).clients();
  }

  private static PactDslJsonBody named(String name) {
    return new PactDslJsonBody().stringValue("name", name);
  }

  // ---- createClient -----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientCreated(PactDslWithProvider builder) {
    return builder
        .given("Focus workspace 1234567 has no client named Acme Corp")
        .uponReceiving("create a Focus client named Acme Corp")
        .method("POST")
        .path(CLIENTS_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .body(named("Acme Corp"))
        .willRespondWith()
        .status(201)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientCreated")
  void clientCreated(MockServer mockServer) {
    assertNull(clients(mockServer).createClient(WORKSPACE, new ClientPayload().name("Acme Corp")).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientNameEmpty(PactDslWithProvider builder) {
    return builder
        .given("Focus workspace 1234567 exists")
        .uponReceiving("create a Focus client whose name is only blanks")
        .method("POST")
        .path(CLIENTS_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .body(named(BLANK_NAME))
        .willRespondWith()
        .status(400)
        .body(FocusClientJson.invalidRequest())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientNameEmpty")
  void clientNameEmpty(MockServer mockServer) {
    BadRequestException error = assertThrows(BadRequestException.class,
        () -> clients(mockServer).createClient(WORKSPACE, new ClientPayload().name(BLANK_NAME)).execute());

    assertEquals("Invalid request", error.errorMessage());
    assertEquals(400, error.statusCode());
    assertEquals("createClient", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact createServerError(PactDslWithProvider builder) {
    return builder
        .given("the Focus clients service is failing")
        .uponReceiving("create a Focus client while the server fails")
        .method("POST")
        .path(CLIENTS_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .body(named("Acme Corp"))
        .willRespondWith()
        .status(500)
        .body(FocusClientJson.internalServerError())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createServerError")
  void createServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> clients(mockServer).createClient(WORKSPACE, new ClientPayload().name("Acme Corp")).execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
  }

  // ---- updateClient -----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientRenamed(PactDslWithProvider builder) {
    return builder
        .given("Focus workspace 1234567 has active client 3456789 named Acme Corp")
        .uponReceiving("rename a Focus client to Acme Industries")
        .method("PUT")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .body(named("Acme Industries"))
        .willRespondWith()
        .status(204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientRenamed")
  void clientRenamed(MockServer mockServer) {
    assertNull(clients(mockServer)
        .updateClient(WORKSPACE, CLIENT, new ClientPayload().name("Acme Industries")).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact renameToEmpty(PactDslWithProvider builder) {
    return builder
        .given("Focus workspace 1234567 has active client 3456789 named Acme Corp")
        .uponReceiving("rename a Focus client to a name of only blanks")
        .method("PUT")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .body(named(BLANK_NAME))
        .willRespondWith()
        .status(400)
        .body(FocusClientJson.invalidRequest())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "renameToEmpty")
  void renameToEmpty(MockServer mockServer) {
    BadRequestException error = assertThrows(BadRequestException.class,
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, new ClientPayload().name(BLANK_NAME)).execute());

    assertEquals("Invalid request", error.errorMessage());
    assertEquals(400, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact updateMissing(PactDslWithProvider builder) {
    return builder
        .given("Focus workspace 1234567 has no client 3456789")
        .uponReceiving("rename a Focus client that does not exist")
        .method("PUT")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .body(named("Acme Industries"))
        .willRespondWith()
        .status(404)
        .body(FocusClientJson.clientDoesNotExist())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateMissing")
  void updateMissing(MockServer mockServer) {
    NotFoundException error = assertThrows(NotFoundException.class,
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, new ClientPayload().name("Acme Industries"))
            .execute());

    assertEquals("Client does not exist", error.errorMessage());
    assertEquals(404, error.statusCode());
    assertEquals("updateClient", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact updateServerError(PactDslWithProvider builder) {
    return builder
        .given("the Focus clients service is failing")
        .uponReceiving("rename a Focus client while the server fails")
        .method("PUT")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .body(named("Acme Industries"))
        .willRespondWith()
        .status(500)
        .body(FocusClientJson.internalServerError())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateServerError")
  void updateServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, new ClientPayload().name("Acme Industries"))
            .execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
  }

  // ---- deleteClient -----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientDeleted(PactDslWithProvider builder) {
    return builder
        .given("Focus workspace 1234567 has active client 3456789 named Acme Corp")
        .uponReceiving("delete an active Focus client")
        .method("DELETE")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
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
    return builder
        .given("Focus rejects requests for client 3456789 of workspace 1234567 as invalid")
        .uponReceiving("delete a Focus client when the request is rejected as invalid")
        .method("DELETE")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(400)
        .body(FocusClientJson.invalidRequest())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteRejected")
  void deleteRejected(MockServer mockServer) {
    BadRequestException error = assertThrows(BadRequestException.class,
        () -> clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());

    assertEquals("Invalid request", error.errorMessage());
    assertEquals(400, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact deleteMissing(PactDslWithProvider builder) {
    return builder
        .given("Focus workspace 1234567 has no client 3456789")
        .uponReceiving("delete a Focus client that does not exist")
        .method("DELETE")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(404)
        .body(FocusClientJson.clientDoesNotExist())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteMissing")
  void deleteMissing(MockServer mockServer) {
    NotFoundException error = assertThrows(NotFoundException.class,
        () -> clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());

    assertEquals("Client does not exist", error.errorMessage());
    assertEquals(404, error.statusCode());
    assertEquals("deleteClient", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact deleteServerError(PactDslWithProvider builder) {
    return builder
        .given("the Focus clients service is failing")
        .uponReceiving("delete a Focus client while the server fails")
        .method("DELETE")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(500)
        .body(FocusClientJson.internalServerError())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteServerError")
  void deleteServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
  }

  // ---- restoreClient ----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientRestored(PactDslWithProvider builder) {
    return builder
        .given("Focus workspace 1234567 has deleted client 3456789")
        .uponReceiving("restore a deleted Focus client")
        .method("PATCH")
        .path(RESTORE_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
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
    return builder
        .given("Focus workspace 1234567 has active client 3456789, which is not deleted")
        .uponReceiving("restore a Focus client that is not deleted")
        .method("PATCH")
        .path(RESTORE_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(400)
        .body(FocusClientJson.invalidRequest())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "restoreActiveClient")
  void restoreActiveClient(MockServer mockServer) {
    BadRequestException error = assertThrows(BadRequestException.class,
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT).execute());

    assertEquals("Invalid request", error.errorMessage());
    assertEquals(400, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreMissing(PactDslWithProvider builder) {
    return builder
        .given("Focus workspace 1234567 has no client 3456789")
        .uponReceiving("restore a Focus client that does not exist")
        .method("PATCH")
        .path(RESTORE_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(404)
        .body(FocusClientJson.clientDoesNotExist())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "restoreMissing")
  void restoreMissing(MockServer mockServer) {
    NotFoundException error = assertThrows(NotFoundException.class,
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT).execute());

    assertEquals("Client does not exist", error.errorMessage());
    assertEquals(404, error.statusCode());
    assertEquals("restoreClient", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact restoreServerError(PactDslWithProvider builder) {
    return builder
        .given("the Focus clients service is failing")
        .uponReceiving("restore a Focus client while the server fails")
        .method("PATCH")
        .path(RESTORE_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(500)
        .body(FocusClientJson.internalServerError())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "restoreServerError")
  void restoreServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> clients(mockServer).restoreClient(WORKSPACE, CLIENT).execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
  }
}
