package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.TogglIoException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Timeouts and a refused connection surface as {@link TogglIoException}, telling the two apart.
 *
 * <p>{@code @Isolated}: a case here connects to a port it has just closed, to get "connection
 * refused". With test classes running side by side, another class's MockWebServer could take that
 * port in between; the request and its retries would then land on that server, breaking both.
 */
@Isolated
class TimeoutTest extends MockServerTest {

  @Test
  void readTimeoutIsATogglIoExceptionNamingTheOperation() {
    server.enqueue(json(200, "{}").setHeadersDelay(1, TimeUnit.SECONDS));
    TogglIoException e = assertThrows(TogglIoException.class,
        () -> things(trackBuilder().readTimeout(Duration.ofMillis(200))).getThing(1L, 2L).execute());
    assertTrue(e.isTimeout());
    assertTrue(e.getMessage().startsWith("getThing GET /workspaces/1/things/2 timed out"), e.getMessage());
    assertEquals(1, server.getRequestCount(), "a timed-out GET is not retried: the time is spent");
  }

  @Test
  void callTimeoutIsATogglIoException() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TogglIoException e = assertThrows(TogglIoException.class,
        () -> things(trackBuilder().callTimeout(Duration.ofMillis(300))).listThings(1L, null).execute());
    assertTrue(e.isTimeout(), e.getMessage());
    assertTrue(e.getMessage().contains("listThings GET /workspaces/1/things timed out"), e.getMessage());
  }

  @Test
  void connectionRefusedIsNotATimeout() throws Exception {
    String url = server.url("/api/v9/").toString();
    server.shutdown();
    TogglIoException e = assertThrows(TogglIoException.class,
        () -> things(trackBuilder().baseUrl(url)).listThings(1L, null).execute());
    assertTrue(!e.isTimeout());
    assertTrue(e.getMessage().contains("failed before a complete response"), e.getMessage());
    server = new okhttp3.mockwebserver.MockWebServer();
  }
}
