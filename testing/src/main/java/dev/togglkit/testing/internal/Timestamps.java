package dev.togglkit.testing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps the way each API writes them: Track {@code 2024-05-16T08:42:10+00:00}, Focus {@code ...Z}. */
public final class Timestamps {

  private static final DateTimeFormatter TRACK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  private Timestamps() {
  }

  /** Null stays null: nullable timestamps go out as JSON null. */
  public static String track(Instant instant) {
    return instant == null ? null : TRACK.format(instant);
  }

  public static String focus(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  public static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
