package dev.togglkit.internal;

import dev.togglkit.Quota;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads Toggl's quota headers. Lenient on purpose: a header that is absent or not a whole
 * non-negative number is "not reported", never an error, because a successful call must not fail
 * over a header; a number beyond {@code long} saturates instead of wrapping.
 */
public final class QuotaHeaders {

  public static final String REMAINING = "X-Toggl-Quota-Remaining";
  public static final String RESETS_IN = "X-Toggl-Quota-Resets-In";

  private QuotaHeaders() {}

  /** The quota reported by the two header values (either may be null), observed at {@code at}. */
  public static Quota read(String remaining, String resetsIn, Instant at) {
    if (remaining == null && resetsIn == null) {
      return Quota.unknown();
    }
    Long seconds = wholeNumber(resetsIn);
    return Quota.of(wholeNumber(remaining), seconds == null ? null : Duration.ofSeconds(seconds), at);
  }

  /** A non-negative whole number, saturated at Long.MAX_VALUE; null when absent or unreadable. */
  static Long wholeNumber(String header) {
    if (header == null) {
      return null;
    }
    String value = header.trim();
    if (value.isEmpty() || value.length() > 4096) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException tooLarge) {
      return Long.MAX_VALUE;
    }
  }
}
