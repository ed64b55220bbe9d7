package dev.togglkit.contract.focus;

import static dev.togglkit.contract.ApiErrors.assertApiError;
import static dev.togglkit.contract.PactClients.FOCUS_BASE_PATH;
import static dev.togglkit.contract.PactRequests.focusRequest;
import static dev.togglkit.contract.focus.FocusClientJson.CLIENT;
import static dev.togglkit.contract.focus.FocusClientJson.USER;
import static dev.togglkit.contract.focus.FocusClientJson.WORKSPACE;
import static dev.togglkit.contract.focus.FocusErrors.CLIENT_DOES_NOT_EXIST;
import static dev.togglkit.contract.focus.FocusErrors.INTERNAL_SERVER_ERROR;
import static dev.togglkit.contract.focus.FocusErrors.INVALID_REQUEST;
import static dev.togglkit.contract.focus.FocusErrors.respondWithError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.togglkit.focus.api.FocusListClientsParams;
import dev.togglkit.focus.model.FocusClient;
import dev.togglkit.focus.model.FocusClientList;
import dev.togglkit.errors.BadRequestException;
import dev.togglkit.errors.NotFoundException;
import dev.togglkit.errors.ServerException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reading Focus clients: listClients and getClient, every documented status. Changes (create,
 * update, delete, restore) are in {@link ClientChangesPactTest}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactClients.FOCUS, pactVersion = PactSpecVersion.V4)
class ClientsPactTest {

  private static final String CLIENTS_PATH = FOCUS_BASE_PATH + "/workspaces/" + WORKSPACE + "/clients";
  private static final String CLIENT_PATH = CLIENTS_PATH + "/" + CLIENT;

  private static FocusClientsApi clients(MockServer mockServer) {
    return PactClients.focus(mockServer).clients();
  }

  // ---- listClients ------------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientsListed(PactDslWithProvider builder) {
    // Focus wraps a list page as {data, page, per_page}; every filter the client can send is set here.
    return focusRequest(builder, "GET", CLIENTS_PATH,
            "workspace 1234567 has two clients whose names contain acme",
            "list the first page of clients named like acme, ordered by name")
        .query("page=1&per_page=20&order_by[]=name&name=acme")
        .willRespondWith()
        .status(200)
        .body(FocusClientJson.clientFields(new PactDslJsonBody().minArrayLike("data", 1, 2), "Acme Corp")
            .closeObject()
            .closeArray()
            .asBody()
            .integerType("page", 1)
            .integerType("per_page", 20))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientsListed")
  void clientsListed(MockServer mockServer) {
    FocusListClientsParams query = FocusListClientsParams.builder().page(1).perPage(20).orderBy(List.of("name")).name("acme").build();

    FocusClientList page = clients(mockServer).listClients(WORKSPACE, query).execute();

    assertEquals(1, page.getPage());
    assertEquals(20, page.getPerPage());
    assertEquals(2, page.getData().size());
    FocusClient first = page.getData().get(0);
    assertEquals(CLIENT, first.getId());
    assertEquals("Acme Corp", first.getName());
    assertEquals(WORKSPACE, first.getWorkspaceId());
    assertEquals(USER, first.getTogglUserId());
    assertEquals(FocusClientJson.createdAt(), first.getCreatedAt());
    assertNull(first.getDeletedAt());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact orderByUnknownField(PactDslWithProvider builder) {
    var request = focusRequest(builder, "GET", CLIENTS_PATH,
            "workspace 1234567 exists; clients have no field colour",
            "list clients ordered by a field clients do not have")
        .query("order_by[]=colour");
    return respondWithError(request, 400, INVALID_REQUEST);
  }

  @Test
  @PactTestFor(pactMethod = "orderByUnknownField")
  void orderByUnknownField(MockServer mockServer) {
    FocusListClientsParams query = FocusListClientsParams.builder().orderBy(List.of("colour")).build();

    assertApiError(BadRequestException.class, 400, INVALID_REQUEST.message(), "listClients",
        () -> clients(mockServer).listClients(WORKSPACE, query).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact listServerError(PactDslWithProvider builder) {
    var request = focusRequest(builder, "GET", CLIENTS_PATH,
        "the Focus clients service is failing",
        "list Focus clients while the server fails");
    return respondWithError(request, 500, INTERNAL_SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "listServerError")
  void listServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, INTERNAL_SERVER_ERROR.message(),
        () -> clients(mockServer).listClients(WORKSPACE).execute());
  }

  // ---- getClient --------------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientExists(PactDslWithProvider builder) {
    return focusRequest(builder, "GET", CLIENT_PATH,
            "Focus workspace 1234567 has active client 3456789 named Acme Corp",
            "get an existing Focus client")
        .willRespondWith()
        .status(200)
        .body(FocusClientJson.client("Acme Corp"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientExists")
  void clientExists(MockServer mockServer) {
    FocusClient client = clients(mockServer).getClient(WORKSPACE, CLIENT).execute();

    assertEquals(CLIENT, client.getId());
    assertEquals("Acme Corp", client.getName());
    assertTrue(client.getActive());
    assertEquals(FocusClientJson.createdAt(), client.getCreatedAt());
    assertNull(client.getDeletedAt());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact getRejected(PactDslWithProvider builder) {
    // Every request the client can send here is well-formed; the state stands for whatever makes Focus
    // call it invalid (the page documents the 400 without saying when).
    var request = focusRequest(builder, "GET", CLIENT_PATH,
        "Focus rejects requests for client 3456789 of workspace 1234567 as invalid",
        "get a Focus client when the request is rejected as invalid");
    return respondWithError(request, 400, INVALID_REQUEST);
  }

  @Test
  @PactTestFor(pactMethod = "getRejected")
  void getRejected(MockServer mockServer) {
    assertApiError(BadRequestException.class, 400, INVALID_REQUEST.message(),
        () -> clients(mockServer).getClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientMissing(PactDslWithProvider builder) {
    var request = focusRequest(builder, "GET", CLIENT_PATH,
        "Focus workspace 1234567 has no client 3456789",
        "get a Focus client that does not exist");
    return respondWithError(request, 404, CLIENT_DOES_NOT_EXIST);
  }

  @Test
  @PactTestFor(pactMethod = "clientMissing")
  void clientMissing(MockServer mockServer) {
    assertApiError(NotFoundException.class, 404, CLIENT_DOES_NOT_EXIST.message(), "getClient",
        () -> clients(mockServer).getClient(WORKSPACE, CLIENT).execute());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact getServerError(PactDslWithProvider builder) {
    var request = focusRequest(builder, "GET", CLIENT_PATH,
        "the Focus clients service is failing",
        "get a Focus client while the server fails");
    return respondWithError(request, 500, INTERNAL_SERVER_ERROR);
  }

  @Test
  @PactTestFor(pactMethod = "getServerError")
  void getServerError(MockServer mockServer) {
    assertApiError(ServerException.class, 500, INTERNAL_SERVER_ERROR.message(),
        () -> clients(mockServer).getClient(WORKSPACE, CLIENT).execute());
  }
}
