package dev.togglkit.internal.json;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.ToJson;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 timestamps with an offset ({@code 2024-05-01T10:15:30Z}, {@code ...+02:00}, with or
 * without fractions). Moshi has no java.time support of its own. A timestamp without an offset is
 * refused rather than guessed. Toggl's usual shape is read by {@link FastTimestamps}; the formatter
 * handles the rest and every error.
 */
final class OffsetDateTimeAdapter {

  @FromJson
  OffsetDateTime fromJson(String value) {
    OffsetDateTime common = FastTimestamps.parse(value);
    if (common != null) {
      return common;
    }
    try {
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected an ISO-8601 date-time with offset, e.g. 2024-05-01T10:15:30Z, but was '"
              + value + "'", e);
    }
  }

  @ToJson
  String toJson(OffsetDateTime value) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }
}
