package dev.togglkit.contract.track;

import static dev.togglkit.contract.PactClients.BASIC_AUTH_PATTERN;
import static dev.togglkit.contract.PactClients.TRACK_AUTHORIZATION;
import static dev.togglkit.contract.PactClients.TRACK_BASE_PATH;
import static dev.togglkit.contract.PactClients.jsonString;
import static dev.togglkit.contract.track.TrackClientJson.CLIENT;
import static dev.togglkit.contract.track.TrackClientJson.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import dev.togglkit.ForbiddenException;
import dev.togglkit.NotFoundException;
import dev.togglkit.ServerException;
import dev.togglkit.contract.PactClients;
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
    return builder
        .given("workspace 1234567 has no client named Acme Corp")
        .uponReceiving("create a client named Acme Corp")
        .method("POST")
        .path(CLIENTS_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
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
    return builder
        .given("workspace 1234567 exists")
        .uponReceiving("create a client whose name is only blanks")
        .method("POST")
        .path(CLIENTS_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(new PactDslJsonBody().stringValue("name", BLANK_NAME))
        .willRespondWith()
        .status(400)
        .body(jsonString("Client name cannot be empty"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientNameEmpty")
  void clientNameEmpty(MockServer mockServer) {
    BadRequestException error = assertThrows(BadRequestException.class,
        () -> clients(mockServer).createClient(WORKSPACE, new ClientPayload().name(BLANK_NAME)).execute());

    assertEquals("Client name cannot be empty", error.errorMessage());
    assertEquals(400, error.statusCode());
    assertEquals("createClient", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact createForbidden(PactDslWithProvider builder) {
    return builder
        .given("the user may not create clients in workspace 1234567")
        .uponReceiving("create a client in a workspace where the user may not")
        .method("POST")
        .path(CLIENTS_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(acmeJson())
        .willRespondWith()
        .status(403)
        .body(jsonString("Forbidden"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createForbidden")
  void createForbidden(MockServer mockServer) {
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> clients(mockServer).createClient(WORKSPACE, acme()).execute());

    assertEquals("Forbidden", error.errorMessage());
    assertEquals(403, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact createServerError(PactDslWithProvider builder) {
    return builder
        .given("the clients service is failing")
        .uponReceiving("create a client while the server fails")
        .method("POST")
        .path(CLIENTS_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(acmeJson())
        .willRespondWith()
        .status(500)
        .body(jsonString("Internal Server Error"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createServerError")
  void createServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> clients(mockServer).createClient(WORKSPACE, acme()).execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
  }

  // ---- updateClient -----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientRenamed(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has client 3456789 named Acme Corp")
        .uponReceiving("rename a client to Acme Industries")
        .method("PUT")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
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
    return builder
        .given("workspace 1234567 has client 3456789 named Acme Corp")
        .uponReceiving("rename a client to a name of only blanks")
        .method("PUT")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(new PactDslJsonBody().stringValue("name", BLANK_NAME))
        .willRespondWith()
        .status(400)
        .body(jsonString("Client name cannot be empty"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "renameToEmpty")
  void renameToEmpty(MockServer mockServer) {
    BadRequestException error = assertThrows(BadRequestException.class,
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, new ClientPayload().name(BLANK_NAME)).execute());

    assertEquals("Client name cannot be empty", error.errorMessage());
    assertEquals(400, error.statusCode());
    assertEquals("updateClient", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact updateForbidden(PactDslWithProvider builder) {
    return builder
        .given("the user may not change clients in workspace 1234567")
        .uponReceiving("change a client in a workspace where the user may not")
        .method("PUT")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(acmeJson())
        .willRespondWith()
        .status(403)
        .body(jsonString("Forbidden"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateForbidden")
  void updateForbidden(MockServer mockServer) {
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, acme()).execute());

    assertEquals("Forbidden", error.errorMessage());
    assertEquals(403, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact updateMissing(PactDslWithProvider builder) {
    // updateClient documents its own 404 message, unlike get/delete ("No client with ID ... was found").
    return builder
        .given("workspace 1234567 has no client 3456789")
        .uponReceiving("change a client that is not in the workspace")
        .method("PUT")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(acmeJson())
        .willRespondWith()
        .status(404)
        .body(jsonString("Client doesn't exist in the workspace."), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateMissing")
  void updateMissing(MockServer mockServer) {
    NotFoundException error = assertThrows(NotFoundException.class,
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, acme()).execute());

    assertEquals("Client doesn't exist in the workspace.", error.errorMessage());
    assertEquals(404, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact updateServerError(PactDslWithProvider builder) {
    return builder
        .given("the clients service is failing")
        .uponReceiving("change a client while the server fails")
        .method("PUT")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .body(acmeJson())
        .willRespondWith()
        .status(500)
        .body(jsonString("Internal Server Error"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateServerError")
  void updateServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> clients(mockServer).updateClient(WORKSPACE, CLIENT, acme()).execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
  }

  // ---- deleteClient -----------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientDeleted(PactDslWithProvider builder) {
    // The spec documents no body for a successful delete, so the pact promises none.
    return builder
        .given("workspace 1234567 has client 3456789 named Acme Corp")
        .uponReceiving("delete an existing client")
        .method("DELETE")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
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
    return builder
        .given("the user may not delete clients in workspace 1234567")
        .uponReceiving("delete a client in a workspace where the user may not")
        .method("DELETE")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(403)
        .body(jsonString("Forbidden"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteForbidden")
  void deleteForbidden(MockServer mockServer) {
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());

    assertEquals("Forbidden", error.errorMessage());
    assertEquals(403, error.statusCode());
    assertEquals("deleteClient", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact deleteMissing(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has no client 3456789")
        .uponReceiving("delete a client that does not exist")
        .method("DELETE")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(404)
        .body(jsonString("No client with ID 3456789 was found"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteMissing")
  void deleteMissing(MockServer mockServer) {
    NotFoundException error = assertThrows(NotFoundException.class,
        () -> clients(mockServer).deleteClient(WORKSPACE, CLIENT).execute());

    assertEquals("No client with ID 3456789 was found", error.errorMessage());
    assertEquals(404, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact deleteServerError(PactDslWithProvider builder) {
    return builder
        .given("the clients service is failing")
        .uponReceiving("delete a client while the server fails")
        .method("DELETE")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(500)
        .body(jsonString("Internal Server Error"), "application/json")
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
}
