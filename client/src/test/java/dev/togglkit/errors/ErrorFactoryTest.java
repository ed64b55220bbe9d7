package dev.togglkit.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a test double builds: ErrorDetails, and the factories that apply the client's own mapping. */
class ErrorFactoryTest {

  private static ErrorDetails.Builder getClient() {
    return ErrorDetails.builder("getClient", "GET", "/workspaces/1/clients/2");
  }

  private static TogglApiException of(int status) {
    return TogglApiException.of(getClient().statusCode(status).build());
  }

  @Test
  void theStatusPicksTheType() {
    assertInstanceOf(BadRequestException.class, of(400));
    assertInstanceOf(AuthenticationException.class, of(401));
    assertInstanceOf(PremiumFeatureException.class, of(402));
    assertInstanceOf(ForbiddenException.class, of(403));
    assertInstanceOf(NotFoundException.class, of(404));
    assertInstanceOf(UnexpectedStatusException.class, of(409));
    assertInstanceOf(RateLimitException.class, of(429));
    assertInstanceOf(RedirectException.class, of(307));
    assertInstanceOf(ServerException.class, of(503));
    assertInstanceOf(QuotaExceededException.class, TogglApiException.of(getClient().statusCode(402)
        .headers(Map.of("x-toggl-quota-remaining", List.of("0"))).build()));
  }

  @Test
  void aSuccessOrNoStatusIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> of(200));
    assertThrows(IllegalArgumentException.class, () -> TogglApiException.of(getClient().build()));
    assertThrows(IllegalArgumentException.class, () -> getClient().statusCode(99));
    assertThrows(IllegalArgumentException.class, () -> getClient().attempts(-1));
  }

  @Test
  void theMessageIsDocumented() {
    TogglApiException e = TogglApiException.of(getClient().statusCode(404)
        .errorMessage("client 2 is gone").requestId("abc").attempts(3).build());
    assertEquals("getClient GET /workspaces/1/clients/2 failed with HTTP 404: client 2 is gone"
        + " [request id abc] (3 attempts)", e.getMessage());
    assertEquals(Optional.of("abc"), e.requestId());
    assertEquals(3, e.attempts());
    assertEquals(404, e.statusCode());
    assertTrue(((NotFoundException) e).isFromToggl());
  }

  @Test
  void aNon404FromTogglBlamesTheBaseUrl() {
    NotFoundException e = (NotFoundException) TogglApiException.of(getClient().statusCode(404)
        .bodySnippet("404 page not found").baseUrl("https://example.com/api/v9/").build());
    assertFalse(e.isFromToggl());
    assertTrue(e.getMessage().endsWith("check the base URL, https://example.com/api/v9/"),
        e.getMessage());
  }

  @Test
  void headersAreCaseInsensitiveAndFeedTheSubtypes() {
    ErrorDetails details = getClient().statusCode(308)
        .headers(Map.of("LOCATION", List.of("/elsewhere"))).build();
    assertEquals(Optional.of("/elsewhere"), details.header("location"));
    RedirectException e = (RedirectException) TogglApiException.of(details);
    assertEquals(Optional.of("/elsewhere"), e.location());
    RateLimitException slow = (RateLimitException) TogglApiException.of(
        getClient().statusCode(429).retryAfter(Duration.ofSeconds(5)).build());
    assertTrue(slow.getMessage().endsWith("; retry after 5s"), slow.getMessage());
  }

  @Test
  void ioDecodingAndUnexpectedHaveFactoriesToo() {
    TogglIoException io = TogglIoException.of(getClient().build(), true,
        new SocketTimeoutException("read timed out"));
    assertEquals("getClient GET /workspaces/1/clients/2 timed out: SocketTimeoutException read"
        + " timed out", io.getMessage());
    assertTrue(io.isTimeout());
    assertEquals(Optional.empty(), io.requestId());
    TogglDecodingException decoding = TogglDecodingException.of(
        getClient().statusCode(200).requestId("r").bodySnippet("<html>").build(), "not JSON", null);
    assertEquals(Optional.of("r"), decoding.requestId(), "a response arrived, so it has an id");
    assertEquals("<html>", decoding.bodySnippet());
    TogglUnexpectedException unexpected = TogglUnexpectedException.of(getClient().build(),
        new IllegalStateException("boom"));
    assertTrue(unexpected.getMessage().endsWith("failed unexpectedly: IllegalStateException: boom"));
    assertThrows(NullPointerException.class,
        () -> TogglUnexpectedException.of(getClient().build(), null));
    assertInstanceOf(IOException.class, io.getCause());
  }

  @Test
  void anExceptionSurvivesSerializationWithItsDetails() throws Exception {
    QuotaExceededException quota = (QuotaExceededException) TogglApiException.of(getClient()
        .statusCode(402).requestId("abc").headers(Map.of("X-Toggl-Quota-Remaining", List.of("0")))
        .quota(dev.togglkit.Quota.of(0L, Duration.ofSeconds(60), java.time.Instant.EPOCH)).build());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(quota);
    }
    QuotaExceededException read;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      read = (QuotaExceededException) in.readObject();
    }
    assertEquals(quota.getMessage(), read.getMessage());
    assertEquals(Optional.of("abc"), read.requestId());
    assertEquals(quota.quota(), read.quota());
    assertEquals(Optional.of("0"), read.details().header("x-toggl-quota-remaining"));
  }

  @Test
  void anApiErrorThatWasNotSentStillSaysItsStatus() {
    TogglApiException e = TogglApiException.of(getClient().statusCode(500).attempts(0).build());
    assertEquals("getClient GET /workspaces/1/clients/2 failed with HTTP 500 (no error message in"
        + " the body)", e.getMessage(), "only a quota refusal words itself 'not sent'");
  }

  @Test
  void detailsToStringShowsNoBodyOrHeaders() {
    ErrorDetails details = getClient().statusCode(400).bodySnippet("secret-ish data")
        .headers(Map.of("Set-Cookie", List.of("s=1"))).requestId("abc").build();
    assertEquals("ErrorDetails[getClient GET /workspaces/1/clients/2, status=400, requestId=abc,"
        + " attempts=1]", details.toString());
  }
}
