package dev.togglkit.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonDataException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast path must agree with DateTimeFormatter.ISO_OFFSET_DATE_TIME on everything it accepts. */
class FastTimestampsTest {

  private static OffsetDateTime iso(String text) {
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  @Test
  void agreesWithTheIsoFormatterAcrossDatesOffsetsAndFractions() {
    String[] offsets = {"Z", "+00:00", "-00:00", "+02:00", "-05:30", "+14:00", "-12:00", "+18:00"};
    String[] fractions = {"", ".1", ".12", ".123", ".123456", ".000000001", ".999999999"};
    OffsetDateTime start = OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC);
    for (int i = 0; i < 2_000; i++) {
      OffsetDateTime t = start.plusSeconds(i * 86_413L + i % 61);
      String local = String.format("%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(),
          t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
      String text = local + fractions[i % fractions.length] + offsets[i % offsets.length];
      OffsetDateTime fast = FastTimestamps.parse(text);
      assertNotNull(fast, text);
      assertEquals(iso(text), fast, text);
      assertEquals(iso(text).getOffset(), fast.getOffset(), text);
    }
  }

  @Test
  void leavesEveryOtherShapeToTheFormatter() {
    for (String text : List.of(
        "2024-05-01T10:15Z",            // no seconds: ISO accepts it, the formatter reads it
        "2024-05-01t10:15:30Z",         // lower-case separator
        "2024-05-01T10:15:30z",
        "2024-05-01T10:15:30+01:00:30", // offset with seconds
        "2024-05-01T10:15:30+0100",
        "+12024-05-01T10:15:30Z",
        "2024-05-01T10:15:30.Z",
        "2024-05-01T10:15:30.1234567891Z",
        "2024-05-01T10:15:30",
        "2024-05-01T10:15:30+19:00",
        "2023-02-29T10:15:30Z",
        "2024-05-01T24:00:00Z",
        "2024-13-01T10:15:30Z",
        "2024-05-01T10:15:60Z",
        "2024-05-01T10:15:3OZ",
        "٢٠٢٤-05-01T10:15:30Z",
        "")) {
      assertNull(FastTimestamps.parse(text), text);
    }
  }

  @Test
  void theAdapterStillReadsWhatOnlyTheFormatterKnowsAndRejectsInvalidDates() {
    OffsetDateTimeAdapter adapter = new OffsetDateTimeAdapter();
    assertEquals(iso("2024-05-01T10:15+01:00"), adapter.fromJson("2024-05-01T10:15+01:00"));
    assertSame(ZoneOffset.UTC, adapter.fromJson("2024-05-01T10:15:30+00:00").getOffset());
    JsonDataException invalid = assertThrows(JsonDataException.class,
        () -> adapter.fromJson("2023-02-29T10:15:30Z"));
    assertEquals(true, invalid.getMessage().contains("'2023-02-29T10:15:30Z'"), invalid.getMessage());
  }
}
