package dev.togglkit.testing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** Requests per sliding hour: a request counts until an hour after it was admitted. */
public final class HourlyQuota {

  private static final Duration HOUR = Duration.ofHours(1);

  private final int limit;
  private final Deque<Instant> admitted = new ArrayDeque<>();

  public HourlyQuota(int limit) {
    this.limit = limit;
  }

  /** Counts one request if the quota allows it; false when it is spent. */
  public boolean tryUse(Instant now) {
    expire(now);
    if (admitted.size() >= limit) {
      return false;
    }
    admitted.addLast(now);
    return true;
  }

  public int remaining(Instant now) {
    expire(now);
    return limit - admitted.size();
  }

  /** Seconds until the oldest counted request stops counting (0 when nothing is counted). */
  public long resetsInSeconds(Instant now) {
    expire(now);
    if (admitted.isEmpty()) {
      return 0;
    }
    Duration left = Duration.between(now, admitted.peekFirst().plus(HOUR));
    return Math.max(1, (left.toMillis() + 999) / 1000);
  }

  private void expire(Instant now) {
    while (!admitted.isEmpty() && !admitted.peekFirst().plus(HOUR).isAfter(now)) {
      admitted.removeFirst();
    }
  }
}
