package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.RetryPolicy;
import dev.togglkit.TogglTrack;
import dev.togglkit.errors.TogglIoException;
import dev.togglkit.testing.Wire.Reply;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults for the next N requests: documented error bodies, dropped connections, latency. */
@TogglFakeTest
class FaultsTest {

  private TogglFake fake;
  private Wire wire;
  private WorkspaceSeed ws;

  /** The class's fake, reset by the extension before each test. */
  @BeforeEach
  void seed(TogglFake fake) {
    this.fake = fake;
    wire = new Wire(fake);
    ws = fake.seed().workspace();
  }

  @Test
  void injectedStatusesCarryTheOperationsDocumentedMessage() {
    long acme = ws.client("Acme");
    fake.faults().failNext(TogglOperation.TRACK_LIST_CLIENTS, 1, 400)
        .failNext(TogglOperation.TRACK_GET_CLIENT, 1, 404)
        .failNext(TogglOperation.FOCUS_GET_CLIENT, 1, 500);

    assertEquals(Documented.track("clientStatusInvalid"), wire.track("GET", "workspaces/" + ws.id() + "/clients").body);
    assertEquals(Documented.track("clientNotFound", "client_id", acme),
        wire.track("GET", "workspaces/" + ws.id() + "/clients/" + acme).body);
    Reply focus = wire.focus("GET", "workspaces/" + ws.id() + "/clients/1");
    assertEquals(Documented.text(TogglOperation.Api.FOCUS, "internalServerError"),
        focus.object().get("error_description"));
    assertEquals(200, wire.track("GET", "workspaces/" + ws.id() + "/clients/" + acme).status, "used up");
    assertEquals(0, fake.faults().pending());
  }

  @Test
  void failNextCountsDownAcrossOperations() {
    fake.faults().failNext(2, 503);

    assertEquals(503, wire.track("GET", "workspaces/" + ws.id() + "/clients").status);
    assertEquals(503, wire.track("GET", "workspaces/" + ws.id() + "/projects").status);
    assertEquals(200, wire.track("GET", "workspaces/" + ws.id() + "/projects").status);
  }

  @Test
  void aDroppedConnectionGetsNoAnswer() {
    fake.faults().dropNext(1);

    assertThrows(UncheckedIOException.class, () -> wire.track("GET", "workspaces/" + ws.id() + "/clients"));
    assertEquals(-1, fake.received().get(0).status());
    assertEquals(200, wire.track("GET", "workspaces/" + ws.id() + "/clients").status);
  }

  @Test
  void theClientRetriesAGetThroughA503ButSendsADroppedPostOnce() {
    long acme = ws.client("Acme");
    TogglTrack track = TogglTrack.builder().apiToken(fake.apiToken()).baseUrl(fake.trackBaseUrl())
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build())
        .build();

    fake.faults().failNext(1, 503);
    assertEquals("Acme", track.clients().getClient(ws.id(), acme).execute().getName());
    assertEquals(2, fake.received().size(), "one 503, one retry");

    fake.clearReceived();
    fake.faults().dropNext(TogglOperation.TRACK_ARCHIVE_CLIENT, 1);
    assertThrows(TogglIoException.class, () -> track.clients().archiveClient(ws.id(), acme).execute());
    assertEquals(1, fake.received().size(), "a POST is never sent twice");
  }

  @Test
  void latencyMeetsTheClientsReadTimeout() {
    TogglTrack track = TogglTrack.builder().apiToken(fake.apiToken()).baseUrl(fake.trackBaseUrl())
        .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(100)).build();
    long acme = ws.client("Acme");
    fake.faults().delayNext(1, Duration.ofMillis(400));

    TogglIoException timeout = assertThrows(TogglIoException.class,
        () -> track.clients().getClient(ws.id(), acme).execute());
    assertTrue(timeout.isTimeout());
  }

  @Test
  void aDroppedRequestLeavesOtherPlansForTheNextOnes() {
    fake.faults().failNext(1, 503).dropNext(1).delayNext(1, Duration.ofMillis(1));

    assertThrows(UncheckedIOException.class, () -> wire.track("GET", "workspaces/" + ws.id() + "/clients"));
    assertEquals(2, fake.faults().pending());
    assertEquals(503, wire.track("GET", "workspaces/" + ws.id() + "/clients").status);
    assertEquals(0, fake.faults().pending());
  }

  @Test
  void badPlansAreRefusedWithTheReason() {
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> fake.faults().failNext(0, 500));
    IllegalArgumentException status = assertThrows(IllegalArgumentException.class, () -> fake.faults().failNext(1, 200));
    assertTrue(count.getMessage().contains("count"));
    assertTrue(status.getMessage().contains("4xx or 5xx"));
  }
}
