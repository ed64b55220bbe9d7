package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.togglkit.fixtures.NewThing;
import dev.togglkit.fixtures.ThingsApi;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, item 5: a server that closes every connection after one response (an idle timeout as
 * short as it gets, or HTTP/1.0) leaves a dead connection in OkHttp's pool. A POST or PATCH sent
 * next must neither fail on it nor be sent twice.
 */
class StaleConnectionTest {

  private static final String TOKEN = "tkn-stale-0a1b2c3d";

  private static ThingsApi things(ClosingHttpServer server) {
    return TogglTrack.builder().apiToken(TOKEN).baseUrl(server.url("/api/v9/"))
        .retryPolicy(RetryPolicy.none()).build().create(ThingsApi.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTP/1.1 200 OK", "HTTP/1.0 200 OK"})
  void aPostAfterTheServerClosedThePooledConnectionGoesOutOnceOnAFreshOne(String statusLine)
      throws Exception {
    try (ClosingHttpServer server = new ClosingHttpServer(statusLine, "{\"id\":7}")) {
      ThingsApi api = things(server);
      assertEquals(7L, api.getThing(1L, 7L).execute().id);
      server.awaitClosed(1);
      assertEquals(7L, api.createThing(1L, new NewThing("Acme", 1L)).execute().id);
      server.awaitClosed(1);
      assertEquals(7L, api.createThing(1L, new NewThing("Beta", 1L)).execute().id);
      assertEquals(List.of("GET /api/v9/workspaces/1/things/7", "POST /api/v9/workspaces/1/things",
          "POST /api/v9/workspaces/1/things"), server.requests());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTP/1.1 200 OK", "HTTP/1.0 200 OK"})
  void aPatchAfterTheServerClosedThePooledConnectionGoesOutOnce(String statusLine) throws Exception {
    try (ClosingHttpServer server = new ClosingHttpServer(statusLine, "{\"success\":[2]}")) {
      ThingsApi api = things(server);
      api.getThing(1L, 2L).execute();
      server.awaitClosed(1);
      api.patchThings(1L, "2", List.of(new NewThing("Acme", 1L))).execute();
      assertEquals(List.of("GET /api/v9/workspaces/1/things/2", "PATCH /api/v9/workspaces/1/things/2"),
          server.requests());
    }
  }
}
