package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.RateLimitException;
import dev.togglkit.errors.ServerException;
import dev.togglkit.errors.TogglIoException;
import dev.togglkit.fixtures.NewThing;
import dev.togglkit.fixtures.ThingsApi;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * POST and PATCH go out at most once by default; RetryPolicy's opt-in re-sends them after a 429
 * with Retry-After within the budget, and after nothing else. Each test counts the requests the
 * server received.
 */
class WriteResendOn429Test extends MockServerTest {

  private static final NewThing THING = new NewThing("a", 1L);

  private ThingsApi optedIn(RetryPolicy.Builder policy) {
    return things(trackBuilder().retryPolicy(policy.resendWritesOn429(true).build()));
  }

  private ThingsApi optedIn() {
    return optedIn(RetryPolicy.builder());
  }

  private static MockResponse tooMany(String retryAfter) {
    MockResponse response = json(429, "\"Too many requests\"");
    return retryAfter == null ? response : response.setHeader("Retry-After", retryAfter);
  }

  @Test
  void byDefaultAWriteIsSentOnceEvenOn429WithRetryAfter() {
    server.enqueue(tooMany("1"));
    server.enqueue(json(201, "{\"id\":9}"));
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> things().createThing(1L, THING).execute());
    assertEquals(1, server.getRequestCount());
    assertEquals(1, e.attempts());
    assertTrue(sleeps.isEmpty());
    assertEquals(false, RetryPolicy.defaults().resendsWritesOn429());
  }

  @Test
  void optedInAPostIsResentAfter429WithRetryAfter() {
    server.enqueue(tooMany("1"));
    server.enqueue(json(201, "{\"id\":9}"));
    assertEquals(9L, optedIn().createThing(1L, THING).execute().id);
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofSeconds(1)), sleeps, "waits what the server asked");
  }

  @Test
  void optedInAPatchIsResentToo() {
    server.enqueue(tooMany("2"));
    server.enqueue(json(200, "{}"));
    optedIn().patchThings(1L, "2,3", List.of(THING)).execute();
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void optedInA429WithoutRetryAfterIsNotResent() {
    server.enqueue(tooMany(null));
    server.enqueue(json(201, "{\"id\":9}"));
    assertThrows(RateLimitException.class, () -> optedIn().createThing(1L, THING).execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void optedInA503IsNeverResentForAPost() {
    server.enqueue(json(503, "\"busy\"").setHeader("Retry-After", "1"));
    server.enqueue(json(201, "{\"id\":9}"));
    assertThrows(ServerException.class, () -> optedIn().createThing(1L, THING).execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void optedInADroppedConnectionIsNeverResentForAPost() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(201, "{\"id\":9}"));
    assertThrows(TogglIoException.class, () -> optedIn().createThing(1L, THING).execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void optedInARetryAfterBeyondTheBudgetIsHandedOver() {
    server.enqueue(tooMany("60"));
    server.enqueue(json(201, "{\"id\":9}"));
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> optedIn(RetryPolicy.builder().maxTotalWait(Duration.ofSeconds(30)))
            .createThing(1L, THING).execute());
    assertEquals(1, server.getRequestCount());
    assertEquals(Duration.ofSeconds(60), e.retryAfter().orElseThrow());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void optedInTheBudgetAddsUpOverAttempts() {
    server.enqueue(tooMany("20"));
    server.enqueue(tooMany("20"));
    server.enqueue(json(201, "{\"id\":9}"));
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> optedIn(RetryPolicy.builder().maxTotalWait(Duration.ofSeconds(30)))
            .createThing(1L, THING).execute());
    assertEquals(2, server.getRequestCount(), "20 s fit the 30 s budget once, not twice");
    assertEquals(2, e.attempts());
  }

  @Test
  void optedInRetriesRunOut() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(tooMany("1"));
    }
    server.enqueue(json(201, "{\"id\":9}"));
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> optedIn(RetryPolicy.builder().maxRetries(2)).createThing(1L, THING).execute());
    assertEquals(3, server.getRequestCount());
    assertEquals(3, e.attempts());
  }

  @Test
  void optedInButNoRetriesMeansOnce() {
    server.enqueue(tooMany("1"));
    assertThrows(RateLimitException.class,
        () -> optedIn(RetryPolicy.builder().maxRetries(0)).createThing(1L, THING).execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aPerCallPolicyCanOptInWhereTheClientsDoesNot() {
    server.enqueue(tooMany("1"));
    server.enqueue(json(201, "{\"id\":9}"));
    RequestOptions resend = RequestOptions.builder()
        .retryPolicy(RetryPolicy.builder().resendWritesOn429(true).build()).build();

    assertEquals(9L, things().createThing(1L, THING).withOptions(resend).execute().id);
    assertEquals(2, server.getRequestCount());
  }
}
