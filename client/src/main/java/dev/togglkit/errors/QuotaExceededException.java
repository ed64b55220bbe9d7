package dev.togglkit.errors;

import dev.togglkit.Quota;

/**
 * HTTP 402 with {@code X-Toggl-Quota-Remaining} / {@code X-Toggl-Quota-Resets-In}: the request
 * quota (per user and organization, over a sliding hour) is used up. Not retried automatically,
 * because the wait is usually far longer than a retry budget; {@link #quota()} says when to try
 * again ({@code quota().resetsAt()}).
 *
 * <p>Also thrown without sending anything ({@link #wasSent()} false, {@link #attempts()} 0) by a
 * client built with {@code failFastOnExhaustedQuota(true)} while the quota it last saw is used
 * up; {@link #quota()} is then that remembered quota, the same value {@code track.quota()}
 * returns.
 */
public class QuotaExceededException extends PaymentRequiredException {
  private static final long serialVersionUID = 1L;

  static final String REMAINING = "X-Toggl-Quota-Remaining";
  static final String RESETS_IN = "X-Toggl-Quota-Resets-In";

  QuotaExceededException(ErrorDetails details) {
    this(details, details.quota());
  }

  private QuotaExceededException(ErrorDetails details, Quota quota) {
    super(details, details.attempts() == 0
        ? "not sent: the quota is used up (the response at "
            + quota.observedAt().map(Object::toString).orElse("?") + " said 0 requests remain)"
        : problem(details),
        quota.resetsIn().map(in -> "; quota resets in " + in.getSeconds() + "s").orElse("")
            + quota.resetsAt().map(at -> " (at " + at + ")").orElse(""));
  }

  /**
   * The quota the 402 reported (or, when not sent, the remembered one that said it was used up):
   * remaining requests, the reset as a duration and as an instant, and when it was observed.
   * Values whose header was absent or unreadable are empty.
   */
  public Quota quota() {
    return details().quota();
  }

  /** False when togglkit refused to send the call because the quota was known to be used up. */
  public boolean wasSent() {
    return attempts() > 0;
  }
}
