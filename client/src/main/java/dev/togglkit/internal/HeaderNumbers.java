package dev.togglkit.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Arithmetic on durations read from response headers, saturated instead of overflowing: a hostile
 * or broken server can send any digits ({@link QuotaHeaders#wholeNumber} reads them, saturated at
 * {@code Long.MAX_VALUE}), and arithmetic on them must never throw on the call path.
 */
final class HeaderNumbers {

  private HeaderNumbers() {}

  /** {@code start + duration}, or {@link Instant#MAX} when that lies beyond what Instant holds. */
  static Instant plusSaturated(Instant start, Duration duration) {
    Duration room = Duration.between(start, Instant.MAX);
    return duration.compareTo(room) >= 0 ? Instant.MAX : start.plus(duration);
  }

  /** {@code a + b} for durations of at least zero, without overflow. */
  static Duration sumSaturated(Duration a, Duration b) {
    Duration room = maxDuration().minus(a);
    return b.compareTo(room) >= 0 ? maxDuration() : a.plus(b);
  }

  /** The longest Duration there is. */
  static Duration maxDuration() {
    return Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
  }

  /** Milliseconds of a duration of at least zero, {@code Long.MAX_VALUE} when it does not fit. */
  static long millisSaturated(Duration duration) {
    try {
      return duration.toMillis();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
