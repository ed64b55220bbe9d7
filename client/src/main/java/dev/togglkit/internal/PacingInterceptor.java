package dev.togglkit.internal;

import dev.togglkit.Quota;
import java.io.IOException;
import java.util.function.LongSupplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps one client within Toggl's limits, once per attempt (it sits after the retry interceptor,
 * so retries pass it too): refuses to send while the remembered quota is used up (when the client
 * opted in), waits for the rate limiter (when one is set) within what is left of the call timeout,
 * counts the attempts that leave for the wire, and parses the quota headers of every response
 * once ({@link QuotaMemory#observe}).
 */
final class PacingInterceptor implements Interceptor {

  private final RateLimiter limiter;
  private final QuotaMemory quota;
  private final boolean failFastOnExhaustedQuota;
  private final LongSupplier nanoTime;
  private final CallContexts contexts;

  /** @param limiter null when calls are not paced */
  PacingInterceptor(RateLimiter limiter, QuotaMemory quota, boolean failFastOnExhaustedQuota,
      LongSupplier nanoTime, CallContexts contexts) {
    this.contexts = contexts;
    this.limiter = limiter;
    this.quota = quota;
    this.failFastOnExhaustedQuota = failFastOnExhaustedQuota;
    this.nanoTime = nanoTime;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    refuseWhenQuotaExhausted();
    if (limiter != null) {
      limiter.acquire(budgetNanos(chain), chain.call()::isCanceled);
      // The wait may have been long; another call's answer may have used up the quota meanwhile.
      refuseWhenQuotaExhausted();
    }
    CallContext call = contexts.of(chain);
    call.attemptSent();
    Response response = chain.proceed(chain.request());
    quota.observe(response, call);
    return response;
  }

  private void refuseWhenQuotaExhausted() throws Tunnel {
    if (failFastOnExhaustedQuota) {
      Quota exhausted = quota.exhaustedNow();
      if (exhausted != null) {
        throw Tunnel.quotaRefused(exhausted);
      }
    }
  }

  /** What is left of the call timeout, measured from the call's first attempt. */
  private long budgetNanos(Chain chain) {
    long callTimeout = chain.call().timeout().timeoutNanos();
    if (callTimeout == 0) {
      return RateLimiter.UNLIMITED;
    }
    long now = nanoTime.getAsLong();
    long started = contexts.of(chain).firstAttemptNanos(now);
    return callTimeout - (now - started);
  }
}
