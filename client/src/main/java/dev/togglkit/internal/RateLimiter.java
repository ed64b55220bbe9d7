package dev.togglkit.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Spaces requests one {@link RateLimit#intervalNanos()} apart, for every call of one client.
 *
 * <p>Each request reserves the next free send time under a fair lock and then sleeps until it on
 * its own thread, so waiting costs no CPU and nobody polls. Send times are handed out in the
 * order requests arrive (first come, first served), which makes the limiter fair: a request
 * cannot be overtaken by one that arrived after it. A request whose send time lies beyond its
 * remaining budget reserves nothing and fails at once, without sending.
 */
final class RateLimiter {

  /** No budget: wait as long as it takes. */
  static final long UNLIMITED = Long.MAX_VALUE;

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final ReentrantLock lock = new ReentrantLock(true);
  private long nextFree;
  private boolean anySent;

  RateLimiter(RateLimit limit, LongSupplier nanoTime, Sleeper sleeper) {
    this.intervalNanos = limit.intervalNanos();
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /**
   * Reserves the next send time and returns how long to wait for it, in nanoseconds.
   *
   * @throws Tunnel a {@link Tunnel.Kind#PACING_TIMEOUT} when the wait would exceed
   *     {@code budgetNanos}; nothing is reserved then
   */
  long reserve(long budgetNanos) throws Tunnel {
    lock.lock();
    try {
      long now = nanoTime.getAsLong();
      // Compared as a difference: nanoTime values may wrap.
      long wait = anySent && nextFree - now > 0 ? nextFree - now : 0;
      if (wait > budgetNanos) {
        throw Tunnel.pacingTimeout("the rate limiter's next free slot is in "
            + millis(wait) + " ms, beyond the " + millis(Math.max(0, budgetNanos))
            + " ms left of the call timeout; not sent");
      }
      nextFree = now + wait + intervalNanos;
      anySent = true;
      return wait;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Reserves a send time and sleeps until it.
   *
   * @throws Tunnel on a budget overrun (see {@link #reserve}) or an interrupt
   * @throws IOException "Canceled" when the call was cancelled while waiting
   */
  void acquire(long budgetNanos, BooleanSupplier canceled) throws IOException {
    long wait = reserve(budgetNanos);
    if (wait > 0) {
      try {
        // Whole milliseconds, rounded up: a sleeper that drops the nanoseconds must not send early.
        sleeper.sleep(Duration.ofMillis(millis(wait)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw Tunnel.interrupted("interrupted while waiting for the rate limiter");
      }
    }
    if (canceled.getAsBoolean()) {
      throw new IOException("Canceled");
    }
    departed(nanoTime.getAsLong());
  }

  /**
   * A request leaves now. On a busy machine a thread wakes late, so a request can leave well after
   * its slot; a server that measures gaps between arrivals would then see the next request, sent
   * on time, too soon. So the next free slot is never less than one interval after a departure.
   * Slots already handed out stay as they are: nobody is moved ahead of anyone.
   */
  void departed(long now) {
    lock.lock();
    try {
      if (now + intervalNanos - nextFree > 0) {
        nextFree = now + intervalNanos;
      }
    } finally {
      lock.unlock();
    }
  }

  private static long millis(long nanos) {
    return (nanos + 999_999) / 1_000_000;
  }
}
