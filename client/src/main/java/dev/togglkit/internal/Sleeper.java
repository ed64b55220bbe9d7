package dev.togglkit.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between retries and for the rate limiter. A seam so that tests can record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling thread, at least the full duration (never rounded down). */
  Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

  void sleep(Duration duration) throws InterruptedException;
}
