package dev.togglkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.errors.AuthenticationException;
import dev.togglkit.errors.BadRequestException;
import dev.togglkit.errors.ForbiddenException;
import dev.togglkit.errors.NotFoundException;
import dev.togglkit.errors.PaymentRequiredException;
import dev.togglkit.errors.PremiumFeatureException;
import dev.togglkit.errors.QuotaExceededException;
import dev.togglkit.errors.RateLimitException;
import dev.togglkit.errors.ServerException;
import dev.togglkit.errors.TogglApiException;
import dev.togglkit.errors.UnexpectedStatusException;
import dev.togglkit.fixtures.ThingsApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest extends MockServerTest {

  /** No retries, so each test sees the first response's exception. */
  private ThingsApi api() {
    return things(trackBuilder().retryPolicy(RetryPolicy.none()));
  }

  private TogglApiException fail(MockResponse response) {
    server.enqueue(response);
    return assertThrows(TogglApiException.class, () -> api().listThings(1L, "both").execute());
  }

  @ParameterizedTest
  @CsvSource({
      "400, dev.togglkit.errors.BadRequestException",
      "401, dev.togglkit.errors.AuthenticationException",
      "402, dev.togglkit.errors.PremiumFeatureException",
      "403, dev.togglkit.errors.ForbiddenException",
      "404, dev.togglkit.errors.NotFoundException",
      "429, dev.togglkit.errors.RateLimitException",
      "500, dev.togglkit.errors.ServerException",
      "502, dev.togglkit.errors.ServerException",
      "503, dev.togglkit.errors.ServerException",
      "599, dev.togglkit.errors.ServerException",
      "409, dev.togglkit.errors.UnexpectedStatusException",
      "418, dev.togglkit.errors.UnexpectedStatusException",
  })
  void eachStatusHasItsType(int status, String type) {
    TogglApiException e = fail(json(status, "\"nope\""));
    assertEquals(type, e.getClass().getName());
    assertEquals(status, e.statusCode());
    assertEquals("nope", e.errorMessage().orElse(null));
  }

  @Test
  void jsonStringBodyGivesTheMessage() {
    TogglApiException e = fail(json(400, "\"Thing name is refused\"")
        .setHeader("X-Toggl-Request-Id", "req-42"));
    assertInstanceOf(BadRequestException.class, e);
    assertEquals("Thing name is refused", e.errorMessage().orElse(null));
    assertEquals("req-42", e.requestId().orElse(null));
    assertEquals("listThings", e.operation());
    assertEquals("GET", e.method());
    assertEquals("/workspaces/1/things", e.path());
    assertEquals("listThings GET /workspaces/1/things failed with HTTP 400: "
        + "Thing name is refused [request id req-42]", e.getMessage());
  }

  @Test
  void plainTextBodyIsTheMessage() {
    TogglApiException e = fail(new MockResponse().setResponseCode(403)
        .setHeader("Content-Type", "text/plain").setBody("Incorrect username and/or password\n"));
    assertInstanceOf(ForbiddenException.class, e);
    assertEquals("Incorrect username and/or password", e.errorMessage().orElse(null));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"message\":\"No such workspace\",\"code\":404}|No such workspace",
      "{\"error\":\"invalid_request\",\"error_description\":\"name is too long\"}|name is too long",
      "{\"error\":\"quota_exceeded\"}|quota_exceeded",
      "{\"error\":{\"message\":\"nested\"}}|nested",
  })
  void jsonObjectBodyGivesItsMessageField(String body, String message) {
    assertEquals(message, fail(json(400, body)).errorMessage().orElse(null));
  }

  @Test
  void emptyBodyGivesNullMessage() {
    TogglApiException e = fail(new MockResponse().setResponseCode(401)
        .setHeader("X-Authorization-Missing", "true"));
    assertInstanceOf(AuthenticationException.class, e);
    assertNull(e.errorMessage().orElse(null));
    assertEquals("", e.bodySnippet());
    assertTrue(e.getMessage().contains("HTTP 401 (no error message in the body)"), e.getMessage());
  }

  @Test
  void jsonObjectWithoutMessageGivesNullAndKeepsTheSnippet() {
    TogglApiException e = fail(json(500, "{\"code\":1234}"));
    assertNull(e.errorMessage().orElse(null));
    assertEquals("{\"code\":1234}", e.bodySnippet());
  }

  @Test
  void htmlBodyIsNotAMessageAndTheSnippetIsBounded() {
    String page = "<html><body>" + "overloaded ".repeat(100) + "</body></html>";
    TogglApiException e = fail(new MockResponse().setResponseCode(502)
        .setHeader("Content-Type", "text/html").setBody(page));
    assertInstanceOf(ServerException.class, e);
    assertNull(e.errorMessage().orElse(null));
    assertEquals(200, e.bodySnippet().length());
    assertTrue(page.startsWith(e.bodySnippet()));
  }

  @Test
  void pathNeverCarriesTheQueryString() {
    TogglApiException e = fail(json(400, "\"bad\""));
    assertFalse(e.getMessage().contains("status=both"), e.getMessage());
    assertFalse(e.path().contains("?"));
  }

  @Test
  void quota402ExposesRemainingAndReset() {
    TogglApiException e = fail(json(402, "\"You have hit your hourly limit\"")
        .setHeader("X-Toggl-Quota-Remaining", "0")
        .setHeader("X-Toggl-Quota-Resets-In", "1800"));
    QuotaExceededException quota = assertInstanceOf(QuotaExceededException.class, e);
    assertEquals(0L, quota.quota().remaining().orElse(-1));
    assertEquals(Duration.ofSeconds(1800), quota.quota().resetsIn().orElse(null));
    Duration untilReset = Duration.between(Instant.now(), quota.quota().resetsAt().orElse(null));
    assertTrue(untilReset.compareTo(Duration.ofSeconds(1790)) > 0, untilReset.toString());
    assertTrue(untilReset.compareTo(Duration.ofSeconds(1801)) <= 0, untilReset.toString());
    assertTrue(e.getMessage().contains("quota resets in 1800s"), e.getMessage());
    assertInstanceOf(PaymentRequiredException.class, e);
  }

  @Test
  void premium402HasNoQuotaHeaders() {
    TogglApiException e = fail(json(402, "\"Premium feature\""));
    assertInstanceOf(PremiumFeatureException.class, e);
    assertInstanceOf(PaymentRequiredException.class, e);
    assertEquals("Premium feature", e.errorMessage().orElse(null));
  }

  @Test
  void rateLimitRetryAfterSeconds() {
    RateLimitException e = assertInstanceOf(RateLimitException.class,
        fail(json(429, "\"Too many requests\"").setHeader("Retry-After", "7")));
    assertEquals(Duration.ofSeconds(7), e.retryAfter().orElse(null));
    assertTrue(e.getMessage().endsWith("; retry after 7s"), e.getMessage());
  }

  @Test
  void rateLimitRetryAfterHttpDate() {
    Instant now = Instant.parse("2026-11-22T10:00:00Z");
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        now.plusSeconds(90).atOffset(ZoneOffset.UTC));
    server.enqueue(json(429, "").setHeader("Retry-After", date));
    ThingsApi api = things(trackBuilder().retryPolicy(RetryPolicy.none())
        .clock(Clock.fixed(now, ZoneOffset.UTC)));
    RateLimitException e =
        assertThrows(RateLimitException.class, () -> api.listThings(1L, null).execute());
    assertEquals(Duration.ofSeconds(90), e.retryAfter().orElse(null));
  }

  @Test
  void rateLimitWithoutRetryAfterHasNull() {
    RateLimitException e = assertInstanceOf(RateLimitException.class, fail(json(429, "")));
    assertNull(e.retryAfter().orElse(null));
  }

  @Test
  void exceptionsNeverCarryTheToken() {
    TogglApiException e = fail(json(401, "\"Unauthorized\""));
    assertFalse(e.getMessage().contains(TOKEN));
    assertFalse(e.toString().contains(TOKEN));
  }
}
