package dev.togglkit.internal;

import dev.togglkit.Quota;
import dev.togglkit.RequestOptions;
import java.time.Instant;

/**
 * One call's state while it runs, found by interceptors through {@link CallContexts}: which call it is ({@link Operation}), the
 * caller's {@link RequestOptions}, when the first attempt began (the rate limiter needs to know
 * how much of the call timeout is left), how many attempts were sent, and the quota of the last
 * response, parsed once when it arrived. Every attempt of the call sees the same context. Written on the thread that runs the call's interceptors; volatile
 * so the caller reads what they wrote.
 */
final class CallContext {

  final Operation op;
  final RequestOptions options;
  /** Set by the first attempt to reach {@link PacingInterceptor}; 0 until then. */
  private long firstAttemptNanos;
  private boolean started;
  private volatile int attempts;
  private volatile Quota quota = Quota.unknown();
  private volatile Instant quotaObservedAt;

  CallContext(Operation op, RequestOptions options) {
    this.op = op;
    this.options = options;
  }

  /** When the first attempt of this call started; records {@code now} on the first call. */
  synchronized long firstAttemptNanos(long now) {
    if (!started) {
      started = true;
      firstAttemptNanos = now;
    }
    return firstAttemptNanos;
  }

  /** One more attempt leaves the pacing layer for the wire. */
  void attemptSent() {
    attempts++;
  }

  /** How many attempts left the pacing layer: 0 when none was sent. */
  int attempts() {
    return attempts;
  }

  /** The quota a response reported, parsed when it arrived at {@code observedAt}. */
  void quotaSeen(Quota seen, Instant observedAt) {
    this.quota = seen;
    this.quotaObservedAt = observedAt;
  }

  /** The quota the last response reported; {@link Quota#unknown()} when none did. */
  Quota quota() {
    return quota;
  }

  /** When the last response with quota headers arrived; null when none did. */
  Instant quotaObservedAt() {
    return quotaObservedAt;
  }
}
