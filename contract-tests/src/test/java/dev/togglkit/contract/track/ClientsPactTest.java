package dev.togglkit.contract.track;

import static dev.togglkit.contract.PactClients.BASIC_AUTH_PATTERN;
import static dev.togglkit.contract.PactClients.TRACK_AUTHORIZATION;
import static dev.togglkit.contract.PactClients.TRACK_BASE_PATH;
import static dev.togglkit.contract.PactClients.jsonString;
import static dev.togglkit.contract.track.TrackClientJson.CLIENT;
import static dev.togglkit.contract.track.TrackClientJson.CREATOR;
import static dev.togglkit.contract.track.TrackClientJson.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
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
import dev.togglkit.track.model.Client;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reading Track clients: listClients and getClient, every documented status. Changes to clients
 * (create, update, delete) are in {@link ClientChangesPactTest}, archive and restore in
 * {@link ClientArchivePactTest}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactClients.TRACK, pactVersion = PactSpecVersion.V4)
class ClientsPactTest {

  private static final String CLIENTS_PATH = TRACK_BASE_PATH + "/workspaces/" + WORKSPACE + "/clients";
  private static final String CLIENT_PATH = CLIENTS_PATH + "/" + CLIENT;

  // ---- listClients ------------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientsListed(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has an active client and an archived client whose names contain acme")
        .uponReceiving("list active and archived clients whose name contains acme")
        .method("GET")
        .path(CLIENTS_PATH)
        .query("status=both&name=acme")
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(200)
        .body(TrackClientJson.clientFields(PactDslJsonArray.arrayMinLike(1, 2), "Acme Corp", true)
            .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientsListed")
  void clientsListed(MockServer mockServer) {
    List<Client> clients = PactClients.track(mockServer).clients()
        .listClients(WORKSPACE, "both", "acme").execute();

    assertEquals(2, clients.size());
    Client first = clients.get(0);
    assertEquals(CLIENT, first.getId());
    assertEquals(WORKSPACE, first.getWid());
    assertEquals(CREATOR, first.getCreatorId());
    assertEquals("Acme Corp", first.getName());
    assertTrue(first.getArchived());
    assertEquals(TrackClientJson.at(), first.getAt());
    assertNull(first.getIntegrationProvider());
    assertEquals(List.of("update"), first.getPermissions());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientStatusInvalid(PactDslWithProvider builder) {
    // The client only sends the documented status values, so the 400 is the provider's verdict on a
    // well-formed request; the state says so rather than sending a status the spec forbids.
    return builder
        .given("workspace 1234567 rejects the client status filter")
        .uponReceiving("list archived clients when the status filter is rejected")
        .method("GET")
        .path(CLIENTS_PATH)
        .query("status=archived")
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(400)
        .body(jsonString("Client status is invalid"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientStatusInvalid")
  void clientStatusInvalid(MockServer mockServer) {
    BadRequestException error = assertThrows(BadRequestException.class,
        () -> PactClients.track(mockServer).clients().listClients(WORKSPACE, "archived", null).execute());

    assertEquals("Client status is invalid", error.errorMessage());
    assertEquals(400, error.statusCode());
    assertEquals("listClients", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact workspaceForbidden(PactDslWithProvider builder) {
    return builder
        .given("the user is not a member of workspace 1234567")
        .uponReceiving("list clients of a workspace the user cannot see")
        .method("GET")
        .path(CLIENTS_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(403)
        .body(jsonString("Forbidden"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "workspaceForbidden")
  void workspaceForbidden(MockServer mockServer) {
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> PactClients.track(mockServer).clients().listClients(WORKSPACE, null, null).execute());

    assertEquals("Forbidden", error.errorMessage());
    assertEquals(403, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact listServerError(PactDslWithProvider builder) {
    return builder
        .given("the clients service is failing")
        .uponReceiving("list active clients while the server fails")
        .method("GET")
        .path(CLIENTS_PATH)
        .query("status=active")
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(500)
        .body(jsonString("Internal Server Error"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listServerError")
  void listServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> PactClients.track(mockServer).clients().listClients(WORKSPACE, "active", null).execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
  }

  // ---- getClient --------------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientExists(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has client 3456789 named Acme Corp")
        .uponReceiving("get an existing client")
        .method("GET")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(200)
        .body(TrackClientJson.client("Acme Corp"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientExists")
  void clientExists(MockServer mockServer) {
    Client client = PactClients.track(mockServer).clients().getClient(WORKSPACE, CLIENT).execute();

    assertEquals(CLIENT, client.getId());
    assertEquals("Acme Corp", client.getName());
    assertFalse(client.getArchived());
    assertEquals("crm-00042", client.getExternalReference());
    assertEquals(TrackClientJson.at(), client.getAt());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientForbidden(PactDslWithProvider builder) {
    return builder
        .given("the user is not a member of workspace 1234567")
        .uponReceiving("get a client of a workspace the user cannot see")
        .method("GET")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(403)
        .body(jsonString("Forbidden"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientForbidden")
  void clientForbidden(MockServer mockServer) {
    ForbiddenException error = assertThrows(ForbiddenException.class,
        () -> PactClients.track(mockServer).clients().getClient(WORKSPACE, CLIENT).execute());

    assertEquals("Forbidden", error.errorMessage());
    assertEquals(403, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientMissing(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has no client 3456789")
        .uponReceiving("get a client that does not exist")
        .method("GET")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(404)
        .body(jsonString("No client with ID 3456789 was found"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientMissing")
  void clientMissing(MockServer mockServer) {
    NotFoundException error = assertThrows(NotFoundException.class,
        () -> PactClients.track(mockServer).clients().getClient(WORKSPACE, CLIENT).execute());

    assertEquals("No client with ID 3456789 was found", error.errorMessage());
    assertEquals(404, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact getServerError(PactDslWithProvider builder) {
    return builder
        .given("the clients service is failing")
        .uponReceiving("get a client while the server fails")
        .method("GET")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(500)
        .body(jsonString("Internal Server Error"), "application/json")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getServerError")
  void getServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> PactClients.track(mockServer).clients().getClient(WORKSPACE, CLIENT).execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
    assertEquals("getClient", error.operation());
  }
}
