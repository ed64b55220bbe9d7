package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.QuotaExceededException;
import dev.togglkit.errors.RateLimitException;
import dev.togglkit.errors.ServerException;
import dev.togglkit.errors.TogglException;
import dev.togglkit.errors.TogglUnexpectedException;
import dev.togglkit.fixtures.ThingsApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, item 3: arithmetic on header values saturates, no RuntimeException other than a
 * TogglException leaves the call path, and no response is left open, so no connection stays
 * allocated after the call returned.
 */
class CallPathFailureTest extends MockServerTest {

  private final ConnectionPool pool = new ConnectionPool();

  private TogglTrack.Builder pooled() {
    return trackBuilder().okHttpClient(new OkHttpClient.Builder().connectionPool(pool).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775807", "99999999999999999999999"})
  void aHugeRetryAfterAfterAnEarlierWaitIsARateLimitException(String retryAfter)
      throws InterruptedException {
    server.enqueue(json(429, "\"slow\"").setHeader("Retry-After", "1"));
    server.enqueue(json(429, "\"slower\"").setHeader("Retry-After", retryAfter));
    server.enqueue(json(200, "[]"));
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> things(pooled()).listThings(1L, null).execute());
    assertEquals(Duration.ofSeconds(Long.MAX_VALUE), e.retryAfter().orElse(null));
    assertEquals("slower", e.errorMessage().orElse(null));
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofSeconds(1)), sleeps);
    assertEquals(0, PoolAssertions.connectionsInUse(pool));
  }

  @Test
  void quotaHeadersSaturate() {
    server.enqueue(json(402, "\"quota\"").setHeader("X-Toggl-Quota-Remaining", "99999999999999999999")
        .setHeader("X-Toggl-Quota-Resets-In", "9223372036854775807"));
    QuotaExceededException e = assertThrows(QuotaExceededException.class,
        () -> things().getThing(1L, 2L).execute());
    assertEquals(Long.MAX_VALUE, e.quota().remaining().orElse(-1));
    assertEquals(Duration.ofSeconds(Long.MAX_VALUE), e.quota().resetsIn().orElse(null));
    assertEquals(Instant.MAX, e.quota().resetsAt().orElse(null));
    assertTrue(e.getMessage().contains("quota resets in 9223372036854775807s"), e.getMessage());
  }

  @Test
  void negativeQuotaHeadersAreNotReported() {
    server.enqueue(json(402, "\"quota\"").setHeader("X-Toggl-Quota-Remaining", "-3")
        .setHeader("X-Toggl-Quota-Resets-In", "-60"));
    QuotaExceededException e = assertThrows(QuotaExceededException.class,
        () -> things().getThing(1L, 2L).execute());
    assertTrue(e.quota().remaining().isEmpty());
    assertNull(e.quota().resetsIn().orElse(null));
    assertNull(e.quota().resetsAt().orElse(null));
  }

  @Test
  void hugeRetryPolicyDelaysDoNotOverflow() {
    server.enqueue(json(503, "\"busy\""));
    server.enqueue(json(200, "{\"id\":2}"));
    RetryPolicy huge = RetryPolicy.builder().baseDelay(Duration.ofSeconds(Long.MAX_VALUE / 2))
        .maxDelay(Duration.ofSeconds(Long.MAX_VALUE)).maxTotalWait(Duration.ofSeconds(1)).build();
    assertThrows(ServerException.class,
        () -> things(trackBuilder().retryPolicy(huge)).getThing(1L, 2L).execute());
    assertEquals(1, server.getRequestCount(), "the first backoff already exceeds the budget");
  }

  private OkHttpClient throwingInterceptor(RuntimeException failure) {
    return new OkHttpClient.Builder().connectionPool(pool).addNetworkInterceptor(chain -> {
      chain.proceed(chain.request()).close();
      throw failure;
    }).build();
  }

  @Test
  void aRuntimeFailureInAnInterceptorIsATogglUnexpectedExceptionNamingTheOperation()
      throws InterruptedException {
    IllegalStateException bug = new IllegalStateException("interceptor bug");
    server.enqueue(json(200, "{\"id\":2}"));
    TogglUnexpectedException e = assertThrows(TogglUnexpectedException.class,
        () -> things(trackBuilder().okHttpClient(throwingInterceptor(bug))).getThing(1L, 2L).execute());
    assertSame(bug, e.getCause());
    assertEquals("getThing", e.operation());
    assertEquals("getThing GET /workspaces/1/things/2 failed unexpectedly: "
        + "IllegalStateException: interceptor bug", e.getMessage());
    assertEquals(0, PoolAssertions.connectionsInUse(pool));
  }

  @Test
  void anAsyncCallReportsTheSameTogglUnexpectedException() throws InterruptedException {
    IllegalStateException bug = new IllegalStateException("interceptor bug");
    server.enqueue(json(200, "{\"id\":2}"));
    ThingsApi api = things(trackBuilder().okHttpClient(throwingInterceptor(bug)));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> api.getThing(1L, 2L).executeAsync().get());
    TogglUnexpectedException unexpected = assertInstanceOf(TogglUnexpectedException.class, e.getCause());
    assertSame(bug, unexpected.getCause());
    assertEquals(0, PoolAssertions.connectionsInUse(pool));
  }

  @Test
  void aLoggerThatThrowsLeavesNoConnectionAllocated() throws InterruptedException {
    server.enqueue(json(200, "{\"id\":2}"));
    HttpLogger failing = line -> {
      if (line.startsWith("<--")) {
        throw new UnsupportedOperationException("log full");
      }
    };
    TogglUnexpectedException e = assertThrows(TogglUnexpectedException.class,
        () -> things(pooled().httpLogger(failing)).getThing(1L, 2L).execute());
    assertInstanceOf(UnsupportedOperationException.class, e.getCause());
    assertEquals(0, PoolAssertions.connectionsInUse(pool));
  }
}
