package dev.togglkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.togglkit.TogglTrack;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients injected by the extension wait on the fake's {@link ManualClock}: retry waits advance the clock
 * instead of sleeping, so each test here simulates seconds of waiting and takes milliseconds (see the
 * surefire report's times).
 */
class SharedClockRetryTest {

  private static final ManualClock CLOCK = new ManualClock();

  @RegisterExtension
  static final TogglFakeExtension FAKE = TogglFakeExtension.builder().clock(CLOCK).rateLimit(1, 1).build();

  @Test
  void a429IsWaitedOutOnTheFakesClock(TogglFake fake, TogglTrack track) {
    long workspace = fake.seed().workspace().id();
    track.clients().listClients(workspace).execute();
    Instant before = CLOCK.instant();

    track.clients().listClients(workspace).execute();

    assertEquals(3, fake.received().size(), "200, then 429 with Retry-After: 1, then 200");
    assertEquals(429, fake.received().get(1).status());
    assertTrue(!CLOCK.instant().isBefore(before.plus(Duration.ofSeconds(1))),
        "the client's wait moved the clock a whole second: " + before + " to " + CLOCK.instant());
  }

  @Test
  void serverErrorsAreRetriedWithBackoffOnTheFakesClock(TogglFake fake, TogglTrack track) {
    long workspace = fake.seed().workspace().id();
    fake.limits().clear();
    fake.faults().failNext(3, 503);
    Instant before = CLOCK.instant();

    track.clients().listClients(workspace).execute();

    assertEquals(4, fake.received().size(), "three 503s and the answer: the default policy's 3 retries");
    assertTrue(CLOCK.instant().isAfter(before), "the backoff moved the clock");
  }
}
