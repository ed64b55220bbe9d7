package dev.togglkit.contract.track;

import static dev.togglkit.contract.PactClients.BASIC_AUTH_PATTERN;
import static dev.togglkit.contract.PactClients.TRACK_AUTHORIZATION;
import static dev.togglkit.contract.PactClients.TRACK_BASE_PATH;
import static dev.togglkit.contract.PactClients.jsonString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.togglkit.NotFoundException;
import dev.togglkit.contract.PactClients;
import dev.togglkit.track.model.Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactClients.TRACK, pactVersion = PactSpecVersion.V4)
class ClientsPactTest {

  private static final long WORKSPACE = 1234567L;
  private static final long CLIENT = 3456789L;

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientExists(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has client 3456789 named Acme Corp")
        .uponReceiving("get an existing client")
        .method("GET")
        .path(TRACK_BASE_PATH + "/workspaces/" + WORKSPACE + "/clients/" + CLIENT)
        .matchHeader("Authorization", BASIC_AUTH_PATTERN, TRACK_AUTHORIZATION)
        .willRespondWith()
        .status(200)
        .body(new PactDslJsonBody()
            .integerType("id", CLIENT)
            .integerType("wid", WORKSPACE)
            .stringType("name", "Acme Corp")
            .booleanType("archived", false)
            .stringType("at", "2024-05-16T08:42:10+00:00"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "clientExists")
  void clientExists(MockServer mockServer) {
    Client client = PactClients.track(mockServer).clients().getClient(WORKSPACE, CLIENT).execute();

    assertEquals(CLIENT, client.getId());
    assertEquals("Acme Corp", client.getName());
  }

  @Pact(consumer = PactClients.CONSUMER)
  V4Pact clientMissing(PactDslWithProvider builder) {
    return builder
        .given("workspace 1234567 has no client 3456789")
        .uponReceiving("get a client that does not exist")
        .method("GET")
        .path(TRACK_BASE_PATH + "/workspaces/" + WORKSPACE + "/clients/" + CLIENT)
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
}
