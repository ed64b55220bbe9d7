package dev.togglkit.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: too many requests in a short time (Toggl allows about one per second). Idempotent
 * requests have already been retried within the {@link dev.togglkit.RetryPolicy} budget, and so
 * have POST and PATCH when the policy opts in to re-sending writes on 429; when this reaches the
 * caller, the retries ran out, the request was a write the policy does not re-send, or the server
 * asked to wait longer than the budget allows ({@link #retryAfter()}).
 */
public class RateLimitException extends TogglApiException {
  private static final long serialVersionUID = 1L;

  RateLimitException(ErrorDetails details) {
    super(details, details.retryAfter()
        .map(wait -> "; retry after " + wait.getSeconds() + "s").orElse(""));
  }

  /** The server's {@code Retry-After} (seconds or HTTP date) as a wait; empty when absent or unreadable. */
  public Optional<Duration> retryAfter() {
    return details().retryAfter();
  }
}
