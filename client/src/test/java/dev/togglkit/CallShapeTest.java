package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.NotFoundException;
import dev.togglkit.errors.TogglIoException;
import dev.togglkit.fixtures.Color;
import dev.togglkit.fixtures.NewThing;
import dev.togglkit.fixtures.Thing;
import dev.togglkit.fixtures.ThingsApi;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

class CallShapeTest extends MockServerTest {

  @Test
  void executeReturnsTheDecodedBody() throws Exception {
    server.enqueue(json(200, "{\"id\":2,\"workspace_id\":1,\"name\":\"Acme\",\"color\":\"dark-blue\"}"));
    Thing thing = things().getThing(1L, 2L).execute();
    assertEquals(2L, thing.id);
    assertEquals("Acme", thing.name);
    assertEquals(Color.DARK_BLUE, thing.color);
    assertEquals("/api/v9/workspaces/1/things/2", server.takeRequest().getPath());
  }

  @Test
  void postSendsSnakeCaseJsonAndOmitsNulls() throws Exception {
    server.enqueue(json(200, "{\"id\":3}"));
    things().createThing(1L, new NewThing("Acme", 1L)).execute();
    RecordedRequest request = server.takeRequest();
    assertEquals("POST", request.getMethod());
    assertEquals("{\"name\":\"Acme\",\"workspace_id\":1}", request.getBody().readUtf8());
    assertTrue(request.getHeader("Content-Type").startsWith("application/json"));
  }

  @Test
  void nullListBodyReadsAsEmptyList() {
    server.enqueue(json(200, "null"));
    List<Thing> list = things().listThings(1L, null).execute();
    assertTrue(list.isEmpty());
  }

  @Test
  void noContentForAListReadsAsEmptyList() {
    server.enqueue(new MockResponse().setResponseCode(204));
    assertTrue(things().archiveThing(1L, 2L).execute().isEmpty());
  }

  @Test
  void voidOperationsReturnNullWhateverTheBody() {
    server.enqueue(new MockResponse().setResponseCode(204));
    server.enqueue(json(200, "{\"ignored\":true}"));
    assertNull(things().deleteThing(1L, 2L).execute());
    assertNull(things().deleteThing(1L, 2L).execute());
  }

  @Test
  void describeGivesOperationMethodAndPathWithoutQuery() {
    ThingsApi api = things();
    assertEquals("getThing GET /workspaces/1/things/2", api.getThing(1L, 2L).describe());
    assertEquals("listThings GET /workspaces/9/things", api.listThings(9L, "both").describe());
    assertEquals("deleteThing DELETE /workspaces/1/things/5", api.deleteThing(1L, 5L).describe());
    assertEquals(0, server.getRequestCount(), "describe() sends nothing");
  }

  @Test
  void aCallIsSentOnceAndCopyMakesAFreshOne() {
    server.enqueue(json(200, "[1,2]"));
    server.enqueue(json(200, "[3]"));
    TogglCall<List<Long>> call = things().archiveThing(1L, 2L);
    assertEquals(List.of(1L, 2L), call.execute());
    IllegalStateException again = assertThrows(IllegalStateException.class, call::execute);
    assertTrue(again.getMessage().contains("archiveThing POST /workspaces/1/things/2/archive"));
    assertEquals(List.of(3L), call.copy().execute());
  }

  @Test
  void cancelBeforeExecuteFailsWithoutSending() {
    TogglCall<Thing> call = things().getThing(1L, 2L);
    call.cancel();
    TogglIoException canceled = assertThrows(TogglIoException.class, call::execute);
    assertEquals("getThing", canceled.operation());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void executeAsyncCompletesWithTheBody() throws Exception {
    server.enqueue(json(200, "[{\"id\":1},{\"id\":2}]"));
    List<Thing> list = things().listThings(1L, null).executeAsync().get(5, TimeUnit.SECONDS);
    assertEquals(2, list.size());
  }

  @Test
  void executeAsyncFailsWithTheTypedException() {
    server.enqueue(json(404, "\"Thing not found\""));
    CompletableFuture<Thing> future = things().getThing(1L, 2L).executeAsync();
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
    NotFoundException notFound = assertInstanceOf(NotFoundException.class, failed.getCause());
    assertEquals("Thing not found", notFound.errorMessage().orElse(null));
  }

  @Test
  void cancellingTheFutureCancelsTheHttpCall() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<List<Thing>> future =
        things(trackBuilder().okHttpClient(shared)).listThings(1L, null).executeAsync();
    server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals(1, shared.dispatcher().runningCallsCount());
    assertTrue(future.cancel(true));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (shared.dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(0, shared.dispatcher().runningCallsCount(), "the HTTP call is still running");
  }
}
