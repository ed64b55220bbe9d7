package dev.togglkit;

import java.time.Duration;
import java.time.Instant;

/**
 * HTTP 402 with {@code X-Toggl-Quota-Remaining} / {@code X-Toggl-Quota-Resets-In}: the request
 * quota (per user and organization, over a sliding hour) is used up. Not retried automatically,
 * because the wait is usually far longer than a retry budget; {@link #resetsAt()} says when to try
 * again.
 */
public class QuotaExceededException extends PaymentRequiredException {
  private static final long serialVersionUID = 1L;

  private final Long quotaRemaining;
  private final Duration resetsIn;
  private final Instant resetsAt;

  /**
   * See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)};
   * the quota values may each be null when the header was absent or unreadable.
   */
  public QuotaExceededException(String operation, String method, String path, int statusCode,
      String errorMessage, String requestId, String body, Long quotaRemaining, Duration resetsIn,
      Instant resetsAt) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
    this.quotaRemaining = quotaRemaining;
    this.resetsIn = resetsIn;
    this.resetsAt = resetsAt;
  }

  @Override
  public String getMessage() {
    return super.getMessage()
        + (resetsIn == null ? "" : "; quota resets in " + resetsIn.getSeconds() + "s")
        + (resetsAt == null ? "" : " (at " + resetsAt + ")");
  }

  /** {@code X-Toggl-Quota-Remaining}, or null when absent or not a number. */
  public Long quotaRemaining() {
    return quotaRemaining;
  }

  /** {@code X-Toggl-Quota-Resets-In} as a duration, or null when absent or not a number. */
  public Duration resetsIn() {
    return resetsIn;
  }

  /** When the quota resets: the response's arrival plus {@link #resetsIn()}; null when unknown. */
  public Instant resetsAt() {
    return resetsAt;
  }
}
