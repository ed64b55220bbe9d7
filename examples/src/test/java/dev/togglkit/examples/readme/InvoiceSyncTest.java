package dev.togglkit.examples.readme;

// The README's "Testing your code with togglkit-testing" example, verbatim between the markers (imports
// included, so it compiles as pasted); ReadmeTestingSectionTest fails when the two drift apart.
// README:begin
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.togglkit.TogglTrack;
import dev.togglkit.testing.TogglFake;
import dev.togglkit.testing.TogglFakeTest;
import dev.togglkit.track.model.Client;
import dev.togglkit.track.model.ClientPayload;
import org.junit.jupiter.api.Test;

@TogglFakeTest
class InvoiceSyncTest {
  @Test
  void createsTheClient(TogglFake fake, TogglTrack track) {
    long workspace = fake.seed().workspace().id();

    Client acme = track.clients().createClient(workspace, new ClientPayload().name("Acme Corp")).execute();

    assertEquals("Acme Corp", track.clients().getClient(workspace, acme.getId()).execute().getName());
    assertEquals(2, fake.received().size());
    assertEquals("Acme Corp", fake.snapshot().workspace(workspace).clients().get(0).name()); // no request
  }
}
// README:end
