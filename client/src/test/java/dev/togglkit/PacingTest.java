package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.QuotaExceededException;
import dev.togglkit.errors.TogglIoException;
import dev.togglkit.fixtures.MutableClock;
import dev.togglkit.fixtures.NewThing;
import dev.togglkit.fixtures.ThingsApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * The rate limiter and the quota memory, against a fake monotonic clock that only the sleeper
 * moves: every wait is recorded, nothing really sleeps, and no assertion depends on real time.
 */
class PacingTest extends MockServerTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final MutableClock clock = new MutableClock(NOW);

  /** Sleeping moves the fake clocks forward by exactly the time asked for. */
  private TogglTrack.Builder pacedBuilder() {
    return trackBuilder()
        .nanoTime(nanos::get)
        .clock(clock)
        .sleeper(d -> {
          sleeps.add(d);
          nanos.addAndGet(d.toNanos());
          clock.advance(d);
        });
  }

  private static MockResponse quota(int status, String remaining, String resetsIn) {
    return json(status, status == 402 ? "\"quota exceeded\"" : "[]")
        .addHeader("X-Toggl-Quota-Remaining", remaining)
        .addHeader("X-Toggl-Quota-Resets-In", resetsIn);
  }

  @Test
  void callsAreSpacedOneIntervalApart() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, "[]"));
    }
    ThingsApi api = pacedBuilder().rateLimit(1, Duration.ofSeconds(1)).build().create(ThingsApi.class);
    for (int i = 0; i < 3; i++) {
      api.listThings(1L, null).execute();
    }
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), sleeps,
        "the first call goes at once, each later one waits for its slot");
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void timeAlreadySpentCountsTowardsTheNextSlot() {
    server.enqueue(json(200, "[]"));
    server.enqueue(json(200, "[]"));
    ThingsApi api = pacedBuilder().rateLimit(10, Duration.ofSeconds(1)).build().create(ThingsApi.class);
    api.listThings(1L, null).execute();
    nanos.addAndGet(Duration.ofMillis(30).toNanos());
    api.listThings(1L, null).execute();
    assertEquals(List.of(Duration.ofMillis(70)), sleeps, "100 ms spacing, 30 ms of it already passed");
  }

  @Test
  void retriesWaitForTheLimiterToo() {
    server.enqueue(json(503, "\"busy\""));
    server.enqueue(json(200, "[]"));
    pacedBuilder().rateLimit(1, Duration.ofSeconds(1)).build()
        .create(ThingsApi.class).listThings(1L, null).execute();
    // Backoff 500 ms (base delay at full jitter), then the retry waits the rest of its 1 s slot.
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), sleeps);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aSlotBeyondTheCallTimeoutFailsAsATimeoutWithoutSendingOrReserving() {
    server.enqueue(json(200, "[]"));
    server.enqueue(json(200, "[]"));
    ThingsApi api = pacedBuilder().rateLimit(1, Duration.ofSeconds(1))
        .callTimeout(Duration.ofMillis(500)).build().create(ThingsApi.class);
    api.listThings(1L, null).execute();
    TogglIoException e = assertThrows(TogglIoException.class, () -> api.listThings(1L, null).execute());
    assertTrue(e.isTimeout(), e.getMessage());
    assertTrue(e.getMessage().startsWith("listThings GET /workspaces/1/things timed out"), e.getMessage());
    assertTrue(e.getMessage().contains("rate limiter"), e.getMessage());
    assertFalse(e.getMessage().contains("Tunnel"), "no internal type in the message: " + e.getMessage());
    assertEquals(0, e.attempts(), "not sent");
    assertEquals(1, server.getRequestCount(), "not sent");
    assertTrue(sleeps.isEmpty(), "no waiting for a slot that could not be used");

    // The refused call reserved nothing: the next one, allowed to wait, waits 1 s, not 2 s.
    api.listThings(1L, null)
        .withOptions(RequestOptions.builder().callTimeout(Duration.ZERO).build()).execute();
    assertEquals(List.of(Duration.ofSeconds(1)), sleeps);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void theClientRemembersTheLastQuotaItSaw() {
    server.enqueue(json(200, "[]"));
    server.enqueue(quota(200, "5", "100"));
    server.enqueue(json(200, "[]"));
    server.enqueue(quota(402, "0", "40"));
    TogglTrack track = pacedBuilder().build();
    ThingsApi api = track.create(ThingsApi.class);
    assertFalse(track.quota().isKnown());
    api.listThings(1L, null).execute();
    assertEquals(Quota.unknown(), track.quota(), "no headers, nothing learned");
    api.listThings(1L, null).execute();
    Quota seen = track.quota();
    assertEquals(OptionalLong.of(5), seen.remaining());
    assertEquals(Optional.of(NOW.plusSeconds(100)), seen.resetsAt());
    assertEquals(Optional.of(NOW), seen.observedAt());
    api.listThings(1L, null).execute();
    assertEquals(seen, track.quota(), "a response without quota headers leaves the memory alone");
    assertThrows(QuotaExceededException.class, () -> api.listThings(1L, null).execute());
    assertEquals(OptionalLong.of(0), track.quota().remaining(), "error responses count too");
    assertTrue(track.quota().isExhaustedAt(NOW.plusSeconds(39)));
  }

  @Test
  void failFastRefusesWhileTheQuotaIsUsedUpAndSendsAgainAfterTheReset() {
    server.enqueue(quota(200, "0", "60"));
    server.enqueue(json(200, "{\"id\":3}"));
    TogglTrack track = pacedBuilder().failFastOnExhaustedQuota(true).build();
    ThingsApi api = track.create(ThingsApi.class);
    api.listThings(1L, null).execute();

    QuotaExceededException sync = assertThrows(QuotaExceededException.class,
        () -> api.listThings(1L, null).execute());
    assertEquals("listThings GET /workspaces/1/things not sent: the quota is used up (the response at "
        + NOW + " said 0 requests remain); quota resets in 60s (at " + NOW.plusSeconds(60) + ")",
        sync.getMessage());
    assertFalse(sync.wasSent());
    assertEquals(402, sync.statusCode());
    assertEquals(0, sync.quota().remaining().orElse(-1));
    assertEquals(NOW.plusSeconds(60), sync.quota().resetsAt().orElse(null));
    assertEquals(Duration.ofSeconds(60), sync.quota().resetsIn().orElse(null));
    assertNull(sync.requestId().orElse(null));

    CompletionException async = assertThrows(CompletionException.class,
        () -> api.createThing(1L, new NewThing("a", 1L)).executeAsync().join());
    assertInstanceOf(QuotaExceededException.class, async.getCause());
    assertEquals(1, server.getRequestCount(), "neither refused call was sent");

    clock.advance(Duration.ofSeconds(60));
    assertEquals(3L, api.getThing(1L, 3L).execute().id, "after the reset, calls go out again");
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void withoutFailFastTheRequestGoesOutAndTogglDecides() {
    server.enqueue(quota(200, "0", "60"));
    server.enqueue(quota(402, "0", "59"));
    ThingsApi api = pacedBuilder().build().create(ThingsApi.class);
    api.listThings(1L, null).execute();
    QuotaExceededException e = assertThrows(QuotaExceededException.class,
        () -> api.listThings(1L, null).execute());
    assertEquals(402, e.statusCode());
    assertTrue(e.wasSent());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void anUnknownResetTimeDoesNotBlockForever() {
    server.enqueue(json(200, "[]").addHeader("X-Toggl-Quota-Remaining", "0"));
    server.enqueue(json(200, "[]"));
    ThingsApi api = pacedBuilder().failFastOnExhaustedQuota(true).build().create(ThingsApi.class);
    api.listThings(1L, null).execute();
    api.listThings(1L, null).execute();
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void badRateLimitsAreRefusedByName() {
    TogglTrack.Builder builder = TogglTrack.builder();
    IllegalArgumentException permits = assertThrows(IllegalArgumentException.class,
        () -> builder.rateLimit(0, Duration.ofSeconds(1)));
    assertTrue(permits.getMessage().contains("permits"), permits.getMessage());
    IllegalArgumentException period = assertThrows(IllegalArgumentException.class,
        () -> builder.rateLimit(1, Duration.ZERO));
    assertTrue(period.getMessage().contains("period"), period.getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.rateLimit(1, null));
    assertThrows(IllegalArgumentException.class,
        () -> builder.rateLimit(Integer.MAX_VALUE, Duration.ofMillis(1)));
    assertTrue(builder.rateLimit(1, Duration.ofSeconds(1)).toString().contains("rateLimit=1 per PT1S"));
  }
}
