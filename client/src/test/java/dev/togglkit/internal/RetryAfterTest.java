package dev.togglkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2023-11-14T22:13:20Z"), ZoneOffset.UTC);

  @Test
  void deltaSeconds() {
    assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", clock));
    assertEquals(Duration.ZERO, RetryAfter.parse(" 0 ", clock));
  }

  @Test
  void httpDate() {
    assertEquals(Duration.ofSeconds(10), RetryAfter.parse("Tue, 14 Nov 2023 22:13:30 GMT", clock));
  }

  @Test
  void pastDateMeansNow() {
    assertEquals(Duration.ZERO, RetryAfter.parse("Tue, 14 Nov 2023 22:00:00 GMT", clock));
  }

  @Test
  void absentOrUnreadable() {
    assertNull(RetryAfter.parse(null, clock));
    assertNull(RetryAfter.parse("", clock));
    assertNull(RetryAfter.parse("-5", clock));
    assertNull(RetryAfter.parse("soon", clock));
  }

  @Test
  void moreDigitsThanALongHoldsSaturate() {
    assertEquals(Duration.ofSeconds(Long.MAX_VALUE), RetryAfter.parse("99999999999999999999999", clock));
    assertEquals(Duration.ofSeconds(Long.MAX_VALUE), RetryAfter.parse("9223372036854775807", clock));
  }

  @Test
  void farFutureDateIsALongWaitNotAnError() {
    assertEquals(Duration.between(clock.instant(), Instant.parse("9999-12-31T23:59:59Z")),
        RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", clock));
  }
}
