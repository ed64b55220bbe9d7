package dev.togglkit;

import dev.togglkit.fixtures.ThingsApi;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer per test and a TogglTrack pointed at it, with waits recorded instead of slept. */
abstract class MockServerTest {

  /** A token that must never appear in any message, toString() or log line. */
  static final String TOKEN = "tkn-5e3cret-7f9a2b4c6d8e";

  MockWebServer server;
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
  }

  /** A builder against the mock server; no real sleeping, jitter fixed at its maximum. */
  TogglTrack.Builder trackBuilder() {
    return TogglTrack.builder()
        .apiToken(TOKEN)
        .baseUrl(server.url("/api/v9/").toString())
        .sleeper(sleeps::add)
        .random(() -> 1.0);
  }

  ThingsApi things() {
    return trackBuilder().build().create(ThingsApi.class);
  }

  ThingsApi things(TogglTrack.Builder builder) {
    return builder.build().create(ThingsApi.class);
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }
}
