package dev.togglkit.internal;

import dev.togglkit.AuthenticationException;
import dev.togglkit.BadRequestException;
import dev.togglkit.ForbiddenException;
import dev.togglkit.PremiumFeatureException;
import dev.togglkit.QuotaExceededException;
import dev.togglkit.RateLimitException;
import dev.togglkit.ServerException;
import dev.togglkit.TogglApiException;
import dev.togglkit.UnexpectedStatusException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Response;

/** Picks the exception type for an error status and fills it from the response. */
final class ApiExceptionFactory {

  static final String REQUEST_ID = "X-Toggl-Request-Id";
  static final String QUOTA_REMAINING = "X-Toggl-Quota-Remaining";
  static final String QUOTA_RESETS_IN = "X-Toggl-Quota-Resets-In";

  private final Clock clock;

  ApiExceptionFactory(Clock clock) {
    this.clock = clock;
  }

  TogglApiException create(Operation op, Response response, String body) {
    int code = response.code();
    String message = ErrorBodies.message(body);
    String requestId = response.header(REQUEST_ID);
    String id = op.id;
    String method = op.method;
    String path = op.path;
    switch (code) {
      case 400:
        return new BadRequestException(id, method, path, code, message, requestId, body);
      case 401:
        return new AuthenticationException(id, method, path, code, message, requestId, body);
      case 402:
        return paymentRequired(op, response, message, requestId, body);
      case 403:
        return new ForbiddenException(id, method, path, code, message, requestId, body);
      case 404:
        return NotFoundResponses.create(op, response, message, requestId, body);
      case 429:
        Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
        return new RateLimitException(id, method, path, code, message, requestId, body, retryAfter);
      default:
        if (code >= 500 && code <= 599) {
          return new ServerException(id, method, path, code, message, requestId, body);
        }
        return new UnexpectedStatusException(id, method, path, code, message, requestId, body);
    }
  }

  /** 402 means "quota used up" when quota headers are present, "premium feature" otherwise. */
  private TogglApiException paymentRequired(
      Operation op, Response response, String message, String requestId, String body) {
    String remainingHeader = response.header(QUOTA_REMAINING);
    String resetsInHeader = response.header(QUOTA_RESETS_IN);
    if (remainingHeader == null && resetsInHeader == null) {
      return new PremiumFeatureException(
          op.id, op.method, op.path, 402, message, requestId, body);
    }
    Long remaining = parseLong(remainingHeader);
    Long resetsInSeconds = parseLong(resetsInHeader);
    Duration resetsIn = resetsInSeconds == null || resetsInSeconds < 0
        ? null : Duration.ofSeconds(resetsInSeconds);
    Instant receivedAt = response.receivedResponseAtMillis() > 0
        ? Instant.ofEpochMilli(response.receivedResponseAtMillis())
        : clock.instant();
    Instant resetsAt = resetsIn == null ? null : receivedAt.plus(resetsIn);
    return new QuotaExceededException(op.id, op.method, op.path, 402, message, requestId, body,
        remaining, resetsIn, resetsAt);
  }

  private static Long parseLong(String header) {
    if (header == null) {
      return null;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException unreadable) {
      return null;
    }
  }
}
