package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.ServerException;
import dev.togglkit.errors.TogglIoException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** Each retry logs one line through the HttpLogger, and exceptions say how many attempts were made. */
class RetryVisibilityTest extends MockServerTest {

  private final List<String> lines = new CopyOnWriteArrayList<>();

  private List<String> retryLines() {
    return lines.stream().filter(line -> line.startsWith("retry: ")).collect(Collectors.toList());
  }

  @Test
  void eachRetryLogsAttemptReasonAndWait() {
    server.enqueue(json(503, "\"busy\""));
    server.enqueue(json(429, "\"slow\"").setHeader("Retry-After", "2"));
    server.enqueue(json(200, "{\"id\":2}"));
    things(trackBuilder().httpLogger(lines::add)).getThing(1L, 2L).execute();
    assertEquals(List.of(
        "retry: getThing GET /workspaces/1/things/2 attempt 1/4 answered HTTP 503; attempt 2/4 in 500 ms",
        "retry: getThing GET /workspaces/1/things/2 attempt 2/4 answered HTTP 429 with"
            + " Retry-After; attempt 3/4 in 2000 ms"), retryLines());
  }

  @Test
  void noRetryNoLine() {
    server.enqueue(json(200, "{\"id\":2}"));
    things(trackBuilder().httpLogger(lines::add)).getThing(1L, 2L).execute();
    assertEquals(List.of(), retryLines());
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("--> GET")), "the usual lines stay");
  }

  @Test
  void theExceptionCountsEveryAttempt() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(503, "\"busy\"").setHeader("X-Toggl-Request-Id", "r" + i));
    }
    ServerException e = assertThrows(ServerException.class,
        () -> things(trackBuilder().httpLogger(lines::add)).getThing(1L, 2L).execute());
    assertEquals(4, e.attempts());
    assertEquals(4, e.details().attempts());
    assertEquals("getThing GET /workspaces/1/things/2 failed with HTTP 503: busy [request id r3]"
        + " (4 attempts)", e.getMessage());
    assertEquals(3, retryLines().size(), "three retries, three lines");
  }

  @Test
  void aSingleAttemptIsNotMentioned() {
    server.enqueue(json(503, "\"busy\""));
    ServerException e = assertThrows(ServerException.class,
        () -> things().createThing(1L, new dev.togglkit.fixtures.NewThing("a", 1L)).execute());
    assertEquals(1, e.attempts());
    assertEquals("createThing POST /workspaces/1/things failed with HTTP 503: busy", e.getMessage());
  }

  @Test
  void connectionFailuresCountToo() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    }
    TogglIoException e = assertThrows(TogglIoException.class,
        () -> things(trackBuilder().httpLogger(lines::add)).getThing(1L, 2L).execute());
    assertEquals(4, e.attempts());
    assertTrue(e.getMessage().endsWith("(4 attempts)"), e.getMessage());
    assertEquals(3, retryLines().size());
    assertTrue(retryLines().get(0).startsWith(
        "retry: getThing GET /workspaces/1/things/2 attempt 1/4 failed: "), retryLines().get(0));
  }
}
