package dev.togglkit.internal.json;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the one timestamp shape Toggl sends, {@code uuuu-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)},
 * without {@link java.time.format.DateTimeFormatter}. The formatter builds a map of parsed fields
 * per value and took about half of the time spent decoding a project list (benchmarks/RESULTS.md).
 * Anything else, including every invalid value, returns {@code null} so the caller falls back to
 * the formatter, which stays the single authority on what ISO-8601 text is accepted and on the
 * error message.
 */
final class FastTimestamps {

  private FastTimestamps() {}

  /** The timestamp, or {@code null} when {@code text} is not in the common shape or not a valid date. */
  static OffsetDateTime parse(String text) {
    int length = text.length();
    if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int pos = 19;
    int nanos = 0;
    if (text.charAt(pos) == '.') {
      int start = ++pos;
      while (pos < length && pos - start < 9 && isDigit(text.charAt(pos))) {
        nanos = nanos * 10 + (text.charAt(pos) - '0');
        pos++;
      }
      int fractionDigits = pos - start;
      if (fractionDigits == 0) {
        return null;
      }
      for (int i = fractionDigits; i < 9; i++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(text, pos);
    if (offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException outOfRange) {
      // 2024-02-30 or 25:00: let the formatter reject it with its own message.
      return null;
    }
  }

  private static ZoneOffset offset(String text, int pos) {
    int remaining = text.length() - pos;
    if (remaining == 1 && text.charAt(pos) == 'Z') {
      return ZoneOffset.UTC;
    }
    if (remaining != 6 || text.charAt(pos + 3) != ':') {
      return null;
    }
    char sign = text.charAt(pos);
    int hours = digits(text, pos + 1, 2);
    int minutes = digits(text, pos + 4, 2);
    if ((sign != '+' && sign != '-') || (hours | minutes) < 0 || hours > 18 || minutes > 59) {
      return null;
    }
    try {
      return sign == '+'
          ? ZoneOffset.ofHoursMinutes(hours, minutes)
          : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** The decimal value of {@code count} ASCII digits at {@code start}, or -1 if one is not a digit. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
