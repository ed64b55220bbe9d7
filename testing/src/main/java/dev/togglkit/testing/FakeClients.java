package dev.togglkit.testing;

import dev.togglkit.TogglClientBuilder;
import dev.togglkit.TogglFocus;
import dev.togglkit.TogglTrack;
import dev.togglkit.internal.ClientTimeHook;
import java.time.Clock;
import java.time.Instant;

/**
 * The one place that builds togglkit clients for a fake, so a change of the client's builder API
 * touches only this file.
 */
final class FakeClients {

  private FakeClients() {
  }

  static TogglTrack track(TogglFake fake) {
    return onTheFakesClock(TogglTrack.builder().apiToken(fake.apiToken()).baseUrl(fake.trackBaseUrl()), fake.clock())
        .build();
  }

  static TogglFocus focus(TogglFake fake) {
    return onTheFakesClock(TogglFocus.builder().apiKey(fake.focusApiKey()).baseUrl(fake.focusBaseUrl()), fake.clock())
        .build();
  }

  /**
   * On a {@link ManualClock}, the client waits by moving the clock (retry waits, the rate limiter) and
   * reads wall and monotonic time from it, so simulated waits cost no real time and the fake sees them.
   * On any other clock the client keeps real time: the fake's clock then runs on its own.
   */
  private static <B extends TogglClientBuilder<B>> B onTheFakesClock(B builder, Clock clock) {
    if (!(clock instanceof ManualClock)) {
      return builder;
    }
    ManualClock manual = (ManualClock) clock;
    return ClientTimeHook.useTime(builder, manual, manual::advance, () -> nanos(manual.instant()));
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
