package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.togglkit.errors.QuotaExceededException;
import dev.togglkit.fixtures.MutableClock;
import dev.togglkit.fixtures.ThingsApi;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The quota headers of a response are parsed once, on the client's clock: the client's quota(),
 * a raw response's quota and a QuotaExceededException's quota are the same value.
 */
class QuotaAgreementTest extends MockServerTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final MutableClock clock = new MutableClock(NOW);

  private TogglTrack track(boolean failFast) {
    return trackBuilder().clock(clock).failFastOnExhaustedQuota(failFast).build();
  }

  @Test
  void a402AndTheClientAgree() {
    server.enqueue(json(402, "\"quota\"").setHeader("X-Toggl-Quota-Remaining", "0")
        .setHeader("X-Toggl-Quota-Resets-In", "1800"));
    TogglTrack track = track(false);
    QuotaExceededException e = assertThrows(QuotaExceededException.class,
        () -> track.create(ThingsApi.class).getThing(1L, 2L).execute());
    assertEquals(track.quota(), e.quota());
    assertEquals(OptionalLong.of(0), e.quota().remaining());
    assertEquals(Optional.of(NOW.plusSeconds(1800)), e.quota().resetsAt(), "the test clock, not the system's");
    assertEquals(Optional.of(NOW), e.quota().observedAt());
  }

  @Test
  void aRawResponseAndTheClientAgree() {
    server.enqueue(json(200, "{\"id\":2}").setHeader("X-Toggl-Quota-Remaining", "7")
        .setHeader("X-Toggl-Quota-Resets-In", "60"));
    TogglTrack track = track(false);
    TogglResponse<?> response = track.create(ThingsApi.class).getThing(1L, 2L).executeWithResponse();
    assertEquals(track.quota(), response.quota());
    assertEquals(NOW, response.receivedAt());
  }

  @Test
  void aRefusalCarriesTheRememberedQuota() {
    server.enqueue(json(200, "{\"id\":2}").setHeader("X-Toggl-Quota-Remaining", "0")
        .setHeader("X-Toggl-Quota-Resets-In", "60"));
    TogglTrack track = track(true);
    ThingsApi api = track.create(ThingsApi.class);
    api.getThing(1L, 2L).execute();
    clock.advance(Duration.ofSeconds(10));
    QuotaExceededException e = assertThrows(QuotaExceededException.class,
        () -> api.getThing(1L, 2L).execute());
    assertFalse(e.wasSent());
    assertEquals(0, e.attempts());
    assertSame(track.quota(), e.quota(), "the very value the client remembers");
    assertEquals(1, server.getRequestCount());
  }
}
