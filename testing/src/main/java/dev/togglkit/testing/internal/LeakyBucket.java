package dev.togglkit.testing.internal;

import java.time.Duration;
import java.time.Instant;

/** A leaky bucket: holds {@code capacity} requests and drains {@code ratePerSecond} of them a second. */
public final class LeakyBucket {

  private final double ratePerSecond;
  private final int capacity;
  private double level;
  private Instant last;

  public LeakyBucket(double ratePerSecond, int capacity) {
    this.ratePerSecond = ratePerSecond;
    this.capacity = capacity;
  }

  /** Adds one request and returns 0, or returns the whole seconds until it would fit (nothing added). */
  public long tryAdd(Instant now) {
    if (last != null) {
      double elapsed = Duration.between(last, now).toNanos() / 1e9;
      level = Math.max(0, level - Math.max(0, elapsed) * ratePerSecond);
    }
    last = now;
    if (level + 1 <= capacity + 1e-9) {
      level += 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((level + 1 - capacity) / ratePerSecond));
  }
}
