package dev.togglkit.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that moves only when told to, for the fake's rate limit, quota and timestamps:
 * {@code TogglFake.builder().clock(clock).start()}, then {@code clock.advance(Duration.ofMinutes(61))}
 * instead of waiting an hour.
 */
public final class ManualClock extends Clock {

  private volatile Instant now;

  public ManualClock(Instant start) {
    if (start == null) {
      throw new IllegalArgumentException("start must not be null");
    }
    this.now = start;
  }

  /** Starts at 2024-05-16T08:42:10Z, the spec's example time. */
  public ManualClock() {
    this(Instant.parse("2024-05-16T08:42:10Z"));
  }

  public synchronized ManualClock advance(Duration duration) {
    if (duration == null || duration.isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward, was " + duration);
    }
    now = now.plus(duration);
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("ManualClock is always UTC");
  }
}
