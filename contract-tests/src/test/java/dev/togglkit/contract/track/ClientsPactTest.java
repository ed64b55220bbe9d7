package dev.togglkit.contract.track;

import static dev.togglkit.contract.ApiErrors.assertApiError;
import static dev.togglkit.contract.PactClients.TRACK_BASE_PATH;
import static dev.togglkit.contract.PactRequests.trackRequest;
import static dev.togglkit.contract.track.TrackClientJson.CREATOR;
import static dev.togglkit.contract.track.TrackErrors.CLIENT_NOT_FOUND;
import static dev.togglkit.contract.track.TrackErrors.CLIENT_STATUS_INVALID;
import static dev.togglkit.contract.track.TrackErrors.FORBIDDEN;
import static dev.togglkit.contract.track.TrackErrors.SERVER_ERROR;
import static dev.togglkit.contract.track.TrackErrors.respondWithError;
import static dev.togglkit.contract.track.TrackIds.CLIENT;
import static dev.togglkit.contract.track.TrackIds.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.togglkit.contract.PactClients;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.api.ListClientsParams;
import dev.togglkit.errors.BadRequestException;
import dev.togglkit.errors.ForbiddenException;
import dev.togglkit.errors.NotFoundException;
import dev.togglkit.errors.ServerException;
import dev.togglkit.track.model.ClientStatusFilter;
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
    return trackRequest(builder, "GET", CLIENTS_PATH,
            "workspace 1234567 has an active client and an archived client whose names contain acme",
            "list active and archived clients whose name contains acme")
        .query("status=both&name=acme")
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
        .listClients(WORKSPACE, ListClientsParams.builder().status(ClientStatusFilter.BOTH).name("acme").build()).execute();

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
    var request = trackRequest(builder, "GET", CLIENTS_PATH,
            "workspace 1234567 rejects the client status filter",
            "list archived clients when the status filter is rejected")
        .query("status=archived");
    return respondWithError(request, 400, CLIENT_STATUS_INVALID);
  }

  @Test
  @PactTestFor(pactMethod = "clientStatusInvalid")
  void clientStatusInvalid(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, CLIENT_STATUS_INVALID, "listClients",
        () -> PactClients.track(mockServer).clients().listClients(WORKSPACE, ListClientsParams.builder().status(ClientStatusFilter.ARCHIVED).build()).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact workspaceForbidden(PactDslWithProvider builder) {
    var request = trackRequest(builder, "GET", CLIENTS_PATH,
        "the user is not a member of workspace 1234567",
        "list clients of a workspace the user cannot see");
    return respondWithError(request, 403, FORBIDDEN);
  }

  @Test
  @PactTestFor(pactMethod = "workspaceForbidden")
  void workspaceForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, FORBIDDEN,
        () -> PactClients.track(mockServer).clients().listClients(WORKSPACE).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact listServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "GET", CLIENTS_PATH,
            "the clients service is failing",
            "list active clients while the server fails")
        .query("status=active");
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "listServerError")
  void listServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR,
        () -> PactClients.track(mockServer).clients().listClients(WORKSPACE, ListClientsParams.builder().status(ClientStatusFilter.ACTIVE).build()).execute());
  }

  // ---- getClient --------------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientExists(PactDslWithProvider builder) {
    return trackRequest(builder, "GET", CLIENT_PATH,
            "workspace 1234567 has client 3456789 named Acme Corp",
            "get an existing client")
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
    var request = trackRequest(builder, "GET", CLIENT_PATH,
        "the user is not a member of workspace 1234567",
        "get a client of a workspace the user cannot see");
    return respondWithError(request, 403, FORBIDDEN);
  }

  @Test
  @PactTestFor(pactMethod = "clientForbidden")
  void clientForbidden(MockServer mockServer) {
    assertApiError(ForbiddenException.class, 403, FORBIDDEN,
        () -> PactClients.track(mockServer).clients().getClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientMissing(PactDslWithProvider builder) {
    var request = trackRequest(builder, "GET", CLIENT_PATH,
        "workspace 1234567 has no client 3456789",
        "get a client that does not exist");
    return respondWithError(request, 404, CLIENT_NOT_FOUND);
  }

  @Test
  @PactTestFor(pactMethod = "clientMissing")
  void clientMissing(MockServer mockServer) {
    assertApiError(NotFoundException.class, 404, CLIENT_NOT_FOUND,
        () -> PactClients.track(mockServer).clients().getClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact getServerError(PactDslWithProvider builder) {
    var request = trackRequest(builder, "GET", CLIENT_PATH,
        "the clients service is failing",
        "get a client while the server fails");
    return respondWithError(request, 500, SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "getServerError")
  void getServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, SERVER_ERROR, "getClient",
        () -> PactClients.track(mockServer).clients().getClient(WORKSPACE, CLIENT).execute());
  }
}
