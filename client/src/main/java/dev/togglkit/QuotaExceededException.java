package dev.togglkit;

import org.jspecify.annotations.Nullable;
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

  private final @Nullable Long quotaRemaining;
  private final @Nullable Duration resetsIn;
  private final @Nullable Instant resetsAt;
  /** Null when a 402 arrived; when the response that said the quota was used up arrived otherwise. */
  private final @Nullable Instant notSentAfter;

  /**
   * See {@link TogglApiException#TogglApiException(String, String, String, int, String, String, String)};
   * the quota values may each be null when the header was absent or unreadable.
   */
  public QuotaExceededException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String body, @Nullable Long quotaRemaining,
      @Nullable Duration resetsIn, @Nullable Instant resetsAt) {
    this(operation, method, path, statusCode, errorMessage, requestId, body, quotaRemaining,
        resetsIn, resetsAt, null);
  }

  private QuotaExceededException(String operation, String method, String path, int statusCode,
      @Nullable String errorMessage, @Nullable String requestId, String body, @Nullable Long quotaRemaining,
      @Nullable Duration resetsIn, @Nullable Instant resetsAt, @Nullable Instant notSentAfter) {
    super(operation, method, path, statusCode, errorMessage, requestId, body);
    this.quotaRemaining = quotaRemaining;
    this.resetsIn = resetsIn;
    this.resetsAt = resetsAt;
    this.notSentAfter = notSentAfter;
  }

  /**
   * The call was not sent: the client fails fast on an exhausted quota
   * ({@code failFastOnExhaustedQuota(true)}) and the response seen at {@code observedAt} said 0
   * requests remain until {@code resetsAt}. {@link #statusCode()} is 402, the answer the request
   * would have drawn; {@link #errorMessage()} and {@link #requestId()} are null.
   */
  public static QuotaExceededException notSent(String operation, String method, String path,
      @Nullable Duration resetsIn, @Nullable Instant resetsAt, Instant observedAt) {
    return new QuotaExceededException(operation, method, path, 402, null, null, "", 0L, resetsIn,
        resetsAt, observedAt);
  }

  @Override
  public String getMessage() {
    String reset = (resetsIn == null ? "" : "; quota resets in " + resetsIn.getSeconds() + "s")
        + (resetsAt == null ? "" : " (at " + resetsAt + ")");
    if (notSentAfter != null) {
      return operation() + " " + method() + " " + path() + " not sent: the quota is used up (the"
          + " response at " + notSentAfter + " said 0 requests remain)" + reset;
    }
    return super.getMessage() + reset;
  }

  /** False when togglkit refused to send the call because the quota was known to be used up. */
  public boolean wasSent() {
    return notSentAfter == null;
  }

  /** {@code X-Toggl-Quota-Remaining}, or null when absent or not a number. */
  public @Nullable Long quotaRemaining() {
    return quotaRemaining;
  }

  /** {@code X-Toggl-Quota-Resets-In} as a duration, or null when absent or not a number. */
  public @Nullable Duration resetsIn() {
    return resetsIn;
  }

  /** When the quota resets: the response's arrival plus {@link #resetsIn()}; null when unknown. */
  public @Nullable Instant resetsAt() {
    return resetsAt;
  }
}
