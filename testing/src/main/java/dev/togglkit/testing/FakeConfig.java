package dev.togglkit.testing;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * How {@link TogglFakeExtension} sets up its fake: from {@link TogglFakeTest}'s attributes or from
 * {@link TogglFakeExtension#builder()}. The limits are applied again after each test's reset.
 */
final class FakeConfig {

  /** What a bare {@code @TogglFakeTest} gives: its attributes' defaults, read rather than repeated. */
  static final FakeConfig DEFAULTS = of(AnnotationDefaults.class.getAnnotation(TogglFakeTest.class));

  @TogglFakeTest
  private static final class AnnotationDefaults {
  }

  final Supplier<Clock> clock;
  final double requestsPerSecond;
  final int burst;
  final int hourlyQuota;
  final int maxClientNameLength;
  final boolean premium;

  FakeConfig(Supplier<Clock> clock, double requestsPerSecond, int burst, int hourlyQuota, int maxClientNameLength,
      boolean premium) {
    this.clock = clock;
    this.requestsPerSecond = requestsPerSecond;
    this.burst = burst;
    this.hourlyQuota = hourlyQuota;
    this.maxClientNameLength = maxClientNameLength;
    this.premium = premium;
  }

  static FakeConfig of(TogglFakeTest annotation) {
    return new FakeConfig(annotation.manualClock() ? ManualClock::new : Clock::systemUTC,
        annotation.requestsPerSecond(), annotation.burst(), annotation.hourlyQuota(),
        annotation.maxClientNameLength(), annotation.premium());
  }

  TogglFake start() {
    return TogglFake.builder().clock(clock.get()).maxClientNameLength(maxClientNameLength)
        .workspacesPremium(premium).start();
  }

  /** Sets the configured limits on {@code fake}, whose limits a reset has just cleared. */
  void applyLimits(TogglFake fake) {
    if (requestsPerSecond > 0) {
      fake.limits().rateLimit(requestsPerSecond, burst);
    }
    if (hourlyQuota > 0) {
      fake.limits().hourlyQuota(hourlyQuota);
    }
  }
}
