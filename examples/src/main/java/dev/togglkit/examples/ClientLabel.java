package dev.togglkit.examples;

import dev.togglkit.errors.NotFoundException;
import dev.togglkit.track.api.ClientsApi;

/**
 * The label an invoice line shows for a client: its name, or a placeholder once the client has been
 * deleted in Toggl. Takes the {@link ClientsApi} service rather than the whole {@code TogglTrack}, so
 * a unit test can hand it a double whose calls come from {@code TogglCalls} (see ClientLabelTest).
 */
public final class ClientLabel {

  private final ClientsApi clients;

  public ClientLabel(ClientsApi clients) {
    this.clients = clients;
  }

  public String of(long workspaceId, long clientId) {
    try {
      return clients.getClient(workspaceId, clientId).execute().getName();
    } catch (NotFoundException e) {
      return "(deleted client " + clientId + ")";
    }
  }
}
