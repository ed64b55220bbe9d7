package dev.togglkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads {@code Retry-After}: either delta-seconds ({@code 120}) or an HTTP date (RFC 7231). */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * The wait the header asks for, measured from {@code clock}'s now; zero for a date in the past;
   * {@code Long.MAX_VALUE} seconds for more digits than a long holds; null when the header is
   * absent or unreadable.
   */
  public static Duration parse(String header, Clock clock) {
    if (header == null || header.trim().isEmpty()) {
      return null;
    }
    String value = header.trim();
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Duration.ofSeconds(QuotaHeaders.wholeNumber(value));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }
}
