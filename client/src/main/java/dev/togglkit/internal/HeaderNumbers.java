package dev.togglkit.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Numbers read from response headers, saturated instead of overflowing: a hostile or broken server
 * can send any digits, and arithmetic on them must never throw on the call path.
 */
final class HeaderNumbers {

  private HeaderNumbers() {}

  /**
   * A whole number of at least zero: digits beyond {@code Long.MAX_VALUE} give
   * {@code Long.MAX_VALUE}, a negative number gives 0; null when absent or not an integer.
   */
  static Long nonNegative(String header) {
    if (header == null) {
      return null;
    }
    String value = header.trim();
    boolean negative = value.startsWith("-");
    String digits = negative || value.startsWith("+") ? value.substring(1) : value;
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    if (negative) {
      return 0L;
    }
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException tooLong) {
      return Long.MAX_VALUE;
    }
  }

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
