package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.TogglCall;
import dev.togglkit.TogglResponse;
import dev.togglkit.errors.ErrorDetails;
import dev.togglkit.errors.NotFoundException;
import dev.togglkit.errors.TogglApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** TogglCall stubs for unit tests without HTTP. */
class TogglCallsTest {

  private static final TogglApiException GONE = TogglApiException.of(
      ErrorDetails.builder("getClient", "GET", "/workspaces/1/clients/2")
          .statusCode(404).errorMessage("client 2 is gone").build());

  @Test
  void returningGivesTheValueSyncAndAsync() throws Exception {
    TogglCall<String> call = TogglCalls.returning("Acme");

    assertEquals("Acme", call.execute());
    assertEquals("Acme", call.copy().executeAsync().get());
    assertNull(TogglCalls.<Void>returning(null).execute());
  }

  @Test
  void failingThrowsTheExceptionSyncAndAsync() {
    TogglCall<String> call = TogglCalls.failing(GONE);

    assertSame(GONE, assertThrows(NotFoundException.class, call::execute));
    ExecutionException async = assertThrows(ExecutionException.class, () -> call.copy().executeAsync().get());
    assertSame(GONE, async.getCause());
  }

  @Test
  void rawResponsesCarryTheGivenStatusAndHeaders() {
    TogglResponse<String> given = TogglResponse.of(200,
        Map.of("X-Toggl-Request-Id", List.of("abc"), "X-Toggl-Quota-Remaining", List.of("3")), "Acme", Instant.now());

    TogglCall<String> call = TogglCalls.responding(given);

    assertEquals("Acme", call.copy().execute());
    TogglResponse<String> response = call.executeWithResponse();
    assertEquals("abc", response.requestId().orElseThrow());
    assertEquals(3L, response.quotaRemaining().getAsLong());
    assertEquals(200, TogglCalls.returning("x").executeWithResponse().statusCode());
    assertThrows(NotFoundException.class, () -> TogglCalls.failing(GONE).executeWithResponse());
  }

  @Test
  void aStubIsSentOnceLikeARealCall() {
    TogglCall<String> call = TogglCalls.returning("Acme");
    call.execute();

    IllegalStateException again = assertThrows(IllegalStateException.class, call::execute);
    assertTrue(again.getMessage().contains("copy()"));
    assertThrows(IllegalArgumentException.class, () -> TogglCalls.failing(null));
  }
}
