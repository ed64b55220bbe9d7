package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.BadRequestException;
import dev.togglkit.errors.NotFoundException;
import dev.togglkit.fixtures.Thing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionException;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** {@link TogglCall#executeWithResponse()}: status, headers, request id and quota beside the body. */
class RawResponseTest extends MockServerTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private TogglTrack track() {
    return trackBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
  }

  @Test
  void successCarriesStatusHeadersRequestIdQuotaAndBody() {
    server.enqueue(json(201, "{\"id\":2}")
        .addHeader("X-Toggl-Request-Id", "req-42")
        .addHeader("X-Toggl-Quota-Remaining", "17")
        .addHeader("X-Toggl-Quota-Resets-In", "1200")
        .addHeader("Vary", "Accept")
        .addHeader("vary", "Origin"));
    TogglResponse<Thing> response =
        track().create(dev.togglkit.fixtures.ThingsApi.class).getThing(1L, 2L).executeWithResponse();
    assertEquals(201, response.statusCode());
    assertEquals(2L, response.body().id);
    assertEquals(Optional.of("req-42"), response.requestId());
    assertEquals(OptionalLong.of(17), response.quotaRemaining());
    assertEquals(Optional.of(Duration.ofSeconds(1200)), response.quotaResetsIn());
    assertEquals(Optional.of(NOW.plusSeconds(1200)), response.quotaResetsAt());
    assertEquals(NOW, response.receivedAt());
    assertEquals(Optional.of("req-42"), response.header("x-toggl-request-id"), "case-insensitive");
    assertEquals(List.of("Accept", "Origin"), response.headerValues("VARY"));
    assertEquals(List.of("req-42"), response.headers().get("X-TOGGL-REQUEST-ID"));
    assertTrue(response.headerValues("X-Absent").isEmpty());
    assertFalse(response.toString().contains("\"id\""), "toString leaves the body out");
  }

  @Test
  void headersCannotBeChanged() {
    server.enqueue(json(200, "{\"id\":2}").addHeader("X-Toggl-Request-Id", "r"));
    TogglResponse<Thing> response = things().getThing(1L, 2L).executeWithResponse();
    Map<String, List<String>> headers = response.headers();
    assertThrows(UnsupportedOperationException.class, () -> headers.put("X", List.of("y")));
    assertThrows(UnsupportedOperationException.class, () -> headers.get("X-Toggl-Request-Id").add("z"));
  }

  @Test
  void absentOrUnreadableQuotaHeadersAreEmpty() {
    server.enqueue(json(200, "{\"id\":2}"));
    server.enqueue(json(200, "{\"id\":2}")
        .addHeader("X-Toggl-Quota-Remaining", "many")
        .addHeader("X-Toggl-Quota-Resets-In", "-5"));
    server.enqueue(json(200, "{\"id\":2}").addHeader("X-Toggl-Quota-Resets-In", "1.5"));
    TogglResponse<Thing> none = things().getThing(1L, 2L).executeWithResponse();
    assertEquals(Optional.empty(), none.requestId());
    assertEquals(OptionalLong.empty(), none.quotaRemaining());
    assertEquals(Optional.empty(), none.quotaResetsIn());
    assertEquals(Optional.empty(), none.quotaResetsAt());
    assertFalse(none.quota().isKnown());
    TogglResponse<Thing> garbled = things().getThing(1L, 2L).executeWithResponse();
    assertEquals(OptionalLong.empty(), garbled.quotaRemaining());
    assertEquals(Optional.empty(), garbled.quotaResetsIn());
    TogglResponse<Thing> fraction = things().getThing(1L, 2L).executeWithResponse();
    assertEquals(Optional.empty(), fraction.quotaResetsIn());
  }

  @Test
  void hugeQuotaValuesSaturateInsteadOfWrappingOrFailing() {
    String huge = "99999999999999999999999999";
    server.enqueue(json(200, "{\"id\":2}")
        .addHeader("X-Toggl-Quota-Remaining", huge)
        .addHeader("X-Toggl-Quota-Resets-In", huge));
    TogglResponse<Thing> response = things().getThing(1L, 2L).executeWithResponse();
    assertEquals(OptionalLong.of(Long.MAX_VALUE), response.quotaRemaining());
    assertEquals(Optional.of(Duration.ofSeconds(Long.MAX_VALUE)), response.quotaResetsIn());
    assertEquals(Optional.of(Instant.MAX), response.quotaResetsAt());
  }

  @Test
  void voidOperationsHaveANullBodyAndEmptyListsStayEmpty() {
    server.enqueue(new MockResponse().setResponseCode(204).addHeader("X-Toggl-Request-Id", "d"));
    server.enqueue(json(200, "null"));
    TogglResponse<Void> deleted = things().deleteThing(1L, 2L).executeWithResponse();
    assertEquals(204, deleted.statusCode());
    assertNull(deleted.body());
    assertEquals(Optional.of("d"), deleted.requestId());
    assertEquals(List.of(), things().listThings(1L, null).executeWithResponse().body());
  }

  @Test
  void errorsAreThrownExactlyAsExecuteThrowsThem() {
    server.enqueue(json(404, "\"No thing with ID 2 was found\"").addHeader("X-Toggl-Request-Id", "e"));
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> things().getThing(1L, 2L).executeWithResponse());
    assertEquals("e", e.requestId().orElse(null));
  }

  @Test
  void asyncVariantCompletesWithTheResponseOrTheTypedException() {
    server.enqueue(json(200, "{\"id\":2}").addHeader("X-Toggl-Request-Id", "a"));
    server.enqueue(json(400, "\"bad\""));
    TogglResponse<Thing> response = things().getThing(1L, 2L).executeWithResponseAsync().join();
    assertEquals(Optional.of("a"), response.requestId());
    CompletionException failed = assertThrows(CompletionException.class,
        () -> things().getThing(1L, 2L).executeWithResponseAsync().join());
    assertSame(BadRequestException.class, failed.getCause().getClass());
  }

  @Test
  void aCallIsStillSingleUse() {
    server.enqueue(json(200, "{\"id\":2}"));
    TogglCall<Thing> call = things().getThing(1L, 2L);
    call.executeWithResponse();
    assertThrows(IllegalStateException.class, call::execute);
  }

  @Test
  void testDoublesCanBuildResponsesAndGetClearDefaults() {
    TogglResponse<String> built = TogglResponse.of(200,
        Map.of("x-toggl-quota-remaining", List.of("0"), "X-Toggl-Quota-Resets-In", List.of("60")),
        "body", NOW);
    assertEquals(OptionalLong.of(0), built.quotaRemaining());
    assertTrue(built.quota().isExhaustedAt(NOW.plusSeconds(59)));
    assertFalse(built.quota().isExhaustedAt(NOW.plusSeconds(60)));
    assertThrows(IllegalArgumentException.class, () -> TogglResponse.of(99, Map.of(), "", NOW));

    TogglCall<String> stub = new TogglCall<String>() {
      @Override public String execute() { return "x"; }
      @Override public java.util.concurrent.CompletableFuture<String> executeAsync() { return null; }
      @Override public TogglCall<String> copy() { return this; }
      @Override public void cancel() { }
      @Override public String describe() { return "stubCall GET /x"; }
    };
    UnsupportedOperationException unsupported =
        assertThrows(UnsupportedOperationException.class, stub::executeWithResponse);
    assertTrue(unsupported.getMessage().contains("stubCall GET /x"), unsupported.getMessage());
    assertSame(stub, stub.withOptions(RequestOptions.none()));
    assertThrows(IllegalArgumentException.class, () -> stub.withOptions(null));
  }
}
