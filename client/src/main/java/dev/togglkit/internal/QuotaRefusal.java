package dev.togglkit.internal;

import dev.togglkit.Quota;
import dev.togglkit.QuotaExceededException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * A request not sent because the last response said the quota is used up. An IOException only so
 * it can leave an OkHttp interceptor (anything else would escape onto OkHttp's thread in an
 * async call); {@link HttpTogglCall} turns it into a {@link QuotaExceededException}, and the retry
 * interceptor never retries it.
 */
final class QuotaRefusal extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Quota quota;

  QuotaRefusal(Quota quota) {
    super("not sent: the quota is used up until " + quota.resetsAt().orElse(null));
    this.quota = quota;
  }

  QuotaExceededException toException(Operation op, Instant now) {
    Instant resetsAt = quota.resetsAt().orElse(null);
    Duration resetsIn = resetsAt == null || !now.isBefore(resetsAt)
        ? Duration.ZERO
        : Duration.between(now, resetsAt);
    return QuotaExceededException.notSent(op.id, op.method, op.path, resetsIn, resetsAt,
        quota.observedAt().orElse(null));
  }
}
