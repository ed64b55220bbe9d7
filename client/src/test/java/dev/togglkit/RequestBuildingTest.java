package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.track.model.Project;
import dev.togglkit.track.model.ProjectPayload;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * A request that cannot be built fails before anything is sent, with an IllegalArgumentException
 * naming the operation and the field: from execute(), and as a failed future from executeAsync();
 * describe() and toString() never throw.
 */
class RequestBuildingTest extends MockServerTest {

  private TogglCall<Project> nanRate() {
    return trackBuilder().build().projects()
        .createProject(1L, new ProjectPayload().name("Apollo").rate(Double.NaN));
  }

  private static void assertNamesOperationAndField(IllegalArgumentException e) {
    assertTrue(e.getMessage().startsWith("createProject POST /workspaces/{workspace_id}/projects:"
        + " cannot build the request: body field rate:"), e.getMessage());
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
  }

  @Test
  void executeThrowsNamingOperationAndField() {
    TogglCall<Project> call = nanRate();
    assertEquals("TogglCall[createProject POST /workspaces/{workspace_id}/projects]", call.toString());
    assertNamesOperationAndField(assertThrows(IllegalArgumentException.class, call::execute));
    assertNamesOperationAndField(
        assertThrows(IllegalArgumentException.class, () -> nanRate().executeWithResponse()));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void executeAsyncFailsTheFutureTheSameWay() {
    CompletableFuture<Project> future = nanRate().executeAsync();
    ExecutionException e = assertThrows(ExecutionException.class, future::get);
    assertNamesOperationAndField(assertInstanceOf(IllegalArgumentException.class, e.getCause()));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void theBuildFailureIsTheCause() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, nanRate()::execute);
    assertInstanceOf(IllegalArgumentException.class, e.getCause(), "Moshi's refusal, kept");
    IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
        () -> nanRate().copy().execute());
    assertSame(IllegalArgumentException.class, again.getClass(), "a copy fails the same way");
  }

  @Test
  void aFiniteRateIsSent() {
    server.enqueue(json(200, "{\"id\":7,\"name\":\"Apollo\",\"rate\":1.5}"));
    trackBuilder().build().projects()
        .createProject(1L, new ProjectPayload().name("Apollo").rate(1.5)).execute();
    assertEquals(1, server.getRequestCount());
  }
}
