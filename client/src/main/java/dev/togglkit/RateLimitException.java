package dev.togglkit;

import org.jspecify.annotations.Nullable;
import java.time.Duration;

/**
 * HTTP 429: too many requests in a short time (Toggl allows about one per second). Idempotent
 * requests have already been retried within the {@link RetryPolicy} budget; when this reaches the
 * caller, either the retries ran out, the request was a POST or PATCH, or the server asked to wait
 * longer than the budget allows ({@link #retryAfter()}).
 */
public class RateLimitException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  /**
   * See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)};
   * {@code retryAfter} is null when the response had no readable {@code Retry-After}.
   */
  public RateLimitException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String body, @Nullable Duration retryAfter) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
    this.retryAfter = retryAfter;
  }

  @Override
  public String getMessage() {
    return super.getMessage()
        + (retryAfter == null ? "" : "; retry after " + retryAfter.getSeconds() + "s");
  }

  /** The server's {@code Retry-After} (seconds or HTTP date) as a wait from now, or null. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
