package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.QuotaExceededException;
import dev.togglkit.errors.RateLimitException;
import dev.togglkit.errors.ServerException;
import dev.togglkit.errors.TogglIoException;
import dev.togglkit.fixtures.NewThing;
import dev.togglkit.fixtures.Thing;
import dev.togglkit.fixtures.ThingsApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

class RetryTest extends MockServerTest {

  private static MockResponse status(int code) {
    return json(code, "\"busy\"");
  }

  @Test
  void getIsRetriedAfter503AndSucceeds() {
    server.enqueue(status(503));
    server.enqueue(json(200, "{\"id\":2}"));
    Thing thing = things().getThing(1L, 2L).execute();
    assertEquals(2L, thing.id);
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500)), sleeps, "first backoff is the base delay at full jitter");
  }

  @Test
  void putAndDeleteAreRetriedOn502And504() {
    server.enqueue(status(502));
    server.enqueue(json(200, "{\"id\":2}"));
    server.enqueue(status(504));
    server.enqueue(new MockResponse().setResponseCode(204));
    ThingsApi api = things();
    assertEquals(2L, api.updateThing(1L, 2, new NewThing("a", 1L)).execute().id);
    api.deleteThing(1L, 2L).execute();
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void postIsNeverRetried() {
    server.enqueue(status(503));
    server.enqueue(json(200, "{\"id\":2}"));
    assertThrows(ServerException.class, () -> things().createThing(1L, new NewThing("a", 1L)).execute());
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void patchIsNeverRetried() {
    server.enqueue(status(429));
    server.enqueue(json(200, "{}"));
    assertThrows(RateLimitException.class,
        () -> things().patchThings(1L, "2,3", List.of(new NewThing("a", 1L))).execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void postConnectionResetIsNotRetried() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(json(200, "{\"id\":2}"));
    TogglIoException e = assertThrows(TogglIoException.class,
        () -> things().createThing(1L, new NewThing("a", 1L)).execute());
    assertEquals("createThing", e.operation());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void getConnectionResetIsRetried() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(json(200, "[]"));
    assertTrue(things().listThings(1L, null).execute().isEmpty());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void retriesStopAtMaxRetries() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(503));
    }
    assertThrows(ServerException.class, () -> things().getThing(1L, 2L).execute());
    assertEquals(4, server.getRequestCount(), "first attempt plus 3 retries");
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000)),
        sleeps, "exponential backoff, doubling from the base");
  }

  @Test
  void backoffIsCappedAndJittered() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(503));
    }
    RetryPolicy policy = RetryPolicy.builder().maxRetries(4)
        .baseDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(3)).build();
    ThingsApi api = things(trackBuilder().retryPolicy(policy).random(() -> 0.5));
    assertThrows(ServerException.class, () -> api.getThing(1L, 2L).execute());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(1500),
        Duration.ofMillis(1500)), sleeps, "half of min(cap, base * 2^n)");
  }

  @Test
  void retryAfterSecondsIsHonoured() {
    server.enqueue(status(429).setHeader("Retry-After", "2"));
    server.enqueue(json(200, "[]"));
    things().listThings(1L, null).execute();
    assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
  }

  @Test
  void retryAfterDateIsHonoured() {
    Instant now = Instant.parse("2026-11-22T10:00:00Z");
    server.enqueue(status(503).setHeader("Retry-After",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(4).atOffset(ZoneOffset.UTC))));
    server.enqueue(json(200, "[]"));
    things(trackBuilder().clock(Clock.fixed(now, ZoneOffset.UTC))).listThings(1L, null).execute();
    assertEquals(List.of(Duration.ofSeconds(4)), sleeps);
  }

  @Test
  void retryAfterBeyondTheBudgetIsSurfacedNotWaited() {
    server.enqueue(status(429).setHeader("Retry-After", "120"));
    server.enqueue(json(200, "[]"));
    RateLimitException e =
        assertThrows(RateLimitException.class, () -> things().listThings(1L, null).execute());
    assertEquals(Duration.ofSeconds(120), e.retryAfter().orElse(null));
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void totalWaitNeverExceedsTheBudget() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(503).setHeader("Retry-After", "4"));
    }
    RetryPolicy policy = RetryPolicy.builder().maxTotalWait(Duration.ofSeconds(10)).build();
    assertThrows(ServerException.class,
        () -> things(trackBuilder().retryPolicy(policy)).getThing(1L, 2L).execute());
    assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(4)), sleeps);
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void quota402IsNeverRetried() {
    server.enqueue(json(402, "\"quota\"").setHeader("X-Toggl-Quota-Remaining", "0")
        .setHeader("X-Toggl-Quota-Resets-In", "60"));
    server.enqueue(json(200, "[]"));
    assertThrows(QuotaExceededException.class, () -> things().listThings(1L, null).execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void otherErrorsAreNotRetried() {
    server.enqueue(status(500));
    server.enqueue(json(200, "[]"));
    assertThrows(ServerException.class, () -> things().listThings(1L, null).execute());
    assertEquals(1, server.getRequestCount(), "500 may be a bug in the request, not a blip");
  }

  @Test
  void noneTurnsRetryingOff() {
    server.enqueue(status(503));
    server.enqueue(json(200, "[]"));
    assertThrows(ServerException.class,
        () -> things(trackBuilder().retryPolicy(RetryPolicy.none())).listThings(1L, null).execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void interruptedWaitStopsWithTogglIoException() {
    server.enqueue(status(503));
    ThingsApi api = things(trackBuilder().sleeper(d -> {
      throw new InterruptedException("stop");
    }));
    try {
      TogglIoException e = assertThrows(TogglIoException.class, () -> api.getThing(1L, 2L).execute());
      assertTrue(e.getMessage().contains("interrupted while waiting to retry"), e.getMessage());
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag is restored");
    } finally {
      Thread.interrupted();
    }
  }
}
