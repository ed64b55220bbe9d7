package dev.togglkit.internal.json;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.ToJson;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ISO-8601 calendar dates ({@code 2024-05-01}), as the spec's {@code format: date}. */
final class LocalDateAdapter {

  @FromJson
  LocalDate fromJson(String value) {
    try {
      return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected an ISO-8601 date, e.g. 2024-05-01, but was '" + value + "'", e);
    }
  }

  @ToJson
  String toJson(LocalDate value) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
  }
}
