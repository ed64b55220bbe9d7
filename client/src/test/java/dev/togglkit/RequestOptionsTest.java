package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.ServerException;
import dev.togglkit.errors.TogglIoException;
import dev.togglkit.fixtures.Thing;
import dev.togglkit.fixtures.ThingsApi;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** Timeouts and the retry policy overridden for one call, the client's kept for the others. */
class RequestOptionsTest extends MockServerTest {

  @Test
  void aCallsOwnRetryPolicyReplacesTheClients() {
    server.enqueue(json(503, "\"busy\""));
    ThingsApi api = things();
    TogglCall<Thing> once = api.getThing(1L, 2L)
        .withOptions(RequestOptions.builder().retryPolicy(RetryPolicy.none()).build());
    assertThrows(ServerException.class, once::execute);
    assertEquals(1, server.getRequestCount(), "not retried");

    server.enqueue(json(503, "\"busy\""));
    server.enqueue(json(200, "{\"id\":2}"));
    assertEquals(2L, api.getThing(1L, 2L).execute().id, "the client's policy still retries");
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void aCallsOwnPolicyCanRetryMoreButNeverAPost() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(503, "\"busy\""));
    }
    server.enqueue(json(200, "{\"id\":2}"));
    RequestOptions persistent = RequestOptions.builder()
        .retryPolicy(RetryPolicy.builder().maxRetries(5).build()).build();
    ThingsApi api = trackBuilder().retryPolicy(RetryPolicy.none()).build().create(ThingsApi.class);
    assertEquals(2L, api.getThing(1L, 2L).withOptions(persistent).execute().id);
    assertEquals(6, server.getRequestCount());

    server.enqueue(json(503, "\"busy\""));
    assertThrows(ServerException.class,
        () -> api.createThing(1L, new dev.togglkit.fixtures.NewThing("a", 1L)).withOptions(persistent).execute());
    assertEquals(7, server.getRequestCount(), "a POST goes out once, whatever the policy");
  }

  @Test
  void aCallsOwnReadTimeoutAppliesToThatCallOnly() {
    server.enqueue(json(200, "{\"id\":2}").setHeadersDelay(600, TimeUnit.MILLISECONDS));
    server.enqueue(json(200, "{\"id\":2}").setHeadersDelay(600, TimeUnit.MILLISECONDS));
    ThingsApi api = things();
    TogglIoException e = assertThrows(TogglIoException.class, () -> api.getThing(1L, 2L)
        .withOptions(RequestOptions.builder().readTimeout(Duration.ofMillis(100)).build()).execute());
    assertTrue(e.isTimeout(), e.getMessage());
    assertTrue(e.getMessage().startsWith("getThing GET /workspaces/1/things/2 timed out"), e.getMessage());
    assertEquals(2L, api.getThing(1L, 2L).execute().id, "the client's 30 s read timeout is intact");
  }

  @Test
  void aCallsOwnCallTimeoutBoundsTheWholeCall() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TogglIoException e = assertThrows(TogglIoException.class, () -> things().listThings(1L, null)
        .withOptions(RequestOptions.builder().callTimeout(Duration.ofMillis(200)).build()).execute());
    assertTrue(e.isTimeout(), e.getMessage());
    assertTrue(e.getMessage().contains("listThings GET /workspaces/1/things timed out"), e.getMessage());
  }

  @Test
  void withOptionsGivesANewUnsentCallAndLeavesTheOriginalAlone() {
    server.enqueue(json(200, "{\"id\":2}"));
    server.enqueue(json(200, "{\"id\":2}"));
    TogglCall<Thing> original = things().getThing(1L, 2L);
    TogglCall<Thing> tuned = original.withOptions(RequestOptions.none());
    assertNotSame(original, tuned);
    assertEquals(original.describe(), tuned.describe());
    tuned.execute();
    original.execute();
    assertEquals(2, server.getRequestCount());
    assertThrows(IllegalArgumentException.class, () -> original.withOptions(null));
  }

  @Test
  void badOptionsAreRefusedByName() {
    RequestOptions.Builder builder = RequestOptions.builder();
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> builder.readTimeout(Duration.ofSeconds(-1)));
    assertTrue(negative.getMessage().startsWith("readTimeout"), negative.getMessage());
    IllegalArgumentException huge = assertThrows(IllegalArgumentException.class,
        () -> builder.callTimeout(Duration.ofDays(30)));
    assertTrue(huge.getMessage().startsWith("callTimeout"), huge.getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder.retryPolicy(null));
    assertTrue(RequestOptions.builder().connectTimeout(Duration.ofSeconds(2)).build().toString()
        .contains("connectTimeout=PT2S"));
  }
}
