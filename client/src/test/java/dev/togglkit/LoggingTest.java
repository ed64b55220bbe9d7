package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.TogglIoException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class LoggingTest extends MockServerTest {

  @Test
  void logsRequestAndResponseLinesWithSecretsRedacted() {
    List<String> lines = new CopyOnWriteArrayList<>();
    OkHttpClient withExtraHeaders = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("X-Api-Token", TOKEN).header("Cookie", "session=" + TOKEN).build()))
        .build();
    server.enqueue(json(200, "[]").setHeader("Set-Cookie", "s=" + TOKEN)
        .setHeader("X-Toggl-Request-Id", "r-1"));
    things(trackBuilder().okHttpClient(withExtraHeaders).httpLogger(lines::add))
        .listThings(1L, "both").execute();
    String log = String.join("\n", lines);
    assertTrue(log.contains("--> GET " + server.url("/api/v9/workspaces/1/things?status=both")), log);
    assertTrue(log.contains("Authorization: ****"), log);
    assertTrue(log.contains("X-Api-Token: ****"), log);
    assertTrue(log.contains("Cookie: ****"), log);
    assertTrue(log.contains("Set-Cookie: ****"), log);
    assertTrue(log.contains("<-- 200 OK GET"), log);
    assertTrue(log.contains("X-Toggl-Request-Id: r-1"), log);
    assertTrue(log.contains("User-Agent: togglkit/"), log);
    assertFalse(log.contains(TOKEN), log);
    assertFalse(log.contains("Basic "), log);
  }

  @Test
  void eachRetryAttemptIsLogged() {
    List<String> lines = new CopyOnWriteArrayList<>();
    server.enqueue(json(503, "\"busy\""));
    server.enqueue(json(200, "[]"));
    things(trackBuilder().httpLogger(lines::add)).listThings(1L, null).execute();
    assertTrue(lines.stream().filter(l -> l.startsWith("--> GET")).count() == 2, lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("<-- 503")), lines.toString());
  }

  @Test
  void failuresAreLoggedWithoutSecrets() {
    List<String> lines = new CopyOnWriteArrayList<>();
    server.enqueue(new okhttp3.mockwebserver.MockResponse()
        .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AT_START));
    try {
      things(trackBuilder().httpLogger(lines::add).retryPolicy(RetryPolicy.none()))
          .createThing(1L, new dev.togglkit.fixtures.NewThing("a", 1L)).execute();
    } catch (TogglIoException expected) {
      // the log is what this test is about
    }
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("<-- FAILED POST")), lines.toString());
    assertFalse(String.join("\n", lines).contains(TOKEN));
  }
}
