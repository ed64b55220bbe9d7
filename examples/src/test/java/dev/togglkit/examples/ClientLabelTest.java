package dev.togglkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.togglkit.TogglCall;
import dev.togglkit.errors.ErrorDetails;
import dev.togglkit.errors.TogglApiException;
import dev.togglkit.testing.TogglCalls;
import dev.togglkit.track.api.ClientsApi;
import dev.togglkit.track.model.Client;
import org.junit.jupiter.api.Test;

/** A unit test without HTTP: a ClientsApi double overrides the one call it needs and answers with TogglCalls. */
class ClientLabelTest {

  @Test
  void showsTheClientsName() {
    ClientsApi clients = new ClientsApi() {
      @Override
      public TogglCall<Client> getClient(long workspaceId, long clientId) {
        return TogglCalls.returning(new Client().name("Acme Corp"));
      }
    };

    assertEquals("Acme Corp", new ClientLabel(clients).of(1L, 2L));
  }

  @Test
  void marksADeletedClient() {
    ClientsApi clients = new ClientsApi() {
      @Override
      public TogglCall<Client> getClient(long workspaceId, long clientId) {
        return TogglCalls.failing(TogglApiException.of(
            ErrorDetails.builder("getClient", "GET", "/workspaces/1/clients/2")
                .statusCode(404).errorMessage("client 2 is gone").build()));
      }
    };

    assertEquals("(deleted client 2)", new ClientLabel(clients).of(1L, 2L));
  }
}
