package dev.togglkit.internal;

import java.time.Duration;

/**
 * The pace a client keeps: at most {@code permits} requests in any window of {@code per}, sent
 * evenly spaced one {@link #intervalNanos()} apart (no bursts: Toggl's limit is about one request
 * per second, and a burst is what draws a 429).
 */
public final class RateLimit {

  private final int permits;
  private final Duration per;
  private final long intervalNanos;

  private RateLimit(int permits, Duration per, long intervalNanos) {
    this.permits = permits;
    this.per = per;
    this.intervalNanos = intervalNanos;
  }

  /**
   * @throws IllegalArgumentException when permits is not positive, per is not positive, or the
   *     spacing between two requests would be under a microsecond
   */
  public static RateLimit of(int permits, Duration per) {
    if (permits < 1) {
      throw new IllegalArgumentException("rateLimit permits must be at least 1, was " + permits);
    }
    if (per == null || per.isZero() || per.isNegative()) {
      throw new IllegalArgumentException("rateLimit period must be positive, was " + per);
    }
    long perNanos;
    try {
      perNanos = per.toNanos();
    } catch (ArithmeticException tooLong) {
      throw new IllegalArgumentException("rateLimit period is too long: " + per);
    }
    long interval = perNanos / permits;
    if (interval < 1_000) {
      throw new IllegalArgumentException("rateLimit of " + permits + " per " + per
          + " spaces requests under a microsecond apart; that is no limit");
    }
    return new RateLimit(permits, per, interval);
  }

  public int permits() {
    return permits;
  }

  public Duration per() {
    return per;
  }

  /** The spacing between two requests. */
  public long intervalNanos() {
    return intervalNanos;
  }

  @Override
  public String toString() {
    return permits + " per " + per;
  }
}
