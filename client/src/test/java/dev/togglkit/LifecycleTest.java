package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.NotFoundException;
import dev.togglkit.fixtures.ThingsApi;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** close(): what a client owns is released, what the caller lent it is not. */
class LifecycleTest extends MockServerTest {

  @Test
  void closeLetsTheDispatcherThreadOfAnAsyncCallEnd() throws Exception {
    server.enqueue(json(200, "[]"));
    AtomicReference<Thread> dispatcher = new AtomicReference<>();
    // The logger runs inside the call, on the OkHttp thread that carries it.
    TogglTrack track = trackBuilder()
        .httpLogger(line -> dispatcher.compareAndSet(null, Thread.currentThread())).build();
    track.create(ThingsApi.class).listThings(1L, null).executeAsync().join();
    Thread thread = dispatcher.get();
    assertNotNull(thread);
    assertFalse(thread.isDaemon(), "OkHttp's dispatcher threads keep a JVM alive");
    assertTrue(thread.isAlive(), "idle, it would linger for OkHttp's 60 s keep-alive");

    track.close();
    thread.join(10_000); // a bound for a broken build, not a measurement
    assertFalse(thread.isAlive(), "close() ended the dispatcher's thread");
  }

  @Test
  void aClosedClientRefusesNewCallsAndClosingAgainIsHarmless() {
    TogglTrack track = trackBuilder().build();
    ThingsApi api = track.create(ThingsApi.class);
    track.close();
    track.close();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> api.listThings(1L, null).execute());
    assertTrue(e.getMessage().startsWith("TogglTrack is closed"), e.getMessage());
    assertTrue(e.getMessage().contains("listThings GET /workspaces/1/things"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void closeLeavesACallerSuppliedOkHttpClientRunning() throws Exception {
    OkHttpClient mine = new OkHttpClient();
    try {
      server.enqueue(json(200, "[]"));
      server.enqueue(json(200, "[]"));
      TogglTrack track = trackBuilder().okHttpClient(mine).build();
      track.create(ThingsApi.class).listThings(1L, null).executeAsync().join();
      track.close();
      assertFalse(mine.dispatcher().executorService().isShutdown());
      assertEquals(200, mine.newCall(new okhttp3.Request.Builder().url(server.url("/")).build())
          .execute().code(), "the caller's client still works");
    } finally {
      mine.dispatcher().executorService().shutdown();
      mine.connectionPool().evictAll();
    }
  }

  @Test
  void focusClosesTheSameWay() {
    TogglFocus focus = TogglFocus.builder().apiKey(TOKEN).baseUrl(server.url("/api/").toString()).build();
    focus.close();
    assertThrows(IllegalStateException.class,
        () -> focus.create(ThingsApi.class).listThings(1L, null).execute());
  }

  @Test
  void tryWithResourcesClosesTheClient() {
    server.enqueue(json(200, "[]"));
    ThingsApi api;
    try (TogglTrack track = trackBuilder().build()) {
      api = track.create(ThingsApi.class);
      api.listThings(1L, null).execute();
    }
    assertThrows(IllegalStateException.class, () -> api.listThings(1L, null).execute());
  }

  @Test
  void baseUrlIsAPlainUriAndCanBeGivenAsOne() throws Exception {
    server.enqueue(json(200, "[]"));
    URI base = URI.create(server.url("/api/v9").toString());
    TogglTrack track = trackBuilder().baseUrl(base).build();
    assertEquals(URI.create(server.url("/api/v9/").toString()), track.baseUrl());
    track.create(ThingsApi.class).listThings(1L, null).execute();
    assertEquals("/api/v9/workspaces/1/things", server.takeRequest().getPath());
  }

  @Test
  void aBaseUrlCarryingCredentialsIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TogglTrack.builder().baseUrl("https://user:" + TOKEN + "@api.track.toggl.com/api/v9/"));
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
  }

  @Test
  void a404FromSomethingOtherThanTogglSaysSoAndNamesTheBaseUrl() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .setHeader("Content-Type", "text/plain; charset=utf-8").setBody("404 page not found"));
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> things().getThing(1L, 2L).execute());
    assertFalse(e.isFromToggl());
    assertTrue(e.getMessage().contains("did not come from Toggl's API"), e.getMessage());
    assertTrue(e.getMessage().contains(server.url("/api/v9/").toString()), e.getMessage());
    assertEquals("404 page not found", e.errorMessage().orElse(null));
  }

  @Test
  void togglsOwn404IsNotMislabelled() {
    server.enqueue(json(404, "\"No thing with ID 2 was found\"").addHeader("X-Toggl-Request-Id", "r1"));
    server.enqueue(json(404, "\"No thing with ID 2 was found\""));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("Not Found")
        .addHeader("X-Toggl-Request-Id", "r2"));
    for (int i = 0; i < 3; i++) {
      NotFoundException e = assertThrows(NotFoundException.class,
          () -> things().getThing(1L, 2L).execute());
      assertTrue(e.isFromToggl(), e.getMessage());
      assertFalse(e.getMessage().contains("base URL"), e.getMessage());
    }
  }
}
