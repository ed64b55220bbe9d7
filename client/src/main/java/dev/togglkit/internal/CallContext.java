package dev.togglkit.internal;

import dev.togglkit.RequestOptions;
import okhttp3.Request;

/**
 * Travels with one call's request as an OkHttp tag: the caller's {@link RequestOptions} and when
 * the first attempt began, which the rate limiter needs to know how much of the call timeout is
 * left. The retry interceptor resends the same request, so every attempt sees the same context.
 */
final class CallContext {

  final RequestOptions options;
  /** Set by the first attempt to reach {@link PacingInterceptor}; 0 until then. */
  private long firstAttemptNanos;
  private boolean started;

  CallContext(RequestOptions options) {
    this.options = options;
  }

  static CallContext of(Request request) {
    CallContext context = request.tag(CallContext.class);
    return context == null ? new CallContext(RequestOptions.none()) : context;
  }

  /** When the first attempt of this call started; records {@code now} on the first call. */
  synchronized long firstAttemptNanos(long now) {
    if (!started) {
      started = true;
      firstAttemptNanos = now;
    }
    return firstAttemptNanos;
  }
}
