package dev.togglkit.contract.focus;

import static dev.togglkit.contract.PactClients.BEARER_AUTH_PATTERN;
import static dev.togglkit.contract.PactClients.FOCUS_AUTHORIZATION;
import static dev.togglkit.contract.PactClients.FOCUS_BASE_PATH;
import static dev.togglkit.contract.focus.FocusClientJson.CLIENT;
import static dev.togglkit.contract.focus.FocusClientJson.USER;
import static dev.togglkit.contract.focus.FocusClientJson.WORKSPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.togglkit.focus.api.ClientsApi.ListClientsQuery;
import dev.togglkit.focus.model.Client;
import dev.togglkit.focus.model.ClientList;
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

  private static ClientsApi clients(MockServer mockServer) {
    return PactClients.focus(mockServer).clients();
  }

  // ---- listClients ------------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientsListed(PactDslWithProvider builder) {
    // Focus wraps a list page as {data, page, per_page}; every filter the client can send is set here.
    return builder
        .given("workspace 1234567 has two clients whose names contain acme")
        .uponReceiving("list the first page of clients named like acme, ordered by name")
        .method("GET")
        .path(CLIENTS_PATH)
        .query("page=1&per_page=20&order_by[]=name&name=acme")
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
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
    ListClientsQuery query = new ListClientsQuery().page(1).perPage(20).orderBy(List.of("name")).name("acme");

    ClientList page = clients(mockServer).listClients(WORKSPACE, query).execute();

    assertEquals(1, page.getPage());
    assertEquals(20, page.getPerPage());
    assertEquals(2, page.getData().size());
    Client first = page.getData().get(0);
    assertEquals(CLIENT, first.getId());
    assertEquals("Acme Corp", first.getName());
    assertEquals(WORKSPACE, first.getWorkspaceId());
    assertEquals(USER, first.getTogglUserId());
    assertEquals(FocusClientJson.createdAt(), first.getCreatedAt());
    assertNull(first.getDeletedAt());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact orderByUnknownField(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 exists; clients have no field colour")
        .uponReceiving("list clients ordered by a field clients do not have")
        .method("GET")
        .path(CLIENTS_PATH)
        .query("order_by[]=colour")
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(400)
        .body(FocusClientJson.invalidRequest())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "orderByUnknownField")
  void orderByUnknownField(MockServer mockServer) {
    ListClientsQuery query = new ListClientsQuery().orderBy(List.of("colour"));

    BadRequestException error = assertThrows(BadRequestException.class,
        () -> clients(mockServer).listClients(WORKSPACE, query).execute());

    assertEquals("Invalid request", error.errorMessage());
    assertEquals(400, error.statusCode());
    assertEquals("listClients", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact listServerError(PactDslWithProvider builder) {
    return builder
        .given("the Focus clients service is failing")
        .uponReceiving("list Focus clients while the server fails")
        .method("GET")
        .path(CLIENTS_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(500)
        .body(FocusClientJson.internalServerError())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listServerError")
  void listServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> clients(mockServer).listClients(WORKSPACE, new ListClientsQuery()).execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
  }

  // ---- getClient --------------------------------------------------------------------------------

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientExists(PactDslWithProvider builder) {
    return builder
        .given("Focus workspace 1234567 has active client 3456789 named Acme Corp")
        .uponReceiving("get an existing Focus client")
        .method("GET")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(200)
        .body(FocusClientJson.client("Acme Corp"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientExists")
  void clientExists(MockServer mockServer) {
    Client client = clients(mockServer).getClient(WORKSPACE, CLIENT).execute();

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
    return builder
        .given("Focus rejects requests for client 3456789 of workspace 1234567 as invalid")
        .uponReceiving("get a Focus client when the request is rejected as invalid")
        .method("GET")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(400)
        .body(FocusClientJson.invalidRequest())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getRejected")
  void getRejected(MockServer mockServer) {
    BadRequestException error = assertThrows(BadRequestException.class,
        () -> clients(mockServer).getClient(WORKSPACE, CLIENT).execute());

    assertEquals("Invalid request", error.errorMessage());
    assertEquals(400, error.statusCode());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientMissing(PactDslWithProvider builder) {
    return builder
        .given("Focus workspace 1234567 has no client 3456789")
        .uponReceiving("get a Focus client that does not exist")
        .method("GET")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(404)
        .body(FocusClientJson.clientDoesNotExist())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientMissing")
  void clientMissing(MockServer mockServer) {
    NotFoundException error = assertThrows(NotFoundException.class,
        () -> clients(mockServer).getClient(WORKSPACE, CLIENT).execute());

    assertEquals("Client does not exist", error.errorMessage());
    assertEquals(404, error.statusCode());
    assertEquals("getClient", error.operation());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact getServerError(PactDslWithProvider builder) {
    return builder
        .given("the Focus clients service is failing")
        .uponReceiving("get a Focus client while the server fails")
        .method("GET")
        .path(CLIENT_PATH)
        .matchHeader("Authorization", BEARER_AUTH_PATTERN, FOCUS_AUTHORIZATION)
        .willRespondWith()
        .status(500)
        .body(FocusClientJson.internalServerError())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getServerError")
  void getServerError(MockServer mockServer) {
    ServerException error = assertThrows(ServerException.class,
        () -> clients(mockServer).getClient(WORKSPACE, CLIENT).execute());

    assertEquals("Internal Server Error", error.errorMessage());
    assertEquals(500, error.statusCode());
  }
}
