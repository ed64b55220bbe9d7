package dev.togglkit.internal;

import java.time.Duration;

/** Waits between retries. A seam so that tests can record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling thread. */
  Sleeper SYSTEM = duration -> Thread.sleep(HeaderNumbers.millisSaturated(duration));

  void sleep(Duration duration) throws InterruptedException;
}
